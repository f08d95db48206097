import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import gql from 'graphql-tag';
import sharp from 'sharp';
import { generateStampCode } from '@ocop/shared';
import { TransactionalConnection } from '@vendure/core';
import { Certificate, CertificateStatus } from '../../src/plugins/certification/entities/certificate.entity';
import { Producer, ProducerType } from '../../src/plugins/producers/entities/producer.entity';
import { Stamp, StampStatus } from '../../src/plugins/stamps/entities/stamp.entity';
import { StampBatch } from '../../src/plugins/stamps/entities/stamp-batch.entity';
import { TestServer } from './test-server';

/**
 * Data for stamp verification tests, written straight through the Admin API and
 * repositories so the tests do not depend on the stamps plugin's services.
 */
export interface VerifiableProduct {
    productId: string;
    variantId: string;
    producerChannelId: string;
    producerChannelToken: string;
    nameVi: string;
    nameEn: string;
    producerName: string;
    /** Codes of fresh ISSUED stamps, serials firstSerial… */
    codes: string[];
    firstSerial: number;
}

export async function createVerifiableProduct(
    server: TestServer,
    options: { key: string; stampCount: number; firstSerial: number; stars?: number },
): Promise<VerifiableProduct> {
    const admin = server.adminClient;
    await admin.asSuperAdmin();
    const assetId = await uploadProductImage(server);
    const nameVi = `Mật ong rừng Vũ Quang ${options.key}`;
    const nameEn = `Vũ Quang wild honey ${options.key}`;
    const { createProduct } = await admin.query(
        gql`
            mutation ($input: CreateProductInput!) {
                createProduct(input: $input) {
                    id
                }
            }
        `,
        {
            input: {
                featuredAssetId: assetId,
                assetIds: [assetId],
                translations: [
                    {
                        languageCode: 'vi',
                        name: nameVi,
                        slug: `mat-ong-${options.key}`,
                        description: 'Mật ong hoa rừng',
                    },
                    {
                        languageCode: 'en',
                        name: nameEn,
                        slug: `honey-${options.key}`,
                        description: 'Wild flower honey',
                    },
                ],
            },
        },
    );
    const { createProductVariants } = await admin.query(
        gql`
            mutation ($input: [CreateProductVariantInput!]!) {
                createProductVariants(input: $input) {
                    id
                }
            }
        `,
        {
            input: [
                {
                    productId: createProduct.id,
                    sku: `HONEY-${options.key}`,
                    price: 25_000_000,
                    translations: [
                        { languageCode: 'vi', name: `${nameVi} chai 500 ml` },
                        { languageCode: 'en', name: `${nameEn} 500 ml bottle` },
                    ],
                },
            ],
        },
    );
    const variantId = createProductVariants[0].id;

    const { zones } = await admin.query(gql`
        query {
            zones {
                items {
                    id
                }
            }
        }
    `);
    const { createSeller } = await admin.query(
        gql`
            mutation ($input: CreateSellerInput!) {
                createSeller(input: $input) {
                    id
                }
            }
        `,
        { input: { name: `HTX ${options.key}` } },
    );
    const token = `producer-${options.key}-token`;
    const { createChannel } = await admin.query(
        gql`
            mutation ($input: CreateChannelInput!) {
                createChannel(input: $input) {
                    ... on Channel {
                        id
                    }
                    ... on ErrorResult {
                        message
                    }
                }
            }
        `,
        {
            input: {
                code: `producer-${options.key}`,
                token,
                defaultLanguageCode: 'vi',
                availableLanguageCodes: ['vi', 'en'],
                pricesIncludeTax: true,
                defaultCurrencyCode: 'VND',
                defaultTaxZoneId: zones.items[0].id,
                defaultShippingZoneId: zones.items[0].id,
                sellerId: createSeller.id,
            },
        },
    );
    await admin.query(
        gql`
            mutation ($input: AssignProductsToChannelInput!) {
                assignProductsToChannel(input: $input) {
                    id
                }
            }
        `,
        { input: { productIds: [createProduct.id], channelId: createChannel.id } },
    );

    const dataSource = server.app.get(TransactionalConnection).rawConnection;
    const producerName = `HTX Mật ong <Vũ Quang> & Co ${options.key}`;
    await dataSource.getRepository(Producer).save(
        new Producer({
            code: options.key,
            sellerId: Number(createSeller.id),
            channelId: Number(createChannel.id),
            legalName: producerName,
            type: ProducerType.COOPERATIVE,
            taxCode: '3000123456',
            commune: 'Xã Vũ Quang',
            area: 'Vũ Quang',
            address: 'Thôn 3, xã Vũ Quang, tỉnh Hà Tĩnh',
            phone: '0912345678',
            email: null,
        }),
    );
    await dataSource.getRepository(Certificate).save(
        new Certificate({
            productId: Number(createProduct.id),
            certificateNumber: `OCOP-${options.key}-2025`,
            decisionNumber: `123/QĐ-UBND-${options.key}`,
            decisionDate: '2025-03-01',
            criteriaVersion: '148/2023',
            score: 78,
            stars: options.stars ?? 4,
            productGroup: 'FOOD',
            productSet: null,
            issuedAt: '2025-03-01',
            validUntil: '2028-03-01',
            status: CertificateStatus.ACTIVE,
            revokedReason: null,
            revokedAt: null,
            scan: null,
            expiryNoticeSentAt: null,
        }),
    );
    const batch = await dataSource.getRepository(StampBatch).save(
        new StampBatch({
            productVariantId: Number(variantId),
            quantity: options.stampCount,
            lotCode: `LO-${options.key}`,
            productionDate: '2026-01-05',
            expiryDate: '2027-01-05',
            firstSerial: options.firstSerial,
            serialYear: 2026,
            issuedByAdministratorId: null,
        }),
    );
    const codes = Array.from({ length: options.stampCount }, () =>
        generateStampCode(n => crypto.randomBytes(n)),
    );
    await dataSource.getRepository(Stamp).insert(
        codes.map((code, i) => ({
            code,
            serial: options.firstSerial + i,
            batchId: batch.id as number,
            productVariantId: Number(variantId),
            status: StampStatus.ISSUED,
        })),
    );
    return {
        productId: createProduct.id,
        variantId,
        producerChannelId: createChannel.id,
        producerChannelToken: token,
        nameVi,
        nameEn,
        producerName,
        codes,
        firstSerial: options.firstSerial,
    };
}

/** A honey-coloured product photo, uploaded as a Vendure asset. */
async function uploadProductImage(server: TestServer): Promise<string> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-img-')), 'mat-ong.png');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
        <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fde68a"/><stop offset="1" stop-color="#d97706"/></linearGradient></defs>
        <rect width="400" height="400" fill="#fef3c7"/>
        <rect x="120" y="70" width="160" height="40" rx="8" fill="#78350f"/>
        <rect x="95" y="110" width="210" height="230" rx="36" fill="url(#g)" stroke="#92400e" stroke-width="6"/>
        <rect x="125" y="180" width="150" height="80" rx="10" fill="#fffbeb"/>
        <text x="200" y="230" font-family="sans-serif" font-size="30" font-weight="bold" text-anchor="middle" fill="#78350f">MẬT ONG</text>
    </svg>`;
    await sharp(Buffer.from(svg)).png().toFile(file);
    const result = await server.adminClient.fileUploadMutation({
        mutation: gql`
            mutation CreateAssets($input: [CreateAssetInput!]!) {
                createAssets(input: $input) {
                    ... on Asset {
                        id
                    }
                }
            }
        `,
        filePaths: [file],
        mapVariables: () => ({ input: [{ file: null }] }),
    });
    return result.createAssets[0].id;
}

export interface RawResponse {
    status: number;
    headers: http.IncomingHttpHeaders;
    text: string;
}

/**
 * An HTTP request from a chosen loopback address (127.0.0.x): each address is
 * a distinct client for the rate limit and the distinct-client rule, without
 * trusting any forwarded header.
 */
export function requestFrom(
    localAddress: string,
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
        const req = http.request(
            url,
            { method: init.method ?? 'GET', headers: init.headers, localAddress },
            res => {
                const chunks: Buffer[] = [];
                res.on('data', c => chunks.push(c));
                res.on('end', () =>
                    resolve({
                        status: res.statusCode ?? 0,
                        headers: res.headers,
                        text: Buffer.concat(chunks).toString('utf8'),
                    }),
                );
            },
        );
        req.on('error', reject);
        req.end(init.body);
    });
}

/** `verifyStamp` through the Shop API from one loopback address. */
export async function verifyStampFrom(
    server: TestServer,
    localAddress: string,
    code: string,
    options: { languageCode?: string; userAgent?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }> {
    const query = `query ($code: String!) { verifyStamp(code: $code) {
        result productName variantName productImageUrl producerName producerAddress stars certificateNumber
        certificateValidUntil certificateStatus lotCode productionDate expiryDate soldAt soldWhere soldChannel checkCount serial } }`;
    const qs = options.languageCode ? `?languageCode=${options.languageCode}` : '';
    const res = await requestFrom(localAddress, `http://127.0.0.1:${server.port}/shop-api${qs}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': options.userAgent ?? 'jest' },
        body: JSON.stringify({ query, variables: { code } }),
    });
    return { status: res.status, headers: res.headers, body: JSON.parse(res.text) };
}

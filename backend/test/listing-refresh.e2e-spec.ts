import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import gql from 'graphql-tag';
import sharp from 'sharp';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import {
    LISTING_REFRESH_QUEUE,
    MarketplaceListingService,
} from '../src/plugins/listing-gate/services/marketplace-listing.service';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * A bulk load as the office and producers do it through the Admin API, four clients
 * at a time: every certified, stamped product ends up listed and searchable in the
 * marketplace, listing refreshes run as queued jobs that do not fail when they
 * overlap, and a producer's price change reaches the marketplace.
 */
const PRODUCTS = 64;
const CLIENTS = 4;

const CREATE_PRODUCT = gql`
    mutation ($input: CreateProductInput!) {
        createProduct(input: $input) {
            id
        }
    }
`;
const CREATE_VARIANTS = gql`
    mutation ($input: [CreateProductVariantInput!]!) {
        createProductVariants(input: $input) {
            id
        }
    }
`;
const CERTIFY = gql`
    mutation ($input: CertifyProductInput!) {
        certifyProduct(input: $input) {
            id
        }
    }
`;
const ISSUE_STAMPS = gql`
    mutation ($input: IssueStampBatchInput!) {
        issueStampBatch(input: $input) {
            id
        }
    }
`;
const SHOP_PRODUCTS = gql`
    query ($tag: String!) {
        products(options: { filter: { name: { contains: $tag } }, take: 100 }) {
            totalItems
            items {
                id
                slug
            }
        }
    }
`;
const SEARCH = gql`
    query ($term: String!) {
        search(input: { term: $term, groupByProduct: true, take: 100 }) {
            totalItems
            items {
                productId
                slug
                priceWithTax {
                    ... on PriceRange {
                        min
                        max
                    }
                    ... on SinglePrice {
                        value
                    }
                }
            }
        }
    }
`;

interface Loaded {
    productId: string;
    variantId: string;
    name: string;
    slug: string;
    producerToken: string;
}

describe('listing refresh', () => {
    let server: TestServer;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let defaultToken: string;
    let assetId: string;
    const tag = `tm${Date.now().toString(36).slice(-5)}`;
    let serial = 0;

    const eventually = async <T>(
        check: () => Promise<T | false | undefined>,
        what: string,
        timeoutMs = 90_000,
    ): Promise<T> => {
        const deadline = Date.now() + timeoutMs;
        let last: unknown;
        while (Date.now() < deadline) {
            try {
                const value = await check();
                if (value) return value;
            } catch (e) {
                last = e;
            }
            await new Promise(r => setTimeout(r, 500));
        }
        throw new Error(`timed out waiting until ${what}${last ? ` (${(last as Error).message})` : ''}`);
    };

    const newAdminClient = async (channelToken: string) => {
        const client = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        await client.asSuperAdmin();
        client.setChannelToken(channelToken);
        return client;
    };

    /** What a producer and the office do for one product: create it, certify it, issue its stamps. */
    const loadProduct = async (
        producer: SimpleGraphQLClient,
        office: SimpleGraphQLClient,
        producerToken: string,
        i: number,
    ): Promise<Loaded> => {
        const name = `Trà thảo mộc ${tag} số ${i}`;
        const slug = `tra-thao-moc-${tag}-${i}`;
        const { createProduct } = await producer.query(CREATE_PRODUCT, {
            input: {
                featuredAssetId: assetId,
                assetIds: [assetId],
                translations: [
                    { languageCode: 'vi', name, slug, description: 'Trà thảo mộc Hương Sơn' },
                    {
                        languageCode: 'en',
                        name: `Herbal tea ${tag} no. ${i}`,
                        slug: `herbal-tea-${tag}-${i}`,
                        description: 'Herbal tea',
                    },
                ],
            },
        });
        const { createProductVariants } = await producer.query(CREATE_VARIANTS, {
            input: [
                {
                    productId: createProduct.id,
                    sku: `TTM-${tag}-${i}`,
                    price: 85_000 + i * 1_000,
                    stockOnHand: 20,
                    translations: [{ languageCode: 'vi', name: `${name} hộp 100 g` }],
                },
            ],
        });
        const variantId = createProductVariants[0].id;
        await office.query(CERTIFY, {
            input: {
                productId: createProduct.id,
                certificateNumber: `HT-OCOP-${tag}-${++serial}`,
                // 148/2023 bands: 50–69 points 3★, 70–89 4★, 90+ 5★.
                stars: 3 + (i % 3),
                score: [60, 78, 92][i % 3],
                issuedAt: '2025-06-01',
                criteriaVersion: '148/2023',
                productGroup: 'DRINK',
                decisionNumber: `${i}/QĐ-UBND`,
            },
        });
        await office.query(ISSUE_STAMPS, {
            input: {
                productVariantId: variantId,
                quantity: 20,
                lotCode: `L-${tag}-${i}`,
                productionDate: '2026-10-01',
                expiryDate: '2027-10-01',
            },
        });
        return { productId: createProduct.id, variantId, name, slug, producerToken };
    };

    const shopListed = async () => {
        const { products } = await server.shopClient.query(SHOP_PRODUCTS, { tag });
        return products as { totalItems: number; items: Array<{ id: string; slug: string }> };
    };

    beforeAll(async () => {
        server = await startTestServer('listing_refresh');
        await server.adminClient.asSuperAdmin();
        const connection = server.app.get(TransactionalConnection);
        sql = (query, params) => connection.rawConnection.query(query, params);
        [{ token: defaultToken }] = await sql(`SELECT token FROM channel WHERE code = '__default_channel__'`);
        // One picture shared by every product: assets are assigned to the marketplace with the products.
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'listing-refresh-')), 'tra.png');
        await sharp({ create: { width: 64, height: 64, channels: 3, background: '#5b8c3a' } })
            .png()
            .toFile(file);
        const upload = await server.adminClient.fileUploadMutation({
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
        assetId = upload.createAssets[0].id;
    }, 120_000);
    afterAll(() => server?.close());

    describe('a bulk load through the Admin API, four clients at a time', () => {
        const loaded: Loaded[] = [];

        beforeAll(async () => {
            const producerTokens: string[] = [];
            for (let c = 0; c < CLIENTS; c++) {
                const { createProducer } = await server.adminClient.query(
                    gql`
                        mutation ($input: CreateProducerInput!) {
                            createProducer(input: $input) {
                                channelToken
                            }
                        }
                    `,
                    {
                        input: {
                            code: `${tag}-htx-${c}`,
                            legalName: `HTX Trà thảo mộc ${tag} ${c}`,
                            type: 'COOPERATIVE',
                            taxCode: `30012345${c}0`,
                            commune: 'Sơn Kim 1',
                            area: 'Hương Sơn',
                            address: 'Thôn 2, xã Sơn Kim 1, tỉnh Hà Tĩnh',
                            phone: '0912345678',
                        },
                    },
                );
                producerTokens.push(createProducer.channelToken);
            }
            await Promise.all(
                producerTokens.map(async (token, c) => {
                    const producer = await newAdminClient(token);
                    const office = await newAdminClient(defaultToken);
                    for (let i = c; i < PRODUCTS; i += CLIENTS)
                        loaded.push(await loadProduct(producer, office, token, i));
                }),
            );
        }, 240_000);

        it('lists every product in the Shop API', async () => {
            const listed = await eventually(async () => {
                const result = await shopListed();
                return result.totalItems === PRODUCTS && result;
            }, `all ${PRODUCTS} products are listed`);
            expect(new Set(listed.items.map(p => p.slug))).toEqual(new Set(loaded.map(p => p.slug)));
        });

        it('finds every product by its name', async () => {
            const { search } = await eventually(async () => {
                const result = await server.shopClient.query(SEARCH, { term: `trà thảo mộc ${tag}` });
                return result.search.totalItems === PRODUCTS && result;
            }, `all ${PRODUCTS} products are searchable`);
            expect(new Set(search.items.map((i: any) => i.slug))).toEqual(new Set(loaded.map(p => p.slug)));
            for (const product of loaded.slice(0, 5)) {
                const { search: one } = await server.shopClient.query(SEARCH, { term: product.name });
                expect(one.items[0].slug).toBe(product.slug);
            }
        });

        it('ran the listing refreshes as a few queued jobs, none of which failed', async () => {
            const [jobs] = await sql(
                `SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 'FAILED')::int AS failed FROM job_record WHERE "queueName" = $1`,
                [LISTING_REFRESH_QUEUE],
            );
            expect(jobs.total).toBeGreaterThan(0);
            expect(jobs.total).toBeLessThan(PRODUCTS);
            expect(jobs.failed).toBe(0);
            // The search index is updated in batches too, not once per product change.
            const [index] = await sql(
                `SELECT count(*)::int AS n FROM job_record WHERE "queueName" = 'update-search-index'`,
            );
            expect(index.n).toBeLessThan(PRODUCTS);
        });

        it('carries a producer price change over to the marketplace and its search', async () => {
            const product = loaded[0];
            const producer = await newAdminClient(product.producerToken);
            const { updateProductVariants } = await producer.query(
                gql`
                    mutation ($input: [UpdateProductVariantInput!]!) {
                        updateProductVariants(input: $input) {
                            id
                            price
                            priceWithTax
                        }
                    }
                `,
                { input: [{ id: product.variantId, price: 123_000 }] },
            );
            const expected = updateProductVariants[0].priceWithTax;
            const before = (
                await server.shopClient.query(
                    gql`
                        query ($slug: String!) {
                            product(slug: $slug) {
                                variants {
                                    priceWithTax
                                }
                            }
                        }
                    `,
                    { slug: product.slug },
                )
            ).product;
            expect(before).not.toBeNull();
            await eventually(
                async () => {
                    const { product: p } = await server.shopClient.query(
                        gql`
                            query ($slug: String!) {
                                product(slug: $slug) {
                                    variants {
                                        priceWithTax
                                    }
                                }
                            }
                        `,
                        { slug: product.slug },
                    );
                    return p.variants[0].priceWithTax === expected;
                },
                'the marketplace sells at the new price',
                10_000,
            );
            await eventually(
                async () => {
                    const { search } = await server.shopClient.query(SEARCH, { term: product.name });
                    const hit = search.items.find((i: any) => i.slug === product.slug);
                    return hit && (hit.priceWithTax.value ?? hit.priceWithTax.min) === expected;
                },
                'search shows the new price',
                30_000,
            );
            // Another producer's price is untouched.
            const other = loaded[1];
            const { product: untouched } = await server.shopClient.query(
                gql`
                    query ($slug: String!) {
                        product(slug: $slug) {
                            variants {
                                priceWithTax
                            }
                        }
                    }
                `,
                { slug: other.slug },
            );
            expect(untouched.variants[0].priceWithTax).not.toBe(expected);
        });
    });

    it('lists each product once when refreshes of the same products overlap', async () => {
        const listing = server.app.get(MarketplaceListingService);
        const producerToken = (
            await sql(
                `SELECT c.token FROM producer p JOIN channel c ON c.id = p."channelId" ORDER BY p.id LIMIT 1`,
            )
        )[0].token;
        const producer = await newAdminClient(producerToken);
        const office = await newAdminClient(defaultToken);
        // Held: no event-driven refresh; four refreshes of the same products then race each other.
        const fresh = await listing.holdWhile(async () => {
            const made: Loaded[] = [];
            for (let i = 0; i < 6; i++)
                made.push(await loadProduct(producer, office, producerToken, 1000 + i));
            await new Promise(r => setTimeout(r, 700));
            return made;
        });
        const ids = fresh.map(p => p.productId);
        const results = await Promise.all(
            [ids, [...ids].reverse(), ids.slice(2), ids].map(batch => listing.refresh(batch)),
        );
        expect(results.reduce((n, r) => n + r.added, 0)).toBe(fresh.length);
        const slugs = new Set((await shopListed()).items.map(p => p.slug));
        for (const product of fresh) expect(slugs.has(product.slug)).toBe(true);
    });
});

import { randomUUID } from 'node:crypto';
import gql from 'graphql-tag';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Sql } from './marketplace';
import { TestServer } from './test-server';

export const ENROL = gql`
    mutation ($input: EnrolPosTabletInput!) {
        enrolPosTablet(input: $input) {
            token
            tablet {
                id
                name
            }
            salesPoint {
                id
                code
            }
        }
    }
`;

export const CREATE_STAFF = gql`
    mutation ($input: CreatePosStaffInput!) {
        createPosStaff(input: $input) {
            id
            name
            role
        }
    }
`;

export const RECORD_SALE = gql`
    mutation ($input: RecordPosSaleInput!) {
        recordPosSale(input: $input) {
            orderCode
            total
            totalTax
            change
            replayed
            conflicts {
                id
                code
                message
                stampCode
                productVariantId
            }
            receipt {
                soldAt
                vat {
                    taxRate
                    net
                    tax
                    gross
                }
                lines {
                    productVariantId
                    quantity
                    discount
                    lineTotalWithTax
                    stampCodes
                }
            }
        }
    }
`;

export const RECEIVE = gql`
    mutation ($input: PosStockMoveInput!) {
        receivePosStock(input: $input) {
            moved
            byVariant {
                productVariantId
                quantity
            }
            refused {
                code
                reason
            }
        }
    }
`;

export function anonymousAdmin(server: TestServer) {
    return new SimpleGraphQLClient(
        getConfig() as Required<VendureConfig>,
        `http://127.0.0.1:${server.port}/admin-api`,
    );
}

/** A tablet enrolled by the given manager login; the client carries the tablet's session. */
export async function enrolTablet(server: TestServer, username: string, password: string, name = 'Quầy 1') {
    const client = anonymousAdmin(server);
    const { enrolPosTablet } = await client.query(ENROL, { input: { username, password, name } });
    client.setAuthToken(enrolPosTablet.token);
    return { client, ...enrolPosTablet };
}

/** Sellable demo variants with ISSUED stamps at their producer's warehouse, one per producer. */
export async function stampedVariants(sql: Sql, count: number) {
    const rows = await sql(
        `SELECT DISTINCT ON (pr.id) v.id, pr.id AS "producerId", tr.value AS "taxRate",
                (SELECT pp.price FROM product_variant_price pp JOIN channel m ON m.id = pp."channelId" AND m.code = 'hatinh'
                  WHERE pp."variantId" = v.id LIMIT 1) AS price
           FROM product_variant v
           JOIN product_channels_channel pc ON pc."productId" = v."productId"
           JOIN producer pr ON pr."channelId" = pc."channelId" AND pr.active
           JOIN tax_rate tr ON tr."categoryId" = v."taxCategoryId" AND tr.enabled
           JOIN certificate c ON c."productId" = v."productId" AND c.status = 'ACTIVE' AND c."validUntil" > now()
          WHERE v."deletedAt" IS NULL AND v.enabled
            AND (SELECT count(*) FROM stamp s WHERE s."productVariantId" = v.id AND s.status = 'ISSUED') >= 20
          ORDER BY pr.id, v.id`,
    );
    if (rows.length < count) throw new Error(`only ${rows.length} stamped demo variants`);
    return rows
        .slice(0, count)
        .map(r => ({ id: String(r.id), price: Number(r.price), taxRate: Number(r.taxRate) }));
}

export async function issuedCodes(sql: Sql, variantId: string, take: number, skip = 0): Promise<string[]> {
    const rows = await sql(
        `SELECT trim(code) AS code FROM stamp s WHERE "productVariantId" = $1 AND status = 'ISSUED'
            AND NOT EXISTS (SELECT 1 FROM sales_point sp WHERE sp."stockLocationId" = s."stockLocationId")
          ORDER BY serial OFFSET $2 LIMIT $3`,
        [variantId, skip, take],
    );
    return rows.map(r => r.code);
}

export function saleInput(
    salesPointId: string,
    staffId: string,
    lines: Array<{ productVariantId: string; stampCodes: string[]; price: number }>,
    extra: Record<string, unknown> = {},
) {
    const total = lines.reduce((s, l) => s + l.price * l.stampCodes.length, 0);
    return {
        clientSaleId: randomUUID(),
        salesPointId,
        staffId,
        soldAt: new Date(Date.now() - 3600_000).toISOString(),
        lines: lines.map(l => ({
            productVariantId: l.productVariantId,
            quantity: l.stampCodes.length,
            stampCodes: l.stampCodes,
            unitPriceWithTax: l.price,
        })),
        payments: [{ method: 'cash', amount: total, tendered: total + 50_000_00 - (total % 50_000_00) }],
        ...extra,
    };
}

import gql from 'graphql-tag';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { TestServer } from './test-server';

/** Demo logins (password "ocop-demo") and their channels. */
export const DEMO_PRODUCERS = {
    huou: { email: 'huoutuanhau@example.com', token: 'producer-hs-huou-tuan-hau' },
    nhung: { email: 'lienhe.sontruong@example.com', token: 'producer-hs-nhung-huou-son-truong' },
    che: { email: 'htx.chesonkim@example.com', token: 'producer-hs-che-xanh-son-kim' },
} as const;
export const OFFICE_EMAIL = 'vanphong@ocop.hatinh.vn';
export const DEMO_PASSWORD = 'ocop-demo';

export type Sql = (query: string, params?: unknown[]) => Promise<any[]>;

export function sqlOf(server: TestServer): Sql {
    const connection = server.app.get(TransactionalConnection);
    return (query, params) => connection.rawConnection.query(query, params);
}

/** An Admin API client logged in as a demo user, in the given channel. */
export async function adminAs(server: TestServer, email: string, token?: string) {
    const client = new SimpleGraphQLClient(
        getConfig() as Required<VendureConfig>,
        `http://127.0.0.1:${server.port}/admin-api`,
    );
    if (token) client.setChannelToken(token);
    await client.asUserWithCredentials(email, DEMO_PASSWORD);
    return client;
}

/**
 * Listed variants of a producer's products, not yet used by the caller, each
 * given exactly `stamps` ISSUED stamps and ample stock in the producer's warehouse.
 */
export async function freshVariantOf(
    server: TestServer,
    sql: Sql,
    producerToken: string,
    used: Set<string>,
    stamps = 10,
): Promise<string> {
    const rows = await sql(
        `SELECT v.id FROM product_variant v
           JOIN product_variant_channels_channel vc ON vc."productVariantId" = v.id
           JOIN channel m ON m.id = vc."channelId" AND m.code = 'hatinh'
           JOIN product_channels_channel pc ON pc."productId" = v."productId"
           JOIN channel p ON p.id = pc."channelId" AND p.code = $1
          WHERE v."deletedAt" IS NULL
          ORDER BY v.id`,
        [producerToken],
    );
    const id = rows.map(r => String(r.id)).find(i => !used.has(i));
    if (!id) throw new Error(`no unused listed variant of ${producerToken}`);
    used.add(id);
    const [{ issued }] = await sql(
        `SELECT count(*)::int AS issued FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED'`,
        [id],
    );
    if (issued < stamps) {
        const { issueStampBatch } = await server.adminClient.query(
            gql`
                mutation ($input: IssueStampBatchInput!) {
                    issueStampBatch(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    productVariantId: id,
                    quantity: stamps - issued,
                    lotCode: `L-${id}-${Date.now()}`,
                    productionDate: '2026-11-01',
                    expiryDate: '2027-11-01',
                },
            },
        );
        if (!issueStampBatch?.id) throw new Error('could not issue stamps');
    }
    await sql(
        `UPDATE stamp SET status = 'VOID', "voidReason" = 'test setup', "voidedAt" = now()
          WHERE id IN (SELECT id FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial OFFSET $2)`,
        [id, stamps],
    );
    await sql(
        `UPDATE stock_level SET "stockAllocated" = 0,
                "stockOnHand" = CASE WHEN id = (SELECT min(id) FROM stock_level WHERE "productVariantId" = $1) THEN 500 ELSE 0 END
          WHERE "productVariantId" = $1`,
        [id],
    );
    return id;
}

/** Units a shopper can still put in a cart: asks for more than anyone has and reads the answer. */
export async function sellableNow(server: TestServer, variantId: string): Promise<number> {
    const client = new SimpleGraphQLClient(
        getConfig() as Required<VendureConfig>,
        `http://127.0.0.1:${server.port}/shop-api`,
    );
    const { addItemToOrder } = await client.query(
        gql`
            mutation ($id: ID!) {
                addItemToOrder(productVariantId: $id, quantity: 900) {
                    ... on Order {
                        lines {
                            quantity
                        }
                    }
                    ... on InsufficientStockError {
                        quantityAvailable
                    }
                }
            }
        `,
        { id: variantId },
    );
    return addItemToOrder.quantityAvailable ?? addItemToOrder.lines?.[0]?.quantity;
}

/** A verified, signed-in shop customer (the client keeps the session). */
export async function registeredCustomer(server: TestServer, sql: Sql, email: string) {
    const client = new SimpleGraphQLClient(
        getConfig() as Required<VendureConfig>,
        `http://127.0.0.1:${server.port}/shop-api`,
    );
    await client.query(
        gql`
            mutation ($email: String!) {
                registerCustomerAccount(
                    input: {
                        emailAddress: $email
                        firstName: "Hoa"
                        lastName: "Trần"
                        password: "mat-khau-dai-123"
                    }
                ) {
                    ... on Success {
                        success
                    }
                }
            }
        `,
        { email },
    );
    const [{ token }] = await sql(
        `SELECT a."verificationToken" AS token FROM authentication_method a JOIN "user" u ON u.id = a."userId"
          WHERE u.identifier = $1`,
        [email],
    );
    const { verifyCustomerAccount } = await client.query(
        gql`
            mutation ($token: String!) {
                verifyCustomerAccount(token: $token) {
                    ... on CurrentUser {
                        id
                    }
                    ... on ErrorResult {
                        message
                    }
                }
            }
        `,
        { token },
    );
    if (!verifyCustomerAccount.id) throw new Error(`verification failed: ${verifyCustomerAccount.message}`);
    return client;
}

export const ADD_FULFILLMENT = gql`
    mutation ($input: FulfillOrderInput!) {
        addFulfillmentToOrder(input: $input) {
            ... on Fulfillment {
                id
                state
            }
            ... on CreateFulfillmentError {
                fulfillmentHandlerError
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

export const TRANSITION_FULFILLMENT = gql`
    mutation ($id: ID!, $state: String!) {
        transitionFulfillmentToState(id: $id, state: $state) {
            ... on Fulfillment {
                id
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** The lines of the seller order that carry a placed order's line (same variant), as the producer fulfils them. */
export async function sellerLineOf(sql: Sql, aggregateLineId: string): Promise<string> {
    const rows = await sql(
        `SELECT sl.id FROM order_line l
           JOIN "order" so ON so."aggregateOrderId" = l."orderId"
           JOIN order_line sl ON sl."orderId" = so.id AND sl."productVariantId" = l."productVariantId"
          WHERE l.id = $1`,
        [aggregateLineId],
    );
    if (rows.length !== 1) throw new Error(`no single seller line for order line ${aggregateLineId}`);
    return String(rows[0].id);
}

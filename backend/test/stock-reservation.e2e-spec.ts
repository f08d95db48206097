import fc from 'fast-check';
import gql from 'graphql-tag';
import {
    getConfig,
    ProductVariantPrice,
    StockLevelService,
    TransactionalConnection,
    VendureConfig,
} from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Buyer, PayOutcome } from './utils/checkout';
import { sellerLineOf } from './utils/marketplace';
import { eventually } from './utils/eventually';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * One stamp, one unit (ADR 0007), on the demo catalogue and the real PostgreSQL:
 * placed orders reserve stamped units, buyers racing for the last ones never
 * oversell, and cancelling, fulfilling, returning and voiding keep the books exact.
 */
describe('stock reservation', () => {
    let server: TestServer;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let defaultToken: string;
    /** The office sells at the counter in the marketplace channel, where the producers' warehouses are visible. */
    const MARKETPLACE_TOKEN = 'hatinh';
    const used = new Set<string>();

    /** A listed demo variant nobody in this file has touched yet. */
    async function freshVariant(): Promise<string> {
        const rows = await sql(
            `SELECT v.id FROM product_variant v
               JOIN product_variant_channels_channel vc ON vc."productVariantId" = v.id
               JOIN channel c ON c.id = vc."channelId" AND c.code = 'hatinh'
              ORDER BY v.id`,
        );
        const id = rows.map(r => String(r.id)).find(id => !used.has(id));
        if (!id) throw new Error('no unused listed variant left');
        used.add(id);
        return id;
    }

    /** Exactly `stamps` ISSUED stamps and `stock` units on hand (test setup, straight in the database). */
    async function provision(variantId: string, stamps: number, stock: number) {
        const [{ issued }] = await sql(
            `SELECT count(*)::int AS issued FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED'`,
            [variantId],
        );
        if (issued < stamps) await issue(variantId, stamps - issued);
        await sql(
            `UPDATE stamp SET status = 'VOID', "voidReason" = 'test setup', "voidedAt" = now()
              WHERE id IN (SELECT id FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial OFFSET $2)`,
            [variantId, stamps],
        );
        // Every producer's warehouse has a stock row for the variant: the stock sits in the first one only.
        await sql(
            `UPDATE stock_level SET "stockAllocated" = 0,
                    "stockOnHand" = CASE WHEN id = (SELECT min(id) FROM stock_level WHERE "productVariantId" = $1) THEN $2 ELSE 0 END
              WHERE "productVariantId" = $1`,
            [variantId, stock],
        );
    }

    async function issue(variantId: string, quantity: number) {
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
                    productVariantId: variantId,
                    quantity,
                    lotCode: `L-${variantId}-${Date.now()}`,
                    productionDate: '2026-11-01',
                    expiryDate: '2027-11-01',
                },
            },
        );
        return issueStampBatch;
    }

    /** What a shopper can still put in a cart: asks for more than anyone has and reads the answer. */
    async function sellableNow(variantId: string): Promise<number> {
        const result = await new Buyer(server).add(variantId, 900);
        if (result.quantityAvailable !== undefined) return result.quantityAvailable;
        if (result.lines) return result.lines[0].quantity;
        throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
    }

    const allocated = async (variantId: string) =>
        (
            await sql(
                `SELECT COALESCE(sum("stockAllocated"), 0)::int AS n FROM stock_level WHERE "productVariantId" = $1`,
                [variantId],
            )
        )[0].n;
    const placedUnits = async (variantId: string) =>
        (
            await sql(
                `SELECT COALESCE(sum(l.quantity), 0)::int AS n FROM order_line l JOIN "order" o ON o.id = l."orderId"
                  WHERE l."productVariantId" = $1 AND o."orderPlacedAt" IS NOT NULL AND o.state NOT IN ('Cancelled')
                    AND o.type <> 'Seller'`,
                [variantId],
            )
        )[0].n;
    const stampCount = async (variantId: string, status: string) =>
        (
            await sql(`SELECT count(*)::int AS n FROM stamp WHERE "productVariantId" = $1 AND status = $2`, [
                variantId,
                status,
            ])
        )[0].n;

    /** `n` buyers, each with `quantity` of the variant in a cart at the payment step; then all pay at once. */
    async function race(variantId: string, n: number, quantity = 1): Promise<PayOutcome[]> {
        const buyers = Array.from({ length: n }, (_, i) => new Buyer(server, i));
        for (let i = 0; i < n; i += 10)
            await Promise.all(buyers.slice(i, i + 10).map(b => b.readyToPay([[variantId, quantity]])));
        return Promise.all(buyers.map(b => b.pay()));
    }

    /** The office opens a placed order for changes. */
    async function toModifying(orderId: string) {
        const { transitionOrderToState } = await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    transitionOrderToState(id: $id, state: "Modifying") {
                        ... on Order {
                            state
                        }
                    }
                }
            `,
            { id: orderId },
        );
        expect(transitionOrderToState.state).toBe('Modifying');
    }

    const ADMIN_ORDER = gql`
        query ($id: ID!) {
            order(id: $id) {
                id
                state
                lines {
                    id
                    quantity
                }
            }
        }
    `;

    beforeAll(async () => {
        server = await startTestServer('stock_reservation', { demoData: true });
        await server.adminClient.asSuperAdmin();
        const connection = server.app.get(TransactionalConnection);
        sql = (query, params) => connection.rawConnection.query(query, params);
        [{ token: defaultToken }] = await sql(`SELECT token FROM channel WHERE code = '__default_channel__'`);
    });
    afterAll(() => server?.close());

    it('still writes stock levels atomically after a Vendure upgrade (the methods it replaces exist)', () => {
        const service = server.app.get(StockLevelService);
        expect(service.updateStockAllocatedForLocation.toString()).toMatch(/"stockAllocated" \+ \$3/);
        expect(service.updateStockOnHandForLocation.toString()).toMatch(/ON CONFLICT/);
    });

    it('places exactly 5 of 50 simultaneous orders for 5 unpromised stamped units and ample stock', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 5, 500);
        const outcomes = await race(variantId, 50);
        const placed = outcomes.filter(o => o.placed);
        expect(placed).toHaveLength(5);
        expect(await allocated(variantId)).toBe(5);
        expect(await placedUnits(variantId)).toBe(5);
        for (const lost of outcomes.filter(o => !o.placed)) {
            expect((lost as { error: string }).error).toMatch(/OCOP_NOT_ENOUGH_STAMPS: .*chỉ còn 0 sản phẩm/);
        }
        // The losers' carts are intact and unpaid: nothing half-placed.
        const [{ unpaid }] = await sql(
            `SELECT count(*)::int AS unpaid FROM "order" o JOIN order_line l ON l."orderId" = o.id
              WHERE l."productVariantId" = $1 AND o.state = 'ArrangingPayment'
                AND NOT EXISTS (SELECT 1 FROM payment p WHERE p."orderId" = o.id)`,
            [variantId],
        );
        expect(unpaid).toBe(45);
        expect(await sellableNow(variantId)).toBe(0);
    });

    it('places exactly 5 of 50 when stamps are ample and stock is 5, and allocates exactly 5', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 200, 5);
        const outcomes = await race(variantId, 50);
        expect(outcomes.filter(o => o.placed)).toHaveLength(5);
        expect(await allocated(variantId)).toBe(5);
        for (const lost of outcomes.filter(o => !o.placed))
            expect((lost as { error: string }).error).toMatch(/OCOP_NOT_ENOUGH_STOCK|INSUFFICIENT_STOCK/);
    });

    it('stops a cart at the payment step once another buyer took its units, with the listing gate’s reason', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 200, 3);
        const late = new Buyer(server, 1);
        const cart = await late.add(variantId, 2);
        expect(cart.lines).toHaveLength(1);
        await late.contactAndDelivery();
        // Meanwhile another buyer pays for 2 of the 3 units.
        const early = new Buyer(server, 2);
        await early.readyToPay([[variantId, 2]]);
        expect(await early.pay()).toMatchObject({ placed: true });

        // Vendure's own stock check at this step is off: the gate answers, with the units still for sale.
        expect(await late.toPayment()).toEqual({
            errorCode: 'ORDER_STATE_TRANSITION_ERROR',
            transitionError: expect.stringMatching(/^OCOP_NOT_ENOUGH_STOCK: .*chỉ còn 1 sản phẩm/),
        });
        expect(await allocated(variantId)).toBe(2);
        // Down to what is left, the same cart goes on.
        const { adjustOrderLine } = await late.client.query(
            gql`
                mutation ($id: ID!) {
                    adjustOrderLine(orderLineId: $id, quantity: 1) {
                        ... on Order {
                            state
                        }
                    }
                }
            `,
            { id: cart.lines[0].id },
        );
        expect(adjustOrderLine.state).toBe('AddingItems');
        expect(await late.toPayment()).toEqual({ state: 'ArrangingPayment' });
    });

    it('counts and allocates only the stock of locations in the selling channel', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 50, 3);
        // Seven more units at Vendure's default location, which the marketplace channel does not include.
        const [outside] = await sql(
            `SELECT sl.id FROM stock_location sl
              WHERE NOT EXISTS (SELECT 1 FROM stock_location_channels_channel x JOIN channel c ON c.id = x."channelId"
                                 WHERE x."stockLocationId" = sl.id AND c.code = 'hatinh')
              ORDER BY sl.id LIMIT 1`,
        );
        await sql(
            `INSERT INTO stock_level ("productVariantId", "stockLocationId", "stockOnHand", "stockAllocated")
             VALUES ($1, $2, 7, 0)
             ON CONFLICT ("productVariantId", "stockLocationId") DO UPDATE SET "stockOnHand" = 7, "stockAllocated" = 0`,
            [variantId, outside.id],
        );
        expect(await sellableNow(variantId)).toBe(3);
        const outcomes = await race(variantId, 4);
        expect(outcomes.filter(o => o.placed)).toHaveLength(3);
        const levels = await sql(
            `SELECT "stockLocationId" AS location, "stockAllocated" AS allocated FROM stock_level
              WHERE "productVariantId" = $1 AND "stockAllocated" <> 0`,
            [variantId],
        );
        expect(levels).toHaveLength(1);
        expect(levels[0].allocated).toBe(3);
        expect(levels[0].location).not.toBe(outside.id);
    });

    it('never promises more than the stamped units to online checkouts and office draft orders racing together', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 6, 500);
        // A counter sale first: the office's draft orders reserve like online orders do.
        expect(await settleDraft(await draftAtPayment(variantId, 1))).toBe('PaymentSettled');
        expect(await sellableNow(variantId)).toBe(5);
        const buyers = Array.from({ length: 10 }, (_, i) => new Buyer(server, 100 + i));
        await Promise.all(buyers.map(b => b.readyToPay([[variantId, 1]])));
        const drafts: string[] = [];
        for (let i = 0; i < 10; i++) drafts.push(await draftAtPayment(variantId, 1));
        const results = await Promise.all([
            ...buyers.map(b => b.pay().then(o => o.placed)),
            ...drafts.map(id => settleDraft(id).then(state => state === 'PaymentSettled')),
        ]);
        expect(results.filter(Boolean)).toHaveLength(5);
        expect(await allocated(variantId)).toBe(6);
        expect(await placedUnits(variantId)).toBe(6);
    });

    it('gives a unit back at once when an order is cancelled, and sells exactly one stamp per fulfilled unit', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 4, 500);
        const [a, b] = (await race(variantId, 2)) as Array<Extract<PayOutcome, { placed: true }>>;
        expect(a.placed && b.placed).toBe(true);
        expect(await sellableNow(variantId)).toBe(2);

        const { cancelOrder } = await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    cancelOrder(input: { orderId: $id, reason: "Khách đổi ý" }) {
                        ... on Order {
                            state
                        }
                        ... on ErrorResult {
                            errorCode
                            message
                        }
                    }
                }
            `,
            { id: a.orderId },
        );
        expect(cancelOrder.state).toBe('Cancelled');
        expect(await sellableNow(variantId)).toBe(3);
        expect(await allocated(variantId)).toBe(1);
        // The office reads the same number.
        const [{ productId }] = await sql(`SELECT "productId" FROM product_variant WHERE id = $1`, [
            variantId,
        ]);
        const { productEligibility } = await server.adminClient.query(
            gql`
                query ($id: ID!) {
                    productEligibility(productId: $id) {
                        productVariantId
                        units
                        issuedStamps
                    }
                }
            `,
            { id: productId },
        );
        expect(productEligibility.find((e: any) => e.productVariantId === variantId)).toEqual({
            productVariantId: variantId,
            units: 3,
            issuedStamps: 4,
        });

        const issuedBefore = await stampCount(variantId, 'ISSUED');
        const fulfilment = await fulfil(b.lineIds[0], 1);
        expect(fulfilment.state).toBe('Pending');
        expect(await stampCount(variantId, 'SOLD')).toBe(1);
        expect(await stampCount(variantId, 'ISSUED')).toBe(issuedBefore - 1);
        expect(await allocated(variantId)).toBe(0);
        expect(await sellableNow(variantId)).toBe(3);
    });

    it('puts a stamp back to ISSUED, its sale kept as history, when a fulfilled unit comes back', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 3, 500);
        const [order] = (await race(variantId, 1)) as Array<Extract<PayOutcome, { placed: true }>>;
        const fulfilment = await fulfil(order.lineIds[0], 1);
        const [sold] = await sql(
            `SELECT id, code, "orderCode" FROM stamp WHERE "productVariantId" = $1 AND status = 'SOLD'`,
            [variantId],
        );
        expect(sold.orderCode).toBe(order.code);
        expect(await sellableNow(variantId)).toBe(2);

        const { transitionFulfillmentToState } = await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    transitionFulfillmentToState(id: $id, state: "Cancelled") {
                        ... on Fulfillment {
                            state
                        }
                        ... on ErrorResult {
                            errorCode
                            message
                        }
                    }
                }
            `,
            { id: fulfilment.id },
        );
        expect(transitionFulfillmentToState.state).toBe('Cancelled');
        const [back] = await sql(`SELECT status, "orderCode", "soldAt" FROM stamp WHERE id = $1`, [sold.id]);
        expect(back).toEqual({ status: 'ISSUED', orderCode: null, soldAt: null });
        const history = await sql(`SELECT "orderCode", "soldWhere" FROM stamp_return WHERE "stampId" = $1`, [
            sold.id,
        ]);
        expect(history).toEqual([{ orderCode: order.code, soldWhere: 'Trực tuyến' }]);
        // The unit is back on hand and the order holds it again (re-allocated), ready to ship again.
        expect(await allocated(variantId)).toBe(1);
        expect(await sellableNow(variantId)).toBe(2);
    });

    it('alerts the office when voided stamps were needed by placed orders, and keeps the orders', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 3, 500);
        expect((await race(variantId, 3)).every(o => o.placed)).toBe(true);
        const codes = (
            await sql(`SELECT code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' LIMIT 2`, [
                variantId,
            ])
        ).map(r => r.code);
        const { voidStamps } = await server.adminClient.query(
            gql`
                mutation ($codes: [String!]!) {
                    voidStamps(codes: $codes, reason: "Tem in lỗi") {
                        voided
                    }
                }
            `,
            { codes },
        );
        expect(voidStamps.voided).toBe(2);
        const alerts = await sql(
            `SELECT a.kind, a.detail FROM stamp_alert a JOIN stamp s ON s.id = a."stampId" WHERE s."productVariantId" = $1`,
            [variantId],
        );
        expect(alerts).toHaveLength(1);
        expect(alerts[0].kind).toBe('RESERVATION_SHORT');
        expect(alerts[0].detail).toMatch(/giữ 3 sản phẩm nhưng chỉ còn 1 tem/);
        expect(await placedUnits(variantId)).toBe(3);
        expect(await sellableNow(variantId)).toBe(0);
    });

    it('shows a sold-out variant as out of stock, still listed, and back in stock when a reservation is released', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 1, 500);
        const stockLevel = async () => {
            const { search } = await server.shopClient.query(gql`
                query {
                    search(input: { take: 500 }) {
                        items {
                            productVariantId
                            inStock
                        }
                    }
                }
            `);
            const { product } = await server.shopClient.query(
                gql`
                    query ($id: ID!) {
                        product(id: $id) {
                            variants {
                                id
                                stockLevel
                            }
                        }
                    }
                `,
                {
                    id: (await sql(`SELECT "productId" FROM product_variant WHERE id = $1`, [variantId]))[0]
                        .productId,
                },
            );
            return {
                level: product?.variants.find((v: any) => v.id === variantId)?.stockLevel,
                indexed: search.items.find((i: any) => i.productVariantId === variantId)?.inStock,
            };
        };
        expect((await stockLevel()).level).not.toBe('OUT_OF_STOCK');
        const [order] = (await race(variantId, 1)) as Array<Extract<PayOutcome, { placed: true }>>;
        expect((await stockLevel()).level).toBe('OUT_OF_STOCK');
        await eventually(
            async () => (await stockLevel()).indexed === false,
            'the search index shows it out of stock',
        );
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    cancelOrder(input: { orderId: $id }) {
                        ... on Order {
                            state
                        }
                    }
                }
            `,
            { id: order.orderId },
        );
        expect((await stockLevel()).level).not.toBe('OUT_OF_STOCK');
        await eventually(
            async () => (await stockLevel()).indexed === true,
            'the search index shows it in stock again',
        );
    });

    it('re-indexes a sold variant for search only when the sale flips it out of stock', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 3, 500);
        const indexed = async () =>
            (
                await sql(`SELECT DISTINCT "inStock" FROM search_index_item WHERE "productVariantId" = $1`, [
                    variantId,
                ])
            ).map(r => r.inStock);
        expect(await indexed()).toEqual([true]);
        /** Jobs queued since `after` that name the variant: the stock check and full re-indexes. */
        const jobsSince = async (after: number) => {
            // Vendure keeps a job's data and result as JSON text.
            const rows = (
                await sql(
                    `SELECT "queueName", state, data, result FROM job_record WHERE id > $1 ORDER BY id`,
                    [after],
                )
            ).map(r => ({ ...r, data: JSON.parse(r.data), result: r.result && JSON.parse(r.result) }));
            const names = (ids: unknown) => Array.isArray(ids) && ids.map(String).includes(variantId);
            return {
                checks: rows.filter(r => r.queueName === 'ocop-search-stock-status' && names(r.data.ids)),
                reindexes: rows.filter(
                    r =>
                        r.queueName === 'update-search-index' &&
                        (names(r.data.ids) || names(r.data.variantIds)),
                ),
            };
        };
        const lastJob = async () =>
            Number((await sql(`SELECT COALESCE(max(id), 0) AS n FROM job_record`))[0].n);

        // Two of three units sold: still in stock, so the index is checked and left as it is.
        const before = await lastJob();
        expect((await race(variantId, 1, 2)).every(o => o.placed)).toBe(true);
        await eventually(
            async () => (await jobsSince(before)).checks.some(j => j.state === 'COMPLETED'),
            'the stock check of the sold variant ran',
        );
        const kept = await jobsSince(before);
        expect(kept.checks.map(j => j.result)).toEqual([{ reindexed: [] }]);
        expect(kept.reindexes).toEqual([]);
        expect(await indexed()).toEqual([true]);

        // The last unit: the flag flips, the variant is re-indexed and search shows it sold out.
        const flip = await lastJob();
        expect((await race(variantId, 1)).every(o => o.placed)).toBe(true);
        await eventually(async () => (await indexed()).join() === 'false', 'the index shows it sold out');
        const flipped = await jobsSince(flip);
        expect(flipped.checks.map(j => j.result)).toEqual([{ reindexed: [Number(variantId)] }]);
        expect(flipped.reindexes.map(j => j.data.type)).toEqual(['update-variants-by-id']);
    });

    it('refuses an order modification that asks for more units than may be sold', async () => {
        const variantId = await freshVariant();
        await provision(variantId, 5, 500);
        const [order] = (await race(variantId, 1)) as Array<Extract<PayOutcome, { placed: true }>>;
        await toModifying(order.orderId);
        const attempt = async (quantity: number) => {
            try {
                const { modifyOrder } = await server.adminClient.query(
                    gql`
                        mutation ($input: ModifyOrderInput!) {
                            modifyOrder(input: $input) {
                                ... on Order {
                                    id
                                }
                                ... on InsufficientStockError {
                                    quantityAvailable
                                }
                                ... on ErrorResult {
                                    errorCode
                                    message
                                }
                            }
                        }
                    `,
                    {
                        input: {
                            orderId: order.orderId,
                            dryRun: false,
                            adjustOrderLines: [{ orderLineId: order.lineIds[0], quantity }],
                        },
                    },
                );
                return modifyOrder;
            } catch (e: any) {
                return { errorCode: 'GRAPHQL_ERROR', message: e.message };
            }
        };
        const refused = await attempt(50);
        expect(refused.errorCode).toBe('INSUFFICIENT_STOCK_ERROR');
        // Vendure counts the line's own unit in: 1 held + 4 still sellable.
        expect(refused.quantityAvailable).toBe(5);
        expect(await allocated(variantId)).toBe(1);
        const { order: after } = await server.adminClient.query(ADMIN_ORDER, { id: order.orderId });
        expect(after.lines[0].quantity).toBe(1);
    });

    it('answers "not found" for a variant the marketplace does not list, exactly as for one that does not exist', async () => {
        const [unlisted] = await sql(
            `SELECT v.id FROM product_variant v JOIN product_translation t ON t."baseId" = v."productId"
              JOIN product p ON p.id = v."productId"
             WHERE NOT EXISTS (SELECT 1 FROM product_variant_channels_channel vc JOIN channel c ON c.id = vc."channelId"
                                WHERE vc."productVariantId" = v.id AND c.code = 'hatinh')
               AND v."deletedAt" IS NULL LIMIT 1`,
        );
        const answer = async (id: string) => {
            try {
                return JSON.stringify(await new Buyer(server).add(id, 1));
            } catch (e: any) {
                return String(e.message).replace(id, '<id>');
            }
        };
        const forUnlisted = await answer(String(unlisted.id));
        expect(forUnlisted).toMatch(/No ProductVariant with the id "<id>" could be found/);
        expect(forUnlisted).toBe(await answer('987654'));
    });

    it('keeps the books right over random sequences of placing, cancelling, fulfilling, issuing and voiding', async () => {
        const step = fc.oneof(
            {
                arbitrary: fc.record({
                    kind: fc.constant('place' as const),
                    quantity: fc.integer({ min: 1, max: 2 }),
                }),
                weight: 4,
            },
            { arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(9) }), weight: 2 },
            { arbitrary: fc.record({ kind: fc.constant('fulfil' as const), pick: fc.nat(9) }), weight: 2 },
            {
                arbitrary: fc.record({
                    kind: fc.constant('issue' as const),
                    quantity: fc.integer({ min: 1, max: 3 }),
                }),
                weight: 1,
            },
            {
                arbitrary: fc.record({
                    kind: fc.constant('void' as const),
                    quantity: fc.integer({ min: 1, max: 2 }),
                }),
                weight: 1,
            },
        );
        await fc.assert(
            fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 10 }), async steps => {
                const variantId = await freshVariant();
                await provision(variantId, 3, 100);
                const open: Array<{ orderId: string; lineId: string; quantity: number }> = [];
                let fulfilled = 0;
                for (const s of steps) {
                    if (s.kind === 'place') {
                        const buyer = new Buyer(server);
                        const ready = await buyer.readyToPay([[variantId, s.quantity]]).then(
                            () => true,
                            () => false,
                        );
                        const before = await sellableNow(variantId);
                        const outcome = ready
                            ? await buyer.pay()
                            : ({ placed: false, error: 'not ready' } as PayOutcome);
                        if (outcome.placed) {
                            expect(before).toBeGreaterThanOrEqual(s.quantity);
                            open.push({
                                orderId: outcome.orderId,
                                lineId: outcome.lineIds[0],
                                quantity: s.quantity,
                            });
                        }
                    } else if (s.kind === 'cancel' && open.length) {
                        const [order] = open.splice(s.pick % open.length, 1);
                        const { cancelOrder } = await server.adminClient.query(
                            gql`
                                mutation ($id: ID!) {
                                    cancelOrder(input: { orderId: $id }) {
                                        ... on Order {
                                            state
                                        }
                                        ... on ErrorResult {
                                            message
                                        }
                                    }
                                }
                            `,
                            { id: order.orderId },
                        );
                        expect(cancelOrder.state).toBe('Cancelled');
                    } else if (s.kind === 'fulfil' && open.length) {
                        const order = open[s.pick % open.length];
                        const result = await fulfil(order.lineId, order.quantity);
                        if (result.state === 'Pending') {
                            open.splice(open.indexOf(order), 1);
                            fulfilled += order.quantity;
                        }
                    } else if (s.kind === 'issue') {
                        await issue(variantId, s.quantity);
                    } else if (s.kind === 'void') {
                        const codes = (
                            await sql(
                                `SELECT code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial LIMIT $2`,
                                [variantId, s.quantity],
                            )
                        ).map(r => r.code);
                        if (codes.length) {
                            await server.adminClient.query(
                                gql`
                                    mutation ($codes: [String!]!) {
                                        voidStamps(codes: $codes, reason: "Hỏng") {
                                            voided
                                        }
                                    }
                                `,
                                { codes },
                            );
                        }
                    }
                    // The books after every step.
                    const held = open.reduce((sum, o) => sum + o.quantity, 0);
                    const [books] = await sql(
                        `SELECT (SELECT COALESCE(sum("stockAllocated"), 0) FROM stock_level WHERE "productVariantId" = $1)::int AS allocated,
                                (SELECT COALESCE(min("stockAllocated"), 0) FROM stock_level WHERE "productVariantId" = $1)::int AS "minAllocated",
                                (SELECT COALESCE(min("stockOnHand"), 0) FROM stock_level WHERE "productVariantId" = $1)::int AS "minOnHand",
                                (SELECT count(*) FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED')::int AS issued,
                                (SELECT count(*) FROM stamp WHERE "productVariantId" = $1 AND status = 'SOLD')::int AS sold,
                                (SELECT COALESCE((SELECT issued FROM ocop_stamp_tally WHERE "productVariantId" = $1), 0))::int AS tallied,
                                (SELECT count(*) FROM stamp_alert a JOIN stamp x ON x.id = a."stampId"
                                  WHERE x."productVariantId" = $1 AND a.kind = 'RESERVATION_SHORT')::int AS alerts`,
                        [variantId],
                    );
                    expect(books.allocated).toBe(held);
                    expect(books.sold).toBe(fulfilled);
                    // What shoppers and placements read (ADR 0027) is what the register holds.
                    expect(books.tallied).toBe(books.issued);
                    expect(
                        Math.min(books.minAllocated, books.minOnHand, books.issued),
                    ).toBeGreaterThanOrEqual(0);
                    if (books.allocated > books.issued) expect(books.alerts).toBeGreaterThan(0);
                }
                // A stamp is sold at most once: each SOLD stamp names one order line.
                const [{ duplicates }] = await sql(
                    `SELECT count(*)::int AS duplicates FROM (SELECT code FROM stamp WHERE "productVariantId" = $1 AND status = 'SOLD' GROUP BY code HAVING count(*) > 1) d`,
                    [variantId],
                );
                expect(duplicates).toBe(0);
            }),
            { numRuns: 6, endOnFailure: true },
        );
    });

    it('keeps the ISSUED tally equal to the register after every sale, return, void and issue above', async () => {
        const drift = await sql(
            `SELECT v, register, tally FROM (
                SELECT COALESCE(r.v, t."productVariantId") AS v, COALESCE(r.n, 0) AS register, COALESCE(t.issued, 0) AS tally
                  FROM (SELECT "productVariantId" AS v, count(*)::int AS n FROM stamp WHERE status = 'ISSUED' GROUP BY 1) r
                  FULL JOIN ocop_stamp_tally t ON t."productVariantId" = r.v) x
              WHERE register <> tally`,
        );
        expect(drift).toEqual([]);
        const [{ variants }] = await sql(
            `SELECT count(*)::int AS variants FROM ocop_stamp_tally WHERE issued > 0`,
        );
        expect(variants).toBeGreaterThan(5);
    });

    describe('prices are whole, positive đồng', () => {
        const UPDATE = gql`
            mutation ($input: [UpdateProductVariantInput!]!) {
                updateProductVariants(input: $input) {
                    id
                    price
                }
            }
        `;
        let producer: SimpleGraphQLClient;
        let variantId: string;
        const shopPrice = async () => {
            const [{ productId }] = await sql(`SELECT "productId" FROM product_variant WHERE id = $1`, [
                variantId,
            ]);
            const { product } = await server.shopClient.query(
                gql`
                    query ($id: ID!) {
                        product(id: $id) {
                            variants {
                                id
                                priceWithTax
                            }
                        }
                    }
                `,
                { id: productId },
            );
            return product.variants.find((v: any) => v.id === variantId).priceWithTax;
        };
        const refusal = (promise: Promise<unknown>) =>
            promise.then(
                () => 'accepted',
                (e: any) => String(e.message),
            );

        beforeAll(async () => {
            producer = new SimpleGraphQLClient(
                getConfig() as Required<VendureConfig>,
                `http://127.0.0.1:${server.port}/admin-api`,
            );
            await producer.asUserWithCredentials('huoutuanhau@example.com', 'ocop-demo');
            producer.setChannelToken('producer-hs-huou-tuan-hau');
            const { products } = await producer.query(gql`
                query {
                    products(options: { take: 1 }) {
                        items {
                            variants {
                                id
                            }
                        }
                    }
                }
            `);
            variantId = products.items[0].variants[0].id;
        });

        it('refuses a negative, zero or fractional price from a producer, and changes nothing', async () => {
            const before = await shopPrice();
            for (const price of [-360_000_000, 0, 150, 12_345_678.5]) {
                expect(await refusal(producer.query(UPDATE, { input: [{ id: variantId, price }] }))).toMatch(
                    /OCOP_INVALID_PRICE: .*số đồng nguyên lớn hơn 0 ₫/,
                );
                expect(
                    await refusal(
                        producer.query(UPDATE, {
                            input: [{ id: variantId, prices: [{ currencyCode: 'VND', price }] }],
                        }),
                    ),
                ).toMatch(/OCOP_INVALID_PRICE/);
            }
            await new Promise(r => setTimeout(r, 1500));
            expect(await shopPrice()).toBe(before);
        });

        it('refuses any other write of a negative or fractional price, e.g. a copy to the marketplace', async () => {
            const [{ id: marketplaceId }] = await sql(`SELECT id FROM channel WHERE code = 'hatinh'`);
            const repo = server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(ProductVariantPrice);
            const [row] = await repo.find({
                where: { variant: { id: Number(variantId) }, channelId: Number(marketplaceId) },
            });
            for (const price of [-360_000_000, 150]) {
                await expect(repo.save({ ...row, price })).rejects.toThrow(/OCOP_INVALID_PRICE/);
            }
            expect((await repo.findOneByOrFail({ id: row.id })).price).toBe(row.price);
        });

        it('accepts a whole-đồng price and the marketplace sells at it', async () => {
            expect(
                await refusal(producer.query(UPDATE, { input: [{ id: variantId, price: 3_650_000_000 }] })),
            ).toBe('accepted');
            await eventually(
                async () => (await shopPrice()) === 3_650_000_000,
                'the marketplace sells at the new price',
            );
        });

        it('stops a checkout whose line would be free, whatever wrote the price', async () => {
            const target = await freshVariant();
            await provision(target, 3, 100);
            // A zero written behind the API's back into the marketplace's copy of the price.
            await sql(
                `UPDATE product_variant_price SET price = 0 WHERE "variantId" = $1 AND "channelId" = (SELECT id FROM channel WHERE code = 'hatinh')`,
                [target],
            );
            const buyer = new Buyer(server);
            await expect(buyer.readyToPay([[target, 1]])).rejects.toThrow(
                /OCOP_INVALID_LINE_PRICE: .*phải lớn hơn 0 ₫/,
            );
        });

        it('refuses a surcharge of a fraction of a đồng when the office modifies an order', async () => {
            const target = await freshVariant();
            await provision(target, 3, 100);
            const [order] = (await race(target, 1)) as Array<Extract<PayOutcome, { placed: true }>>;
            await toModifying(order.orderId);
            const result = await refusal(
                server.adminClient.query(
                    gql`
                        mutation ($input: ModifyOrderInput!) {
                            modifyOrder(input: $input) {
                                ... on Order {
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
                            orderId: order.orderId,
                            dryRun: false,
                            surcharges: [
                                { description: 'Phí', sku: 'X', price: 150, priceIncludesTax: true },
                            ],
                        },
                    },
                ),
            );
            expect(result).toMatch(/OCOP_INVALID_PRICE: Phụ phí/);
        });
    });

    /** Ships units of a placed order's line: through the producer's seller order that carries it (ADR 0011). */
    async function fulfil(lineId: string, quantity: number) {
        const { addFulfillmentToOrder } = await server.adminClient.query(
            gql`
                mutation ($input: FulfillOrderInput!) {
                    addFulfillmentToOrder(input: $input) {
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
            `,
            {
                input: {
                    lines: [{ orderLineId: await sellerLineOf(sql, lineId), quantity }],
                    handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
                },
            },
        );
        return addFulfillmentToOrder;
    }

    /** An office draft order for a walk-in customer, at the payment step. */
    async function draftAtPayment(variantId: string, quantity: number): Promise<string> {
        const admin = server.adminClient;
        admin.setChannelToken(MARKETPLACE_TOKEN);
        const { createDraftOrder } = await admin.query(gql`
            mutation {
                createDraftOrder {
                    id
                }
            }
        `);
        const id = createDraftOrder.id;
        const { addItemToDraftOrder } = await admin.query(
            gql`
                mutation ($id: ID!, $v: ID!, $q: Int!) {
                    addItemToDraftOrder(orderId: $id, input: { productVariantId: $v, quantity: $q }) {
                        ... on Order {
                            id
                        }
                        ... on ErrorResult {
                            errorCode
                            message
                        }
                    }
                }
            `,
            { id, v: variantId, q: quantity },
        );
        if (!addItemToDraftOrder.id) throw new Error(`addItemToDraftOrder: ${addItemToDraftOrder.message}`);
        await admin.query(
            gql`
                mutation ($id: ID!) {
                    setCustomerForDraftOrder(
                        orderId: $id
                        input: { emailAddress: "quay@example.vn", firstName: "Khách", lastName: "Lẻ" }
                    ) {
                        ... on Order {
                            id
                        }
                    }
                }
            `,
            { id },
        );
        await admin.query(
            gql`
                mutation ($id: ID!) {
                    setDraftOrderShippingAddress(
                        orderId: $id
                        input: {
                            fullName: "Khách lẻ"
                            streetLine1: "1 Hà Huy Tập"
                            city: "Phường Thành Sen"
                            province: "Hà Tĩnh"
                            countryCode: "VN"
                            phoneNumber: "0912345678"
                        }
                    ) {
                        id
                    }
                }
            `,
            { id },
        );
        const { eligibleShippingMethodsForDraftOrder } = await admin.query(
            gql`
                query ($id: ID!) {
                    eligibleShippingMethodsForDraftOrder(orderId: $id) {
                        id
                    }
                }
            `,
            { id },
        );
        await admin.query(
            gql`
                mutation ($id: ID!, $m: ID!) {
                    setDraftOrderShippingMethod(orderId: $id, shippingMethodId: $m) {
                        ... on Order {
                            id
                        }
                    }
                }
            `,
            { id, m: eligibleShippingMethodsForDraftOrder[0].id },
        );
        const { transitionOrderToState } = await admin.query(
            gql`
                mutation ($id: ID!) {
                    transitionOrderToState(id: $id, state: "ArrangingPayment") {
                        ... on Order {
                            state
                        }
                        ... on OrderStateTransitionError {
                            transitionError
                        }
                    }
                }
            `,
            { id },
        );
        if (transitionOrderToState.state !== 'ArrangingPayment')
            throw new Error(`draft checkout: ${transitionOrderToState.transitionError}`);
        admin.setChannelToken(defaultToken);
        return id;
    }

    /** Pays a draft order in cash at the counter and places it; returns the state it reached. */
    async function settleDraft(id: string): Promise<string> {
        const admin = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        await admin.asSuperAdmin();
        admin.setChannelToken(MARKETPLACE_TOKEN);
        try {
            const { addManualPaymentToOrder } = await admin.query(
                gql`
                    mutation ($id: ID!) {
                        addManualPaymentToOrder(
                            input: { orderId: $id, method: "cash", transactionId: "quay", metadata: {} }
                        ) {
                            ... on Order {
                                state
                            }
                            ... on ErrorResult {
                                errorCode
                                message
                            }
                        }
                    }
                `,
                { id },
            );
            // A payment covering the total places the order at once.
            return addManualPaymentToOrder.state ?? addManualPaymentToOrder.message;
        } catch (e: any) {
            return String(e.message);
        }
    }
});

import gql from 'graphql-tag';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Buyer } from './utils/checkout';
import {
    ADD_FULFILLMENT,
    adminAs,
    DEMO_PRODUCERS,
    freshVariantOf,
    OFFICE_EMAIL,
    Sql,
    sqlOf,
    TRANSITION_FULFILLMENT,
} from './utils/marketplace';
import { enrolTablet, RECEIVE } from './utils/pos';
import { startTestServer, TestServer } from './utils/test-server';

const TO_FULFIL = gql`
    query {
        sellerOrdersToFulfil {
            id
            code
            customerOrderCode
            remaining
            blockedReason
            lines {
                id
                productVariantId
                remaining
                shipFrom {
                    id
                    name
                }
            }
        }
    }
`;
const ONE = gql`
    query ($orderId: ID!) {
        sellerOrderToFulfil(orderId: $orderId) {
            id
            remaining
        }
    }
`;
const CHECK = gql`
    query ($orderId: ID!, $code: String!, $alreadyScanned: [String!]) {
        checkFulfilmentStamp(orderId: $orderId, code: $code, alreadyScanned: $alreadyScanned) {
            code
            ok
            orderLineId
            serial
            problem
            message
        }
    }
`;
const FULFIL = gql`
    mutation ($input: FulfilSellerOrderWithStampsInput!) {
        fulfilSellerOrderWithStamps(input: $input) {
            orderCode
            stampCount
            fulfillment {
                id
                state
                method
                trackingCode
            }
        }
    }
`;
const HISTORY = gql`
    query ($id: ID!) {
        stampAlert(id: $id) {
            id
            serial
            history {
                status
                lotCode
                currentLocation
                events {
                    kind
                    location
                    fromLocation
                    channel
                    orderCode
                    sellerOrderCode
                    detail
                }
                checkCount
                checkClients
                checksByDay {
                    day
                    checks
                    clients
                }
                recentChecks {
                    client
                    result
                }
            }
        }
    }
`;
const VERIFY = gql`
    query ($code: String!) {
        verifyStamp(code: $code) {
            result
            soldWhere
        }
    }
`;

/**
 * Packing by scanning (issue 9): a producer fulfils its own seller order with the stamps
 * it scanned — exactly those are sold, on the right line — and nobody else can touch
 * the order; the office reads a stamp's whole history from an alert.
 */
describe('fulfilment by scanning stamps', () => {
    let server: TestServer;
    let sql: Sql;
    const used = new Set<string>();
    let variantA: string; // Hươu Tuấn Hậu
    let variantB: string; // Chè xanh Sơn Kim
    let producerA: SimpleGraphQLClient;
    let producerB: SimpleGraphQLClient;
    let trade: SimpleGraphQLClient;
    let office: SimpleGraphQLClient;
    let aggregateCode: string;
    let sellerA: any;
    let sellerB: any;
    /** Received at a showroom and sent back before it was packed. */
    let movedCode: string;

    const stamps = (variantId: string) =>
        sql(
            `SELECT id, trim(code) AS code, serial, status, "orderLineId", "orderCode", "stockLocationId"
               FROM stamp WHERE "productVariantId" = $1 ORDER BY serial`,
            [variantId],
        );
    const issued = async (variantId: string) => (await stamps(variantId)).filter(s => s.status === 'ISSUED');

    beforeAll(async () => {
        server = await startTestServer('stamp_fulfilment', { demoData: true });
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
        variantA = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used, 6);
        variantB = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, used, 4);
        [producerA, producerB, trade, office] = await Promise.all([
            adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token),
            adminAs(server, DEMO_PRODUCERS.che.email, DEMO_PRODUCERS.che.token),
            adminAs(server, 'socongthuong@ocop.hatinh.vn'),
            adminAs(server, OFFICE_EMAIL),
        ]);
        const buyer = new Buyer(server);
        await buyer.readyToPay([
            [variantA, 2],
            [variantB, 1],
        ]);
        const paid = await buyer.pay();
        if (!paid.placed) throw new Error(paid.error);
        aggregateCode = paid.code;
        sellerA = (await producerA.query(TO_FULFIL)).sellerOrdersToFulfil.find(
            (o: any) => o.customerOrderCode === aggregateCode,
        );
        sellerB = (await producerB.query(TO_FULFIL)).sellerOrdersToFulfil.find(
            (o: any) => o.customerOrderCode === aggregateCode,
        );
    }, 600_000);
    afterAll(() => server?.close());

    it('lists each producer its own seller order waiting to ship, never the other producer’s', async () => {
        expect(sellerA).toMatchObject({ remaining: 2, blockedReason: null });
        expect(sellerA.lines).toEqual([
            expect.objectContaining({ productVariantId: variantA, remaining: 2 }),
        ]);
        expect(sellerA.lines[0].shipFrom[0].name).toMatch(/Hươu Tuấn Hậu/);
        expect(sellerB.lines.map((l: any) => l.productVariantId)).toEqual([variantB]);
        const seenByB = (await producerB.query(TO_FULFIL)).sellerOrdersToFulfil.map((o: any) => o.id);
        expect(seenByB).not.toContain(sellerA.id);
        await expect(producerB.query(ONE, { orderId: sellerA.id })).rejects.toThrow(/OCOP_ORDER_NOT_FOUND/);
    });

    it('tells the packer at once why a scanned code cannot go in this parcel', async () => {
        const [a1, a2, a3] = await issued(variantA);
        const [b1] = await issued(variantB);
        const check = async (code: string, alreadyScanned: string[] = []) =>
            (await producerA.query(CHECK, { orderId: sellerA.id, code, alreadyScanned }))
                .checkFulfilmentStamp;

        // The QR's URL or the bare code, as a wedge scanner types it.
        const ok = await check(`http://localhost:3000/v/${a1.code}`);
        expect(ok).toMatchObject({ ok: true, code: a1.code, orderLineId: sellerA.lines[0].id });
        expect(ok.serial).toMatch(/^HT-\d{4}-\d{7}$/);
        expect((await check(a1.code, [a1.code])).problem).toBe('OCOP_STAMP_SCANNED_TWICE');
        expect((await check(a3.code, [a1.code, a2.code])).problem).toBe('OCOP_STAMP_LINE_COMPLETE');
        expect((await check(b1.code)).problem).toBe('OCOP_STAMP_NOT_IN_ORDER');
        const unknown = await check('0000000000000000Z');
        expect(unknown.problem).toBe('OCOP_STAMP_UNKNOWN');
        expect(unknown.message).toMatch(/không có trong sổ tem.*\(unknown stamp code/);

        await sql(
            `UPDATE stamp SET status = 'VOID', "voidedAt" = now(), "voidReason" = 'test' WHERE id = $1`,
            [a3.id],
        );
        expect((await check(a3.code)).problem).toBe('OCOP_STAMP_VOID');

        // A unit received at a showroom no longer ships from the producer's warehouse.
        const tablet = await enrolTablet(server, 'quanly.tpht@ocop.hatinh.vn', 'ocop-demo', 'Quầy đóng gói');
        const { receivePosStock } = await tablet.client.query(RECEIVE, { input: { stampCodes: [a2.code] } });
        expect(receivePosStock.moved).toBe(1);
        const elsewhere = await check(a2.code);
        expect(elsewhere.problem).toBe('OCOP_STAMP_ELSEWHERE');
        expect(elsewhere.message).toMatch(/SR-TP-HA-TINH.*\(stamp is registered at another location\)/);
        const { returnPosStock } = await tablet.client.query(
            gql`
                mutation ($input: PosStockMoveInput!) {
                    returnPosStock(input: $input) {
                        moved
                    }
                }
            `,
            { input: { stampCodes: [a2.code] } },
        );
        expect(returnPosStock.moved).toBe(1);
        expect((await check(a2.code)).ok).toBe(true);
        movedCode = a2.code;
    });

    it('refuses another producer, Industry and Trade, and a parcel with one bad code, selling nothing', async () => {
        const [a1, a2] = await issued(variantA);
        const input = {
            orderId: sellerA.id,
            lines: [{ orderLineId: sellerA.lines[0].id, stampCodes: [a1.code, a2.code] }],
        };
        await expect(producerB.query(FULFIL, { input })).rejects.toThrow(/OCOP_ORDER_NOT_FOUND/);
        await expect(trade.query(FULFIL, { input })).rejects.toThrow(/not currently authorized/);
        await expect(trade.query(TO_FULFIL)).rejects.toThrow(/not currently authorized/);
        const voided = (await stamps(variantA)).find(s => s.status === 'VOID')!;
        await expect(
            producerA.query(FULFIL, {
                input: { ...input, lines: [{ ...input.lines[0], stampCodes: [a1.code, voided.code] }] },
            }),
        ).rejects.toThrow(/OCOP_FULFIL_STAMPS_REFUSED.*OCOP_STAMP_VOID/);
        await expect(
            producerA.query(FULFIL, {
                input: { ...input, lines: [{ ...input.lines[0], stampCodes: [a1.code, a1.code] }] },
            }),
        ).rejects.toThrow(/OCOP_STAMP_SCANNED_TWICE/);
        expect((await stamps(variantA)).filter(s => s.status === 'SOLD')).toEqual([]);
        const [{ n }] = await sql(
            `SELECT count(*)::int AS n FROM order_fulfillments_fulfillment WHERE "orderId" = $1`,
            [sellerA.id],
        );
        expect(n).toBe(0);
    });

    it('sells exactly the scanned stamps, on the seller line, with the customer’s order code', async () => {
        const free = await issued(variantA);
        // Not the lowest serials: the automatic pick would have chosen free[0] and free[1].
        const chosen = [free[free.length - 1], free[free.length - 2]];
        const { fulfilSellerOrderWithStamps } = await producerA.query(FULFIL, {
            input: {
                orderId: sellerA.id,
                method: 'Viettel Post',
                trackingCode: 'VTP123',
                lines: [{ orderLineId: sellerA.lines[0].id, stampCodes: chosen.map(s => s.code) }],
            },
        });
        expect(fulfilSellerOrderWithStamps).toMatchObject({
            orderCode: aggregateCode,
            stampCount: 2,
            fulfillment: { state: 'Pending', method: 'Viettel Post', trackingCode: 'VTP123' },
        });
        const sold = (await stamps(variantA)).filter(s => s.status === 'SOLD');
        expect(sold.map(s => s.code).sort()).toEqual(chosen.map(s => s.code).sort());
        for (const s of sold) {
            expect(String(s.orderLineId)).toBe(sellerA.lines[0].id);
            expect(s.orderCode).toBe(aggregateCode);
        }
        expect((await issued(variantA)).map(s => s.code)).toContain(free[0].code);
        const [{ allocated }] = await sql(
            `SELECT sum("stockAllocated")::int AS allocated FROM stock_level WHERE "productVariantId" = $1`,
            [variantA],
        );
        expect(allocated).toBe(0);
        // Shipped in full: off the list; the other producer's order is untouched.
        const left = (await producerA.query(TO_FULFIL)).sellerOrdersToFulfil.map((o: any) => o.id);
        expect(left).not.toContain(sellerA.id);
        const stillB = (await producerB.query(TO_FULFIL)).sellerOrdersToFulfil.find(
            (o: any) => o.id === sellerB.id,
        );
        expect(stillB.remaining).toBe(1);
        expect((await stamps(variantB)).filter(s => s.status === 'SOLD')).toEqual([]);
        // Nothing more to pack on that order.
        await expect(
            producerA.query(FULFIL, {
                input: {
                    orderId: sellerA.id,
                    lines: [{ orderLineId: sellerA.lines[0].id, stampCodes: [free[0].code] }],
                },
            }),
        ).rejects.toThrow(/OCOP_STAMP_LINE_COMPLETE|OCOP_STAMP_NOT_IN_ORDER/);
    });

    it('ships parcels of the same two products packed at once, whatever the order of their lines', async () => {
        // Each parcel sells stamps of both variants; half list them the other way round.
        const nhung = await adminAs(server, DEMO_PRODUCERS.nhung.email, DEMO_PRODUCERS.nhung.token);
        const first = await freshVariantOf(server, sql, DEMO_PRODUCERS.nhung.token, used, 20);
        const second = await freshVariantOf(server, sql, DEMO_PRODUCERS.nhung.token, used, 20);
        const codes: string[] = [];
        for (let i = 0; i < 8; i++) {
            const buyer = new Buyer(server, 700 + i);
            await buyer.readyToPay([
                [first, 1],
                [second, 1],
            ]);
            const paid = await buyer.pay();
            if (!paid.placed) throw new Error(paid.error);
            codes.push(paid.code);
        }
        const waiting = (await nhung.query(TO_FULFIL)).sellerOrdersToFulfil.filter((o: any) =>
            codes.includes(o.customerOrderCode),
        );
        expect(waiting).toHaveLength(8);
        const results = await Promise.all(
            waiting.map((order: any, i: number) => {
                const lines = order.lines.map((l: any) => ({ orderLineId: l.id, quantity: 1 }));
                if (i % 2) lines.reverse();
                return nhung
                    .query(ADD_FULFILLMENT, {
                        input: { lines, handler: { code: 'ocop-stamped-fulfillment', arguments: [] } },
                    })
                    .then(
                        r => r.addFulfillmentToOrder,
                        (e: Error) => ({ message: e.message }),
                    );
            }),
        );
        expect(results.map((r: any) => r.state ?? r.message)).toEqual(Array(8).fill('Pending'));
        for (const variant of [first, second])
            expect((await stamps(variant)).filter(s => s.status === 'SOLD')).toHaveLength(8);

        // Cancelled at once, the parcels give their stamps back line by line, in the same crosswise orders.
        const cancelled = await Promise.all(
            results.map((f: any) =>
                nhung.query(TRANSITION_FULFILLMENT, { id: f.id, state: 'Cancelled' }).then(
                    r => r.transitionFulfillmentToState.state ?? r.transitionFulfillmentToState.message,
                    (e: Error) => e.message,
                ),
            ),
        );
        expect(cancelled).toEqual(Array(8).fill('Cancelled'));
        for (const variant of [first, second])
            expect((await stamps(variant)).filter(s => s.status === 'SOLD')).toHaveLength(0);
    });

    it('keeps the automatic pick for fulfilments created elsewhere', async () => {
        const lowest = (await issued(variantB))[0];
        const { addFulfillmentToOrder } = await producerB.query(ADD_FULFILLMENT, {
            input: {
                lines: sellerB.lines.map((l: any) => ({ orderLineId: l.id, quantity: 1 })),
                handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
            },
        });
        expect(addFulfillmentToOrder.state).toBe('Pending');
        const sold = (await stamps(variantB)).filter(s => s.status === 'SOLD');
        expect(sold.map(s => s.code)).toEqual([lowest.code]);
    });

    it('shows the office a stamp’s whole history from its alert: issue, moves, sale, checks', async () => {
        const sold = (await stamps(variantA)).find(s => s.status === 'SOLD')!;
        const moved = (await stamps(variantA)).find(s => s.code === movedCode)!;
        const shop = new Buyer(server).client;
        await shop.query(VERIFY, { code: sold.code });
        await shop.query(VERIFY, { code: sold.code });
        const [{ id: alertId }] = await sql(
            `INSERT INTO stamp_alert ("stampId", kind, detail) VALUES ($1, 'MANY_CLIENTS', 'test: copied?') RETURNING id`,
            [sold.id],
        );
        // Checks are written a moment after they are answered.
        let history: any;
        for (let i = 0; i < 50; i++) {
            history = (await office.query(HISTORY, { id: alertId })).stampAlert.history;
            if (history.checkCount >= 2) break;
            await new Promise(r => setTimeout(r, 100));
        }
        expect(history.status).toBe('SOLD');
        expect(history.events.map((e: any) => e.kind)).toEqual(['ISSUED', 'SOLD', 'ALERT']);
        expect(history.events[0].location).toMatch(/Hươu Tuấn Hậu/);
        expect(history.events[1]).toMatchObject({
            channel: 'ONLINE',
            orderCode: aggregateCode,
            sellerOrderCode: sellerA.code,
        });
        expect(history.checkCount).toBe(2);
        expect(history.checkClients).toBe(1);
        expect(history.checksByDay).toHaveLength(1);
        expect(history.recentChecks.map((c: any) => c.client)).toEqual([1, 1]);

        const [{ id: movedAlert }] = await sql(
            `INSERT INTO stamp_alert ("stampId", kind, detail) VALUES ($1, 'COUNTERFEIT_SUSPECT', 'test') RETURNING id`,
            [moved.id],
        );
        const movedHistory = (await office.query(HISTORY, { id: movedAlert })).stampAlert.history;
        expect(movedHistory.status).toBe('ISSUED');
        expect(movedHistory.events.map((e: any) => [e.kind, e.detail])).toEqual([
            ['ISSUED', expect.any(String)],
            ['MOVED', 'RECEIVED'],
            ['MOVED', 'RETURNED'],
            ['ALERT', 'COUNTERFEIT_SUSPECT: test'],
        ]);
        expect(movedHistory.events[1].location).toMatch(/SR-TP-HA-TINH/);
        expect(movedHistory.events[2].location).toMatch(/Hươu Tuấn Hậu/);
        expect(movedHistory.currentLocation).toMatch(/Hươu Tuấn Hậu/);

        // Office only: a producer and Industry and Trade cannot read it.
        await expect(producerA.query(HISTORY, { id: alertId })).rejects.toThrow(/not currently authorized/);
        await expect(trade.query(HISTORY, { id: alertId })).rejects.toThrow(/not currently authorized/);
    });

    it('tells the office how far a stamp issue has got, by the key it chose', async () => {
        const progress = gql`
            query ($key: String!) {
                stampIssueProgress(key: $key) {
                    done
                    total
                }
            }
        `;
        const { issueStampBatch } = await office.query(
            gql`
                mutation ($input: IssueStampBatchInput!) {
                    issueStampBatch(input: $input) {
                        quantity
                    }
                }
            `,
            {
                input: {
                    productVariantId: variantB,
                    quantity: 12_000,
                    lotCode: 'PROGRESS-1',
                    productionDate: '2026-11-01',
                    expiryDate: '2027-11-01',
                    progressKey: 'key-of-the-form',
                },
            },
        );
        expect(issueStampBatch.quantity).toBe(12_000);
        expect((await office.query(progress, { key: 'key-of-the-form' })).stampIssueProgress).toEqual({
            done: 12_000,
            total: 12_000,
        });
        expect((await office.query(progress, { key: 'another-key' })).stampIssueProgress).toBeNull();
        await expect(producerA.query(progress, { key: 'key-of-the-form' })).rejects.toThrow(
            /not currently authorized/,
        );
    });
});

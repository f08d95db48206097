import { randomUUID } from 'node:crypto';
import gql from 'graphql-tag';
import { SimpleGraphQLClient } from '@vendure/testing';
import { eventually } from './utils/eventually';
import { Sql, sqlOf } from './utils/marketplace';
import {
    anonymousAdmin,
    CREATE_STAFF,
    enrolTablet,
    issuedCodes,
    RECEIVE,
    RECORD_SALE,
    saleInput,
    stampedVariants,
} from './utils/pos';
import { startTestServer, TestServer } from './utils/test-server';

const PIN_SIGN_IN = gql`
    mutation ($staffId: ID!, $pin: String!) {
        posPinSignIn(staffId: $staffId, pin: $pin) {
            ok
            attemptsLeft
            lockedUntil
            staff {
                id
                role
            }
        }
    }
`;

describe('POS sales (recordPosSale) and tablets', () => {
    let server: TestServer;
    let sql: Sql;
    let pointA: { id: string; stockLocationId: number };
    let pointB: { id: string; stockLocationId: number };
    let tabletA: SimpleGraphQLClient;
    let tabletB: SimpleGraphQLClient;
    const staff: Record<string, string> = {};
    let v1: { id: string; price: number; taxRate: number };
    let v2: { id: string; price: number; taxRate: number };
    let codes1: string[];
    let codes2: string[];

    beforeAll(async () => {
        server = await startTestServer('pos', { demoData: true });
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
        const points = await sql(
            `SELECT id::text, code, "stockLocationId" FROM sales_point WHERE code IN ('SR-HUONG-KHE', 'SR-THACH-HA')`,
        );
        pointA = points.find(p => p.code === 'SR-HUONG-KHE');
        pointB = points.find(p => p.code === 'SR-THACH-HA');
        const create = async (key: string, input: Record<string, unknown>) => {
            const { createPosStaff } = await server.adminClient.query(CREATE_STAFF, { input });
            staff[key] = createPosStaff.id;
        };
        await create('managerA', {
            salesPointId: pointA.id,
            name: 'Nguyễn Quản Lý',
            role: 'MANAGER',
            pin: '1111',
            emailAddress: 'ql.a@example.com',
            password: 'mat-khau-a',
        });
        await create('cashierA', {
            salesPointId: pointA.id,
            name: 'Trần Thu Ngân',
            role: 'CASHIER',
            pin: '2222',
        });
        await create('managerB', {
            salesPointId: pointB.id,
            name: 'Lê Quản Lý',
            role: 'MANAGER',
            pin: '3333',
            emailAddress: 'ql.b@example.com',
            password: 'mat-khau-b',
        });
        tabletA = (await enrolTablet(server, 'ql.a@example.com', 'mat-khau-a')).client;
        tabletB = (await enrolTablet(server, 'ql.b@example.com', 'mat-khau-b')).client;
        [v1, v2] = await stampedVariants(sql, 2);
        codes1 = await issuedCodes(sql, v1.id, 12);
        codes2 = await issuedCodes(sql, v2.id, 6);
        const { receivePosStock } = await tabletA.query(RECEIVE, {
            input: { stampCodes: [...codes1, ...codes2] },
        });
        expect(receivePosStock.moved).toBe(18);
    }, 420_000);
    afterAll(() => server?.close());

    const stockAt = async (variantId: string, locationId: number) =>
        Number(
            (
                await sql(
                    `SELECT "stockOnHand" FROM stock_level WHERE "productVariantId" = $1 AND "stockLocationId" = $2`,
                    [variantId, locationId],
                )
            )[0]?.stockOnHand ?? 0,
        );

    it('demo showrooms have staff and stamped stock: a demo manager enrols a tablet that can sell at once', async () => {
        const demo = await enrolTablet(server, 'quanly.tpht@ocop.hatinh.vn', 'ocop-demo', 'Quầy demo');
        expect(demo.salesPoint.code).toBe('SR-TP-HA-TINH');
        const { posBootstrap } = await demo.client.query(gql`
            query {
                posBootstrap {
                    staff {
                        role
                        pinSalt
                        pinHash
                        pinIterations
                    }
                    stamps {
                        code
                        productVariantId
                    }
                    variants {
                        id
                        priceWithTax
                        taxRate
                    }
                }
            }
        `);
        expect(posBootstrap.staff.map((s: any) => s.role).sort()).toEqual(['CASHIER', 'MANAGER']);
        expect(posBootstrap.stamps.length).toBeGreaterThanOrEqual(12);
        const stocked = new Set(posBootstrap.stamps.map((s: any) => s.productVariantId));
        const listed = posBootstrap.variants.filter((v: any) => stocked.has(v.id));
        expect(listed).toHaveLength(stocked.size);
        expect(new Set(listed.map((v: any) => v.taxRate)).size).toBeGreaterThanOrEqual(2);
        // The cached hash checks the PIN the way the tablet does offline (PBKDF2-SHA256).
        const { pbkdf2Sync } = await import('node:crypto');
        const manager = posBootstrap.staff.find((s: any) => s.role === 'MANAGER');
        expect(
            pbkdf2Sync(
                '1234',
                Buffer.from(manager.pinSalt, 'hex'),
                manager.pinIterations,
                32,
                'sha256',
            ).toString('hex'),
        ).toBe(manager.pinHash);
    });

    it('receiving moves the units and their stamps into the showroom', async () => {
        expect(await stockAt(v1.id, pointA.stockLocationId)).toBe(12);
        const located = await sql(`SELECT DISTINCT "stockLocationId" FROM stamp WHERE trim(code) = ANY($1)`, [
            codes1,
        ]);
        expect(located).toEqual([{ stockLocationId: pointA.stockLocationId }]);
        // Receiving the same stamps again moves nothing.
        const { receivePosStock } = await tabletA.query(RECEIVE, {
            input: { stampCodes: codes1.slice(0, 2) },
        });
        expect(receivePosStock.moved).toBe(0);
        expect(receivePosStock.refused.map((r: any) => r.reason)).toEqual(['ALREADY_HERE', 'ALREADY_HERE']);
    });

    it('records a sale: split order, payments, stamps SOLD, stock out of the showroom, the tablet time kept', async () => {
        const input = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(0, 2), price: v1.price },
            { productVariantId: v2.id, stampCodes: codes2.slice(0, 1), price: v2.price },
        ]);
        const { recordPosSale } = await tabletA.query(RECORD_SALE, { input });
        expect(recordPosSale.total).toBe(2 * v1.price + v2.price);
        expect(recordPosSale.conflicts).toEqual([]);
        expect(recordPosSale.replayed).toBe(false);
        const [order] = await sql(
            `SELECT id, type, "orderPlacedAt", "customFieldsSalespointid" AS sp, "subTotalWithTax" FROM "order" WHERE code = $1`,
            [recordPosSale.orderCode],
        );
        expect(order.type).toBe('Aggregate');
        expect(new Date(order.orderPlacedAt).toISOString()).toBe(input.soldAt);
        expect(String(order.sp)).toBe(pointA.id);
        expect(Number(order.subTotalWithTax)).toBe(recordPosSale.total);
        const sellers = await sql(`SELECT id FROM "order" WHERE "aggregateOrderId" = $1`, [order.id]);
        expect(sellers).toHaveLength(2);
        const payments = await sql(`SELECT method, amount, state FROM payment WHERE "orderId" = $1`, [
            order.id,
        ]);
        expect(payments).toEqual([
            { method: 'pos-cash', amount: String(recordPosSale.total), state: 'Settled' },
        ]);
        const stamps = await sql(
            `SELECT status, "orderCode", "soldChannel" FROM stamp WHERE trim(code) = ANY($1)`,
            [[...codes1.slice(0, 2), codes2[0]]],
        );
        expect(stamps.every(s => s.status === 'SOLD' && s.orderCode === recordPosSale.orderCode)).toBe(true);
        // The stamps point at the seller orders' lines (where returns look for them).
        const stampLines = await sql(
            `SELECT DISTINCT ol."orderId" FROM stamp s JOIN order_line ol ON ol.id = s."orderLineId" WHERE trim(s.code) = ANY($1)`,
            [[...codes1.slice(0, 2), codes2[0]]],
        );
        expect(stampLines.map(r => String(r.orderId)).sort()).toEqual(sellers.map(r => String(r.id)).sort());
        // Written with set-based SQL, the order still reads back through Vendure as a whole order.
        const { order: viaApi } = await server.adminClient.query(
            gql`
                query ($id: ID!) {
                    order(id: $id) {
                        state
                        totalWithTax
                        lines {
                            quantity
                            linePriceWithTax
                        }
                        payments {
                            method
                            amount
                            state
                        }
                    }
                }
            `,
            { id: String(order.id) },
        );
        expect(viaApi.state).toBe('Delivered');
        expect(viaApi.totalWithTax).toBe(recordPosSale.total);
        expect(viaApi.lines.map((l: any) => l.quantity).sort()).toEqual([1, 2]);
        expect(viaApi.payments).toEqual([
            { method: 'pos-cash', amount: recordPosSale.total, state: 'Settled' },
        ]);
        expect(await stockAt(v1.id, pointA.stockLocationId)).toBe(10);
        expect(recordPosSale.receipt.vat.reduce((s: number, r: any) => s + r.gross, 0)).toBe(
            recordPosSale.total,
        );
    });

    it('replaying a sale, one after another or all at once, yields one sale', async () => {
        const input = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(2, 3), price: v1.price },
        ]);
        const first = (await tabletA.query(RECORD_SALE, { input })).recordPosSale;
        const again = (await tabletA.query(RECORD_SALE, { input })).recordPosSale;
        expect(again.orderCode).toBe(first.orderCode);
        expect(again.replayed).toBe(true);

        const burst = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(3, 5), price: v1.price },
        ]);
        const results = await Promise.all(
            Array.from({ length: 6 }, () => tabletA.query(RECORD_SALE, { input: burst })),
        );
        const orderCodes = new Set(results.map(r => r.recordPosSale.orderCode));
        expect(orderCodes.size).toBe(1);
        expect(results.filter(r => !r.recordPosSale.replayed)).toHaveLength(1);
        const [{ n }] = await sql(`SELECT count(*)::int AS n FROM pos_sale WHERE "clientSaleId" = $1`, [
            burst.clientSaleId,
        ]);
        expect(n).toBe(1);
        const [{ orders }] = await sql(
            `SELECT count(*)::int AS orders FROM "order" WHERE type = 'Aggregate' AND code = ANY($1)`,
            [[...orderCodes]],
        );
        expect(orders).toBe(1);
        expect(await stockAt(v1.id, pointA.stockLocationId)).toBe(7);
    });

    it('a stamp sold already is recorded as a conflict with an office alert, and the sale is kept', async () => {
        const input = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: [codes1[0]], price: v1.price },
        ]);
        const { recordPosSale } = await tabletA.query(RECORD_SALE, { input });
        expect(recordPosSale.conflicts.map((c: any) => [c.code, c.stampCode])).toEqual([
            ['STAMP_ALREADY_SOLD', codes1[0]],
        ]);
        const alerts = await sql(
            `SELECT a.kind FROM stamp_alert a JOIN stamp s ON s.id = a."stampId" WHERE trim(s.code) = $1`,
            [codes1[0]],
        );
        expect(alerts.map(a => a.kind)).toContain('REUSE_ATTEMPT');
        const { posConflicts } = await tabletA.query(gql`
            query {
                posConflicts(resolved: false) {
                    code
                    orderCode
                    stampCode
                }
            }
        `);
        expect(posConflicts).toContainEqual({
            code: 'STAMP_ALREADY_SOLD',
            orderCode: recordPosSale.orderCode,
            stampCode: codes1[0],
        });
        // The other sales point's tablet sees none of A's conflicts.
        const other = await tabletB.query(gql`
            query {
                posConflicts {
                    orderCode
                }
            }
        `);
        expect(other.posConflicts).toEqual([]);
    });

    it('a tablet of sales point A can never sell as B, whatever it sends', async () => {
        const asB = saleInput(pointB.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(5, 6), price: v1.price },
        ]);
        await expect(tabletA.query(RECORD_SALE, { input: asB })).rejects.toThrow(
            /OCOP_POS_WRONG_SALES_POINT/,
        );
        // B's tablet naming A's staff, or replaying A's sale, is refused too.
        const asA = saleInput(pointB.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(5, 6), price: v1.price },
        ]);
        await expect(tabletB.query(RECORD_SALE, { input: asA })).rejects.toThrow(/OCOP_POS_STAFF_UNKNOWN/);
        const mine = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v1.id, stampCodes: codes1.slice(5, 6), price: v1.price },
        ]);
        await tabletA.query(RECORD_SALE, { input: mine });
        await expect(
            tabletB.query(RECORD_SALE, {
                input: { ...mine, salesPointId: pointB.id, staffId: staff.managerB },
            }),
        ).rejects.toThrow(/OCOP_POS_WRONG_SALES_POINT/);
        // Someone who is not a tablet (a manager's own login) cannot sell at all.
        const manager = anonymousAdmin(server);
        await manager.asUserWithCredentials('ql.a@example.com', 'mat-khau-a');
        await expect(
            manager.query(RECORD_SALE, { input: saleInput(pointA.id, staff.cashierA, []) }),
        ).rejects.toThrow(/permission|FORBIDDEN|not currently authorized/i);
        const { salesPoints } = await tabletA.query(gql`
            query {
                salesPoints {
                    items {
                        id
                        name
                        kind
                    }
                }
            }
        `);
        expect(salesPoints.items.map((p: any) => p.id)).toEqual([pointA.id]);
    });

    it('a discount above the approval percent needs a manager: a cashier cannot approve it', async () => {
        const lines = [{ productVariantId: v1.id, stampCodes: codes1.slice(6, 7), price: v1.price }];
        const discount = Math.floor((v1.price * 0.3) / 100) * 100;
        const byCashier = saleInput(pointA.id, staff.cashierA, lines, {
            discounts: [{ productVariantId: v1.id, amount: discount, approvedByStaffId: staff.cashierA }],
        });
        (byCashier.payments as any)[0] = { method: 'cash', amount: v1.price - discount };
        await expect(tabletA.query(RECORD_SALE, { input: byCashier })).rejects.toThrow(
            /OCOP_POS_APPROVAL_REQUIRED/,
        );
        const byManager = {
            ...byCashier,
            clientSaleId: randomUUID(),
            discounts: [{ productVariantId: v1.id, amount: discount, approvedByStaffId: staff.managerA }],
        };
        const { recordPosSale } = await tabletA.query(RECORD_SALE, { input: byManager });
        expect(recordPosSale.total).toBe(v1.price - discount);
        expect(recordPosSale.receipt.lines[0].discount).toBe(discount);
        expect(recordPosSale.conflicts).toEqual([]);
    });

    it('PINs: the right one signs in, five wrong ones lock the person out for a while', async () => {
        const ok = await tabletA.query(PIN_SIGN_IN, { staffId: staff.cashierA, pin: '2222' });
        expect(ok.posPinSignIn.ok).toBe(true);
        for (let i = 0; i < 5; i++) {
            const wrong = await tabletA.query(PIN_SIGN_IN, { staffId: staff.cashierA, pin: '9999' });
            expect(wrong.posPinSignIn.ok).toBe(false);
        }
        const locked = await tabletA.query(PIN_SIGN_IN, { staffId: staff.cashierA, pin: '2222' });
        expect(locked.posPinSignIn.ok).toBe(false);
        expect(new Date(locked.posPinSignIn.lockedUntil).getTime()).toBeGreaterThan(Date.now());
        // Another sales point's tablet cannot even try A's staff.
        await expect(tabletB.query(PIN_SIGN_IN, { staffId: staff.managerA, pin: '1111' })).rejects.toThrow(
            /OCOP_POS_STAFF_UNKNOWN/,
        );
        const [{ salt, hash }] = await sql(
            `SELECT "pinSalt" AS salt, "pinHash" AS hash FROM pos_staff WHERE id = $1`,
            [staff.managerA],
        );
        expect(hash).not.toContain('1111');
        expect(salt).toMatch(/^[0-9a-f]{32}$/);
    });
    it('shifts: cash in and out, no closing with unsynced sales, Z-report totals equal the shift sales', async () => {
        const { openPosShift } = await tabletA.query(
            gql`
                mutation ($input: OpenPosShiftInput!) {
                    openPosShift(input: $input) {
                        id
                        state
                        openingFloat
                    }
                }
            `,
            { input: { staffId: staff.managerA, openingFloat: 500_000_00 } },
        );
        expect(openPosShift.state).toBe('OPEN');
        await expect(
            tabletB.query(
                gql`mutation ($id: ID!) { posCashMovement(input: { shiftId: $id, staffId: "${staff.managerB}", amount: 100, reason: "x" }) { id } }`,
                {
                    id: openPosShift.id,
                },
            ),
        ).rejects.toThrow(/OCOP_POS_SHIFT_NOT_FOUND/);
        await tabletA.query(
            gql`
                mutation ($input: PosCashMovementInput!) {
                    posCashMovement(input: $input) {
                        cashIn
                        cashOut
                    }
                }
            `,
            {
                input: {
                    shiftId: openPosShift.id,
                    staffId: staff.managerA,
                    amount: -120_000_00,
                    reason: 'Nộp tiền về văn phòng',
                },
            },
        );
        const sales = [];
        const card = saleInput(
            pointA.id,
            staff.managerA,
            [{ productVariantId: v1.id, stampCodes: codes1.slice(7, 9), price: v1.price }],
            { shiftId: openPosShift.id },
        );
        card.payments = [{ method: 'card', amount: 2 * v1.price, reference: 'TID-123456' } as any];
        sales.push((await tabletA.query(RECORD_SALE, { input: card })).recordPosSale);
        const split = saleInput(
            pointA.id,
            staff.managerA,
            [
                { productVariantId: v1.id, stampCodes: codes1.slice(9, 10), price: v1.price },
                { productVariantId: v2.id, stampCodes: codes2.slice(1, 3), price: v2.price },
            ],
            { shiftId: openPosShift.id },
        );
        const splitTotal = v1.price + 2 * v2.price;
        split.payments = [
            { method: 'vietqr', amount: splitTotal - 100_000_00, reference: null } as any,
            { method: 'cash', amount: 100_000_00, tendered: 200_000_00 },
        ];
        sales.push((await tabletA.query(RECORD_SALE, { input: split })).recordPosSale);
        const CLOSE = gql`
            mutation ($input: ClosePosShiftInput!) {
                closePosShift(input: $input) {
                    salesCount
                    total
                    totalTax
                    byTender {
                        method
                        amount
                        count
                    }
                    byVatRate {
                        taxRate
                        gross
                        tax
                    }
                    byProducer {
                        name
                        gross
                        quantity
                    }
                    byProductGroup {
                        name
                        gross
                    }
                    expectedCash
                    countedCash
                    difference
                    shift {
                        state
                    }
                }
            }
        `;
        const closing = { shiftId: openPosShift.id, staffId: staff.managerA, countedCash: 480_000_00 };
        await expect(tabletA.query(CLOSE, { input: { ...closing, unsyncedSales: 1 } })).rejects.toThrow(
            /OCOP_POS_SHIFT_UNSYNCED/,
        );
        await expect(
            tabletA.query(CLOSE, { input: { ...closing, unsyncedSales: 0, salesCount: 3 } }),
        ).rejects.toThrow(/OCOP_POS_SHIFT_UNSYNCED/);
        const { closePosShift: z } = await tabletA.query(CLOSE, {
            input: { ...closing, unsyncedSales: 0, salesCount: 2 },
        });
        const sum = sales.reduce((s, x) => s + x.total, 0);
        expect(z.salesCount).toBe(2);
        expect(z.total).toBe(sum);
        expect(z.byTender.reduce((s: number, t: any) => s + t.amount, 0)).toBe(sum);
        expect(z.byTender.find((t: any) => t.method === 'card').amount).toBe(2 * v1.price);
        expect(z.byVatRate.reduce((s: number, r: any) => s + r.gross, 0)).toBe(sum);
        expect(z.byVatRate.reduce((s: number, r: any) => s + r.tax, 0)).toBe(z.totalTax);
        expect(z.byProducer.reduce((s: number, r: any) => s + r.gross, 0)).toBe(sum);
        expect(z.byProducer.reduce((s: number, r: any) => s + r.quantity, 0)).toBe(5);
        expect(z.byProductGroup.reduce((s: number, r: any) => s + r.gross, 0)).toBe(sum);
        // 500.000 float − 120.000 out + 100.000 cash taken (200.000 given, 100.000 change).
        expect(z.expectedCash).toBe(480_000_00);
        expect(z.difference).toBe(0);
        expect(z.shift.state).toBe('CLOSED');
        // A sale another tablet made offline in that shift still counts there, flagged for the manager.
        const late = saleInput(
            pointA.id,
            staff.managerA,
            [{ productVariantId: v1.id, stampCodes: codes1.slice(10, 11), price: v1.price }],
            { shiftId: openPosShift.id },
        );
        const { recordPosSale: lateSale } = await tabletA.query(RECORD_SALE, { input: late });
        expect(lateSale.conflicts.map((c: any) => c.code)).toEqual(['SHIFT_CLOSED']);
    });

    it('returns need a manager PIN; the stamp goes back to ISSUED at the showroom with its sale remembered', async () => {
        const input = saleInput(pointA.id, staff.cashierA, [
            { productVariantId: v2.id, stampCodes: codes2.slice(3, 4), price: v2.price },
        ]);
        const { recordPosSale } = await tabletA.query(RECORD_SALE, { input });
        // The sales figures (ADR 0019) follow POS sales and returns, which fire no order events.
        const booked = async () => {
            const [row] = await sql(
                `SELECT coalesce(sum(l.units), 0)::int AS units, coalesce(sum(l.revenue), 0)::int AS revenue,
                        min(l.channel) AS channel
                   FROM sales_line l JOIN "order" o ON o.id = l."orderId" WHERE o.code = $1`,
                [recordPosSale.orderCode],
            );
            return row as { units: number; revenue: number; channel: string | null };
        };
        await eventually(async () => (await booked()).units === 1, 'the POS sale is in the sales ledger');
        expect(await booked()).toEqual({ units: 1, revenue: v2.price, channel: 'SHOWROOM' });
        const REFUND = gql`
            mutation ($input: RefundPosSaleInput!) {
                refundPosSale(input: $input) {
                    orderCode
                    refundTotal
                    stampCodes
                }
            }
        `;
        const refund = {
            orderCode: recordPosSale.orderCode,
            stampCodes: [codes2[3]],
            reason: 'Khách đổi ý',
            method: 'cash',
        };
        await expect(
            tabletA.query(REFUND, {
                input: { ...refund, managerStaffId: staff.cashierA, managerPin: '2222' },
            }),
        ).rejects.toThrow(/OCOP_POS_(APPROVAL_REQUIRED|PIN_INVALID)/);
        await expect(
            tabletA.query(REFUND, {
                input: { ...refund, managerStaffId: staff.managerA, managerPin: '0000' },
            }),
        ).rejects.toThrow(/OCOP_POS_PIN_INVALID/);
        const before = await stockAt(v2.id, pointA.stockLocationId);
        const { refundPosSale } = await tabletA.query(REFUND, {
            input: { ...refund, managerStaffId: staff.managerA, managerPin: '1111' },
        });
        expect(refundPosSale.refundTotal).toBe(v2.price);
        await eventually(async () => (await booked()).units === 0, 'the return is in the sales ledger');
        expect((await booked()).revenue).toBe(0);
        const [stamp] = await sql(`SELECT id, status, "stockLocationId" FROM stamp WHERE trim(code) = $1`, [
            codes2[3],
        ]);
        expect(stamp.status).toBe('ISSUED');
        expect(stamp.stockLocationId).toBe(pointA.stockLocationId);
        const history = await sql(`SELECT "orderCode" FROM stamp_return WHERE "stampId" = $1`, [stamp.id]);
        expect(history).toEqual([{ orderCode: recordPosSale.orderCode }]);
        expect(await stockAt(v2.id, pointA.stockLocationId)).toBe(before + 1);
        // The same unit cannot be returned twice.
        await expect(
            tabletA.query(REFUND, {
                input: { ...refund, managerStaffId: staff.managerA, managerPin: '1111' },
            }),
        ).rejects.toThrow(/OCOP_POS_REFUND_INVALID/);
    });

    it('a scanned stamp that cannot be on this shelf is flagged as a possible counterfeit for the office', async () => {
        const LOOKUP = gql`
            mutation ($code: String!) {
                posStampLookup(code: $code) {
                    code
                    status
                    locatedHere
                    suspect
                }
            }
        `;
        const here = await tabletA.query(LOOKUP, { code: `http://localhost:3000/v/${codes2[4]}` });
        expect(here.posStampLookup).toMatchObject({
            code: codes2[4],
            status: 'ISSUED',
            locatedHere: true,
            suspect: false,
        });
        const sold = await tabletA.query(LOOKUP, { code: codes1[0] });
        expect(sold.posStampLookup).toMatchObject({ status: 'SOLD', suspect: true });
        const elsewhere = await tabletB.query(LOOKUP, { code: codes2[4] });
        expect(elsewhere.posStampLookup).toMatchObject({
            status: 'ISSUED',
            locatedHere: false,
            suspect: true,
        });
        const unknown = await tabletA.query(LOOKUP, { code: 'ZZZZZZZZZZZZZZZZZ' });
        expect(unknown.posStampLookup).toMatchObject({ status: 'UNKNOWN', suspect: true });
        const { posSuspectScans } = await server.adminClient.query(gql`
            query {
                posSuspectScans {
                    status
                }
            }
        `);
        expect(posSuspectScans.map((s: any) => s.status).sort()).toEqual(['ELSEWHERE', 'SOLD', 'UNKNOWN']);
        const alerts = await sql(
            `SELECT count(*)::int AS n FROM stamp_alert WHERE kind = 'COUNTERFEIT_SUSPECT'`,
        );
        expect(alerts[0].n).toBe(2);
    });

    it('after the fair, units go back to the producer warehouse with their stamps', async () => {
        const back = codes2.slice(4, 6);
        const { returnPosStock } = await tabletA.query(
            gql`
                mutation ($input: PosStockMoveInput!) {
                    returnPosStock(input: $input) {
                        moved
                    }
                }
            `,
            { input: { stampCodes: back } },
        );
        expect(returnPosStock.moved).toBe(2);
        const located = await sql(`SELECT DISTINCT "stockLocationId" FROM stamp WHERE trim(code) = ANY($1)`, [
            back,
        ]);
        expect(located).toHaveLength(1);
        expect(located[0].stockLocationId).not.toBe(pointA.stockLocationId);
        const { posLowStock } = await tabletA.query(gql`
            query {
                posLowStock(threshold: 3) {
                    productVariantId
                    onHand
                }
            }
        `);
        expect(posLowStock).toContainEqual({
            productVariantId: v2.id,
            onHand: await stockAt(v2.id, pointA.stockLocationId),
        });
    });

    it('office management: a revoked tablet stops at once; a manager of A cannot touch B’s staff or tablets', async () => {
        const TABLETS = gql`
            query ($salesPointId: ID) {
                posTablets(salesPointId: $salesPointId) {
                    id
                    name
                    salesPointId
                    revokedAt
                }
            }
        `;
        const STAFF = gql`
            query ($salesPointId: ID) {
                posStaffMembers(salesPointId: $salesPointId) {
                    id
                    name
                    role
                    active
                    hasLogin
                }
            }
        `;
        const UPDATE = gql`
            mutation ($input: UpdatePosStaffInput!) {
                updatePosStaff(input: $input) {
                    id
                    active
                }
            }
        `;
        const REVOKE = gql`
            mutation ($id: ID!) {
                revokePosTablet(id: $id) {
                    id
                    revokedAt
                }
            }
        `;
        const SET_PIN = gql`
            mutation ($staffId: ID!, $pin: String!) {
                setPosStaffPin(staffId: $staffId, pin: $pin) {
                    id
                }
            }
        `;
        const managerA = anonymousAdmin(server);
        await managerA.asUserWithCredentials('ql.a@example.com', 'mat-khau-a');
        // A manager sees their own sales point only, and is refused another's.
        const { posStaffMembers } = await managerA.query(STAFF, {});
        expect(new Set(posStaffMembers.map((s: any) => s.id))).toEqual(
            new Set([staff.managerA, staff.cashierA]),
        );
        await expect(managerA.query(STAFF, { salesPointId: pointB.id })).rejects.toThrow(
            /OCOP_POS_NOT_YOUR_SALES_POINT/,
        );
        const { posTablets: tabletsOfB } = await server.adminClient.query(TABLETS, {
            salesPointId: pointB.id,
        });
        expect(tabletsOfB.length).toBeGreaterThan(0);
        await expect(managerA.query(REVOKE, { id: tabletsOfB[0].id })).rejects.toThrow(
            /OCOP_POS_NOT_YOUR_SALES_POINT/,
        );
        await expect(managerA.query(SET_PIN, { staffId: staff.managerB, pin: '0000' })).rejects.toThrow(
            /OCOP_POS_NOT_YOUR_SALES_POINT/,
        );
        await expect(
            managerA.query(UPDATE, { input: { id: staff.managerB, active: false } }),
        ).rejects.toThrow(/OCOP_POS_NOT_YOUR_SALES_POINT/);
        // B's tablet still sells: nothing of B changed.
        await tabletB.query(gql`
            query {
                posBootstrap {
                    tablet {
                        id
                    }
                }
            }
        `);
        // A tablet cannot manage at all.
        await expect(tabletA.query(STAFF, {})).rejects.toThrow(
            /permission|FORBIDDEN|not currently authorized/i,
        );

        // The manager resets a cashier's PIN, deactivates and reactivates them.
        await managerA.query(SET_PIN, { staffId: staff.cashierA, pin: '5656' });
        const signIn = await tabletA.query(PIN_SIGN_IN, { staffId: staff.cashierA, pin: '5656' });
        expect(signIn.posPinSignIn.ok).toBe(true);
        await managerA.query(UPDATE, { input: { id: staff.cashierA, active: false } });
        const { posBootstrap } = await tabletA.query(gql`
            query {
                posBootstrap {
                    staff {
                        id
                    }
                }
            }
        `);
        expect(posBootstrap.staff.map((s: any) => s.id)).not.toContain(staff.cashierA);
        await expect(
            tabletA.query(RECORD_SALE, {
                input: saleInput(pointA.id, staff.cashierA, [
                    { productVariantId: v1.id, stampCodes: codes1.slice(11, 12), price: v1.price },
                ]),
            }),
        ).rejects.toThrow(/OCOP_POS_STAFF_UNKNOWN/);
        await managerA.query(UPDATE, { input: { id: staff.cashierA, active: true } });
        await managerA.query(SET_PIN, { staffId: staff.cashierA, pin: '2222' });

        // Revoking a tablet of A: its token is refused from the next request on.
        const spare = (await enrolTablet(server, 'ql.a@example.com', 'mat-khau-a')).client;
        const { posTablets } = await managerA.query(TABLETS, {});
        const newest = posTablets[posTablets.length - 1];
        expect(newest.revokedAt).toBeNull();
        const { revokePosTablet } = await managerA.query(REVOKE, { id: newest.id });
        expect(revokePosTablet.revokedAt).toBeTruthy();
        await expect(
            spare.query(gql`
                query {
                    posBootstrap {
                        tablet {
                            id
                        }
                    }
                }
            `),
        ).rejects.toThrow(/OCOP_POS_TABLET_REVOKED|FORBIDDEN|not currently authorized/i);
        // The other tablet of A is untouched.
        await tabletA.query(gql`
            query {
                posBootstrap {
                    tablet {
                        id
                    }
                }
            }
        `);
    });

    it('the back office lists: the office creates a manager login; a manager of A sees and resolves only A’s conflicts', async () => {
        const office = anonymousAdmin(server);
        await office.asUserWithCredentials('vanphong@ocop.hatinh.vn', 'ocop-demo');
        // The office (not a superadmin) gives a new manager their login: the role it grants is exactly ManagePosStaff's.
        const manager = {
            salesPointId: pointA.id,
            name: 'Phạm Quản Lý Hai',
            role: 'MANAGER',
            pin: '4321',
            emailAddress: 'QL.A2@example.com',
            password: 'mat-khau-a2',
        };
        await expect(
            office.query(CREATE_STAFF, { input: { ...manager, emailAddress: 'ql.a@example.com' } }),
        ).rejects.toThrow(/OCOP_POS_LOGIN_TAKEN: .+ \(this email already has a login\)/);
        await expect(office.query(CREATE_STAFF, { input: { ...manager, password: 'ngan' } })).rejects.toThrow(
            /OCOP_POS_INPUT_INVALID: .+\(the password must be 8–72 characters\)/,
        );
        await expect(office.query(CREATE_STAFF, { input: { ...manager, role: 'CASHIER' } })).rejects.toThrow(
            /OCOP_POS_INPUT_INVALID: .+\(only managers get a login\)/,
        );
        await expect(office.query(CREATE_STAFF, { input: { ...manager, pin: '12' } })).rejects.toThrow(
            /OCOP_POS_PIN_INVALID/,
        );
        const { createPosStaff } = await office.query(CREATE_STAFF, { input: manager });
        const second = anonymousAdmin(server);
        await second.asUserWithCredentials('ql.a2@example.com', 'mat-khau-a2');
        const MANAGED = gql`
            query {
                posManagedSalesPoints {
                    id
                    code
                    active
                }
            }
        `;
        const { posManagedSalesPoints } = await second.query(MANAGED);
        expect(posManagedSalesPoints).toEqual([{ id: pointA.id, code: 'SR-HUONG-KHE', active: true }]);
        expect((await office.query(MANAGED)).posManagedSalesPoints.length).toBeGreaterThan(2);
        // A manager gives no one a login: creating staff is the office's.
        await expect(
            second.query(CREATE_STAFF, {
                input: { salesPointId: pointA.id, name: 'Thu Ngân Mới', role: 'CASHIER', pin: '9090' },
            }),
        ).rejects.toThrow(/permission|FORBIDDEN|not currently authorized/i);

        // What the staff list knows: a manager's login and its latest sign-in, each person's latest sale.
        const STAFF = gql`
            query ($salesPointId: ID) {
                posStaffMembers(salesPointId: $salesPointId) {
                    id
                    name
                    emailAddress
                    lastLoginAt
                    lastSaleAt
                }
            }
        `;
        const { posStaffMembers } = await second.query(STAFF, {});
        const byId = (id: string) => posStaffMembers.find((s: any) => s.id === id);
        expect(byId(createPosStaff.id)).toMatchObject({
            emailAddress: 'ql.a2@example.com',
            lastSaleAt: null,
        });
        expect(Date.now() - Date.parse(byId(createPosStaff.id).lastLoginAt)).toBeLessThan(60_000);
        const [{ last }] = await sql(`SELECT max("soldAt") AS last FROM pos_sale WHERE "staffId" = $1`, [
            staff.cashierA,
        ]);
        expect(Date.parse(byId(staff.cashierA).lastSaleAt)).toBe(new Date(last).getTime());
        expect(byId(staff.cashierA).emailAddress).toBeNull();
        // B's manager has only ever signed in on a tablet, to enrol it: that counts too.
        const { posStaffMembers: staffOfB } = await office.query(STAFF, { salesPointId: pointB.id });
        expect(staffOfB.find((s: any) => s.id === staff.managerB).lastLoginAt).toBeTruthy();
        expect(staffOfB.every((s: any) => posStaffMembers.every((a: any) => a.id !== s.id))).toBe(true);

        // The tablet list: who enrolled each tablet, and when it was last heard from.
        const { posTablets } = await second.query(gql`
            query {
                posTablets {
                    id
                    enrolledBy {
                        id
                        name
                    }
                    lastSeenAt
                    revokedAt
                }
            }
        `);
        expect(posTablets.every((t: any) => t.enrolledBy?.id === staff.managerA)).toBe(true);
        const [mine] = await sql(`SELECT id::text FROM pos_tablet t WHERE "salesPointId" = $1 ORDER BY id`, [
            pointA.id,
        ]);
        const seen = posTablets.find((t: any) => t.id === mine.id);
        expect(seen.revokedAt).toBeNull();
        expect(Date.now() - Date.parse(seen.lastSeenAt)).toBeLessThan(10 * 60_000);

        // A manager cannot lock themselves out.
        const UPDATE = gql`
            mutation ($input: UpdatePosStaffInput!) {
                updatePosStaff(input: $input) {
                    id
                    role
                    active
                    emailAddress
                }
            }
        `;
        for (const change of [{ active: false }, { role: 'CASHIER' }]) {
            await expect(
                second.query(UPDATE, { input: { id: createPosStaff.id, ...change } }),
            ).rejects.toThrow(/OCOP_POS_INPUT_INVALID: .+\(you cannot deactivate yourself/);
        }
        const { updatePosStaff } = await office.query(UPDATE, {
            input: { id: createPosStaff.id, role: 'CASHIER' },
        });
        expect(updatePosStaff).toMatchObject({ role: 'CASHIER', emailAddress: 'ql.a2@example.com' });
        // No longer a manager: the login manages nothing.
        await expect(second.query(STAFF, {})).rejects.toThrow(/OCOP_POS_NOT_YOUR_SALES_POINT/);

        // Conflicts: B's tablet sells a stamp already sold at A, and a unit B never received.
        const atB = saleInput(pointB.id, staff.managerB, [
            { productVariantId: v1.id, stampCodes: [codes1[1]], price: v1.price },
        ]);
        const { recordPosSale } = await tabletB.query(RECORD_SALE, { input: atB });
        expect(recordPosSale.conflicts.length).toBeGreaterThan(0);
        const CONFLICTS = gql`
            query ($salesPointId: ID) {
                posConflicts(resolved: false, salesPointId: $salesPointId) {
                    id
                    salesPointId
                    orderCode
                }
            }
        `;
        const managerA = anonymousAdmin(server);
        await managerA.asUserWithCredentials('ql.a@example.com', 'mat-khau-a');
        const own = (await managerA.query(CONFLICTS, {})).posConflicts;
        expect(own.length).toBeGreaterThan(0);
        expect(new Set(own.map((c: any) => c.salesPointId))).toEqual(new Set([pointA.id]));
        await expect(managerA.query(CONFLICTS, { salesPointId: pointB.id })).rejects.toThrow(
            /OCOP_POS_NOT_YOUR_SALES_POINT/,
        );
        const ofB = (await office.query(CONFLICTS, { salesPointId: pointB.id })).posConflicts;
        expect(ofB.map((c: any) => c.orderCode)).toContain(recordPosSale.orderCode);
        expect(new Set(ofB.map((c: any) => c.salesPointId))).toEqual(new Set([pointB.id]));
        const RESOLVE = gql`
            mutation ($id: ID!, $note: String!) {
                resolvePosConflict(id: $id, note: $note) {
                    id
                    resolved
                }
            }
        `;
        await expect(managerA.query(RESOLVE, { id: ofB[0].id, note: 'Không phải của tôi' })).rejects.toThrow(
            /OCOP_POS_CONFLICT_NOT_FOUND/,
        );
        expect((await office.query(CONFLICTS, { salesPointId: pointB.id })).posConflicts).toHaveLength(
            ofB.length,
        );
        const { resolvePosConflict } = await managerA.query(RESOLVE, {
            id: own[0].id,
            note: 'Đã kiểm tra tại quầy',
        });
        expect(resolvePosConflict.resolved).toBe(true);
        // Suspicious scans stay the office's (counterfeit alerts).
        await expect(
            managerA.query(gql`
                query {
                    posSuspectScans {
                        id
                    }
                }
            `),
        ).rejects.toThrow(/permission|FORBIDDEN|not currently authorized/i);
    });
});

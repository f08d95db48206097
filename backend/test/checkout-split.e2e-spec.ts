import { parseVnd } from '@ocop/shared';
import gql from 'graphql-tag';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Buyer } from './utils/checkout';
import {
    ADD_FULFILLMENT,
    adminAs,
    DEMO_PRODUCERS,
    freshVariantOf,
    OFFICE_EMAIL,
    registeredCustomer,
    sellableNow,
    Sql,
    sqlOf,
    TRANSITION_FULFILLMENT,
} from './utils/marketplace';
import { eventually } from './utils/eventually';
import { mailsTo, ORDER_CODE_IN_SUBJECT } from './utils/mailbox';
import { startTestServer, TestServer, waitForIdleJobQueue } from './utils/test-server';

const ADDRESS = gql`
    mutation ($province: String!) {
        setOrderShippingAddress(
            input: {
                fullName: "Nguyễn Thị Lan"
                streetLine1: "12 Phan Đình Phùng"
                city: "Phường Thành Sen"
                province: $province
                countryCode: "VN"
                phoneNumber: "0912345678"
            }
        ) {
            ... on Order {
                id
            }
        }
    }
`;
const ELIGIBLE = gql`
    query {
        eligibleShippingMethods {
            id
            code
            name
            priceWithTax
            metadata
        }
    }
`;
const SET_METHOD = gql`
    mutation ($id: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $id) {
            ... on Order {
                shippingWithTax
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const PRICED_ORDER = `
    id
    code
    type
    state
    total
    totalWithTax
    subTotal
    subTotalWithTax
    shipping
    shippingWithTax
    customer {
        id
    }
    channels {
        code
    }
    shippingLines {
        priceWithTax
        discountedPriceWithTax
        shippingMethod {
            code
        }
    }
    lines {
        id
        quantity
        unitPriceWithTax
        linePriceWithTax
        proratedLinePrice
        proratedLinePriceWithTax
        featuredAsset {
            id
        }
        productVariant {
            id
        }
    }
`;
const SPLIT_ORDER = gql`
    query ($id: ID!) {
        order(id: $id) {
            ${PRICED_ORDER}
            sellerOrders {
                ${PRICED_ORDER}
            }
        }
    }
`;

/**
 * Checkout of a cart with products of two producers (ADR 0011): one payment, one
 * aggregate order for the customer, one seller order per producer holding its
 * lines, its parcel's shipping and its stamped reservation; each producer sees and
 * fulfils only its own.
 */
describe('checkout split by producer', () => {
    let server: TestServer;
    let sql: Sql;
    const used = new Set<string>();
    let variantA: string; // Hươu Tuấn Hậu
    let variantB: string; // Chè xanh Sơn Kim
    let producerA: SimpleGraphQLClient;
    let producerB: SimpleGraphQLClient;

    beforeAll(async () => {
        server = await startTestServer('checkout_split', { demoData: true });
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
        variantA = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used);
        variantB = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, used);
        producerA = await adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token);
        producerB = await adminAs(server, DEMO_PRODUCERS.che.email, DEMO_PRODUCERS.che.token);
    }, 600_000);
    afterAll(() => server?.close());

    async function cart(buyer: Buyer, province: string) {
        await buyer.add(variantA, 2);
        await buyer.add(variantB, 1);
        await buyer.client.query(gql`
            mutation {
                setCustomerForOrder(
                    input: { emailAddress: "lan.split@example.vn", firstName: "Lan", lastName: "Nguyễn" }
                ) {
                    ... on Order {
                        id
                    }
                }
            }
        `);
        await buyer.client.query(ADDRESS, { province });
        const { eligibleShippingMethods } = await buyer.client.query(ELIGIBLE);
        return eligibleShippingMethods as Array<{
            id: string;
            code: string;
            priceWithTax: number;
            metadata: any;
        }>;
    }

    it('charges each producer parcel by the delivery province, and offers express only nearby', async () => {
        const home = await cart(new Buyer(server), 'Hà Tĩnh');
        expect(home.map(m => [m.code, m.priceWithTax])).toEqual([
            ['standard-delivery', 2 * 2_000_000],
            ['express-delivery', 2 * 3_500_000],
        ]);
        expect(home[0].metadata).toMatchObject({ area: 'HOME', provinceCode: '42', parcels: 2 });

        const neighbour = await cart(new Buyer(server), 'nghe an');
        expect(neighbour.map(m => [m.code, m.priceWithTax])).toEqual([
            ['standard-delivery', 2 * 3_000_000],
            ['express-delivery', 2 * 5_500_000],
        ]);

        const far = await cart(new Buyer(server), 'TP. Hồ Chí Minh');
        expect(far.map(m => [m.code, m.priceWithTax])).toEqual([['standard-delivery', 2 * 4_000_000]]);

        // Not one of the 34: priced as the rest of the country, refused at checkout (next test).
        const unknown = await cart(new Buyer(server), 'Atlantis');
        expect(unknown.map(m => [m.code, m.priceWithTax])).toEqual([['standard-delivery', 2 * 4_000_000]]);
    });

    it('refuses an unknown province, never ships express far away, and stores the official name', async () => {
        const buyer = new Buyer(server);
        const methods = await cart(buyer, 'thanh hoa');
        const express = methods.find(m => m.code === 'express-delivery')!;
        expect(express.priceWithTax).toBe(2 * 5_500_000);
        expect((await buyer.client.query(SET_METHOD, { id: [express.id] })).setOrderShippingMethod).toEqual({
            shippingWithTax: 2 * 5_500_000,
        });

        // Moving to a province express does not serve: Vendure swaps in the eligible standard delivery.
        await buyer.client.query(ADDRESS, { province: 'Cà Mau' });
        const { activeOrder: moved } = await buyer.client.query(gql`
            query {
                activeOrder {
                    shippingWithTax
                    shippingLines {
                        shippingMethod {
                            code
                        }
                    }
                }
            }
        `);
        expect(moved).toEqual({
            shippingWithTax: 2 * 4_000_000,
            shippingLines: [{ shippingMethod: { code: 'standard-delivery' } }],
        });
        await buyer.client.query(ADDRESS, { province: 'Atlantis' });
        expect(await buyer.toPayment()).toMatchObject({
            transitionError: expect.stringMatching(/^OCOP_ADDRESS_UNKNOWN_PROVINCE: "Atlantis"/),
        });
        await buyer.client.query(ADDRESS, { province: 'tinh thanh hoa' });
        expect(await buyer.toPayment()).toEqual({ state: 'ArrangingPayment' });
        const { activeOrder } = await buyer.client.query(gql`
            query {
                activeOrder {
                    shippingAddress {
                        province
                    }
                }
            }
        `);
        expect(activeOrder.shippingAddress.province).toBe('Thanh Hóa');
    });

    describe('a cash-on-delivery order of two producers', () => {
        let customer: SimpleGraphQLClient;
        let aggregateId: string;
        let order: any;
        let sellerA: any;
        let sellerB: any;

        beforeAll(async () => {
            customer = await registeredCustomer(server, sql, 'hoa.split@example.vn');
            const buyer = new Buyer(server);
            (buyer as any).client = customer;
            await buyer.readyToPay([
                [variantA, 2],
                [variantB, 1],
            ]);
            const paid = await buyer.pay();
            if (!paid.placed) throw new Error(paid.error);
            aggregateId = paid.orderId;
            order = (await server.adminClient.query(SPLIT_ORDER, { id: aggregateId })).order;
            const channelOf = (o: any) =>
                o.channels.map((c: any) => c.code).find((c: string) => c.startsWith('producer-'));
            sellerA = order.sellerOrders.find((o: any) => channelOf(o) === DEMO_PRODUCERS.huou.token);
            sellerB = order.sellerOrders.find((o: any) => channelOf(o) === DEMO_PRODUCERS.che.token);
        });

        it('is one aggregate order with one seller order per producer, the lines and totals adding up', async () => {
            expect(order.type).toBe('Aggregate');
            expect(order.state).toBe('PaymentAuthorized');
            expect(order.shippingWithTax).toBe(2 * 2_000_000);
            expect(order.sellerOrders).toHaveLength(2);
            expect(sellerA.lines.map((l: any) => [l.productVariant.id, l.quantity])).toEqual([[variantA, 2]]);
            expect(sellerB.lines.map((l: any) => [l.productVariant.id, l.quantity])).toEqual([[variantB, 1]]);
            for (const seller of [sellerA, sellerB]) {
                expect(seller.type).toBe('Seller');
                expect(seller.state).toBe('PaymentAuthorized');
                expect(seller.shippingWithTax).toBe(2_000_000);
                expect(seller.totalWithTax).toBe(seller.subTotalWithTax + 2_000_000);
            }
            expect(sellerA.totalWithTax + sellerB.totalWithTax).toBe(order.totalWithTax);
            const aggregateLine = (v: string) => order.lines.find((l: any) => l.productVariant.id === v);
            expect(aggregateLine(variantA).quantity).toBe(2);
            expect(aggregateLine(variantB).quantity).toBe(1);
        });

        it('prices each seller order as the customer was charged for its lines, plus one parcel', async () => {
            const sum = (lines: any[], key: string) => lines.reduce((n, l) => n + l[key], 0);
            for (const seller of [sellerA, sellerB]) {
                expect(seller.customer.id).toBe(order.customer.id);
                for (const line of seller.lines) {
                    const charged = order.lines.find(
                        (l: any) => l.productVariant.id === line.productVariant.id,
                    );
                    expect(line.unitPriceWithTax).toBe(charged.unitPriceWithTax);
                    expect(line.proratedLinePriceWithTax).toBe(charged.proratedLinePriceWithTax);
                    expect(line.featuredAsset?.id).toBe(charged.featuredAsset?.id);
                }
                expect(seller.subTotal).toBe(sum(seller.lines, 'proratedLinePrice'));
                expect(seller.subTotalWithTax).toBe(sum(seller.lines, 'proratedLinePriceWithTax'));
                expect(seller.shippingLines).toEqual([
                    {
                        priceWithTax: 2_000_000,
                        discountedPriceWithTax: 2_000_000,
                        shippingMethod: { code: order.shippingLines[0].shippingMethod.code },
                    },
                ]);
                expect(seller.total).toBe(seller.subTotal + seller.shipping);
                expect(seller.shipping).toBeLessThan(seller.shippingWithTax);
                expect(seller.totalWithTax - seller.total).toBe(
                    seller.subTotalWithTax - seller.subTotal + seller.shippingWithTax - seller.shipping,
                );
            }
            expect(sellerA.subTotal + sellerB.subTotal).toBe(order.subTotal);
            expect(sellerA.subTotalWithTax + sellerB.subTotalWithTax).toBe(order.subTotalWithTax);
            // Each seller line ships with its own seller order's shipping line, not the aggregate's.
            const strays = await sql(
                `SELECT l.id FROM order_line l JOIN "order" o ON o.id = l."orderId"
                   LEFT JOIN shipping_line s ON s.id = l."shippingLineId"
                  WHERE o."aggregateOrderId" = $1 AND s."orderId" IS DISTINCT FROM o.id`,
                [aggregateId],
            );
            expect(strays).toEqual([]);
        });

        it('holds the stamped reservation on the seller orders, never twice', async () => {
            const allocations = await sql(
                `SELECT o.type, sum(m.quantity)::int AS units FROM stock_movement m
                   JOIN order_line l ON l.id = m."orderLineId" JOIN "order" o ON o.id = l."orderId"
                  WHERE m.type = 'ALLOCATION' AND (o.id = $1 OR o."aggregateOrderId" = $1)
                  GROUP BY o.type`,
                [aggregateId],
            );
            expect(allocations).toEqual([{ type: 'Seller', units: 3 }]);
            const [{ allocated }] = await sql(
                `SELECT sum("stockAllocated")::int AS allocated FROM stock_level WHERE "productVariantId" = $1`,
                [variantA],
            );
            expect(allocated).toBe(2);
        });

        it('shows each producer its own seller order only, never the aggregate or the other producer’s', async () => {
            const list = async (client: SimpleGraphQLClient) =>
                (
                    await client.query(gql`
                        query {
                            orders(options: { take: 100 }) {
                                items {
                                    code
                                }
                            }
                        }
                    `)
                ).orders.items.map((o: any) => o.code);
            const seenByA = await list(producerA);
            expect(seenByA).toContain(sellerA.code);
            expect(seenByA).not.toContain(sellerB.code);
            expect(seenByA).not.toContain(order.code);
            const seenByB = await list(producerB);
            expect(seenByB).toContain(sellerB.code);
            expect(seenByB).not.toContain(sellerA.code);
            const one = gql`
                query ($id: ID!) {
                    order(id: $id) {
                        code
                    }
                }
            `;
            expect((await producerB.query(one, { id: sellerA.id })).order).toBeNull();
            expect((await producerB.query(one, { id: aggregateId })).order).toBeNull();
            // The existing per-line view of a producer's sales keeps working on the customer's order.
            const { producerOrderLines } = await producerA.query(gql`
                query {
                    producerOrderLines {
                        items {
                            orderCode
                            quantity
                        }
                    }
                }
            `);
            expect(producerOrderLines.items).toContainEqual({ orderCode: order.code, quantity: 2 });
            expect(producerOrderLines.items.map((i: any) => i.orderCode)).not.toContain(sellerA.code);
        });

        it('refuses to fulfil the aggregate order itself (its units ship through the seller orders)', async () => {
            const viaAggregate = await server.adminClient.query(ADD_FULFILLMENT, {
                input: {
                    lines: [{ orderLineId: order.lines[0].id, quantity: 1 }],
                    handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
                },
            });
            expect(JSON.stringify(viaAggregate.addFulfillmentToOrder)).toMatch(/OCOP_FULFIL_SELLER_ORDER/);
            expect(await soldStamps(variantA)).toHaveLength(0);
        });

        it('lets producer A fulfil its seller order with one stamp per unit; B cannot touch it', async () => {
            const input = {
                lines: sellerA.lines.map((l: any) => ({ orderLineId: l.id, quantity: l.quantity })),
                handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
            };
            await expect(producerB.query(ADD_FULFILLMENT, { input })).rejects.toThrow();
            expect(await soldStamps(variantA)).toHaveLength(0);

            const { addFulfillmentToOrder } = await producerA.query(ADD_FULFILLMENT, { input });
            expect(addFulfillmentToOrder.state).toBe('Pending');
            const sold = await soldStamps(variantA);
            expect(sold).toHaveLength(2);
            expect(
                sold.every(s => s.orderCode === order.code && String(s.orderLineId) === sellerA.lines[0].id),
            ).toBe(true);
            const [{ allocated }] = await sql(
                `SELECT sum("stockAllocated")::int AS allocated FROM stock_level WHERE "productVariantId" = $1`,
                [variantA],
            );
            expect(allocated).toBe(0);

            for (const state of ['Shipped', 'Delivered']) {
                const { transitionFulfillmentToState } = await producerA.query(TRANSITION_FULFILLMENT, {
                    id: addFulfillmentToOrder.id,
                    state,
                });
                expect(transitionFulfillmentToState.state).toBe(state);
            }
            const after = (await server.adminClient.query(SPLIT_ORDER, { id: aggregateId })).order;
            expect(after.sellerOrders.find((o: any) => o.id === sellerA.id).state).toBe('Delivered');
            expect(after.state).toBe('PartiallyDelivered');
        });

        it('shows the customer the stamp codes of delivered units, and nobody else', async () => {
            const { activeCustomer } = await customer.query(gql`
                query {
                    activeCustomer {
                        orders {
                            items {
                                code
                                lines {
                                    productVariant {
                                        id
                                    }
                                    stampCodes
                                }
                            }
                        }
                    }
                }
            `);
            const mine = activeCustomer.orders.items.find((o: any) => o.code === order.code);
            const lineOf = (v: string) => mine.lines.find((l: any) => l.productVariant.id === v);
            expect([...lineOf(variantA).stampCodes].sort()).toEqual(
                (await soldStamps(variantA)).map(s => s.code).sort(),
            );
            expect(lineOf(variantB).stampCodes).toEqual([]);

            const stranger = await registeredCustomer(server, sql, 'ke.la@example.vn');
            const byCode = gql`
                query ($code: String!) {
                    orderByCode(code: $code) {
                        lines {
                            stampCodes
                        }
                    }
                }
            `;
            await expect(stranger.query(byCode, { code: order.code })).rejects.toThrow(
                /not currently authorized/,
            );
            // Vendure lets anyone holding the code read a fresh order; the stamp codes stay the owner's.
            const anonymous = new Buyer(server).client;
            const { orderByCode } = await anonymous.query(byCode, { code: order.code });
            expect(orderByCode.lines.map((l: any) => l.stampCodes)).toEqual([[], []]);
        });

        it('runs cash on delivery to the end: B ships, the aggregate is delivered, the office takes the cash', async () => {
            const { addFulfillmentToOrder } = await producerB.query(ADD_FULFILLMENT, {
                input: {
                    lines: sellerB.lines.map((l: any) => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
                },
            });
            for (const state of ['Shipped', 'Delivered']) {
                await producerB.query(TRANSITION_FULFILLMENT, { id: addFulfillmentToOrder.id, state });
            }
            let after = (await server.adminClient.query(SPLIT_ORDER, { id: aggregateId })).order;
            expect(after.state).toBe('Delivered');
            expect(after.sellerOrders.map((o: any) => o.state)).toEqual(['Delivered', 'Delivered']);

            const office = await adminAs(server, OFFICE_EMAIL);
            const { order: withPayments } = await office.query(
                gql`
                    query ($id: ID!) {
                        order(id: $id) {
                            payments {
                                id
                                method
                                state
                            }
                        }
                    }
                `,
                { id: aggregateId },
            );
            expect(withPayments.payments).toEqual([
                expect.objectContaining({ method: 'cash-on-delivery', state: 'Authorized' }),
            ]);
            const { settlePayment } = await office.query(
                gql`
                    mutation ($id: ID!) {
                        settlePayment(id: $id) {
                            ... on Payment {
                                state
                            }
                            ... on ErrorResult {
                                message
                            }
                        }
                    }
                `,
                { id: withPayments.payments[0].id },
            );
            expect(settlePayment.state).toBe('Settled');
            after = (await server.adminClient.query(SPLIT_ORDER, { id: aggregateId })).order;
            expect(after.state).toBe('Delivered');
        });

        it('mailed the customer one confirmation when the order was placed, under the code they know', async () => {
            const confirmations = () =>
                mailsTo(server, 'hoa.split@example.vn').filter(m => ORDER_CODE_IN_SUBJECT.test(m.subject));
            await eventually(async () => confirmations().length > 0, 'the confirmation is written');
            // Every job of the order's whole life has run: a mail for a seller order would be here too.
            await waitForIdleJobQueue(server.databaseUrl);
            const mails = confirmations();
            expect(mails.map(m => m.subject)).toEqual([
                `Xác nhận đơn hàng #${order.code} (order confirmation)`,
            ]);
            for (const seller of [sellerA, sellerB]) expect(mails[0].body).not.toContain(seller.code);
            // In Vietnamese, with the total as the shop writes money, and how this order is paid.
            const body = mails[0].body;
            expect(body).toContain('Cảm ơn quý khách đã đặt hàng');
            expect(body).toContain('thanh toán bằng tiền mặt khi nhận hàng');
            const total = /Tổng cộng \(đã gồm VAT\)<\/td>\s*<td[^>]*>\s*([^<]+?)\s*</.exec(body)?.[1];
            expect(total).toMatch(/^\d{1,3}(\.\d{3})+\s₫$/);
            expect(parseVnd(total!)).toBe(order.totalWithTax);
        });
    });

    // One producer's order is priced once, by Vendure's splitter: its seller order keeps the
    // whole shipping, so the totals must already be the aggregate's.
    it('gives a single producer’s order one seller order with the whole shipping and the same totals', async () => {
        const a = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used, 4);
        const buyer = new Buyer(server);
        await buyer.readyToPay([[a, 2]]);
        const paid = await buyer.pay();
        if (!paid.placed) throw new Error(paid.error);
        const order = (await server.adminClient.query(SPLIT_ORDER, { id: paid.orderId })).order;
        expect(order.sellerOrders).toHaveLength(1);
        const [seller] = order.sellerOrders;
        expect(seller.type).toBe('Seller');
        expect(seller.lines.map((l: any) => [l.productVariant.id, l.quantity])).toEqual([[a, 2]]);
        expect(order.shippingWithTax).toBeGreaterThan(0);
        expect(seller.shippingWithTax).toBe(order.shippingWithTax);
        expect(seller.shippingLines).toEqual(order.shippingLines);
        expect(seller.subTotal).toBe(order.subTotal);
        expect(seller.total).toBe(order.total);
        expect(seller.totalWithTax).toBe(order.totalWithTax);
        expect(seller.subTotalWithTax).toBe(order.subTotalWithTax);
        expect(seller.totalWithTax).toBe(seller.subTotalWithTax + seller.shippingWithTax);
        const [{ units }] = await sql(
            `SELECT sum(m.quantity)::int AS units FROM stock_movement m
               JOIN order_line l ON l.id = m."orderLineId" JOIN "order" o ON o.id = l."orderId"
              WHERE m.type = 'ALLOCATION' AND o."aggregateOrderId" = $1`,
            [paid.orderId],
        );
        expect(units).toBe(2);
    });

    it('cancels the customer’s lines when a producer cancels its seller order, and everything with the aggregate', async () => {
        const a = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used, 4);
        const b = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, used, 4);
        const buyer = new Buyer(server);
        await buyer.readyToPay([
            [a, 1],
            [b, 2],
        ]);
        const paid = await buyer.pay();
        if (!paid.placed) throw new Error(paid.error);
        expect([await sellableNow(server, a), await sellableNow(server, b)]).toEqual([3, 2]);
        const placed = (await server.adminClient.query(SPLIT_ORDER, { id: paid.orderId })).order;
        const sellerOf = (variantId: string) =>
            placed.sellerOrders.find((o: any) => o.lines[0].productVariant.id === variantId);
        const CANCEL = gql`
            mutation ($id: ID!) {
                cancelOrder(input: { orderId: $id, reason: "Hết hàng" }) {
                    ... on Order {
                        state
                    }
                    ... on ErrorResult {
                        errorCode
                        message
                    }
                }
            }
        `;
        // Producer A may not cancel B's seller order.
        await expect(producerA.query(CANCEL, { id: sellerOf(b).id })).rejects.toThrow();
        expect((await producerB.query(CANCEL, { id: sellerOf(b).id })).cancelOrder.state).toBe('Cancelled');

        let after = (await server.adminClient.query(SPLIT_ORDER, { id: paid.orderId })).order;
        expect(after.state).toBe('PaymentAuthorized');
        const quantities = (order: any) =>
            Object.fromEntries(order.lines.map((l: any) => [l.productVariant.id, l.quantity]));
        expect(quantities(after)).toEqual({ [a]: 1, [b]: 0 });
        expect(after.sellerOrders.find((o: any) => o.id === sellerOf(a).id).state).toBe('PaymentAuthorized');
        expect([await sellableNow(server, a), await sellableNow(server, b)]).toEqual([3, 4]);

        const { cancelOrder } = await server.adminClient.query(CANCEL, { id: paid.orderId });
        expect(cancelOrder.state).toBe('Cancelled');
        after = (await server.adminClient.query(SPLIT_ORDER, { id: paid.orderId })).order;
        expect(after.sellerOrders.map((o: any) => o.state)).toEqual(['Cancelled', 'Cancelled']);
        expect([await sellableNow(server, a), await sellableNow(server, b)]).toEqual([4, 4]);
    });

    async function soldStamps(
        variantId: string,
    ): Promise<Array<{ code: string; orderCode: string; orderLineId: number }>> {
        return sql(
            `SELECT trim(code) AS code, "orderCode", "orderLineId" FROM stamp WHERE "productVariantId" = $1 AND status = 'SOLD' ORDER BY serial`,
            [variantId],
        );
    }
});

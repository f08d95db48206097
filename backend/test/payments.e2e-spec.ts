import { hasValidEmvCrc, parseEmvTlv } from '@ocop/shared';
import gql from 'graphql-tag';
import Stripe from 'stripe';
import { VietQrService } from '../src/plugins/payments/services/vietqr.service';
import { systemContext } from '../src/system-context';
import { Buyer } from './utils/checkout';
import { eventually } from './utils/eventually';
import { FakeStripe, startFakeStripe } from './utils/fake-stripe';
import {
    ADD_FULFILLMENT,
    adminAs,
    DEMO_PRODUCERS,
    freshVariantOf,
    OFFICE_EMAIL,
    sellableNow,
    Sql,
    sqlOf,
} from './utils/marketplace';
import { mailsTo, ORDER_CODE_IN_SUBJECT } from './utils/mailbox';
import { startTestServer, TestServer, waitForIdleJobQueue } from './utils/test-server';

const PAY = gql`
    mutation ($method: String!, $metadata: JSON!) {
        addPaymentToOrder(input: { method: $method, metadata: $metadata }) {
            ... on Order {
                id
                code
                state
                totalWithTax
                payments {
                    id
                    method
                    state
                    amount
                    metadata
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PaymentDeclinedError {
                paymentErrorMessage
            }
        }
    }
`;
const ORDER = gql`
    query ($id: ID!) {
        order(id: $id) {
            code
            state
            totalWithTax
            payments {
                id
                method
                state
                amount
                transactionId
            }
            customer {
                emailAddress
            }
            sellerOrders {
                id
                code
                state
                lines {
                    id
                    quantity
                }
            }
        }
    }
`;
const SETTLE = gql`
    mutation ($id: ID!) {
        settlePayment(id: $id) {
            ... on Payment {
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const METHODS = gql`
    query {
        eligiblePaymentMethods {
            code
            isEligible
        }
    }
`;
const TIMEOUT_MINUTES = 30;

/**
 * The two online payment methods (ADR 0012) against the real server: VietQR bank
 * transfers confirmed by the office and cancelled when they do not arrive, and
 * cards through Stripe, faked only at its HTTP boundary with real request shapes
 * and really signed webhooks.
 */
describe('payments', () => {
    let server: TestServer;
    let sql: Sql;
    let fake: FakeStripe;
    const used = new Set<string>();

    beforeAll(async () => {
        fake = await startFakeStripe();
        server = await startTestServer('payments', {
            demoData: true,
            env: {
                STRIPE_SECRET_KEY: fake.secretKey,
                STRIPE_PUBLISHABLE_KEY: fake.publishableKey,
                STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
                STRIPE_API_URL: fake.url,
                VIETQR_BANK_BIN: '970436',
                VIETQR_ACCOUNT_NUMBER: '0011001234567',
                VIETQR_ACCOUNT_NAME: 'VP DIEU PHOI NTM HA TINH',
                VIETQR_PAYMENT_TIMEOUT_MINUTES: String(TIMEOUT_MINUTES),
            },
        });
        fake.webhookUrl = `http://127.0.0.1:${server.port}/payments/stripe`;
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
    }, 600_000);
    afterAll(async () => {
        await server?.close();
        await fake?.close();
    });

    /** A buyer at the payment step with one unit each of a fresh variant of the given producers. */
    async function atPayment(...producerTokens: string[]) {
        const variants: string[] = [];
        for (const token of producerTokens) variants.push(await freshVariantOf(server, sql, token, used, 5));
        const buyer = new Buyer(server);
        await buyer.readyToPay(variants.map(v => [v, 1] as [string, number]));
        return { buyer, variants };
    }

    describe('VietQR bank transfer', () => {
        it('places the order unpaid, with a dynamic VietQR for the exact amount and the order code', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.huou.token);
            const { eligiblePaymentMethods } = await buyer.client.query(METHODS);
            expect(eligiblePaymentMethods.map((m: any) => m.code).sort()).toEqual([
                'cash-on-delivery',
                'stripe',
                'vietqr',
            ]);
            // Whatever the client sends is ignored: the amount and the account are the server's.
            const { addPaymentToOrder: order } = await buyer.client.query(PAY, {
                method: 'vietqr',
                metadata: { amount: 100, accountNumber: '666' },
            });
            expect(order.state).toBe('PaymentAuthorized');
            const [payment] = order.payments;
            expect(payment).toMatchObject({
                method: 'vietqr',
                state: 'Authorized',
                amount: order.totalWithTax,
            });
            const qr = payment.metadata.public;
            expect(qr).toMatchObject({
                amount: order.totalWithTax,
                amountDong: order.totalWithTax / 100,
                bankBin: '970436',
                bankName: 'Vietcombank',
                accountNumber: '0011001234567',
                accountName: 'VP DIEU PHOI NTM HA TINH',
                reference: order.code,
            });
            const expiresIn = Date.parse(qr.expiresAt) - Date.now();
            expect(expiresIn).toBeGreaterThan((TIMEOUT_MINUTES - 1) * 60_000);
            expect(expiresIn).toBeLessThanOrEqual(TIMEOUT_MINUTES * 60_000);

            expect(hasValidEmvCrc(qr.payload)).toBe(true);
            const fields = parseEmvTlv(qr.payload);
            expect(fields.get('01')).toBe('12'); // dynamic: one payment
            expect(fields.get('53')).toBe('704');
            expect(fields.get('54')).toBe(String(order.totalWithTax / 100));
            const beneficiary = parseEmvTlv(parseEmvTlv(fields.get('38')!).get('01')!);
            expect([beneficiary.get('00'), beneficiary.get('01')]).toEqual(['970436', '0011001234567']);
            const additional = parseEmvTlv(fields.get('62')!);
            expect(additional.get('01')).toBe(order.code);
            expect(additional.get('08')).toBe(order.code);
            expect(/^[\x20-\x7e]+$/.test(qr.payload)).toBe(true);
        });

        it('ships nothing before the office confirms the money; only the office can confirm it', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.huou.token);
            const { addPaymentToOrder: placed } = await buyer.client.query(PAY, {
                method: 'vietqr',
                metadata: {},
            });
            const { order } = await server.adminClient.query(ORDER, { id: placed.id });
            const [seller] = order.sellerOrders;
            const paymentId = order.payments[0].id;

            const producer = await adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token);
            const early = await producer.query(ADD_FULFILLMENT, {
                input: {
                    lines: seller.lines.map((l: any) => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
                },
            });
            expect(JSON.stringify(early.addFulfillmentToOrder)).toMatch(/OCOP_ORDER_NOT_PAID/);

            // A producer cannot confirm a transfer: to the other producer the order does not exist,
            // and even its own producer does not see the marketplace's bank account.
            const other = await adminAs(server, DEMO_PRODUCERS.che.email, DEMO_PRODUCERS.che.token);
            await expect(other.query(SETTLE, { id: paymentId })).rejects.toThrow();
            await expect(producer.query(SETTLE, { id: paymentId })).rejects.toThrow();
            expect((await server.adminClient.query(ORDER, { id: placed.id })).order.payments[0].state).toBe(
                'Authorized',
            );

            const office = await adminAs(server, OFFICE_EMAIL);
            expect((await office.query(SETTLE, { id: paymentId })).settlePayment.state).toBe('Settled');
            const after = (await server.adminClient.query(ORDER, { id: placed.id })).order;
            expect(after.state).toBe('PaymentSettled');
            expect(after.sellerOrders.map((o: any) => o.state)).toEqual(['PaymentSettled']);
            const shipped = await producer.query(ADD_FULFILLMENT, {
                input: {
                    lines: seller.lines.map((l: any) => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: { code: 'ocop-stamped-fulfillment', arguments: [] },
                },
            });
            expect(shipped.addFulfillmentToOrder.state).toBe('Pending');
        });

        it('mails one confirmation when the transfer order is placed, none when its payment settles', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.huou.token, DEMO_PRODUCERS.nhung.token);
            const { addPaymentToOrder: placed } = await buyer.client.query(PAY, {
                method: 'vietqr',
                metadata: {},
            });
            const { order } = await server.adminClient.query(ORDER, { id: placed.id });
            expect(order.sellerOrders).toHaveLength(2);
            const confirmations = () =>
                mailsTo(server, order.customer.emailAddress).filter(m =>
                    ORDER_CODE_IN_SUBJECT.test(m.subject),
                );
            await eventually(async () => confirmations().length === 1, 'the confirmation is written');
            expect(confirmations()[0].body).toContain('chuyển khoản với nội dung');

            const office = await adminAs(server, OFFICE_EMAIL);
            expect((await office.query(SETTLE, { id: order.payments[0].id })).settlePayment.state).toBe(
                'Settled',
            );
            const settled = (await server.adminClient.query(ORDER, { id: placed.id })).order;
            expect(settled.sellerOrders.map((o: any) => o.state)).toEqual([
                'PaymentSettled',
                'PaymentSettled',
            ]);
            // Settling moved the aggregate and both seller orders: none of them mails again.
            await waitForIdleJobQueue(server.databaseUrl);
            expect(confirmations().map(m => m.subject)).toEqual([
                `Xác nhận đơn hàng #${order.code} (order confirmation)`,
            ]);
        });

        it('cancels a transfer not received in time and gives its units back', async () => {
            const { buyer, variants } = await atPayment(DEMO_PRODUCERS.huou.token, DEMO_PRODUCERS.che.token);
            const before = await Promise.all(variants.map(v => sellableNow(server, v)));
            const { addPaymentToOrder: placed } = await buyer.client.query(PAY, {
                method: 'vietqr',
                metadata: {},
            });
            expect(await Promise.all(variants.map(v => sellableNow(server, v)))).toEqual(
                before.map(n => n - 1),
            );

            const service = server.app.get(VietQrService);
            const ctx = await systemContext(server.app);
            expect(await service.cancelExpired(ctx)).not.toContain(placed.code);
            await sql(`UPDATE payment SET "createdAt" = now() - interval '31 minutes' WHERE "orderId" = $1`, [
                placed.id,
            ]);
            expect(await service.cancelExpired(ctx)).toContain(placed.code);

            const after = (await server.adminClient.query(ORDER, { id: placed.id })).order;
            expect(after.state).toBe('Cancelled');
            expect(after.payments[0].state).toBe('Cancelled');
            expect(after.sellerOrders.map((o: any) => o.state)).toEqual(['Cancelled', 'Cancelled']);
            expect(await Promise.all(variants.map(v => sellableNow(server, v)))).toEqual(before);
            // A second run finds nothing more to do.
            expect(await service.cancelExpired(ctx)).not.toContain(placed.code);
        });
    });

    describe('Stripe cards', () => {
        const stripe = () =>
            new Stripe(fake.secretKey, {
                host: '127.0.0.1',
                port: Number(new URL(fake.url).port),
                protocol: 'http',
            });

        async function intentFor(buyer: Buyer) {
            const { createStripePaymentIntent } = await buyer.client.query(gql`
                mutation {
                    createStripePaymentIntent
                }
            `);
            const id = createStripePaymentIntent.split('_secret_')[0];
            return {
                clientSecret: createStripePaymentIntent as string,
                intent: fake.paymentIntents.get(id)!,
            };
        }

        async function activeOrder(buyer: Buyer) {
            const { activeOrder } = await buyer.client.query(gql`
                query {
                    activeOrder {
                        id
                        code
                        state
                        totalWithTax
                    }
                }
            `);
            return activeOrder;
        }

        const payments = async (orderId: string) =>
            sql(
                `SELECT method, state, amount::float8 AS amount, "transactionId" FROM payment WHERE "orderId" = $1`,
                [orderId],
            );

        it('gives the storefront the publishable key', async () => {
            const { stripePublishableKey } = await new Buyer(server).client.query(gql`
                query {
                    stripePublishableKey
                }
            `);
            expect(stripePublishableKey).toBe(fake.publishableKey);
        });

        it('asks Stripe for whole đồng, settles once on the signed webhook, ignores replays and forgeries', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.nhung.token, DEMO_PRODUCERS.che.token);
            const order = await activeOrder(buyer);
            const { clientSecret, intent } = await intentFor(buyer);
            expect(intent).toMatchObject({
                amount: order.totalWithTax / 100,
                currency: 'vnd',
                metadata: { orderCode: order.code },
                client_secret: clientSecret,
            });
            // The same order and amount get the same intent: two tabs cannot pay twice.
            expect((await intentFor(buyer)).clientSecret).toBe(clientSecret);

            // A client cannot claim a card payment by itself.
            const { addPaymentToOrder } = await buyer.client.query(PAY, {
                method: 'stripe',
                metadata: { paymentIntentId: intent.id },
            });
            expect(addPaymentToOrder.paymentErrorMessage).toMatch(/^OCOP_STRIPE_VIA_PAYMENT_ELEMENT/);
            expect((await activeOrder(buyer)).state).toBe('ArrangingPayment');

            const succeeded = { ...intent, status: 'succeeded', amount_received: intent.amount };
            const event = fake.event('payment_intent.succeeded', succeeded);
            const forged = await fake.sendWebhook(event, { secret: 'whsec_not_the_real_one' });
            expect(forged.status).toBe(400);
            const unsigned = await fake.sendWebhook(event, { signature: '' });
            expect(unsigned.status).toBe(400);
            expect(await payments(order.id)).toEqual([expect.objectContaining({ state: 'Declined' })]);

            const delivered = await fake.sendWebhook(event);
            expect(delivered).toEqual({ status: 200, body: { received: true, outcome: 'settled' } });
            const placed = (await server.adminClient.query(ORDER, { id: order.id })).order;
            expect(placed.state).toBe('PaymentSettled');
            expect(placed.sellerOrders.map((o: any) => o.state)).toEqual([
                'PaymentSettled',
                'PaymentSettled',
            ]);
            const settled = () => payments(order.id).then(p => p.filter(x => x.state === 'Settled'));
            expect(await settled()).toEqual([
                { method: 'stripe', state: 'Settled', amount: order.totalWithTax, transactionId: intent.id },
            ]);

            // Stripe delivers at least once: the same event again, and a fresh event for the same intent.
            const replays = await Promise.all([
                fake.sendWebhook(event),
                fake.sendWebhook(event),
                fake.sendWebhook(fake.event('payment_intent.succeeded', succeeded)),
            ]);
            expect(replays.map(r => r.status)).toEqual([200, 200, 200]);
            expect(replays.every(r => r.body.outcome !== 'settled')).toBe(true);
            expect(await settled()).toHaveLength(1);
            expect((await server.adminClient.query(ORDER, { id: order.id })).order.state).toBe(
                'PaymentSettled',
            );
        });

        it('settles through the real SDK flow: confirm with a test card, Stripe posts the event', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.huou.token);
            const order = await activeOrder(buyer);
            const { intent } = await intentFor(buyer);
            const declined = stripe().paymentIntents.confirm(intent.id, {
                payment_method: 'pm_card_chargeDeclined',
            });
            await expect(declined).rejects.toThrow(/declined/);
            const confirmed = await stripe().paymentIntents.confirm(intent.id, {
                payment_method: 'pm_card_visa',
            });
            expect(confirmed.status).toBe('succeeded');
            await eventually(
                async () =>
                    (await server.adminClient.query(ORDER, { id: order.id })).order.state ===
                    'PaymentSettled',
                'the Stripe event settled the order',
            );
        });

        it('changes nothing for a payment that arrives after the order was cancelled, or for another amount', async () => {
            const { buyer } = await atPayment(DEMO_PRODUCERS.huou.token);
            const order = await activeOrder(buyer);
            const { intent } = await intentFor(buyer);

            const tampered = { ...intent, status: 'succeeded', amount: 1000, amount_received: 1000 };
            const mismatch = await fake.sendWebhook(fake.event('payment_intent.succeeded', tampered));
            expect(mismatch.body.outcome).toBe('amount-mismatch');
            expect((await activeOrder(buyer)).state).toBe('ArrangingPayment');

            const { cancelOrder } = await server.adminClient.query(
                gql`
                    mutation ($id: ID!) {
                        cancelOrder(input: { orderId: $id, reason: "Khách hủy" }) {
                            ... on Order {
                                state
                            }
                            ... on ErrorResult {
                                message
                            }
                        }
                    }
                `,
                { id: order.id },
            );
            expect(cancelOrder.state).toBe('Cancelled');
            const late = await fake.sendWebhook(
                fake.event('payment_intent.succeeded', {
                    ...intent,
                    status: 'succeeded',
                    amount_received: intent.amount,
                }),
            );
            expect(late).toEqual({
                status: 200,
                body: { received: true, outcome: 'order-not-awaiting-payment' },
            });
            expect((await server.adminClient.query(ORDER, { id: order.id })).order.state).toBe('Cancelled');
            expect(await payments(order.id)).toEqual([]);
        });
    });
});

describe('payments without Stripe keys', () => {
    let bare: TestServer;
    beforeAll(async () => {
        bare = await startTestServer('payments_no_stripe', { demoData: false });
        await bare.adminClient.asSuperAdmin();
    }, 600_000);
    afterAll(() => bare?.close());

    it('does not offer card payments', async () => {
        const { paymentMethods } = await bare.adminClient.query(gql`
            query {
                paymentMethods {
                    items {
                        code
                        enabled
                    }
                }
            }
        `);
        expect(Object.fromEntries(paymentMethods.items.map((m: any) => [m.code, m.enabled]))).toEqual({
            'cash-on-delivery': true,
            vietqr: true,
            stripe: false,
        });
        const response = await fetch(`http://127.0.0.1:${bare.port}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ stripePublishableKey }' }),
        });
        expect(await response.json()).toEqual({ data: { stripePublishableKey: null } });
        const webhook = await fetch(`http://127.0.0.1:${bare.port}/payments/stripe`, {
            method: 'POST',
            body: '{}',
        });
        expect(webhook.status).toBe(404);
    });
});

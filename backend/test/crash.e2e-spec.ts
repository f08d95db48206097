import gql from 'graphql-tag';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Client } from 'pg';
import { VARIANT_SALE_LOCK_SPACE } from '../src/plugins/stock-reservation/variant-lock';
import { Buyer } from './utils/checkout';
import { FakeStripe, startFakeStripe } from './utils/fake-stripe';
import { DEMO_PRODUCERS, freshVariantOf } from './utils/marketplace';
import { processDatabase, ServerProcess, startServerProcess } from './utils/server-process';
import { TestServer } from './utils/test-server';

/** The advisory lock the test's trigger waits for ("TEST"; no lock of the application uses it). */
const TEST_HOLD_LOCK = 0x54455354;

const ORDER = gql`
    query ($id: ID!) {
        order(id: $id) {
            code
            state
            totalWithTax
            lines {
                quantity
                productVariant {
                    id
                }
            }
            payments {
                method
                state
                amount
                transactionId
            }
            sellerOrders {
                state
                totalWithTax
            }
        }
    }
`;
const ISSUE = gql`
    mutation ($input: IssueStampBatchInput!) {
        issueStampBatch(input: $input) {
            id
            quantity
            firstSerial
        }
    }
`;

/**
 * The built server as a separate process, killed with SIGKILL in the middle of work
 * that must be all-or-nothing, then started again (ADR 0024): nothing is half-done
 * afterwards, and the retried work completes exactly once.
 */
describe('a server killed mid-request', () => {
    let db: Awaited<ReturnType<typeof processDatabase>>;
    let server: ServerProcess;
    let fake: FakeStripe;
    let pg: Client;
    let admin: SimpleGraphQLClient;
    /** What the test utilities need of a server: its port and an admin client. */
    let target: TestServer;
    const sql = async (query: string, params?: unknown[]) => (await pg.query(query, params)).rows;

    beforeAll(async () => {
        fake = await startFakeStripe();
        db = await processDatabase('crash');
        server = await startServerProcess({
            databaseUrl: db.databaseUrl,
            dataDir: db.dataDir,
            env: {
                STRIPE_SECRET_KEY: fake.secretKey,
                STRIPE_PUBLISHABLE_KEY: fake.publishableKey,
                STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
                STRIPE_API_URL: fake.url,
            },
        });
        fake.webhookUrl = `${server.base}/payments/stripe`;
        pg = new Client({ connectionString: db.databaseUrl });
        await pg.connect();
        admin = new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, `${server.base}/admin-api`);
        await admin.asSuperAdmin();
        target = { port: server.port, adminClient: admin } as unknown as TestServer;
    }, 600_000);

    afterAll(async () => {
        await server?.kill('SIGTERM');
        await pg?.end();
        await db?.drop();
        await fake?.close();
    });

    /** The server's database sessions that are waiting for a lock, and whether they already wrote. */
    const waitingBackends = () =>
        sql(
            `SELECT pid, backend_xid IS NOT NULL AS wrote FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
        );

    async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            const value = await probe();
            if (value) return value;
            await new Promise(r => setTimeout(r, 25));
        }
        throw new Error(`timed out waiting for ${what}\n${server.output()}`);
    }

    /** A server session ends (rolls back) once it finds its client gone. */
    const gone = (pid: number) =>
        until(
            async () =>
                (await sql(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).length === 0 || undefined,
            `database session ${pid} to end`,
        );

    // Runs first, on the process as started: an operator's log at LOG_LEVEL=warn stays empty
    // while all is well, so a real warning stands out (Vendure 3.7 warned about its own
    // placeholder column on every save of an order; pg warned about overlapping queries).
    it('starts and places an order without a warning in its log', async () => {
        const warnings = () =>
            server
                .output()
                .split('\n')
                .filter(l => /^\s*(warn|error)\b|Warning|deprecat/i.test(l));
        expect(warnings()).toEqual([]);

        const variant = await freshVariantOf(target, sql, DEMO_PRODUCERS.huou.token, new Set(), 3);
        const buyer = new Buyer(target);
        await buyer.readyToPay([[variant, 1]]);
        const paid = await buyer.pay();
        expect(paid).toMatchObject({ placed: true });
        const { order } = await admin.query(ORDER, { id: buyer.orderId });
        expect(order.sellerOrders).toEqual([
            { state: 'PaymentAuthorized', totalWithTax: order.totalWithTax },
        ]);
        expect(warnings()).toEqual([]);
    });

    it('settles a Stripe payment exactly once when the server dies between the webhook and its reply', async () => {
        const variant = await freshVariantOf(target, sql, DEMO_PRODUCERS.huou.token, new Set(), 5);
        const buyer = new Buyer(target);
        await buyer.readyToPay([[variant, 2]]);
        const { createStripePaymentIntent } = await buyer.client.query(gql`
            mutation {
                createStripePaymentIntent
            }
        `);
        const intent = fake.paymentIntents.get(createStripePaymentIntent.split('_secret_')[0])!;
        const event = fake.event('payment_intent.succeeded', {
            ...intent,
            status: 'succeeded',
            amount_received: intent.amount,
        });
        const orderId = buyer.orderId!;
        const allocated = async () =>
            Number(
                (
                    await sql(
                        `SELECT sum("stockAllocated")::int AS n FROM stock_level WHERE "productVariantId" = $1`,
                        [variant],
                    )
                )[0].n,
            );
        const before = await allocated();

        // Hold the webhook inside its transaction: placing the order takes this variant's sale
        // lock (ADR 0007) after the payment row is written; the test holds that lock.
        const holder = new Client({ connectionString: db.databaseUrl });
        await holder.connect();
        await holder.query('SELECT pg_advisory_lock($1, $2)', [VARIANT_SALE_LOCK_SPACE, Number(variant)]);
        const firstDelivery = fake.sendWebhook(event).then(
            r => ({ answered: r.status }),
            (e: Error) => ({ failed: e.message }),
        );
        const [session] = await until(
            async () =>
                (await waitingBackends()).filter(b => b.wrote).length ? waitingBackends() : undefined,
            'the webhook to wait for the sale lock',
        );
        expect(session.wrote).toBe(true);
        await server.kill('SIGKILL');
        // Stripe saw no answer: it will retry.
        expect(await firstDelivery).toEqual({ failed: expect.any(String) });
        await holder.query('SELECT pg_advisory_unlock($1, $2)', [VARIANT_SALE_LOCK_SPACE, Number(variant)]);
        await holder.end();
        await gone(session.pid);

        // Nothing of the half-done settlement survived.
        expect(await sql(`SELECT id FROM payment WHERE "orderId" = $1`, [orderId])).toEqual([]);
        expect((await sql(`SELECT state FROM "order" WHERE id = $1`, [orderId]))[0].state).toBe(
            'ArrangingPayment',
        );
        expect(await allocated()).toBe(before);

        await server.restart();
        await admin.asSuperAdmin();
        const retry = await fake.sendWebhook(event);
        expect(retry).toEqual({ status: 200, body: { received: true, outcome: 'settled' } });
        const again = await fake.sendWebhook(event);
        expect(again.body.outcome).toBe('duplicate');

        const { order } = await admin.query(ORDER, { id: orderId });
        expect(order.state).toBe('PaymentSettled');
        expect(order.lines).toEqual([{ quantity: 2, productVariant: { id: variant } }]);
        expect(order.payments).toEqual([
            { method: 'stripe', state: 'Settled', amount: order.totalWithTax, transactionId: intent.id },
        ]);
        expect(order.sellerOrders).toEqual([{ state: 'PaymentSettled', totalWithTax: order.totalWithTax }]);
        expect(await allocated()).toBe(before + 2);
    });

    it('issues a 100,000-stamp batch completely or not at all when the server dies half-way', async () => {
        const [variant] = await sql(
            `SELECT id FROM product_variant WHERE "deletedAt" IS NULL ORDER BY id LIMIT 1`,
        );
        const register = async () =>
            (
                await sql(
                    `SELECT (SELECT count(*)::int FROM stamp) AS stamps,
                            (SELECT count(*)::int FROM stamp_batch) AS batches,
                            (SELECT COALESCE(max(serial), 0)::int FROM stamp) AS "lastSerial"`,
                )
            )[0];
        const before = await register();
        const input = {
            productVariantId: String(variant.id),
            quantity: 100_000,
            lotCode: 'LO-CRASH-1',
            productionDate: '2026-11-01',
            expiryDate: '2027-11-01',
        };

        // Test-only trigger: the insert of stamp number 54,321 of the batch waits for a lock the
        // test holds, so the server is killed with half the batch written in its transaction.
        const holdAt = before.lastSerial + 54_321;
        await sql(`CREATE FUNCTION ocop_test_hold() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN PERFORM pg_advisory_xact_lock(${TEST_HOLD_LOCK}); RETURN NEW; END $$`);
        await sql(`CREATE TRIGGER ocop_test_hold BEFORE INSERT ON stamp FOR EACH ROW
                   WHEN (NEW.serial = ${holdAt}) EXECUTE FUNCTION ocop_test_hold()`);
        const holder = new Client({ connectionString: db.databaseUrl });
        await holder.connect();
        await holder.query('SELECT pg_advisory_lock($1)', [TEST_HOLD_LOCK]);
        try {
            const issuing = admin.query(ISSUE, { input }).then(
                () => 'answered',
                () => 'failed',
            );
            const [session] = await until(
                async () => {
                    const rows = await waitingBackends();
                    return rows.length ? rows : undefined;
                },
                'the batch to reach stamp 54,321',
                60_000,
            );
            expect(session.wrote).toBe(true);
            await server.kill('SIGKILL');
            expect(await issuing).toBe('failed');
            await holder.query('SELECT pg_advisory_unlock($1)', [TEST_HOLD_LOCK]);
            await gone(session.pid);
        } finally {
            await holder.end();
            await sql(`DROP TRIGGER IF EXISTS ocop_test_hold ON stamp`);
            await sql(`DROP FUNCTION IF EXISTS ocop_test_hold()`);
        }

        // Not a batch row, not a stamp, not a serial of the dead batch.
        expect(await register()).toEqual(before);

        await server.restart();
        await admin.asSuperAdmin();
        const { issueStampBatch } = await admin.query(ISSUE, { input: { ...input, lotCode: 'LO-CRASH-2' } });
        expect(issueStampBatch.quantity).toBe(100_000);
        // The serials the dead batch had taken are the ones issued now: no gap, none twice.
        expect(issueStampBatch.firstSerial).toMatch(
            new RegExp(`^HT-\\d{4}-${String(before.lastSerial + 1).padStart(7, '0')}$`),
        );
        expect(await register()).toEqual({
            stamps: before.stamps + 100_000,
            batches: before.batches + 1,
            lastSerial: before.lastSerial + 100_000,
        });
        const [range] = await sql(
            `SELECT count(*)::int AS n, min(serial)::int AS first, max(serial)::int AS last
               FROM stamp WHERE "batchId" = $1`,
            [issueStampBatch.id],
        );
        expect(range).toEqual({
            n: 100_000,
            first: before.lastSerial + 1,
            last: before.lastSerial + 100_000,
        });
    });
});

import gql from 'graphql-tag';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Redis } from 'ioredis';
import { Buyer } from './utils/checkout';
import { eventually } from './utils/eventually';
import { DEMO_PRODUCERS, freshVariantOf, OFFICE_EMAIL, DEMO_PASSWORD } from './utils/marketplace';
import {
    BackendProcess,
    demoDatabaseForProcesses,
    REDIS_URL,
    redisPrefix,
    sqlClient,
    startBackendProcess,
} from './utils/processes';
import { requestFrom } from './utils/stamp-verification-fixtures';
import { TestServer } from './utils/test-server';

/**
 * Two built servers and one worker on one database and one Redis, as in docker/compose.yml:
 * whatever server a request lands on, the shop behaves as one.
 */
describe('scale-out: two servers and a worker on PostgreSQL and Redis', () => {
    const RATE_LIMIT = 10;
    const SIGN_IN_MAX_FAILURES = 6;
    let db: Awaited<ReturnType<typeof demoDatabaseForProcesses>>;
    let redis: ReturnType<typeof redisPrefix>;
    let s1: BackendProcess;
    let s2: BackendProcess;
    let worker: BackendProcess;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let endSql: () => Promise<void>;

    beforeAll(async () => {
        db = await demoDatabaseForProcesses('scale_out');
        redis = redisPrefix('scale');
        const env = {
            NODE_ENV: 'test',
            DATABASE_URL: db.databaseUrl,
            DATA_DIR: db.dataDir,
            REDIS_URL,
            REDIS_PREFIX: redis.prefix,
            COOKIE_SECRET: 'one-secret-for-every-process-of-this-test',
            STAMP_CHECK_RATE_LIMIT: String(RATE_LIMIT),
            SIGN_IN_MAX_FAILURES: String(SIGN_IN_MAX_FAILURES),
        };
        [s1, s2, worker] = await Promise.all([
            startBackendProcess('index.js', env),
            startBackendProcess('index.js', env),
            startBackendProcess('index-worker.js', env),
        ]);
        ({ sql, end: endSql } = await sqlClient(db.databaseUrl));
        // Seeding the demo template (once per source version) can take minutes on a busy machine.
    }, 400_000);

    afterAll(async () => {
        await Promise.all([s1, s2, worker].map(p => p?.stop()));
        await endSql?.();
        await redis?.clear();
        await db?.drop();
    });

    /** An Admin API call with a browser's cookies, as the dashboard makes it. */
    async function adminCall(server: BackendProcess, query: string, cookie = '') {
        const res = await fetch(`${server.url}/admin-api`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ query }),
        });
        const cookies = res.headers
            .getSetCookie()
            .map(c => c.split(';')[0])
            .join('; ');
        return { body: (await res.json()) as any, cookies };
    }

    /** An Admin API operation as a client sends it: status, retry-after and the body. */
    async function adminOp(server: BackendProcess, query: string, variables: object = {}, token?: string) {
        const res = await fetch(`${server.url}/admin-api`, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                ...(token ? { Authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
        return {
            status: res.status,
            retryAfter: res.headers.get('retry-after'),
            body: (await res.json()) as any,
        };
    }
    const alternate = (i: number) => (i % 2 ? s2 : s1);

    it('keeps a session signed in on server 1 valid on server 2, and signed out on both', async () => {
        const login = await adminCall(
            s1,
            `mutation { login(username: "${OFFICE_EMAIL}", password: "${DEMO_PASSWORD}") { ... on CurrentUser { identifier } } }`,
        );
        expect(login.body.data.login.identifier).toBe(OFFICE_EMAIL);
        expect(login.cookies).toMatch(/session=.*session\.sig=/);

        const me = `{ me { identifier } }`;
        expect((await adminCall(s2, me, login.cookies)).body.data.me.identifier).toBe(OFFICE_EMAIL);
        // Server 2 now holds the session in its cache; signing out on server 1 must reach it.
        await adminCall(s1, `mutation { logout { success } }`, login.cookies);
        const after = (await adminCall(s2, me, login.cookies)).body;
        expect(after.data?.me ?? null).toBeNull();
        expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('runs a listing refresh queued by server 2 in the worker, and server 1 lists the product', async () => {
        // A demo product with a valid certificate and an active producer, but no stamps yet.
        const [candidate] = await sql(
            `SELECT v.id AS "variantId", p.id AS "productId", t.slug
               FROM product_variant v JOIN product p ON p.id = v."productId"
               JOIN product_translation t ON t."baseId" = p.id AND t."languageCode" = 'vi'
              WHERE v."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM stamp s WHERE s."productVariantId" = v.id)
                AND EXISTS (SELECT 1 FROM certificate c WHERE c."productId" = p.id AND c.status = 'ACTIVE'
                             AND c.stars >= 3 AND c."validUntil" >= current_date AND c."issuedAt" <= current_date)
                AND EXISTS (SELECT 1 FROM producer pr JOIN product_channels_channel ppc ON ppc."channelId" = pr."channelId"
                             WHERE ppc."productId" = p.id AND pr.active)
                AND NOT EXISTS (SELECT 1 FROM product_channels_channel pc JOIN channel ch ON ch.id = pc."channelId"
                                 WHERE pc."productId" = p.id AND ch.code = 'hatinh')
              ORDER BY v.id LIMIT 1`,
        );
        expect(candidate).toBeDefined();
        const shop1 = new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, `${s1.url}/shop-api`);
        const listed = async () =>
            !!(
                await shop1.query(
                    gql`
                        query ($slug: String!) {
                            product(slug: $slug) {
                                id
                            }
                        }
                    `,
                    {
                        slug: candidate.slug,
                    },
                )
            ).product;
        expect(await listed()).toBe(false);

        const admin2 = new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, `${s2.url}/admin-api`);
        await admin2.asSuperAdmin();
        const { issueStampBatch } = await admin2.query(
            gql`
                mutation ($input: IssueStampBatchInput!) {
                    issueStampBatch(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    productVariantId: String(candidate.variantId),
                    quantity: 5,
                    lotCode: 'L-SCALE-OUT',
                    productionDate: '2026-11-01',
                    expiryDate: '2027-11-01',
                },
            },
        );
        expect(issueStampBatch.id).toBeDefined();
        await eventually(listed, 'server 1 lists the product the worker refreshed', 30_000);

        // Servers never take jobs (only the worker starts the queue): the refresh ran there, from Redis.
        const client = new Redis(REDIS_URL);
        const completed = async () => {
            const ids = await client.zrange(`${redis.prefix}:bull:vendure-job-queue:completed`, 0, -1);
            return Promise.all(
                ids.map(id => client.hget(`${redis.prefix}:bull:vendure-job-queue:${id}`, 'name')),
            );
        };
        try {
            // The job is marked completed just after its transaction commits.
            await eventually(
                async () => (await completed()).includes('ocop-listing-refresh'),
                'the worker completes the listing refresh job',
                5_000,
            );
        } finally {
            client.disconnect();
        }
    });

    it('shows a product renamed on server 2 on the stamp page of server 1 at once, not after its cache expires', async () => {
        const [stamp] = await sql(
            `SELECT s.code, v."productId" FROM stamp s JOIN product_variant v ON v.id = s."productVariantId"
              WHERE s.status = 'ISSUED' ORDER BY s.id LIMIT 1`,
        );
        const page = () => requestFrom('127.0.0.31', `${s1.url}/v/${stamp.code}`);
        expect((await page()).status).toBe(200); // the variant's facts are now cached on server 1

        const admin2 = new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, `${s2.url}/admin-api`);
        await admin2.asSuperAdmin();
        const name = `Tên mới ${Date.now()}`;
        const { updateProduct } = await admin2.query(
            gql`
                mutation ($id: ID!, $name: String!) {
                    updateProduct(input: { id: $id, translations: [{ languageCode: vi, name: $name }] }) {
                        name
                    }
                }
            `,
            { id: String(stamp.productId), name },
        );
        expect(updateProduct.name).toBe(name);
        // The cache lives 60 s; the broadcast makes it seconds.
        await eventually(
            async () => (await page()).text.includes(name),
            'server 1 shows the new name',
            5_000,
        );
    });

    it('counts stamp checks on both servers against one allowance per client', async () => {
        const [{ code }] = await sql(`SELECT code FROM stamp WHERE status = 'ISSUED' ORDER BY id LIMIT 1`);
        const statuses: number[] = [];
        for (let i = 0; i < RATE_LIMIT; i++) {
            const server = i % 2 ? s2 : s1;
            statuses.push((await requestFrom('127.0.0.41', `${server.url}/v/${code}`)).status);
        }
        expect(statuses).toEqual(Array(RATE_LIMIT).fill(200));
        // Each server saw only half the allowance: a limit per process would still let these through.
        for (const server of [s1, s2]) {
            const limited = await requestFrom('127.0.0.41', `${server.url}/v/${code}`);
            expect(limited.status).toBe(429);
            expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        }
        // Another client is not affected, on either server.
        expect((await requestFrom('127.0.0.42', `${s2.url}/v/${code}`)).status).toBe(200);
    });

    it('counts wrong passwords on both servers against one sign-in allowance', async () => {
        const LOGIN = `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ __typename ... on ErrorResult { errorCode } } }`;
        const email = DEMO_PRODUCERS.nhung.email;
        const answers: string[] = [];
        for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) {
            const res = await adminOp(alternate(i), LOGIN, { u: email, p: `sai-${i}` });
            answers.push(res.body.data.login.errorCode);
        }
        expect(answers).toEqual(Array(SIGN_IN_MAX_FAILURES).fill('INVALID_CREDENTIALS_ERROR'));
        // Each server saw only half the failures: a count per process would still let these through.
        for (const server of [s1, s2]) {
            const limited = await adminOp(server, LOGIN, { u: email, p: DEMO_PASSWORD });
            expect(limited.status).toBe(429);
            expect(Number(limited.retryAfter)).toBeGreaterThan(60);
            expect(limited.body.errors[0].message).toMatch(/^OCOP_SIGN_IN_RATE_LIMITED: /);
        }
    });

    it('locks POS enrolment and a staff PIN after 5 failures on both servers together', async () => {
        const ENROL = `mutation($i:EnrolPosTabletInput!){ enrolPosTablet(input:$i){ token } }`;
        const enrol = (server: BackendProcess, username: string, password: string) =>
            adminOp(server, ENROL, { i: { username, password, name: 'Quầy hai máy chủ' } });
        const refusals: string[] = [];
        for (let i = 0; i < 6; i++) {
            const res = await enrol(alternate(i), 'quanly.huongson@ocop.hatinh.vn', `sai-${i}`);
            refusals.push(res.body.errors[0].message.split(':')[0]);
        }
        expect(refusals).toEqual([...Array(5).fill('OCOP_POS_ENROL_REFUSED'), 'OCOP_POS_ENROL_RATE_LIMITED']);
        // The right password waits too (by now the API guard's sign-in limit, 6 here, refuses first).
        const rightButLocked = await enrol(s2, 'quanly.huongson@ocop.hatinh.vn', DEMO_PASSWORD);
        expect(rightButLocked.body.errors[0].message).toMatch(/^OCOP_(POS_ENROL|SIGN_IN)_RATE_LIMITED: /);

        // A PIN's failures live on the staff row (locked FOR UPDATE): both servers count one sequence.
        const enrolled = await enrol(s1, 'quanly.tpht@ocop.hatinh.vn', DEMO_PASSWORD);
        const token = enrolled.body.data.enrolPosTablet.token as string;
        const staff = (await adminOp(s2, `{ posBootstrap { staff { id role } } }`, {}, token)).body.data
            .posBootstrap.staff;
        const cashier = staff.find((s: { role: string }) => s.role === 'CASHIER').id;
        const PIN = `mutation($s:ID!,$p:String!){ posPinSignIn(staffId:$s, pin:$p){ ok attemptsLeft lockedUntil } }`;
        const left: number[] = [];
        for (let i = 0; i < 5; i++) {
            const res = await adminOp(alternate(i), PIN, { s: cashier, p: '0000' }, token);
            left.push(res.body.data.posPinSignIn.attemptsLeft);
        }
        expect(left).toEqual([4, 3, 2, 1, 0]);
        for (const server of [s1, s2]) {
            const right = (await adminOp(server, PIN, { s: cashier, p: '2468' }, token)).body.data
                .posPinSignIn;
            expect(right.ok).toBe(false);
            expect(new Date(right.lockedUntil).getTime()).toBeGreaterThan(Date.now());
        }
    });

    it('places exactly N orders when buyers on both servers race for the last N stamped units', async () => {
        const N = 3;
        const admin2 = new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, `${s2.url}/admin-api`);
        await admin2.asSuperAdmin();
        const variantId = await freshVariantOf(
            { adminClient: admin2 } as unknown as TestServer,
            sql,
            DEMO_PRODUCERS.che.token,
            new Set(),
            N,
        );
        const buyers = Array.from(
            { length: 8 },
            (_, i) => new Buyer({ port: (i % 2 ? s2 : s1).port } as TestServer, i),
        );
        await Promise.all(buyers.map(b => b.readyToPay([[variantId, 1]])));
        const outcomes = await Promise.all(buyers.map(b => b.pay()));

        const placed = outcomes.filter(o => o.placed);
        expect(placed).toHaveLength(N);
        for (const lost of outcomes.filter(o => !o.placed))
            expect((lost as { error: string }).error).toMatch(/OCOP_NOT_ENOUGH_STAMPS/);
        const [{ units, allocated, issued }] = await sql(
            `SELECT (SELECT COALESCE(sum(l.quantity), 0)::int FROM order_line l JOIN "order" o ON o.id = l."orderId"
                      WHERE l."productVariantId" = $1 AND o."orderPlacedAt" IS NOT NULL AND o.type <> 'Seller') AS units,
                    (SELECT sum("stockAllocated")::int FROM stock_level WHERE "productVariantId" = $1) AS allocated,
                    (SELECT count(*)::int FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED') AS issued`,
            [variantId],
        );
        // Every stamp is promised once: N units placed and allocated against N issued stamps.
        expect({ units, allocated, issued }).toEqual({ units: N, allocated: N, issued: N });
    });
});

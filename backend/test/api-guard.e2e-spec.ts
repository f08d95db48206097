import gql from 'graphql-tag';
import { SimpleGraphQLClient } from '@vendure/testing';
import {
    adminAs,
    DEMO_PASSWORD,
    DEMO_PRODUCERS,
    OFFICE_EMAIL,
    registeredCustomer,
    Sql,
    sqlOf,
} from './utils/marketplace';
import { enrolTablet } from './utils/pos';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * The API edge against bad input and abuse (ADR 0023), as a client sees it: HTTP
 * statuses, bilingual refusals, limits per account and session, headers and cookies.
 */
describe('API guard', () => {
    let server: TestServer;
    let sql: Sql;
    let office: SimpleGraphQLClient;
    let base: string;

    beforeAll(async () => {
        server = await startTestServer('api_guard', {
            demoData: true,
            env: { CHECKOUT_RATE_LIMIT: '5', ADMIN_SESSION_HOURS: '12' },
        });
        sql = sqlOf(server);
        base = `http://127.0.0.1:${server.port}`;
        office = await adminAs(server, OFFICE_EMAIL);
    }, 600_000);

    afterAll(() => server?.close());

    /** A raw POST: the status and body exactly as a client gets them. */
    async function post(api: 'shop-api' | 'admin-api', body: string, headers: Record<string, string> = {}) {
        const res = await fetch(`${base}/${api}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body,
        });
        const text = await res.text();
        let json: any;
        try {
            json = JSON.parse(text);
        } catch {
            json = undefined;
        }
        return { status: res.status, json, text, headers: res.headers };
    }

    const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
    const officeAuth = () => ({ authorization: `Bearer ${(office as any).authToken}` });
    const firstError = (json: any): string => json?.errors?.[0]?.message ?? '';

    describe('request bodies', () => {
        it('answers 413 with a bilingual message for a body over the limit', async () => {
            const big = 'a'.repeat(300 * 1024);
            const res = await post(
                'shop-api',
                gqlBody('query($s:String!){ verifyStamp(code:$s){ result } }', { s: big }),
            );
            expect(res.status).toBe(413);
            expect(firstError(res.json)).toMatch(/^OCOP_REQUEST_TOO_LARGE: .*\(.*larger than 256 KB\)/);
        });

        it('answers 400 for malformed JSON and 415 for an unknown charset, never 500', async () => {
            const malformed = await post('shop-api', '{"query": "{ __typename }"');
            expect(malformed.status).toBe(400);
            expect(firstError(malformed.json)).toMatch(/^OCOP_REQUEST_MALFORMED/);
            const charset = await post('shop-api', gqlBody('{ __typename }'), {
                'content-type': 'application/json; charset=klingon',
            });
            expect(charset.status).toBe(415);
            const encoding = await post('shop-api', gqlBody('{ __typename }'), {
                'content-encoding': 'gzip',
            });
            expect(encoding.status).toBe(400);
        });

        it('answers 400 for variables that do not fit the operation, on both APIs', async () => {
            const query = 'query($c:String!){ verifyStamp(code:$c){ result } }';
            const wrongType = await post('shop-api', gqlBody(query, { c: 5 }));
            expect(wrongType.status).toBe(400);
            expect(firstError(wrongType.json)).toMatch(/String cannot represent/);
            const missing = await post('shop-api', gqlBody(query));
            expect(missing.status).toBe(400);
            const notObject = await post('shop-api', JSON.stringify({ query, variables: '"x"' }));
            expect(notObject.status).toBe(400);
            const admin = await post(
                'admin-api',
                gqlBody('query($id:ID!){ certificate(id:$id){ id } }', { id: { a: 1 } }),
                officeAuth(),
            );
            expect(admin.status).toBe(400);
        });

        it('voids 100,000 codes in one voidStamps, and only voidStamps may send that much', async () => {
            const [{ code: real }] = await sql(
                `SELECT trim(code) AS code FROM stamp WHERE status = 'ISSUED' ORDER BY id DESC LIMIT 1`,
            );
            const codes = Array.from({ length: 99_999 }, (_, i) => `Z${String(i).padStart(16, '0')}`);
            codes.push(real);
            const body = gqlBody(
                'mutation($codes:[String!]!,$reason:String!){ voidStamps(codes:$codes, reason:$reason){ voided notFound } }',
                { codes, reason: 'Tem in lỗi' },
            );
            expect(body.length).toBeGreaterThan(2_000_000);
            const ok = await post('admin-api', body, officeAuth());
            expect(ok.status).toBe(200);
            expect(ok.json.errors).toBeUndefined();
            expect(ok.json.data.voidStamps).toEqual({ voided: 1, notFound: 99_999 });

            // The same size for any other operation, or without credentials, is refused.
            const other = gqlBody(
                'query($codes:[String!]!){ producers { totalItems } stampBatches { totalItems } }',
                {
                    codes,
                },
            );
            expect((await post('admin-api', other, officeAuth())).status).toBe(413);
            expect((await post('admin-api', body)).status).toBe(413);
        });
    });

    describe('text limits', () => {
        const application = (over: Record<string, unknown>) => ({
            legalName: 'HTX Thử giới hạn',
            type: 'COOPERATIVE',
            taxCode: '3001234567',
            commune: 'Sơn Tiến',
            area: 'Hương Sơn',
            address: 'Thôn 1',
            phone: '0912345678',
            email: 'thu@example.com',
            contactName: 'Nguyễn Văn A',
            story: 'Chuyện',
            ...over,
        });
        const SUBMIT = `mutation($i:ProducerApplicationInput!){ submitProducerApplication(input:$i){ id } }`;

        it('refuses 100 KB in the public producer application, and stores nothing', async () => {
            const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM producer_application`);
            const res = await post(
                'shop-api',
                gqlBody(SUBMIT, { i: application({ story: 'x'.repeat(100_000) }) }),
            );
            expect(res.status).toBe(200);
            expect(firstError(res.json)).toBe(
                'OCOP_INPUT_TOO_LONG: "input.story" dài 100000 ký tự, tối đa 5000 ("input.story" is 100000 characters long, at most 5000)',
            );
            const name = await post(
                'shop-api',
                gqlBody(SUBMIT, { i: application({ legalName: 'H'.repeat(501) }) }),
            );
            expect(firstError(name.json)).toMatch(/^OCOP_INPUT_TOO_LONG: "input.legalName"/);
            const [{ n: after }] = await sql(`SELECT count(*)::int AS n FROM producer_application`);
            expect(after).toBe(before);
        });

        it('refuses a 100 KB revocation reason and a 100 KB self-assessment note', async () => {
            const [{ id }] = await sql(
                `SELECT id FROM certificate WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
            );
            const revoke = await office
                .query(
                    gql`
                        mutation ($id: ID!, $reason: String!) {
                            revokeCertificate(id: $id, reason: $reason) {
                                status
                            }
                        }
                    `,
                    { id: String(id), reason: 'r'.repeat(100_000) },
                )
                .catch(e => e);
            expect(String(revoke.message)).toMatch(/^OCOP_INPUT_TOO_LONG: "reason"/);
            const [{ status }] = await sql(`SELECT status FROM certificate WHERE id = $1`, [id]);
            expect(status).toBe('ACTIVE');

            const producer = await adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token);
            const note = await producer
                .query(
                    gql`
                        mutation ($input: SubmitSelfAssessmentInput!) {
                            submitSelfAssessment(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            productId: '1',
                            criteriaVersion: '148/2023',
                            scores: [],
                            note: 'n'.repeat(100_000),
                        },
                    },
                )
                .catch(e => e);
            expect(String(note.message)).toMatch(/^OCOP_INPUT_TOO_LONG: "input.note"/);
        });

        it('refuses invisible characters in certificate numbers and stamp codes', async () => {
            const certify = await office
                .query(
                    gql`
                        mutation ($input: CertifyProductInput!) {
                            certifyProduct(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            productId: '1',
                            certificateNumber: 'HT-2026\u200b-001',
                            stars: 4,
                            score: 75,
                            issuedAt: '2026-01-10',
                            criteriaVersion: '148/2023',
                            productGroup: 'FOOD',
                            decisionNumber: '1/QĐ-UBND',
                        },
                    },
                )
                .catch(e => e);
            expect(String(certify.message)).toMatch(
                /^OCOP_INPUT_INVISIBLE_CHARACTERS: "input.certificateNumber"/,
            );
            const voided = await office
                .query(
                    gql`
                        mutation ($codes: [String!]!) {
                            voidStamps(codes: $codes, reason: "thử") {
                                voided
                            }
                        }
                    `,
                    { codes: ['ABCD\u202eEFGH'] },
                )
                .catch(e => e);
            expect(String(voided.message)).toMatch(/^OCOP_INPUT_INVISIBLE_CHARACTERS: "codes\[0\]"/);
        });

        it('turns a unique violation of two simultaneous certifications into one clean refusal', async () => {
            const products: string[] = [];
            await server.adminClient.asSuperAdmin();
            for (let i = 0; i < 2; i++) {
                const { createProduct } = await server.adminClient.query(
                    gql`
                        mutation ($input: CreateProductInput!) {
                            createProduct(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            translations: [
                                {
                                    languageCode: 'vi',
                                    name: `Thử ${i}`,
                                    slug: `thu-trung-${i}`,
                                    description: '',
                                },
                            ],
                        },
                    },
                );
                products.push(createProduct.id);
            }
            const certify = (productId: string) =>
                office
                    .query(
                        gql`
                            mutation ($input: CertifyProductInput!) {
                                certifyProduct(input: $input) {
                                    id
                                }
                            }
                        `,
                        {
                            input: {
                                productId,
                                certificateNumber: 'HT-TRUNG-2026',
                                stars: 4,
                                score: 75,
                                issuedAt: '2026-01-10',
                                criteriaVersion: '148/2023',
                                productGroup: 'FOOD',
                                decisionNumber: '1/QĐ-UBND',
                            },
                        },
                    )
                    .then(
                        () => 'ok',
                        (e: Error) => e.message,
                    );
            const outcomes = await Promise.all(products.map(certify));
            expect(outcomes.filter(o => o === 'ok')).toHaveLength(1);
            const refusal = outcomes.find(o => o !== 'ok')!;
            expect(refusal).toMatch(/^(OCOP_DUPLICATE: |Số chứng nhận HT-TRUNG-2026 đã được dùng)/);
            expect(refusal).not.toMatch(/duplicate key|violates|constraint/i);
            const [{ n }] = await sql(
                `SELECT count(*)::int AS n FROM certificate WHERE "certificateNumber" = 'HT-TRUNG-2026'`,
            );
            expect(n).toBe(1);
        });
    });

    describe('query complexity', () => {
        it('answers 400 to 40 aliases of every stamp batch with its stamps; one page of them passes', async () => {
            const one = (alias: string) =>
                `${alias}: stampBatches { items { id lotCode stamps(options:{take:1000}) { items { id serial status } } } }`;
            const heavy = `{ ${Array.from({ length: 40 }, (_, i) => one(`b${i}`)).join(' ')} }`;
            const refused = await post('admin-api', gqlBody(heavy), officeAuth());
            expect(refused.status).toBe(400);
            expect(firstError(refused.json)).toMatch(/^OCOP_QUERY_TOO_COMPLEX: /);
            expect(refused.text.length).toBeLessThan(2000);

            const page = await post(
                'admin-api',
                gqlBody(
                    '{ stampBatches(options:{take:20}) { totalItems items { id lotCode stamps(options:{take:50}) { totalItems items { id serial status } } } } }',
                ),
                officeAuth(),
            );
            expect(page.status).toBe(200);
            expect(page.json.data.stampBatches.items.length).toBeGreaterThan(0);
        });

        it('answers 400, not 500, to an over-complex Shop API query', async () => {
            const q = `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: products { items { id variants { id } } }`).join(' ')} }`;
            const res = await post('shop-api', gqlBody(q));
            expect(res.status).toBe(400);
            expect(firstError(res.json)).toMatch(/^OCOP_QUERY_TOO_COMPLEX/);
        });
    });

    describe('abuse limits', () => {
        const LOGIN = `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ __typename ... on ErrorResult { errorCode } } }`;

        it('after 10 wrong passwords of one account and client, even the right one waits (429)', async () => {
            const email = DEMO_PRODUCERS.nhung.email;
            const attempts = await Promise.all(
                Array.from({ length: 50 }, (_, i) =>
                    post('admin-api', gqlBody(LOGIN, { u: email, p: `sai-${i}` })),
                ),
            );
            expect(attempts.filter(a => a.status === 200)).toHaveLength(10);
            const limited = attempts.filter(a => a.status === 429);
            expect(limited).toHaveLength(40);
            expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(60);
            expect(firstError(limited[0].json)).toMatch(
                /^OCOP_SIGN_IN_RATE_LIMITED: Đăng nhập sai quá nhiều lần/,
            );

            const right = await post('admin-api', gqlBody(LOGIN, { u: email, p: DEMO_PASSWORD }));
            expect(right.status).toBe(429);
            // Another account from the same client is not affected.
            const other = await post(
                'admin-api',
                gqlBody(LOGIN, { u: DEMO_PRODUCERS.che.email, p: DEMO_PASSWORD }),
            );
            expect(other.status).toBe(200);
            expect(other.json.data.login.__typename).toBe('CurrentUser');
        });

        it('a successful sign-in clears the count', async () => {
            const email = DEMO_PRODUCERS.che.email;
            for (let round = 0; round < 2; round++) {
                for (let i = 0; i < 9; i++) {
                    const wrong = await post('admin-api', gqlBody(LOGIN, { u: email, p: 'sai' }));
                    expect(wrong.json.data.login.errorCode).toBe('INVALID_CREDENTIALS_ERROR');
                }
                const right = await post('admin-api', gqlBody(LOGIN, { u: email, p: DEMO_PASSWORD }));
                expect(right.json.data.login.__typename).toBe('CurrentUser');
            }
        });

        it('limits checkout calls per session, or per address without one (429)', async () => {
            const TRANSITION = `mutation{ transitionOrderToState(state:"ArrangingPayment"){ __typename } }`;
            const PAY = `mutation{ addPaymentToOrder(input:{method:"cash-on-delivery", metadata:{}}){ __typename } }`;
            const statuses: number[] = [];
            for (let i = 0; i < 7; i++)
                statuses.push((await post('shop-api', gqlBody(i % 2 ? PAY : TRANSITION))).status);
            expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
            const res = await post('shop-api', gqlBody(TRANSITION));
            expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
            expect(firstError(res.json)).toMatch(/^OCOP_CHECKOUT_RATE_LIMITED: /);
        });
    });

    describe('staff sessions', () => {
        const ME = '{ me { identifier } }';
        const LOGIN_OFFICE = `mutation{ login(username:"${OFFICE_EMAIL}", password:"${DEMO_PASSWORD}"){ __typename } }`;

        /**
         * Moves a session's sign-in back by `hours`, as if it had been in use all along:
         * Vendure's sliding expiry would then have kept `expires` a month ahead.
         */
        async function signedInAgo(token: string, hours: number): Promise<number> {
            const [row] = await sql(
                `UPDATE session SET "createdAt" = now() - make_interval(secs => $2),
                        expires = now() + interval '29 days'
                  WHERE token = $1 RETURNING id`,
                [token, hours * 3600],
            );
            if (!row) throw new Error('no such session');
            return row.id;
        }
        const sessionExists = async (id: number) =>
            (await sql(`SELECT 1 FROM session WHERE id = $1`, [id])).length === 1;
        const cookieOf = (res: { headers: Headers }) =>
            res.headers
                .getSetCookie()
                .map(c => c.split(';')[0])
                .join('; ');
        /** The session token inside the dashboard's signed cookie (cookie-session: base64 JSON). */
        const tokenInCookie = (cookie: string) =>
            JSON.parse(Buffer.from(/ocop-admin-session=([^;]+)/.exec(cookie)![1], 'base64').toString())
                .token as string;

        it('ends a dashboard sign-in 12 hours after it began, however busy it was', async () => {
            const login = await post('admin-api', gqlBody(LOGIN_OFFICE));
            const cookie = cookieOf(login);
            const id = await signedInAgo(tokenInCookie(cookie), 11.9);
            const busy = await post('admin-api', gqlBody(ME), { cookie });
            expect(busy.json.data.me.identifier).toBe(OFFICE_EMAIL);

            await signedInAgo(tokenInCookie(cookie), 12.05);
            const ended = await post('admin-api', gqlBody(ME), { cookie });
            expect(ended.json.data?.me ?? null).toBeNull();
            expect(ended.json.errors[0].extensions.code).toBe('FORBIDDEN');
            expect(await sessionExists(id)).toBe(false);
            // The browser is told to forget the token; sent anyway, it stays signed out.
            expect(tokenInCookie(cookieOf(ended))).toBe('');
            const again = await post('admin-api', gqlBody(ME), { cookie });
            expect(again.json.errors[0].extensions.code).toBe('FORBIDDEN');
            // Signing in again gives a fresh 12 hours.
            const fresh = cookieOf(await post('admin-api', gqlBody(LOGIN_OFFICE)));
            expect((await post('admin-api', gqlBody(ME), { cookie: fresh })).json.data.me.identifier).toBe(
                OFFICE_EMAIL,
            );
        });

        it("ends a bearer token the same way, and only that sign-in: others' sessions go on", async () => {
            const producer = await adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token);
            const id = await signedInAgo((producer as any).authToken, 13);
            const refused = await producer.query(gql(ME)).catch((e: Error) => e);
            expect(String((refused as Error).message)).toMatch(/not currently authorized/);
            expect(await sessionExists(id)).toBe(false);
            // The office's own sign-in of a few minutes ago still works.
            expect((await office.query(gql(ME))).me.identifier).toBe(OFFICE_EMAIL);
        });

        it('never ends a POS tablet or a shopper on age: a tablet is revoked, a shopper signs out', async () => {
            const tablet = await enrolTablet(
                server,
                'quanly.tpht@ocop.hatinh.vn',
                DEMO_PASSWORD,
                'Quầy phiên dài',
            );
            await signedInAgo(tablet.token, 24 * 20);
            const { posBootstrap } = await tablet.client.query(gql`
                {
                    posBootstrap {
                        tablet {
                            name
                        }
                    }
                }
            `);
            expect(posBootstrap.tablet.name).toBe('Quầy phiên dài');

            const shopper = await registeredCustomer(server, sql, 'phien.dai@example.com');
            await signedInAgo((shopper as any).authToken, 24 * 20);
            const { activeCustomer } = await shopper.query(gql`
                {
                    activeCustomer {
                        emailAddress
                    }
                }
            `);
            expect(activeCustomer.emailAddress).toBe('phien.dai@example.com');
        });
    });

    describe('link previews of chat apps', () => {
        it('never count as clients of a sold stamp; people still do', async () => {
            const [{ id, code }] = await sql(
                `SELECT id, trim(code) AS code FROM stamp WHERE status = 'ISSUED' ORDER BY id LIMIT 1`,
            );
            await sql(
                `UPDATE stamp SET status = 'SOLD', "soldAt" = now(), "soldWhere" = 'Thử', "soldChannel" = 'ONLINE' WHERE id = $1`,
                [id],
            );
            const check = async (userAgent: string) => {
                const res = await post(
                    'shop-api',
                    gqlBody('query($c:String!){ verifyStamp(code:$c){ result } }', { c: code }),
                    { 'user-agent': userAgent },
                );
                if (!res.json?.data) throw new Error(`${userAgent}: ${res.status} ${res.text}`);
                return res.json.data.verifyStamp.result as string;
            };
            const robots = [
                'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
                'TelegramBot (like TwitterBot)',
                'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
                'Twitterbot/1.0',
                'WhatsApp/2.23.20.0 A',
                'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5',
                'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
                'ZaloBot/1.0',
            ];
            for (const robot of robots) expect(await check(robot)).toBe('GENUINE');
            const people = Array.from(
                { length: 6 },
                (_, i) => `Mozilla/5.0 (Linux; Android 1${i}) Mobile Safari/537.36`,
            );
            const results: string[] = [];
            for (const person of people) results.push(await check(person));
            // STAMP_SUSPICIOUS_CLIENTS = 5: the sixth person makes it SUSPICIOUS, robots never did.
            expect(results).toEqual(['GENUINE', 'GENUINE', 'GENUINE', 'GENUINE', 'GENUINE', 'SUSPICIOUS']);
        });
    });

    describe('headers and cookies', () => {
        it('sends security headers and no X-Powered-By', async () => {
            const res = await fetch(`${base}/shop-api?query=%7B__typename%7D`);
            expect(res.headers.get('x-powered-by')).toBeNull();
            expect(res.headers.get('x-content-type-options')).toBe('nosniff');
            expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
            const page = await fetch(`${base}/v/ABCD`);
            expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
            expect(page.headers.get('x-powered-by')).toBeNull();
        });

        // The page is answered ahead of Express (ADR 0029): helmet never sees it, so it carries its own.
        it('answers the stamp page with its own strict headers and no cookie, and leaves other paths to Express', async () => {
            for (const url of [`${base}/v/ABCD`, `${base}/V/ABCD`, `${base}/v`, `${base}/v?lang=en`]) {
                const page = await fetch(url, { redirect: 'manual' });
                expect(page.status).toBe(200);
                expect(page.headers.get('x-frame-options')).toBe('DENY');
                expect(page.headers.get('x-content-type-options')).toBe('nosniff');
                expect(page.headers.get('referrer-policy')).toBe('no-referrer');
                expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
                expect(page.headers.get('cache-control')).toBe('no-store');
                expect(page.headers.get('set-cookie')).toBeNull();
                // HSTS only in production (api-guard-production.e2e-spec.ts).
                expect(page.headers.get('strict-transport-security')).toBeNull();
            }
            const head = await fetch(`${base}/v/ABCD`, { method: 'HEAD' });
            expect(head.status).toBe(200);
            expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
            expect(await head.text()).toBe('');
            const post = await fetch(`${base}/v/ABCD`, { method: 'POST', body: 'x' });
            expect(post.status).toBe(405);
            expect(post.headers.get('allow')).toBe('GET, HEAD');
            // A path that only starts with /v is Express's, with helmet's headers.
            const other = await fetch(`${base}/verify-nothing`);
            expect(other.status).toBe(404);
            expect(other.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        });

        it('keeps shop and admin sessions in separate httpOnly, sameSite cookies of 30 days', async () => {
            const login = await post(
                'admin-api',
                gqlBody(
                    'mutation{ login(username:"vanphong@ocop.hatinh.vn", password:"ocop-demo"){ __typename } }',
                ),
            );
            const cookie = login.headers.get('set-cookie') ?? '';
            expect(cookie).toMatch(/ocop-admin-session=/);
            expect(cookie).toMatch(/httponly/i);
            expect(cookie).toMatch(/samesite=lax/i);
            expect(cookie).not.toMatch(/ocop-shop-session=/);
            const [{ days }] = await sql(
                `SELECT round(extract(epoch FROM max(expires) - now()) / 86400)::int AS days FROM session`,
            );
            expect(days).toBe(30);
        });
    });
});

import '../src/runtime';
import gql from 'graphql-tag';
import { TransactionalConnection } from '@vendure/core';
import { StampVerificationService } from '../src/plugins/stamp-verification/services/stamp-verification.service';
import {
    createVerifiableProduct,
    requestFrom,
    VerifiableProduct,
    verifyStampFrom,
} from './utils/stamp-verification-fixtures';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * Public stamp verification as a consumer, the office and a forger see it:
 * each verdict, what the page shows, what is logged, the alert for a copied
 * stamp, and the rate limit.
 */
describe('stamp verification', () => {
    let server: TestServer;
    let honey: VerifiableProduct;
    let db: { query: (sql: string, params?: unknown[]) => Promise<any[]> };
    // Each test checks from its own loopback address: its own client for rate limit and hashing.
    let nextAddress = 10;
    const newClient = () => `127.0.0.${nextAddress++}`;

    const [UNSOLD, SOLD, VOIDED, SOLD_COPIED, REUSED, PAGE_STAMP, COUNTED] = [0, 1, 2, 3, 4, 5, 6];

    beforeAll(async () => {
        server = await startTestServer('stamp_verification', { demoData: false });
        honey = await createVerifiableProduct(server, { key: 'vq', stampCount: 10, firstSerial: 1234 });
        db = server.app.get(TransactionalConnection).rawConnection;
        const sell = (i: number, where: string | null, channel: string) =>
            db.query(
                `UPDATE stamp SET status = 'SOLD', "soldAt" = $2, "soldWhere" = $3, "soldChannel" = $4 WHERE code = $1`,
                [honey.codes[i], new Date('2026-02-10T03:30:00Z'), where, channel],
            );
        await sell(SOLD, 'Điểm giới thiệu sản phẩm OCOP Hương Sơn', 'SALES_POINT');
        await sell(SOLD_COPIED, 'Trực tuyến', 'ONLINE');
        await sell(REUSED, 'Trực tuyến', 'ONLINE');
        await sell(PAGE_STAMP, 'Gian hàng 12, Hội chợ OCOP Hà Tĩnh', 'SALES_POINT');
        await db.query(
            `UPDATE stamp SET status = 'VOID', "voidReason" = 'in lỗi', "voidedAt" = now() WHERE code = $1`,
            [honey.codes[VOIDED]],
        );
    }, 120_000);
    afterAll(() => server?.close());

    const flush = () => server.app.get(StampVerificationService).flushLog();

    it('says GENUINE for an issued, unsold stamp, with the product, producer, certificate and lot', async () => {
        const { status, body } = await verifyStampFrom(server, newClient(), honey.codes[UNSOLD]);
        expect(status).toBe(200);
        expect(body.data.verifyStamp).toEqual({
            result: 'GENUINE',
            productName: honey.nameVi,
            variantName: `${honey.nameVi} chai 500 ml`,
            productImageUrl: expect.stringMatching(/^http:\/\/localhost:\d+\/assets\/.+/),
            producerName: honey.producerName,
            producerAddress: 'Thôn 3, xã Vũ Quang, tỉnh Hà Tĩnh',
            stars: 4,
            certificateNumber: 'OCOP-vq-2025',
            certificateValidUntil: '2028-03-01',
            certificateStatus: 'ACTIVE',
            lotCode: 'LO-vq',
            productionDate: '2026-01-05',
            expiryDate: '2027-01-05',
            soldAt: null,
            soldWhere: null,
            soldChannel: null,
            checkCount: 1,
            serial: 'HT-2026-0001234',
        });
    });

    it('accepts the code as a person types it, and answers in English on request', async () => {
        const code = honey.codes[UNSOLD];
        const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
        const { body } = await verifyStampFrom(server, newClient(), typed, { languageCode: 'en' });
        expect(body.data.verifyStamp).toMatchObject({
            result: 'GENUINE',
            productName: honey.nameEn,
            variantName: `${honey.nameEn} 500 ml bottle`,
            checkCount: 2,
        });
    });

    it('says GENUINE for a sold stamp and where and when it was sold', async () => {
        const { body } = await verifyStampFrom(server, newClient(), honey.codes[SOLD]);
        expect(body.data.verifyStamp).toMatchObject({
            result: 'GENUINE',
            soldAt: '2026-02-10T03:30:00.000Z',
            soldWhere: 'Điểm giới thiệu sản phẩm OCOP Hương Sơn',
            soldChannel: 'SALES_POINT',
            serial: 'HT-2026-0001235',
        });
    });

    it('says VOID for a voided stamp', async () => {
        const { body } = await verifyStampFrom(server, newClient(), honey.codes[VOIDED]);
        expect(body.data.verifyStamp.result).toBe('VOID');
    });

    it('says UNKNOWN, identically, for an unknown code, a wrong length and a bad check character', async () => {
        const client = newClient();
        const genuine = (await verifyStampFrom(server, client, honey.codes[UNSOLD])).body.data.verifyStamp;
        const code = honey.codes[UNSOLD];
        // A typo in one character: the check character catches it. A near code of a real stamp.
        const typo = code.slice(0, 3) + (code[3] === '7' ? '8' : '7') + code.slice(4);
        const unknownWellFormed = '0000000000000000' + '0';
        const answers = await Promise.all(
            [typo, code.slice(0, 16), code + 'A', unknownWellFormed, '<script>alert(1)</script>', ''].map(c =>
                verifyStampFrom(server, client, c),
            ),
        );
        const expected = {
            result: 'UNKNOWN',
            productName: null,
            variantName: null,
            productImageUrl: null,
            producerName: null,
            producerAddress: null,
            stars: null,
            certificateNumber: null,
            certificateValidUntil: null,
            certificateStatus: null,
            lotCode: null,
            productionDate: null,
            expiryDate: null,
            soldAt: null,
            soldWhere: null,
            soldChannel: null,
            checkCount: 0,
            serial: null,
        };
        for (const a of answers) {
            expect(a.status).toBe(200);
            expect(a.body).toEqual({ data: { verifyStamp: expected } });
        }
        expect(Object.keys(genuine).sort()).toEqual(Object.keys(expected).sort());
    });

    it('turns a sold stamp SUSPICIOUS when a 6th distinct client checks it, and raises one alert', async () => {
        const code = honey.codes[SOLD_COPIED];
        const results: string[] = [];
        for (let i = 0; i < 6; i++) {
            results.push((await verifyStampFrom(server, newClient(), code)).body.data.verifyStamp.result);
        }
        expect(results).toEqual(['GENUINE', 'GENUINE', 'GENUINE', 'GENUINE', 'GENUINE', 'SUSPICIOUS']);
        // The same five clients again do not add up; any further check stays suspicious.
        expect((await verifyStampFrom(server, newClient(), code)).body.data.verifyStamp.result).toBe(
            'SUSPICIOUS',
        );
        const alerts = await db.query(
            `SELECT a.kind, a.resolved FROM stamp_alert a JOIN stamp s ON s.id = a."stampId" WHERE s.code = $1`,
            [code],
        );
        expect(alerts).toEqual([{ kind: 'MANY_CLIENTS', resolved: false }]);
    });

    it('does not count one client checking many times as many clients', async () => {
        const client = newClient();
        for (let i = 0; i < 8; i++) {
            expect(
                (await verifyStampFrom(server, client, honey.codes[SOLD])).body.data.verifyStamp.result,
            ).toBe('GENUINE');
        }
    });

    it('says SUSPICIOUS while a stamp has an open reuse alert from a sale', async () => {
        const [{ id }] = await db.query(`SELECT id FROM stamp WHERE code = $1`, [honey.codes[REUSED]]);
        await db.query(
            `INSERT INTO stamp_alert ("stampId", kind, detail) VALUES ($1, 'REUSE_ATTEMPT', 'Đơn HT-1 dùng lại tem đã bán')`,
            [id],
        );
        expect(
            (await verifyStampFrom(server, newClient(), honey.codes[REUSED])).body.data.verifyStamp.result,
        ).toBe('SUSPICIOUS');
    });

    describe('stampAlerts for the office', () => {
        const ALERTS = gql`
            query ($options: StampAlertListOptions) {
                stampAlerts(options: $options) {
                    totalItems
                    items {
                        id
                        kind
                        code
                        serial
                        detail
                        resolved
                        productName
                        createdAt
                    }
                }
            }
        `;
        const RESOLVE = gql`
            mutation ($id: ID!) {
                resolveStampAlert(id: $id) {
                    id
                    resolved
                }
            }
        `;

        let defaultChannelToken: string;

        beforeAll(async () => {
            await server.adminClient.asSuperAdmin();
            defaultChannelToken = (
                await server.adminClient.query(gql`
                    query {
                        activeChannel {
                            token
                        }
                    }
                `)
            ).activeChannel.token;
            const { createRole } = await server.adminClient.query(
                gql`
                    mutation ($input: CreateRoleInput!) {
                        createRole(input: $input) {
                            id
                        }
                    }
                `,
                { input: { code: 'test-office', description: 'office', permissions: ['ReadStampAlerts'] } },
            );
            const { createRole: producerRole } = await server.adminClient.query(
                gql`
                    mutation ($input: CreateRoleInput!) {
                        createRole(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        code: 'test-producer-vq',
                        description: 'producer',
                        permissions: ['ReadCatalog', 'UpdateCatalog', 'ReadOrder'],
                        channelIds: [honey.producerChannelId],
                    },
                },
            );
            for (const [id, roleId] of [
                ['office', createRole.id],
                ['producer', producerRole.id],
            ]) {
                await server.adminClient.query(
                    gql`
                        mutation ($input: CreateAdministratorInput!) {
                            createAdministrator(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            firstName: id,
                            lastName: 'test',
                            emailAddress: `${id}@test.vn`,
                            password: 'secret-123',
                            roleIds: [roleId],
                        },
                    },
                );
            }
        });
        afterEach(async () => {
            server.adminClient.setChannelToken(defaultChannelToken);
            await server.adminClient.asSuperAdmin();
        });

        it('lists the copied stamp and the reuse attempt, newest first, with stamp and product', async () => {
            await server.adminClient.asUserWithCredentials('office@test.vn', 'secret-123');
            const { stampAlerts } = await server.adminClient.query(ALERTS, { options: { resolved: false } });
            expect(stampAlerts.totalItems).toBe(2);
            expect(stampAlerts.items.map((a: any) => [a.kind, a.code])).toEqual([
                ['REUSE_ATTEMPT', honey.codes[REUSED]],
                ['MANY_CLIENTS', honey.codes[SOLD_COPIED]],
            ]);
            expect(stampAlerts.items[1]).toMatchObject({
                serial: 'HT-2026-0001237',
                productName: honey.nameVi,
                resolved: false,
                detail: expect.stringContaining('6 thiết bị'),
            });
        });

        it('lets the office resolve an alert, which then leaves the open list', async () => {
            await server.adminClient.asUserWithCredentials('office@test.vn', 'secret-123');
            const { stampAlerts } = await server.adminClient.query(ALERTS, { options: { resolved: false } });
            const reuse = stampAlerts.items.find((a: any) => a.kind === 'REUSE_ATTEMPT');
            const { resolveStampAlert } = await server.adminClient.query(RESOLVE, { id: reuse.id });
            expect(resolveStampAlert).toEqual({ id: reuse.id, resolved: true });
            const open = await server.adminClient.query(ALERTS, { options: { resolved: false } });
            expect(open.stampAlerts.items.map((a: any) => a.kind)).toEqual(['MANY_CLIENTS']);
            const closed = await server.adminClient.query(ALERTS, { options: { resolved: true } });
            expect(closed.stampAlerts.items.map((a: any) => a.id)).toEqual([reuse.id]);
            // With no open alert left, the reused (sold, rarely checked) stamp reads GENUINE again.
            expect(
                (await verifyStampFrom(server, newClient(), honey.codes[REUSED])).body.data.verifyStamp
                    .result,
            ).toBe('GENUINE');
        });

        it('refuses an unknown alert id clearly', async () => {
            await expect(server.adminClient.query(RESOLVE, { id: '999999' })).rejects.toThrow(
                /StampAlert|not found|không/i,
            );
        });

        it('is FORBIDDEN for anonymous users and for a producer', async () => {
            await server.adminClient.asAnonymousUser();
            await expect(server.adminClient.query(ALERTS)).rejects.toThrow(
                /not currently authorized|FORBIDDEN/i,
            );
            await server.adminClient.asUserWithCredentials('producer@test.vn', 'secret-123');
            server.adminClient.setChannelToken(honey.producerChannelToken);
            await expect(server.adminClient.query(ALERTS)).rejects.toThrow(
                /not currently authorized|FORBIDDEN/i,
            );
            await expect(server.adminClient.query(RESOLVE, { id: '1' })).rejects.toThrow(
                /not currently authorized|FORBIDDEN/i,
            );
            const open = await db.query(`SELECT count(*)::int AS n FROM stamp_alert WHERE resolved = false`);
            expect(open[0].n).toBe(1);
        });

        it('is not reachable through the Shop API', async () => {
            const res = await requestFrom(newClient(), `http://127.0.0.1:${server.port}/shop-api`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ query: '{ stampAlerts { totalItems } }' }),
            });
            expect(res.text).toMatch(/Cannot query field/);
        });
    });

    describe('the page /v/<code>', () => {
        it('shows a genuine sold unit in Vietnamese: readable, small, escaped, without script', async () => {
            const res = await requestFrom(
                newClient(),
                `http://127.0.0.1:${server.port}/v/${honey.codes[PAGE_STAMP]}`,
            );
            expect(res.status).toBe(200);
            expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
            expect(res.headers['cache-control']).toBe('no-store');
            const html = res.text;
            expect(html).toMatch(/^<!doctype html><html lang="vi">/);
            expect(html).toContain('Tem chính hãng');
            expect(html).toContain(honey.nameVi);
            expect(html).toContain('HTX Mật ong &lt;Vũ Quang&gt; &amp; Co vq');
            expect(html).not.toContain('<Vũ Quang>');
            expect(html).toContain('★★★★☆');
            expect(html).toContain('OCOP-vq-2025');
            expect(html).toContain('01/03/2028');
            expect(html).toContain('05/01/2026');
            expect(html).toContain('05/01/2027');
            expect(html).toContain('Đã bán ngày 10/02/2026 10:30 tại Gian hàng 12, Hội chợ OCOP Hà Tĩnh');
            expect(html).toMatch(
                /<img src="http:\/\/localhost:\d+\/assets\/[^"]+\?preset=small" alt="Ảnh sản phẩm [^"]+"/,
            );
            expect(html).toMatch(/<main>/);
            expect(html).toMatch(/<h1 id="r">/);
            expect(html).toContain('href="?lang=en"');
            expect(html.toLowerCase()).not.toContain('<script');
            expect(Buffer.byteLength(html)).toBeLessThan(15 * 1024);
        });

        it('shows the same in English with ?lang=en', async () => {
            const res = await requestFrom(
                newClient(),
                `http://127.0.0.1:${server.port}/v/${honey.codes[PAGE_STAMP]}?lang=en`,
            );
            expect(res.status).toBe(200);
            expect(res.text).toMatch(/<html lang="en">/);
            expect(res.text).toContain('Genuine stamp');
            expect(res.text).toContain(honey.nameEn);
            expect(res.text).toContain('Sold on 10/02/2026 10:30 at Gian hàng 12');
            expect(res.text).toContain('href="?lang=vi"');
            expect(res.text.toLowerCase()).not.toContain('<script');
        });

        it('shows VOID and UNKNOWN verdicts, escaping what the client typed', async () => {
            const client = newClient();
            const voided = await requestFrom(
                client,
                `http://127.0.0.1:${server.port}/v/${honey.codes[VOIDED]}`,
            );
            expect(voided.text).toContain('Tem đã bị hủy');
            const unknown = await requestFrom(
                client,
                `http://127.0.0.1:${server.port}/v/${encodeURIComponent('<b>x"')}`,
            );
            expect(unknown.status).toBe(200);
            expect(unknown.text).toContain('Không tìm thấy mã tem');
            expect(unknown.text).toContain('&lt;b&gt;x&quot;');
            expect(unknown.text).not.toContain('<b>x');
        });

        it('sends a typed code from the form to its page', async () => {
            const res = await requestFrom(
                newClient(),
                `http://127.0.0.1:${server.port}/v?code=abcd-efgh&lang=en`,
            );
            expect(res.status).toBe(303);
            expect(res.headers.location).toBe('/v/abcd-efgh?lang=en');
        });
    });

    it('logs every check with a salted client hash and never a raw IP, and counts it on the stamp', async () => {
        const client = '127.0.0.200';
        const [{ checkCount: before }] = await db.query(`SELECT "checkCount" FROM stamp WHERE code = $1`, [
            honey.codes[COUNTED],
        ]);
        await verifyStampFrom(server, client, honey.codes[COUNTED]);
        await requestFrom(client, `http://127.0.0.1:${server.port}/v/${honey.codes[COUNTED]}`);
        await verifyStampFrom(server, client, 'TOTALLY-WRONG');
        await flush();
        const rows = await db.query(
            `SELECT c.via, c.result, c.code, c."clientHash", c."stampId" FROM stamp_check c
             WHERE c.code = $1 OR c.code = 'T0TA11YWR0NG' ORDER BY c.id`,
            [honey.codes[COUNTED]],
        );
        expect(rows.map(r => [r.via, r.result, r.stampId === null])).toEqual([
            ['API', 'GENUINE', false],
            ['PAGE', 'GENUINE', false],
            ['API', 'UNKNOWN', true],
        ]);
        const hashes = new Set(rows.map(r => r.clientHash));
        expect(hashes.size).toBe(2); // same IP; the page request had no user agent
        for (const r of rows) expect(r.clientHash).toMatch(/^[0-9a-f]{32}$/);
        const [{ checkCount: after }] = await db.query(`SELECT "checkCount" FROM stamp WHERE code = $1`, [
            honey.codes[COUNTED],
        ]);
        expect(after - before).toBe(2);

        const all = await db.query(`SELECT count(*)::int AS n FROM stamp_check`);
        expect(all[0].n).toBeGreaterThan(30);
        const leaked = await db.query(
            `SELECT count(*)::int AS n FROM stamp_check c WHERE row_to_json(c)::text ~ '127\\.0\\.0|::1|::ffff'`,
        );
        expect(leaked[0].n).toBe(0);
        const [{ checks, counted }] = await db.query(
            `SELECT (SELECT count(*)::int FROM stamp_check WHERE "stampId" IS NOT NULL) AS checks,
                    (SELECT sum("checkCount")::int FROM stamp) AS counted`,
        );
        expect(counted).toBe(checks);
    });

    describe('rate limit (30 checks a minute per client)', () => {
        it('answers the page with 429, Retry-After and a Vietnamese message after 30 checks', async () => {
            const client = newClient();
            const statuses: number[] = [];
            for (let i = 0; i < 31; i++) {
                statuses.push(
                    (await requestFrom(client, `http://127.0.0.1:${server.port}/v/${honey.codes[UNSOLD]}`))
                        .status,
                );
            }
            expect(statuses.slice(0, 30).every(s => s === 200)).toBe(true);
            const limited = await requestFrom(
                client,
                `http://127.0.0.1:${server.port}/v/${honey.codes[UNSOLD]}`,
            );
            expect(statuses[30]).toBe(429);
            expect(limited.status).toBe(429);
            expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
            expect(limited.text).toContain('Quá nhiều lượt kiểm tra');
            expect(limited.text).toMatch(/<html lang="vi">/);
            // Another client is not affected.
            expect(
                (await requestFrom(newClient(), `http://127.0.0.1:${server.port}/v/${honey.codes[UNSOLD]}`))
                    .status,
            ).toBe(200);
        });

        it('answers verifyStamp with HTTP 429 and TOO_MANY_REQUESTS after 30 checks, whatever the user agent', async () => {
            const client = newClient();
            for (let i = 0; i < 30; i++) {
                const ok = await verifyStampFrom(server, client, honey.codes[UNSOLD], {
                    userAgent: `agent-${i}`,
                });
                expect(ok.status).toBe(200);
            }
            const limited = await verifyStampFrom(server, client, honey.codes[UNSOLD], {
                userAgent: 'yet-another',
            });
            expect(limited.status).toBe(429);
            expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
            expect(limited.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
            expect(limited.body.errors[0].message).toMatch(/quá nhiều lần/);
            expect(limited.body.data).toBeNull();
        });

        it('shares one allowance between page and API', async () => {
            const client = newClient();
            for (let i = 0; i < 30; i++)
                await requestFrom(client, `http://127.0.0.1:${server.port}/v/${honey.codes[UNSOLD]}`);
            expect((await verifyStampFrom(server, client, honey.codes[UNSOLD])).status).toBe(429);
        });
    });

    it('verifies through the service directly with distinct client IPs (no HTTP)', async () => {
        const service = server.app.get(StampVerificationService);
        const a = await service.verify(honey.codes[SOLD], { ip: '203.0.113.1', userAgent: 'x' }, 'API');
        expect(a.result).toBe('GENUINE');
        expect(service.clientHash({ ip: '203.0.113.1', userAgent: 'x' })).not.toBe(
            service.clientHash({ ip: '203.0.113.2', userAgent: 'x' }),
        );
        expect(service.clientHash({ ip: '203.0.113.1', userAgent: 'x' })).toHaveLength(32);
    });

    it('gives each of many checks made at the same moment its own verdict and count (one lookup for them all)', async () => {
        const service = server.app.get(StampVerificationService);
        const client = { ip: '203.0.113.9', userAgent: 'same-turn' };
        // All started in one turn of the event loop, so they share one batched lookup.
        const codes = [
            honey.codes[UNSOLD],
            honey.codes[VOIDED],
            '0000000000000000' + '0',
            honey.codes[UNSOLD],
            honey.codes[SOLD],
        ];
        const [first, voided, unknown, second, sold] = await Promise.all(
            codes.map(code => service.verify(code, client, 'API')),
        );
        expect([first.result, voided.result, unknown.result, second.result, sold.result]).toEqual([
            'GENUINE',
            'VOID',
            'UNKNOWN',
            'GENUINE',
            'GENUINE',
        ]);
        expect(second.checkCount).toBe(first.checkCount + 1);
        expect(first.serial).toBe('HT-2026-0001234');
        expect(sold).toMatchObject({ serial: 'HT-2026-0001235', soldChannel: 'SALES_POINT' });
        await flush();
        const [{ count }] = await db.query(`SELECT "checkCount" AS count FROM stamp WHERE code = $1`, [
            honey.codes[UNSOLD],
        ]);
        expect(Number(count)).toBe(second.checkCount);
    });
});

import { startTestServer, TestServer } from './utils/test-server';

/**
 * With NODE_ENV=production (ADR 0023): development-only routes are gone, cookies are
 * secure, HSTS is sent and errors carry no stack trace.
 */
describe('API guard in production', () => {
    let server: TestServer;
    let base: string;

    beforeAll(async () => {
        server = await startTestServer('api_guard_prod', {
            env: {
                NODE_ENV: 'production',
                COOKIE_SECRET: 'a-production-cookie-secret-of-40-characters',
                SUPERADMIN_PASSWORD: 'a-long-production-password',
                PUBLIC_URL: 'https://ocop.example.vn',
                TRUST_PROXY: '1',
            },
        });
        base = `http://127.0.0.1:${server.port}`;
    }, 600_000);

    afterAll(() => server?.close());

    it('serves no dev mailbox and no playground', async () => {
        expect((await fetch(`${base}/mailbox`)).status).toBe(404);
        const playground = await fetch(`${base}/shop-api`, { headers: { accept: 'text/html' } });
        expect(await playground.text()).not.toMatch(/playground|sandbox/i);
    });

    it('sends secure, httpOnly, sameSite cookies and HSTS, and no X-Powered-By', async () => {
        const res = await fetch(`${base}/admin-api`, {
            method: 'POST',
            // As nginx forwards it: TLS ends at the proxy.
            headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
            body: JSON.stringify({
                query: 'mutation($p:String!){ login(username:"superadmin", password:$p){ __typename } }',
                variables: { p: 'a-long-production-password' },
            }),
        });
        const cookie = res.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/ocop-admin-session=/);
        expect(cookie).toMatch(/;\s*secure/i);
        expect(cookie).toMatch(/httponly/i);
        expect(cookie).toMatch(/samesite=lax/i);
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(res.headers.get('x-powered-by')).toBeNull();
    });

    it('sends HSTS and the strict headers on the stamp page too, which Express never answers', async () => {
        const page = await fetch(`${base}/v/ABCD`);
        expect(page.status).toBe(200);
        expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(page.headers.get('x-frame-options')).toBe('DENY');
        expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
        expect(page.headers.get('x-powered-by')).toBeNull();
        expect(page.headers.get('set-cookie')).toBeNull();
    });

    it('answers errors without stack traces', async () => {
        const res = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ nope }' }),
        });
        expect(res.status).toBe(400);
        const text = await res.text();
        expect(text).not.toMatch(/stacktrace|at [A-Za-z]+ \(/i);
        expect(text).not.toMatch(/Did you mean/);
        const malformed = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":',
        });
        expect(malformed.status).toBe(400);
        expect(await malformed.text()).not.toMatch(/stack|SyntaxError/);
    });
});

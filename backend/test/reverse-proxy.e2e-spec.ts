import { ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../src/database/embedded-postgres';
import { eventually } from './utils/eventually';
import { BackendProcess, demoDatabaseForProcesses, sqlClient, startBackendProcess } from './utils/processes';
import { requestFrom } from './utils/stamp-verification-fixtures';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const COOKIE_SECRET = 'reverse-proxy-test-secret-0123456789';
const LIMIT = 5;

/** The stamp-check client hash as the server computes it (HMAC under the cookie secret). */
function clientHash(ip: string, userAgent: string): string {
    const key = createHmac('sha256', COOKIE_SECRET).update('ocop/stamp-check/client').digest();
    return createHmac('sha256', key).update(`${ip}\n${userAgent}`).digest('hex').slice(0, 32);
}
/** Express reports an IPv4 peer of a dual-stack socket as ::ffff:a.b.c.d. */
const hashesOf = (ip: string, userAgent: string) => [
    clientHash(ip, userAgent),
    clientHash(`::ffff:${ip}`, userAgent),
];

/**
 * docker/proxy.nginx.conf in a real nginx in front of a server with TRUST_PROXY=1: the
 * rate limit and the stamp-check client hash see the visitor, not the proxy. A server
 * without TRUST_PROXY ignores X-Forwarded-For from whoever sends it.
 */
describe('behind a real nginx (docker/proxy.nginx.conf)', () => {
    let db: Awaited<ReturnType<typeof demoDatabaseForProcesses>>;
    let proxied: BackendProcess;
    let direct: BackendProcess;
    let nginx: ChildProcess;
    let nginxLog = '';
    let proxyUrl: string;
    let prefixDir: string;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let endSql: () => Promise<void>;
    let code: string;

    beforeAll(async () => {
        db = await demoDatabaseForProcesses('reverse_proxy');
        const env = {
            NODE_ENV: 'test',
            DATABASE_URL: db.databaseUrl,
            DATA_DIR: db.dataDir,
            COOKIE_SECRET,
            STAMP_CHECK_RATE_LIMIT: String(LIMIT),
        };
        [proxied, direct] = await Promise.all([
            startBackendProcess('index.js', { ...env, TRUST_PROXY: '1' }),
            startBackendProcess('index.js', env),
        ]);
        ({ sql, end: endSql } = await sqlClient(db.databaseUrl));
        [{ code }] = await sql(`SELECT code FROM stamp WHERE status = 'ISSUED' ORDER BY id LIMIT 1`);

        // The shipped site config, pointed at this test's server and port; nginx runs as us, in the foreground.
        const port = await findFreePort();
        prefixDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-nginx-'));
        const site = fs
            .readFileSync(path.join(__dirname, '../../docker/proxy.nginx.conf'), 'utf8')
            .replace(
                /upstream ocop_api \{[^}]*\}/,
                `upstream ocop_api { server 127.0.0.1:${proxied.port}; keepalive 8; }`,
            )
            .replace(/listen 8080;/, `listen 127.0.0.1:${port};`);
        expect(site).toContain(`server 127.0.0.1:${proxied.port}`);
        fs.writeFileSync(path.join(prefixDir, 'site.conf'), site);
        fs.writeFileSync(
            path.join(prefixDir, 'nginx.conf'),
            `daemon off;
worker_processes 1;
pid ${prefixDir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${prefixDir}/body;
    proxy_temp_path ${prefixDir}/proxy;
    fastcgi_temp_path ${prefixDir}/fastcgi;
    uwsgi_temp_path ${prefixDir}/uwsgi;
    scgi_temp_path ${prefixDir}/scgi;
    include ${prefixDir}/site.conf;
}
`,
        );
        nginx = spawn(NGINX, ['-p', prefixDir, '-c', path.join(prefixDir, 'nginx.conf')], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        nginx.stderr!.on('data', (c: Buffer) => (nginxLog += c.toString()));
        proxyUrl = `http://127.0.0.1:${port}`;
        await eventually(
            async () => {
                if (nginx.exitCode !== null) throw new Error(`nginx exited: ${nginxLog}`);
                return (await fetch(`${proxyUrl}/health`).catch(() => undefined))?.ok ?? false;
            },
            'nginx answers /health through the server',
            15_000,
        );
    }, 400_000);

    afterAll(async () => {
        if (nginx && nginx.exitCode === null) {
            const exited = new Promise(r => nginx.once('exit', r));
            nginx.kill('SIGQUIT');
            await exited;
        }
        await Promise.all([proxied, direct].map(p => p?.stop()));
        await endSql?.();
        await db?.drop();
        if (prefixDir) fs.rmSync(prefixDir, { recursive: true, force: true });
    });

    const lastCheckId = async () =>
        Number((await sql(`SELECT COALESCE(max(id), 0) AS id FROM stamp_check`))[0].id);
    /**
     * Client hashes of the checks logged after `since` once `n` of them carry this user agent's
     * candidate hashes (checks are written in the background, a previous test's may trail in).
     */
    const hashesLogged = async (since: number, n: number, candidates: string[]) => {
        let rows: Array<{ clientHash: string }> = [];
        await eventually(
            async () => {
                rows = await sql(`SELECT "clientHash" FROM stamp_check WHERE id > $1`, [since]);
                return rows.filter(r => candidates.includes(r.clientHash)).length >= n;
            },
            `${n} checks are logged`,
            5_000,
        );
        return rows.map(r => r.clientHash);
    };

    it('hashes the visitor behind nginx, not nginx, even when the visitor forges X-Forwarded-For', async () => {
        const ua = `via-nginx-${Date.now()}`;
        const since = await lastCheckId();
        const res = await requestFrom('127.0.0.71', `${proxyUrl}/v/${code}`, {
            headers: { 'User-Agent': ua, 'X-Forwarded-For': '198.51.100.7' },
        });
        expect(res.status).toBe(200);
        const wrong = [...hashesOf('127.0.0.1', ua), clientHash('198.51.100.7', ua)];
        const hashes = await hashesLogged(since, 1, [clientHash('127.0.0.71', ua), ...wrong]);
        expect(hashes).toContain(clientHash('127.0.0.71', ua));
        for (const hash of wrong) expect(hashes).not.toContain(hash);
    });

    it('limits each visitor behind nginx on its own, whatever X-Forwarded-For it sends', async () => {
        for (let i = 0; i < LIMIT; i++)
            expect((await requestFrom('127.0.0.72', `${proxyUrl}/v/${code}`)).status).toBe(200);
        const forged = await requestFrom('127.0.0.72', `${proxyUrl}/v/${code}`, {
            headers: { 'X-Forwarded-For': `203.0.113.${Date.now() % 250}` },
        });
        expect(forged.status).toBe(429);
        // Another visitor, through the same proxy: without TRUST_PROXY both would be nginx and share one allowance.
        expect((await requestFrom('127.0.0.73', `${proxyUrl}/v/${code}`)).status).toBe(200);
    });

    it('ignores X-Forwarded-For sent straight to a server without TRUST_PROXY', async () => {
        const ua = `direct-${Date.now()}`;
        const since = await lastCheckId();
        const statuses: number[] = [];
        for (let i = 0; i <= LIMIT; i++) {
            const res = await requestFrom('127.0.0.74', `${direct.url}/v/${code}`, {
                headers: { 'User-Agent': ua, 'X-Forwarded-For': `203.0.113.${i + 1}` },
            });
            statuses.push(res.status);
        }
        // A new forged address per request buys nothing: the socket's address is counted.
        expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
        const own = hashesOf('127.0.0.74', ua);
        const forged = Array.from({ length: LIMIT }, (_, i) => clientHash(`203.0.113.${i + 1}`, ua));
        const hashes = await hashesLogged(since, LIMIT, [...own, ...forged]);
        expect(hashes.filter(h => own.includes(h))).toHaveLength(LIMIT);
        for (const hash of forged) expect(hashes).not.toContain(hash);
    });
});

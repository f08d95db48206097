import './runtime';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadEnvironment } from './config/environment';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { serveStaticApp } from './launch/static-app';

/**
 * `npm start`: the whole system on one machine. Starts the embedded PostgreSQL
 * unless DATABASE_URL is set, then the API server (which migrates and loads the
 * demo data), the worker, and the storefront and POS builds; prints each URL.
 * Ctrl-C stops everything, the database last.
 */
async function main() {
    const started = Date.now();
    process.env.DEMO_DATA = process.env.DEMO_DATA || 'true';
    const env = loadEnvironment();
    const children: ChildProcess[] = [];
    let embedded: EmbeddedDatabase | undefined;
    let stopping = false;

    const stop = async (code: number) => {
        // A second Ctrl-C means "now".
        if (stopping) process.exit(code || 130);
        stopping = true;
        await Promise.all(children.map(child => terminate(child)));
        await embedded?.stop().catch(() => undefined);
        process.exit(code);
    };
    if (!env.DATABASE_URL) {
        console.log(`Starting the embedded PostgreSQL in ${path.join(env.DATA_DIR, 'postgres')} …`);
        embedded = await startEmbeddedPostgres(env.DATA_DIR, 'ocop');
        // embedded-postgres stops the database on the first signal; we stop it last, after server and worker.
        process.removeAllListeners('SIGINT');
        process.removeAllListeners('SIGTERM');
    }
    process.on('SIGINT', () => void stop(0));
    process.on('SIGTERM', () => void stop(0));
    const childEnv = { ...process.env, DATABASE_URL: env.DATABASE_URL ?? embedded!.url };
    const run = (entry: string, extraEnv: Record<string, string> = {}) => {
        // Own process group: Ctrl-C reaches only the launcher, which stops the children in order.
        const child = spawn(process.execPath, [path.resolve(__dirname, entry)], {
            env: { ...childEnv, ...extraEnv },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        // Once stopping, the database may go away under the children: their last words are noise.
        child.stdout!.on('data', chunk => !stopping && process.stdout.write(chunk));
        child.stderr!.on('data', chunk => !stopping && process.stderr.write(chunk));
        child.once('exit', code => {
            if (!stopping) {
                console.error(`${entry} exited with code ${code}; stopping.`);
                void stop(code || 1);
            }
        });
        children.push(child);
        return child;
    };

    run('index.js');
    await waitForHealth(`http://127.0.0.1:${env.PORT}/health`, 300_000);
    run('index-worker.js');
    // The API answers before the worker has indexed the catalogue: an early search would miss products.
    await waitForSearchIndex(`http://127.0.0.1:${env.PORT}/shop-api`, 180_000);
    const repoRoot = path.resolve(__dirname, '../..');
    const storefront = await startStorefront(repoRoot, env, run);
    const pos = await serveStaticApp(path.join(repoRoot, 'pos/dist'), env.POS_PORT);

    const api = `http://localhost:${env.PORT}`;
    const lines = [
        `Shop API:   ${api}/shop-api`,
        `Admin API:  ${api}/admin-api  (superadmin: ${env.SUPERADMIN_USERNAME})`,
        `Dashboard:  ${api}/dashboard  (office, producers, Industry and Trade: see README "Try it")`,
        storefront && `Storefront: http://localhost:${env.STOREFRONT_PORT}`,
        pos && `POS:        http://localhost:${env.POS_PORT}`,
    ].filter(Boolean);
    console.log(
        `\nHà Tĩnh OCOP is ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n  ${lines.join('\n  ')}\n`,
    );
}

/**
 * The storefront is a server-rendered Node app (storefront/server.js, ADR 0014): a child
 * process like server and worker, talking to the Shop API over the loopback.
 */
async function startStorefront(
    repoRoot: string,
    env: ReturnType<typeof loadEnvironment>,
    run: (entry: string, extraEnv?: Record<string, string>) => ChildProcess,
): Promise<boolean> {
    const script = path.join(repoRoot, 'storefront/server.js');
    if (!fs.existsSync(path.join(repoRoot, 'storefront/build/server/index.js'))) return false;
    run(script, {
        PORT: String(env.STOREFRONT_PORT),
        SHOP_API_URL: `http://127.0.0.1:${env.PORT}/shop-api`,
        PUBLIC_API_URL: env.PUBLIC_URL,
        STOREFRONT_URL: env.STOREFRONT_URL,
        SHOP_CHANNEL_TOKEN: env.SHOP_CHANNEL_TOKEN,
    });
    await waitForHealth(`http://127.0.0.1:${env.STOREFRONT_PORT}/robots.txt`, 60_000);
    return true;
}

async function waitForHealth(url: string, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            const res = await fetch(url);
            if (res.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`The server did not become healthy within ${timeoutMs / 1000} s (${url})`);
}

/**
 * Waits until the Shop API's search finds every product the shop lists, twice in a
 * row; says so when it gives up, and starts anyway (search catches up by itself).
 */
async function waitForSearchIndex(shopApi: string, timeoutMs: number) {
    const query = `{ products(options: { take: 0 }) { totalItems } search(input: { take: 0, groupByProduct: true }) { totalItems } }`;
    const deadline = Date.now() + timeoutMs;
    let agreed = 0;
    let said = false;
    while (Date.now() < deadline) {
        try {
            const res = await fetch(shopApi, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query }),
            });
            const { data } = (await res.json()) as {
                data?: { products: { totalItems: number }; search: { totalItems: number } };
            };
            agreed = data && data.search.totalItems === data.products.totalItems ? agreed + 1 : 0;
            if (agreed >= 2) return;
            if (!said && data && agreed === 0) {
                console.log(
                    `Indexing the catalogue for search (${data.search.totalItems} of ${data.products.totalItems}) …`,
                );
                said = true;
            }
        } catch {
            agreed = 0;
        }
        await new Promise(r => setTimeout(r, 500));
    }
    console.warn(`The search index is still catching up after ${timeoutMs / 1000} s; starting anyway.`);
}

function terminate(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null) return Promise.resolve();
    return new Promise(resolve => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
            clearTimeout(timer);
            resolve();
        });
        child.kill('SIGTERM');
    });
}

main().catch(e => {
    console.error(e instanceof ConfigError ? e.message : e instanceof Error ? e.message : e);
    process.exit(1);
});

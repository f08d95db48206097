'use strict';
// Starts the real backend (server + worker, as `npm start` runs them) on the bench
// database with the demo catalogue, waits until it is ready and its search index is
// complete, then stops the worker so that only the server competes with the load
// generator and PostgreSQL for the two cores.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { BACKEND_DIST } = require('./paths');
const { startNode, freePort, waitFor } = require('./processes');
const { openPool } = require('./database');

function assertBuilt() {
    for (const file of ['index.js', 'index-worker.js', 'vendure-config.js']) {
        if (!fs.existsSync(path.join(BACKEND_DIST, file))) {
            throw new Error(
                `backend/dist/${file} is missing: build first with \`npm run build -w shared -w backend\``,
            );
        }
    }
}

/**
 * @param {object} o
 * @param {string} o.databaseUrl
 * @param {(line: string) => void} o.log
 * @param {object} [o.env]  extra environment of server and worker, e.g. { PLACEMENT_LOCK: 'off' }
 */
async function startBackend({ databaseUrl, log, env: extraEnv = {} }) {
    assertBuilt();
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-data-'));
    // Also on Ctrl-C or a deadline, when stop() below may not run.
    process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const base = `http://127.0.0.1:${port}`;
    const env = { ...process.env };
    for (const k of ['REDIS_URL', 'CORS_ORIGINS', 'SMTP_URL', 'NODE_OPTIONS']) delete env[k];
    Object.assign(env, {
        NODE_ENV: 'development',
        DEMO_DATA: 'true',
        PORT: String(port),
        PUBLIC_URL: base,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        // Lifts the per-client limit of stamp checks: all load comes from one address.
        STAMP_CHECK_RATE_LIMIT: '0',
        ...extraEnv,
    });

    const started = Date.now();
    const prep = startNode('schema', path.join(__dirname, 'prepare-schema.js'), env);
    const prepCode = await prep.exitPromise;
    if (prepCode !== 0) throw new Error(`Preparing the schema failed:\n${prep.output()}`);
    const prepResult = JSON.parse(
        prep
            .output()
            .split('\n')
            .filter(l => l.startsWith('{'))
            .pop() || '{}',
    );
    log(`  schema ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (prepResult.synchronized) {
        log(
            `  note: the migrations do not yet cover the entities (${prepResult.synchronized} statements); ` +
                'the bench database was synchronized from the entities',
        );
    }

    // e.g. BENCH_SERVER_ARGS="--prof --logfile=/tmp/v8.log --no-logfile-per-isolate" to profile the server under load.
    const nodeArgs = (process.env.BENCH_SERVER_ARGS || '').split(/\s+/).filter(Boolean);
    const server = startNode('server', path.join(BACKEND_DIST, 'index.js'), env, { nodeArgs });
    // The worker starts once the server is up, as `npm start` does: the seed then has
    // already dropped its superseded index jobs (booting it earlier saved nothing).
    let worker;
    const handle = {
        port,
        base,
        server,
        dataDir,
        async stopWorker() {
            if (worker) await worker.stop();
        },
        async stop() {
            await Promise.all([worker && worker.stop(), server.stop()]);
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
    try {
        await waitFor('GET /health = 200', async () => (await fetch(`${base}/health`)).status === 200, {
            timeoutMs: 300_000,
            child: server,
        });
        log(`  server ready after ${((Date.now() - started) / 1000).toFixed(1)} s (demo data loaded)`);
        worker = startNode('worker', path.join(BACKEND_DIST, 'index-worker.js'), env);
        const pool = openPool(databaseUrl, 1);
        try {
            let idleStreak = 0;
            await waitFor(
                'the job queue to be idle and the search index complete',
                async () => {
                    if (worker.exited)
                        throw new Error(`worker exited with code ${worker.exitCode}:\n${worker.output()}`);
                    const { rows } = await pool.query(
                        `SELECT count(*)::int AS n FROM job_record WHERE state IN ('PENDING','RUNNING','RETRYING')`,
                    );
                    idleStreak = rows[0].n === 0 ? idleStreak + 1 : 0;
                    if (idleStreak < 2) return false;
                    const search = await shopQuery(
                        base,
                        '{ search(input: {take: 0, groupByProduct: true}) { totalItems } products(options: {take: 0}) { totalItems } }',
                    );
                    return (
                        search.search.totalItems > 0 && search.search.totalItems >= search.products.totalItems
                    );
                },
                { timeoutMs: 300_000, intervalMs: 500, child: server },
            );
        } finally {
            await pool.end();
        }
        await worker.stop();
        log(
            `  job queue idle, search index complete after ${((Date.now() - started) / 1000).toFixed(1)} s; worker stopped`,
        );
        return handle;
    } catch (e) {
        await handle.stop();
        throw e;
    }
}

/** One Shop API query; throws on HTTP errors and on GraphQL `errors`. */
async function shopQuery(base, query, variables) {
    const res = await fetch(`${base}/shop-api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`Shop API answered ${res.status}: ${text.slice(0, 300)}`);
    const json = JSON.parse(text);
    if (json.errors) throw new Error(`Shop API errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return json.data;
}

module.exports = { startBackend, shopQuery, assertBuilt };

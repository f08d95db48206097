#!/usr/bin/env node
'use strict';
/**
 * Bulk listing (see README.md in this folder): loads N certified, stamped products
 * through the Admin API, 4 clients at a time, as the office and producers would, and
 * prints how long until every one is listed in the Shop API and found by `search`,
 * and how many jobs each queue received (search index, listing refresh, collections).
 *
 *   node test/bench/bulk-listing.js                 1,000 products
 *   BENCH_SMOKE=1 node test/bench/bulk-listing.js   100 products (< 2 min)
 *   BENCH_PRODUCTS=<n>                              any other number
 *
 * Starts the built backend (server, then a worker that stays up) on a fresh bench
 * database with the demo catalogue. Exit code 0 when every product became listed and
 * searchable and no listing job FAILED; the 60 s target is reported, not failed.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { openBenchDatabase, openPool } = require('./lib/database');
const { portAnswers } = require('./lib/processes');
const { startBackend } = require('./lib/backend');
const { BACKEND_DIST } = require('./lib/paths');
const { startNode, stopAll, killAllNow, waitFor } = require('./lib/processes');

const SMOKE = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE || '');
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || (SMOKE ? 100 : 1000));
const CLIENTS = 4;
const TARGET_SECONDS = 60;
const RUN_DEADLINE_MS = SMOKE ? 5 * 60_000 : 20 * 60_000;

const log = line => console.log(line);
let database;
let backend;
let worker;
let pool;

/**
 * Its own database, `ocop_bench_bulk`, so that it can run beside `npm run bench`
 * (which drops and recreates `ocop_bench`); an embedded one when nothing answers on 5432.
 */
async function openDatabase() {
    if (process.env.BENCH_DATABASE === 'embedded' || !(await portAnswers(5432)))
        return openBenchDatabase(log);
    const { Client } = require(require.resolve('pg', { paths: [path.join(BACKEND_DIST, '..')] }));
    const adminDb = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await adminDb.connect();
    try {
        await adminDb.query('DROP DATABASE IF EXISTS ocop_bench_bulk WITH (FORCE)');
        await adminDb.query('CREATE DATABASE ocop_bench_bulk');
    } finally {
        await adminDb.end();
    }
    log('Database: fresh ocop_bench_bulk on the PostgreSQL at 127.0.0.1:5432');
    return { url: 'postgres://postgres@127.0.0.1:5432/ocop_bench_bulk', stop: async () => undefined };
}

async function cleanup() {
    await stopAll();
    if (backend) await backend.stop().catch(() => undefined);
    if (pool) await pool.end().catch(() => undefined);
    if (database) await database.stop().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => cleanup().finally(() => process.exit(130)));
process.on('exit', killAllNow);

/** One GraphQL request; throws on HTTP errors and GraphQL `errors`. Returns data and the session token header. */
async function gql(url, query, variables, { token, channel } = {}) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (channel) headers['vendure-token'] = channel;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
    const json = JSON.parse(text);
    if (json.errors) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return { data: json.data, token: res.headers.get('vendure-auth-token') };
}

async function adminLogin(admin) {
    const { data, token } = await gql(
        admin,
        'mutation { login(username: "superadmin", password: "superadmin") { __typename } }',
    );
    if (data.login.__typename !== 'CurrentUser' || !token)
        throw new Error(`admin login failed: ${JSON.stringify(data)}`);
    return token;
}

/** What a producer and the office do for one product: create it with a variant, certify it, issue its stamps. */
async function loadProduct(admin, { token, producerChannel, defaultChannel }, tag, i) {
    const name = `Trà thảo mộc ${tag} số ${i}`;
    const { data: p } = await gql(
        admin,
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        {
            input: {
                translations: [
                    {
                        languageCode: 'vi',
                        name,
                        slug: `tra-thao-moc-${tag}-${i}`,
                        description: 'Trà thảo mộc Hương Sơn',
                    },
                ],
            },
        },
        { token, channel: producerChannel },
    );
    const { data: v } = await gql(
        admin,
        'mutation ($input: [CreateProductVariantInput!]!) { createProductVariants(input: $input) { id } }',
        {
            input: [
                {
                    productId: p.createProduct.id,
                    sku: `TTM-${tag}-${i}`,
                    price: 85_000 + (i % 50) * 1_000,
                    stockOnHand: 20,
                    translations: [{ languageCode: 'vi', name: `${name} hộp 100 g` }],
                },
            ],
        },
        { token, channel: producerChannel },
    );
    // 148/2023 bands: 50–69 points 3★, 70–89 4★, 90+ 5★.
    await gql(
        admin,
        'mutation ($input: CertifyProductInput!) { certifyProduct(input: $input) { id } }',
        {
            input: {
                productId: p.createProduct.id,
                certificateNumber: `HT-OCOP-${tag}-${i}`,
                stars: 3 + (i % 3),
                score: [60, 78, 92][i % 3],
                issuedAt: '2025-06-01',
                criteriaVersion: '148/2023',
                productGroup: 'DRINK',
                decisionNumber: `${i}/QĐ-UBND`,
            },
        },
        { token, channel: defaultChannel },
    );
    await gql(
        admin,
        'mutation ($input: IssueStampBatchInput!) { issueStampBatch(input: $input) { id } }',
        {
            input: {
                productVariantId: v.createProductVariants[0].id,
                quantity: 20,
                lotCode: `L-${tag}-${i}`,
                productionDate: '2026-10-01',
                expiryDate: '2027-10-01',
            },
        },
        { token, channel: defaultChannel },
    );
}

async function jobCounts(sinceId) {
    const { rows } = await pool.query(
        `SELECT "queueName" AS queue, count(*)::int AS total,
                count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
                count(*) FILTER (WHERE state IN ('PENDING', 'RUNNING', 'RETRYING'))::int AS open
           FROM job_record WHERE id > $1 GROUP BY 1 ORDER BY 1`,
        [sinceId],
    );
    return rows;
}

async function main() {
    const deadline = setTimeout(() => {
        console.error(`\nThe run exceeded its ${RUN_DEADLINE_MS / 60_000} min deadline: stopping.`);
        cleanup().finally(() => process.exit(1));
    }, RUN_DEADLINE_MS);
    deadline.unref();
    log(
        `Bulk listing — ${PRODUCTS.toLocaleString('en')} products, ${CLIENTS} Admin API clients (${SMOKE ? 'BENCH_SMOKE=1' : 'full'}), ` +
            `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
                .loadavg()
                .map(n => n.toFixed(2))
                .join(' ')}`,
    );
    const problems = [];
    try {
        database = await openDatabase();
        log('Starting the backend (demo data) …');
        backend = await startBackend({ databaseUrl: database.url, log });
        pool = openPool(database.url, 2);
        // The listing refreshes and the search index run on the worker: it stays up for this bench.
        const env = { ...process.env };
        for (const k of ['REDIS_URL', 'CORS_ORIGINS', 'SMTP_URL', 'NODE_OPTIONS']) delete env[k];
        Object.assign(env, {
            NODE_ENV: 'development',
            DEMO_DATA: 'true',
            PORT: String(backend.port),
            PUBLIC_URL: backend.base,
            DATABASE_URL: database.url,
            DATA_DIR: backend.dataDir,
            LOG_LEVEL: 'warn',
        });
        worker = startNode('worker', path.join(BACKEND_DIST, 'index-worker.js'), env);
        const admin = `${backend.base}/admin-api`;
        const shop = `${backend.base}/shop-api`;
        const token = await adminLogin(admin);
        const {
            rows: [{ token: defaultChannel }],
        } = await pool.query(`SELECT token FROM channel WHERE code = '__default_channel__'`);
        const tag = `bl${Date.now().toString(36).slice(-5)}`;
        const clients = [];
        for (let c = 0; c < CLIENTS; c++) {
            const { data } = await gql(
                admin,
                'mutation ($input: CreateProducerInput!) { createProducer(input: $input) { channelToken } }',
                {
                    input: {
                        code: `${tag}-htx-${c}`,
                        legalName: `HTX Trà thảo mộc ${tag} ${c}`,
                        type: 'COOPERATIVE',
                        taxCode: `30012345${c}0`,
                        commune: 'Sơn Kim 1',
                        area: 'Hương Sơn',
                        address: 'Thôn 2, xã Sơn Kim 1, tỉnh Hà Tĩnh',
                        phone: '0912345678',
                    },
                },
                { token, channel: defaultChannel },
            );
            clients.push({
                token: await adminLogin(admin),
                producerChannel: data.createProducer.channelToken,
                defaultChannel,
            });
        }
        const {
            rows: [{ top }],
        } = await pool.query(`SELECT COALESCE(max(id), 0)::bigint AS top FROM job_record`);

        const started = Date.now();
        let done = 0;
        const progress = setInterval(
            () => log(`  … ${done} loaded after ${((Date.now() - started) / 1000).toFixed(0)} s`),
            15_000,
        );
        try {
            await Promise.all(
                clients.map(async (client, c) => {
                    for (let i = c; i < PRODUCTS; i += CLIENTS) {
                        await loadProduct(admin, client, tag, i);
                        done++;
                    }
                }),
            );
        } finally {
            clearInterval(progress);
        }
        const loadedAt = Date.now();
        const loadSeconds = (loadedAt - started) / 1000;
        log(
            `  ${PRODUCTS} products loaded in ${loadSeconds.toFixed(1)} s (${(PRODUCTS / loadSeconds).toFixed(1)} products/s, ${PRODUCTS * 4} mutations)`,
        );

        const count = async () => {
            const { data } = await gql(
                shop,
                `query ($tag: String!, $term: String!) {
                products(options: { filter: { name: { contains: $tag } }, take: 0 }) { totalItems }
                search(input: { term: $term, groupByProduct: true, take: 0 }) { totalItems } }`,
                { tag, term: `tra thao moc ${tag}` },
            );
            return { listed: data.products.totalItems, searchable: data.search.totalItems };
        };
        let listedAt;
        let last = { listed: 0, searchable: 0 };
        await waitFor(
            'every product to be listed and searchable',
            async () => {
                if (worker.exited)
                    throw new Error(`worker exited with code ${worker.exitCode}:\n${worker.output()}`);
                last = await count();
                if (!listedAt && last.listed >= PRODUCTS) listedAt = Date.now();
                return last.listed >= PRODUCTS && last.searchable >= PRODUCTS;
            },
            { timeoutMs: SMOKE ? 120_000 : 600_000, intervalMs: 250, child: backend.server },
        ).catch(e => {
            throw new Error(
                `${e.message.split('\n')[0]}: ${last.listed} listed, ${last.searchable} searchable`,
            );
        });
        const searchableAt = Date.now();
        await waitFor(
            'the job queue to be idle',
            async () => (await jobCounts(top)).every(r => r.open === 0),
            { timeoutMs: 300_000, intervalMs: 500 },
        );
        const idleAt = Date.now();
        const jobs = await jobCounts(top);

        const after = ms => ((ms - loadedAt) / 1000).toFixed(1);
        log(`\nBulk listing — ${PRODUCTS.toLocaleString('en')} products`);
        log(`  load through the Admin API      ${loadSeconds.toFixed(1)} s`);
        log(
            `  all listed (Shop API products)  ${after(listedAt)} s after the last product was loaded (${((listedAt - started) / 1000).toFixed(1)} s from the start)`,
        );
        log(
            `  all searchable (search)         ${after(searchableAt)} s after the last product was loaded (${((searchableAt - started) / 1000).toFixed(1)} s from the start)`,
        );
        log(`  job queue idle                  ${after(idleAt)} s after the last product was loaded`);
        log('\n  | queue                    | jobs queued | per product | failed |');
        log('  | ------------------------ | ----------- | ----------- | ------ |');
        for (const r of jobs) {
            log(
                `  | ${r.queue.padEnd(24)} | ${String(r.total).padStart(11)} | ${(r.total / PRODUCTS).toFixed(2).padStart(11)} | ${String(r.failed).padStart(6)} |`,
            );
        }
        const seconds = (searchableAt - loadedAt) / 1000;
        log(
            `\n  ${seconds <= TARGET_SECONDS ? 'PASS' : 'FAIL'}  all listed and searchable ≤ ${TARGET_SECONDS} s after the load: ${seconds.toFixed(1)} s`,
        );
        const failed = jobs.filter(r => r.failed && r.queue === 'ocop-listing-refresh');
        if (failed.length) problems.push(`${failed[0].failed} listing refresh jobs FAILED`);
        const failedIndex = jobs.filter(r => r.failed && r.queue === 'update-search-index');
        if (failedIndex.length) problems.push(`${failedIndex[0].failed} search index jobs FAILED`);
        if (process.env.BENCH_JSON) {
            fs.writeFileSync(
                process.env.BENCH_JSON,
                JSON.stringify(
                    {
                        products: PRODUCTS,
                        loadSeconds,
                        listedAfter: (listedAt - loadedAt) / 1000,
                        searchableAfter: seconds,
                        jobs,
                        problems,
                    },
                    null,
                    2,
                ),
            );
        }
    } catch (e) {
        problems.push(e && e.message ? e.message : String(e));
    } finally {
        await cleanup();
    }
    if (problems.length) {
        console.error(`\nBENCHMARK FAILED — ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        process.exit(1);
    }
    process.exit(0);
}

main();

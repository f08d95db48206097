#!/usr/bin/env node
'use strict';
/**
 * Vietnamese search benchmark (see README.md in this folder): Vendure's stock
 * PostgresSearchStrategy against ours on the same generated catalogue and query
 * mix at 10 connections, then ours on ten times the catalogue.
 *
 *   node test/bench/search.js                 1,000 then 10,000 products, 10 s per run
 *   BENCH_SMOKE=1 node test/bench/search.js   100 then 1,000 products, 2 s per run (fails only on errors)
 *   BENCH_JSON=<file>                         also write the figures as JSON
 *
 * Uses its own database, `ocop_bench_search` (or an embedded PostgreSQL), so it can
 * run beside run.js and bulk-listing.js. Also part of `npm run bench` (BENCH_ONLY=search).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { openBenchDatabase, openPool } = require('./lib/database');
const { startBackend } = require('./lib/backend');
const { BACKEND_DIST } = require('./lib/paths');
const { portAnswers, stopAll, killAllNow } = require('./lib/processes');
const { runSearch, formatSearch } = require('./scenarios/search');
const { searchSettings } = require('./scenarios/search-settings');

const SMOKE = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE || '');
const settings = searchSettings(SMOKE);
const RUN_DEADLINE_MS = SMOKE ? 10 * 60_000 : 20 * 60_000;
const DB_NAME = 'ocop_bench_search';

const log = line => console.log(line);
let database;
let backend;
let pool;

async function openDatabase() {
    if (process.env.BENCH_DATABASE === 'embedded' || !(await portAnswers(5432)))
        return openBenchDatabase(log);
    const { Client } = require(require.resolve('pg', { paths: [path.join(BACKEND_DIST, '..')] }));
    const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    try {
        await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${DB_NAME}`);
    } finally {
        await admin.end();
    }
    log(`Database: fresh ${DB_NAME} on the PostgreSQL at 127.0.0.1:5432`);
    return { url: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`, stop: async () => undefined };
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

async function main() {
    const started = Date.now();
    const deadline = setTimeout(() => {
        console.error(`\nThe run exceeded its ${RUN_DEADLINE_MS / 60_000} min deadline: stopping.`);
        cleanup().finally(() => process.exit(1));
    }, RUN_DEADLINE_MS);
    deadline.unref();
    log(
        `Search benchmark — ${settings.mode} mode, ${settings.searchSmall.toLocaleString('en')} then ${settings.searchLarge.toLocaleString('en')} products, ` +
            `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
                .loadavg()
                .map(n => n.toFixed(2))
                .join(' ')}`,
    );
    const problems = [];
    let result;
    try {
        database = await openDatabase();
        log('Starting the backend (demo data, our search strategy) …');
        backend = await startBackend({ databaseUrl: database.url, log });
        pool = openPool(database.url, 2);
        result = await runSearch({
            backend,
            startStockBackend: env =>
                startBackend({ databaseUrl: database.url, log: line => log(`  ${line}`), env }),
            pool,
            settings,
            log,
        });
        problems.push(...result.problems);
    } catch (e) {
        problems.push(e && e.message ? e.message : String(e));
    } finally {
        await cleanup();
    }
    if (result) log(`\n${formatSearch(result, settings.mode)}`);
    const seconds = (Date.now() - started) / 1000;
    log(`\nTotal time ${seconds.toFixed(0)} s; load average now ${os.loadavg()[0].toFixed(2)}.`);
    if (process.env.BENCH_JSON) {
        const rows = result ? result.rows : [];
        fs.writeFileSync(
            process.env.BENCH_JSON,
            JSON.stringify({ mode: settings.mode, rows, seconds, problems }, null, 2),
        );
    }
    if (problems.length) {
        console.error(`\nBENCHMARK FAILED — ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        process.exit(1);
    }
    process.exit(0);
}

main();

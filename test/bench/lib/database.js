'use strict';
// The benchmark's own database: a fresh `ocop_bench` on the PostgreSQL at
// 127.0.0.1:5432 when it answers, otherwise an embedded PostgreSQL in a
// temporary folder (started here, through the backend's own helper, so that
// server, worker and benchmark share one URL).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { BACKEND_DIST } = require('./paths');
const { portAnswers } = require('./processes');
const { Client, Pool } = require(require.resolve('pg', { paths: [path.join(BACKEND_DIST, '..')] }));

// BENCH_DB_NAME: another name, so that two runs on one PostgreSQL do not drop each other's database.
const DB_NAME = /^[a-z_][a-z0-9_]{0,62}$/.test(process.env.BENCH_DB_NAME || '')
    ? process.env.BENCH_DB_NAME
    : 'ocop_bench';

/**
 * Returns { url, kind, stop() }. `stop` shuts an embedded database down and removes
 * its folder; on the external server the database is left in place (inspectable),
 * and dropped at the start of the next run.
 */
async function openBenchDatabase(log) {
    const forceEmbedded = process.env.BENCH_DATABASE === 'embedded';
    if (!forceEmbedded && (await portAnswers(5432))) {
        const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
        await admin.connect();
        try {
            await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
            await admin.query(`CREATE DATABASE "${DB_NAME}"`);
        } finally {
            await admin.end();
        }
        log(`Database: fresh ${DB_NAME} on the PostgreSQL at 127.0.0.1:5432`);
        return {
            url: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
            kind: 'external',
            stop: async () => undefined,
        };
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-pg-'));
    // Embedded PostgreSQL refuses root and then runs as `postgres`: the folder must be reachable.
    fs.chmodSync(dataDir, 0o777);
    const { startEmbeddedPostgres } = require(path.join(BACKEND_DIST, 'database/embedded-postgres.js'));
    log(
        `Database: ${forceEmbedded ? 'BENCH_DATABASE=embedded' : 'nothing answers on 127.0.0.1:5432'}, starting an embedded PostgreSQL in ${dataDir} …`,
    );
    const embedded = await startEmbeddedPostgres(dataDir, DB_NAME);
    return {
        url: embedded.url,
        kind: 'embedded',
        stop: async () => {
            await embedded.stop().catch(() => undefined);
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

function openPool(url, max = 4) {
    return new Pool({ connectionString: url, max });
}

module.exports = { openBenchDatabase, openPool, DB_NAME };

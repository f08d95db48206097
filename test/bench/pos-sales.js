#!/usr/bin/env node
'use strict';
/**
 * The `pos` group of run.js against a backend that is already running (issue 8):
 *
 *   POS_BENCH_API=http://127.0.0.1:3000 POS_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/db \
 *     [BENCH_SMOKE=1] node test/bench/pos-sales.js
 *
 * Used to compare two builds on one database, one after the other, when starting a
 * fresh benchmark backend (demo seed) is too slow on a busy machine. The backend must
 * run with the demo data and STAMP_CHECK_RATE_LIMIT=0, as run.js starts it.
 */
const path = require('node:path');
const { BACKEND_DIST } = require('./lib/paths');
const { runPos, formatPos } = require('./scenarios/pos');
const { Pool } = require(require.resolve('pg', { paths: [path.join(BACKEND_DIST, '..')] }));

async function main() {
    const base = process.env.POS_BENCH_API;
    const url = process.env.POS_BENCH_DATABASE_URL;
    if (!base || !url) throw new Error('set POS_BENCH_API and POS_BENCH_DATABASE_URL');
    const smoke = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE || '');
    const settings = { posSeconds: smoke ? 3 : 15, posSyncSales: smoke ? 100 : 1000 };
    const pool = new Pool({ connectionString: url, max: 2 });
    try {
        const result = await runPos({ base, pool, settings, log: m => console.log(m) });
        console.log(formatPos(result, smoke ? 'smoke' : 'full'));
        if (process.env.BENCH_JSON)
            require('node:fs').writeFileSync(process.env.BENCH_JSON, JSON.stringify(result, null, 2));
        if (result.problems.length) {
            console.log(`problems:\n- ${result.problems.slice(0, 20).join('\n- ')}`);
            process.exitCode = 1;
        }
    } finally {
        await pool.end();
    }
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});

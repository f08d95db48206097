#!/usr/bin/env node
'use strict';
/**
 * Sales report benchmark (issue 9, ADR 0019): `salesReport` for one month over
 * 1,000,000 generated order lines, through the Admin API of the built backend.
 *
 *   node test/bench/sales-report.js                 1,000,000 lines in November 2026
 *   BENCH_SMOKE=1 node test/bench/sales-report.js   20,000 lines (fails only on errors)
 *   BENCH_JSON=<file>                               also write the figures as JSON
 *
 * The lines are generated with generate_series straight into the sales ledger
 * (`sales_line`, one row per sold order line, as the ledger service writes it
 * from orders) of its own database, `ocop_bench_sales`; the daily roll-up is then
 * computed with the service's own statement (timed: it is what one day costs
 * when an order of that day changes). Printed: the API's median time against the
 * target (< 3 s), the same figures computed straight from the ledger without the
 * roll-up (the baseline, same run), and the main nodes of both query plans.
 * Also part of `npm run bench` (BENCH_ONLY=sales).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { openBenchDatabase, openPool } = require('./lib/database');
const { startBackend } = require('./lib/backend');
const { BACKEND_DIST } = require('./lib/paths');
const { portAnswers, stopAll, killAllNow } = require('./lib/processes');

const SMOKE = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE || '');
const RUN_DEADLINE_MS = SMOKE ? 10 * 60_000 : 25 * 60_000;
const DB_NAME = 'ocop_bench_sales';
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

const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const TARGET_MS = 3000;

/**
 * `lines` ledger rows spread over the 30 days of November 2026, three lines an
 * order, across 13 areas, 300 producers, 2,000 products, 6 groups, stars 3–5 and
 * uncertified, and online / 13 showrooms / 20 fair booths. Amounts are whole đồng
 * (multiples of 100 minor units), VAT 8 % inside.
 */
async function generate(pool, lines) {
    await pool.query(
        `
        INSERT INTO sales_line ("orderId", "orderLineId", "soldAt", "soldOn", channel, "salesPoint", producer, area,
                                "productGroup", stars, "productId", "productVariantId", units, revenue, vat)
        SELECT i / 3, i, at, (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               CASE WHEN o % 10 < 7 THEN 'ONLINE' WHEN o % 10 < 9 THEN 'SHOWROOM' ELSE 'FAIR_BOOTH' END,
               CASE WHEN o % 10 < 7 THEN 'ONLINE' WHEN o % 10 < 9 THEN 'SR-' || (o % 13) ELSE 'FB-' || (o % 20) END,
               'P' || lpad((p % 300)::text, 4, '0'),
               (ARRAY['TP_HA_TINH','TX_HONG_LINH','TX_KY_ANH','DUC_THO','NGHI_XUAN','CAN_LOC','THACH_HA',
                      'CAM_XUYEN','KY_ANH','HUONG_SON','HUONG_KHE','VU_QUANG','LOC_HA'])[p % 13 + 1],
               (ARRAY['FOOD','DRINK','HERBAL','HANDICRAFT','ORNAMENTAL','TOURISM','NONE'])[i % 7 + 1],
               (ARRAY['3','4','5','NONE'])[i % 4 + 1],
               i % 2000 + 1, i % 6000 + 1, units, units * price, round(units * price * 8 / 108 / 100) * 100
          FROM (SELECT i, i / 3 AS o, (i / 3) % 997 AS p, 1 + i % 3 AS units,
                       (2000 + (i::bigint * 7919) % 50000) * 100 AS price,
                       timestamptz '2026-10-31 17:00:00+00' + ((i / 3)::bigint * 7777 % 2592000) * interval '1 second' AS at
                  FROM generate_series(1, $1) AS i) g`,
        [lines],
    );
    await pool.query('ANALYZE sales_line');
}

async function adminToken(base) {
    const res = await fetch(`${base}/admin-api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            query: 'mutation { login(username: "superadmin", password: "superadmin") { __typename } }',
        }),
    });
    const token = res.headers.get('vendure-auth-token');
    if (!token) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return token;
}

async function salesReport(base, token) {
    const started = process.hrtime.bigint();
    const res = await fetch(`${base}/admin-api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
            query: `query ($input: SalesReportInput!) { salesReport(input: $input) { revenue vat units orders
                byChannel { key revenue units orders } byArea { key revenue units orders }
                byProducer { key revenue units orders } byProductGroup { key revenue units orders }
                byStars { key revenue units orders } bySalesPoint { key revenue units orders } } }`,
            variables: { input: PERIOD },
        }),
    });
    const body = await res.json();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (body.errors) throw new Error(`salesReport: ${JSON.stringify(body.errors)}`);
    return { ms, report: body.data.salesReport };
}

/** The same figures straight from the ledger, without the roll-up: the baseline. */
const LEDGER_SQL = `
    SELECT CASE WHEN GROUPING(channel) = 0 THEN 'CHANNEL' WHEN GROUPING(area) = 0 THEN 'AREA'
                WHEN GROUPING(producer) = 0 THEN 'PRODUCER' WHEN GROUPING("productGroup") = 0 THEN 'PRODUCT_GROUP'
                WHEN GROUPING(stars) = 0 THEN 'STARS' WHEN GROUPING("salesPoint") = 0 THEN 'SALES_POINT'
                ELSE 'TOTAL' END AS dimension,
           COALESCE(channel, area, producer, "productGroup", stars, "salesPoint", 'ALL') AS key,
           sum(revenue) AS revenue, sum(vat) AS vat, sum(units) AS units, count(DISTINCT "orderId") AS orders
      FROM sales_line WHERE "soldOn" BETWEEN $1::date AND $2::date
     GROUP BY GROUPING SETS ((), (channel), (area), (producer), ("productGroup"), (stars), ("salesPoint"))`;

async function timed(fn) {
    const started = process.hrtime.bigint();
    const result = await fn();
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

/** Plan nodes with their actual time, indented as PostgreSQL prints them, without the detail lines. */
async function plan(pool, sql, params) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${sql}`, params);
    return rows
        .map(r => r['QUERY PLAN'])
        .filter(l => /->|^\S/.test(l) && !/^\s*(Planning|JIT)/.test(l))
        .map(l =>
            l.replace(
                /\s+\(actual time=[\d.]+\.\.([\d.]+) rows=(\d+) loops=(\d+)\)/,
                ' — $1 ms, $2 rows, $3 loop(s)',
            ),
        )
        .slice(0, 14);
}

/**
 * Generates the lines, rolls them up and times \`salesReport\` on a running backend;
 * used by this script and by run.js (BENCH_ONLY=sales). Returns figures and problems.
 */
async function runSalesReportBench({ base, pool, smoke, log }) {
    const lines = smoke ? 20_000 : 1_000_000;
    const runs = smoke ? 2 : 5;
    const problems = [];
    const figures = { lines };
    const { ROLL_UP_SQL, CONTRIBUTION_SQL } = require(
        path.join(BACKEND_DIST, 'plugins/sales-report/services/sales-ledger.service.js'),
    );
    const { REPORT_SQL } = require(
        path.join(BACKEND_DIST, 'plugins/sales-report/services/sales-report.service.js'),
    );

    const gen = await timed(() => generate(pool, lines));
    log(`  generated ${lines.toLocaleString('en')} ledger lines in ${(gen.ms / 1000).toFixed(1)} s`);
    const days = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    await pool.query(`DELETE FROM sales_day WHERE "soldOn" = ANY($1::date[])`, [days]);
    const month = await timed(() => pool.query(ROLL_UP_SQL, [days]));
    await pool.query('ANALYZE sales_day');
    const { rows: dayRows } = await pool.query(`SELECT count(*)::int AS n FROM sales_day`);
    log(
        `  roll-up of the 30 days: ${(month.ms / 1000).toFixed(2)} s, ${dayRows[0].n.toLocaleString('en')} roll-up rows`,
    );
    // What an order change costs: the ledger service takes the order's old contribution out of
    // the roll-up and adds the new one. Here 1 unit and 100 ₫ more on each line of some orders
    // of 15 November, then the day's roll-up must equal a full recompute of that day.
    const { rows: sample } = await pool.query(
        `SELECT DISTINCT "orderId" AS id FROM sales_line WHERE "soldOn" = '2026-11-15' ORDER BY 1 LIMIT $1`,
        [smoke ? 20 : 200],
    );
    const perOrder = [];
    for (const { id } of sample) {
        const client = await pool.connect();
        try {
            const started = process.hrtime.bigint();
            await client.query('BEGIN');
            await client.query(CONTRIBUTION_SQL, [id, -1]);
            await client.query(
                `UPDATE sales_line SET units = units + 1, revenue = revenue + 10000 WHERE "orderId" = $1`,
                [id],
            );
            await client.query(CONTRIBUTION_SQL, [id, 1]);
            await client.query('COMMIT');
            perOrder.push(Number(process.hrtime.bigint() - started) / 1e6);
        } finally {
            client.release();
        }
    }
    log(
        `  one order's change in the roll-up (what each order event costs): median ${median(perOrder).toFixed(1)} ms ` +
            `over ${perOrder.length} orders of a day with ${Math.round(lines / 30).toLocaleString('en')} lines`,
    );
    // A table, not a temporary one: the pool's statements may each take another connection.
    await pool.query(`DROP TABLE IF EXISTS bench_day_before`);
    await pool.query(
        `CREATE TABLE bench_day_before AS SELECT * FROM sales_day WHERE "soldOn" = '2026-11-15'`,
    );
    const oneDay = await timed(async () => {
        await pool.query(`DELETE FROM sales_day WHERE "soldOn" = $1::date`, ['2026-11-15']);
        await pool.query(ROLL_UP_SQL, [['2026-11-15']]);
    });
    const { rows: drift } = await pool.query(
        `SELECT count(*)::int AS n FROM ((SELECT * FROM bench_day_before EXCEPT SELECT * FROM sales_day WHERE "soldOn" = '2026-11-15')
          UNION ALL (SELECT * FROM sales_day WHERE "soldOn" = '2026-11-15' EXCEPT SELECT * FROM bench_day_before)) x`,
    );
    if (drift[0].n)
        problems.push(`the order-by-order roll-up differs from a recompute in ${drift[0].n} rows`);
    log(
        `  one day recomputed from the ledger (the repair): ${oneDay.ms.toFixed(0)} ms; ` +
            `order-by-order roll-up = recompute: ${drift[0].n ? 'NO' : 'yes'}`,
    );

    const token = await adminToken(base);
    await salesReport(base, token); // warm-up
    const api = [];
    let report;
    for (let i = 0; i < runs; i++) {
        const r = await salesReport(base, token);
        api.push(r.ms);
        report = r.report;
    }
    const ledger = [];
    let direct;
    for (let i = 0; i < (smoke ? 1 : 3); i++) {
        const r = await timed(() => pool.query(LEDGER_SQL, [PERIOD.from, PERIOD.to]));
        ledger.push(r.ms);
        direct = r.result.rows;
    }

    // The API's figures must be the ledger's.
    const total = direct.find(r => r.dimension === 'TOTAL');
    if (Number(total.revenue) !== report.revenue || Number(total.units) !== report.units)
        problems.push(
            `salesReport total ${report.revenue}/${report.units} ≠ ledger ${total.revenue}/${total.units}`,
        );
    if (Number(total.orders) !== report.orders)
        problems.push(`salesReport orders ${report.orders} ≠ ledger ${total.orders}`);
    for (const field of ['byChannel', 'byArea', 'byProducer', 'byProductGroup', 'byStars', 'bySalesPoint']) {
        const sum = report[field].reduce((s, r) => s + r.revenue, 0);
        if (sum !== report.revenue) problems.push(`${field} sums to ${sum}, total ${report.revenue}`);
    }
    const { rows: spread } = await pool.query(
        `SELECT count(DISTINCT "soldOn")::int AS days FROM sales_line WHERE "soldOn" BETWEEN '2026-11-01' AND '2026-11-30'`,
    );
    if (spread[0].days !== 30)
        problems.push(`the lines cover ${spread[0].days} days, not the 30 of November`);
    if (
        report.units !==
        Number(
            (
                await pool.query(
                    `SELECT sum(units) AS u FROM sales_line WHERE "soldOn" BETWEEN '2026-11-01' AND '2026-11-30'`,
                )
            ).rows[0].u,
        )
    )
        problems.push('not every generated line is in the month');

    Object.assign(figures, {
        generateSeconds: gen.ms / 1000,
        monthRollUpSeconds: month.ms / 1000,
        dayRollUpMs: oneDay.ms,
        orderChangeMedianMs: median(perOrder),
        apiMedianMs: median(api),
        apiRunsMs: api,
        ledgerMedianMs: median(ledger),
        revenue: report.revenue,
        orders: report.orders,
    });
    log(`\nsalesReport(${PERIOD.from} … ${PERIOD.to}) over ${lines.toLocaleString('en')} order lines`);
    log(
        `  Admin API (roll-up): median ${median(api).toFixed(0)} ms of ${runs} (${api.map(n => n.toFixed(0)).join(', ')})`,
    );
    log(
        `  baseline, same figures straight from the ledger: median ${median(ledger).toFixed(0)} ms ` +
            `(roll-up is ${(median(ledger) / median(api)).toFixed(0)}× faster end to end)`,
    );
    log(
        `  revenue ${(report.revenue / 100).toLocaleString('vi-VN')} ₫, ${report.orders.toLocaleString('en')} orders`,
    );
    log(`\nPlan of the report query (roll-up):`);
    for (const l of await plan(pool, REPORT_SQL, [PERIOD.from, PERIOD.to])) log(`  ${l}`);
    log(`\nPlan of the baseline (ledger):`);
    for (const l of await plan(pool, LEDGER_SQL, [PERIOD.from, PERIOD.to])) log(`  ${l}`);
    const pass = median(api) < TARGET_MS;
    log(
        `\nTarget: salesReport for one month < ${TARGET_MS} ms on 2 cores: ${smoke ? 'n/a (smoke)' : pass ? 'PASS' : 'FAIL'}`,
    );
    figures.target = smoke ? 'n/a' : pass ? 'PASS' : 'FAIL';
    return { figures, problems };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
    const started = Date.now();
    const deadline = setTimeout(() => {
        console.error(`\nThe run exceeded its ${RUN_DEADLINE_MS / 60_000} min deadline: stopping.`);
        cleanup().finally(() => process.exit(1));
    }, RUN_DEADLINE_MS);
    deadline.unref();
    const lines = SMOKE ? 20_000 : 1_000_000;
    log(
        `Sales report benchmark — ${SMOKE ? 'smoke' : 'full'} mode, ${lines.toLocaleString('en')} order lines in one month, ` +
            `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
                .loadavg()
                .map(n => n.toFixed(2))
                .join(' ')}`,
    );
    const problems = [];
    const figures = { mode: SMOKE ? 'smoke' : 'full', lines };
    try {
        database = await openDatabase();
        log('Starting the backend (demo data) …');
        backend = await startBackend({ databaseUrl: database.url, log });
        pool = openPool(database.url, 2);
        const run = await runSalesReportBench({ base: backend.base, pool, smoke: SMOKE, log });
        problems.push(...run.problems);
        Object.assign(figures, run.figures);
    } catch (e) {
        problems.push(e && e.message ? e.message : String(e));
    } finally {
        await cleanup();
    }
    log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    if (process.env.BENCH_JSON)
        fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...figures, problems }, null, 2));
    if (problems.length) {
        console.error(`\nBENCHMARK FAILED — ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        process.exit(1);
    }
    process.exit(0);
}

if (require.main === module) main();

module.exports = { runSalesReportBench };

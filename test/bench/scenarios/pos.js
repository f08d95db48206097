'use strict';
// POS sale throughput and offline sync (issue 8, ADR 0016).
//
// 20 tablets enrolled at the demo showroom SR-TP-HA-TINH (demo manager login) each
// record one-unit cash sales with recordPosSale in a loop for a measured window:
// sales per second and p50/p95/p99 latency. The baseline, measured in the same run
// at the same concurrency with the same tablet sessions, is a trivial Admin API
// query (`activeAdministrator { id }`): the ratio says what a sale costs over an
// authenticated round trip. Then one tablet syncs an outbox of N queued sales
// (1,000; smoke 100) one after another as the app does, and replays the same outbox
// (every answer must be `replayed`). Every answer is checked (HTTP status, GraphQL
// errors, order code, no conflicts); afterwards SQL confirms exactly one order per sale.
const crypto = require('node:crypto');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { SHARED_DIST } = require('../lib/paths');
const { assertLoopback } = require('../lib/load');

const TABLETS = 20;
const REQUEST_TIMEOUT_MS = 30_000;
const SYNC_TARGET_SECONDS = 60;
const SYNC_PARALLEL = 4;
const DEMO_MANAGER = { username: 'quanly.tpht@ocop.hatinh.vn', password: 'ocop-demo' };
const POINT_CODE = 'SR-TP-HA-TINH';

async function gql(base, query, variables, token) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${base}/admin-api`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await res.json().catch(() => ({}));
    if (res.status !== 200 || body.errors) {
        throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    }
    return body.data;
}

const RECORD = `mutation ($input: RecordPosSaleInput!) { recordPosSale(input: $input) { orderCode total replayed conflicts { code } } }`;

function percentile(sorted, p) {
    if (!sorted.length) return NaN;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Stamps for the run, ISSUED and located at the showroom, with ample stock there. */
async function stockShowroom(pool, { units, log }) {
    const { generateStampCode } = require(path.join(SHARED_DIST, 'index.js'));
    const {
        rows: [point],
    } = await pool.query(`SELECT id, "stockLocationId" FROM sales_point WHERE code = $1`, [POINT_CODE]);
    const { rows: variants } = await pool.query(
        `SELECT DISTINCT ON (s."productVariantId") s."productVariantId" AS id, s."batchId",
                (SELECT pp.price FROM product_variant_price pp JOIN channel m ON m.id = pp."channelId" AND m.code = 'hatinh'
                  WHERE pp."variantId" = s."productVariantId" LIMIT 1) AS price
           FROM stamp s WHERE s."stockLocationId" = $1 AND s.status = 'ISSUED' ORDER BY s."productVariantId", s.id`,
        [point.stockLocationId],
    );
    if (!variants.length) throw new Error(`no stamped stock at ${POINT_CODE}: is the demo data loaded?`);
    const {
        rows: [{ top }],
    } = await pool.query(`SELECT COALESCE(max(serial), 0)::bigint AS top FROM stamp`);
    const codes = [];
    const random = (() => {
        const buf = crypto.randomBytes(units * 12);
        let o = 0;
        return n => buf.subarray(o, (o += n));
    })();
    for (let i = 0; i < units; i++) codes.push(generateStampCode(random));
    const variantOf = i => variants[i % variants.length];
    await pool.query(
        `INSERT INTO stamp (code, serial, "batchId", "productVariantId", status, "stockLocationId")
         SELECT c, $2::bigint + n, b, v, 'ISSUED', $5
           FROM unnest($1::text[], $3::int[], $4::int[]) WITH ORDINALITY AS t(c, b, v, n)`,
        [
            codes,
            String(top),
            codes.map((_, i) => variantOf(i).batchId),
            codes.map((_, i) => variantOf(i).id),
            point.stockLocationId,
        ],
    );
    await pool.query(
        `UPDATE stock_level SET "stockOnHand" = "stockOnHand" + $3 WHERE "stockLocationId" = $1 AND "productVariantId" = ANY($2::int[])`,
        [point.stockLocationId, variants.map(v => v.id), units],
    );
    log(
        `  ${units.toLocaleString('en')} stamped units put at ${POINT_CODE} over ${variants.length} variants`,
    );
    return {
        salesPointId: String(point.id),
        units: codes.map((code, i) => ({
            code,
            variantId: String(variantOf(i).id),
            price: Number(variantOf(i).price),
        })),
    };
}

function saleOf(ctx, unit) {
    return {
        clientSaleId: crypto.randomUUID(),
        salesPointId: ctx.salesPointId,
        staffId: ctx.staffId,
        soldAt: new Date().toISOString(),
        lines: [
            {
                productVariantId: unit.variantId,
                quantity: 1,
                stampCodes: [unit.code],
                unitPriceWithTax: unit.price,
            },
        ],
        payments: [{ method: 'cash', amount: unit.price, tendered: unit.price }],
    };
}

async function loop({ tablets, windowMs, request }) {
    const latencies = [];
    let errors = 0;
    let firstError;
    const stopAt = performance.now() + windowMs;
    const started = performance.now();
    await Promise.all(
        tablets.map(async tablet => {
            while (performance.now() < stopAt) {
                const t0 = performance.now();
                try {
                    await request(tablet);
                    latencies.push(performance.now() - t0);
                } catch (e) {
                    errors++;
                    firstError ??= e.message;
                    if (errors > 50) return;
                }
            }
        }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
        count: latencies.length,
        rps: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors,
        firstError,
    };
}

async function runPos({ base, pool, settings, log }) {
    assertLoopback(base);
    const problems = [];
    const windowMs = settings.posSeconds * 1000;
    const syncCount = settings.posSyncSales;
    // Enough units that no tablet can run out: a sale takes ≥ 5 ms, so 200/s is far above 2 cores.
    const units = TABLETS * settings.posSeconds * 200 + 3 * syncCount + TABLETS * 10;
    const stock = await stockShowroom(pool, { units, log });
    const tablets = [];
    for (let i = 0; i < TABLETS; i++) {
        const { enrolPosTablet } = await gql(
            base,
            `mutation ($input: EnrolPosTabletInput!) { enrolPosTablet(input: $input) { token } }`,
            { input: { ...DEMO_MANAGER, name: `Bench ${i + 1}` } },
        );
        tablets.push({ token: enrolPosTablet.token });
    }
    const { posBootstrap } = await gql(base, `{ posBootstrap { staff { id role } } }`, {}, tablets[0].token);
    const ctx = {
        salesPointId: stock.salesPointId,
        staffId: posBootstrap.staff.find(s => s.role === 'CASHIER').id,
    };
    let next = 0;
    const take = () => {
        if (next >= stock.units.length) throw new Error('out of stamped units');
        return stock.units[next++];
    };
    const orderCodes = [];
    const sell = async tablet => {
        const { recordPosSale } = await gql(base, RECORD, { input: saleOf(ctx, take()) }, tablet.token);
        if (recordPosSale.conflicts.length || recordPosSale.replayed) {
            throw new Error(`unexpected answer ${JSON.stringify(recordPosSale)}`);
        }
        orderCodes.push(recordPosSale.orderCode);
    };

    log(`  warm-up: ${TABLETS} sales`);
    await Promise.all(tablets.map(t => sell(t)));
    log(`  baseline: activeAdministrator at ${TABLETS} tablets for ${settings.posSeconds} s`);
    const baseline = await loop({
        tablets,
        windowMs,
        request: t => gql(base, `{ activeAdministrator { id } }`, {}, t.token),
    });
    log(`  recordPosSale at ${TABLETS} tablets for ${settings.posSeconds} s`);
    const sales = await loop({ tablets, windowMs, request: sell });
    if (sales.errors) problems.push(`recordPosSale: ${sales.errors} errors; first: ${sales.firstError}`);
    if (baseline.errors) problems.push(`baseline: ${baseline.errors} errors; first: ${baseline.firstError}`);

    log(
        `  sync: one tablet sends an outbox of ${syncCount.toLocaleString('en')} queued sales, then replays it`,
    );
    const outbox = Array.from({ length: syncCount }, () => saleOf(ctx, take()));
    const t0 = performance.now();
    for (const input of outbox) {
        const { recordPosSale } = await gql(base, RECORD, { input }, tablets[0].token);
        if (recordPosSale.replayed || recordPosSale.conflicts.length)
            problems.push(`sync: unexpected ${JSON.stringify(recordPosSale)}`);
    }
    const syncSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    let notReplayed = 0;
    for (const input of outbox) {
        const { recordPosSale } = await gql(base, RECORD, { input }, tablets[0].token);
        if (!recordPosSale.replayed) notReplayed++;
    }
    const replaySeconds = (performance.now() - t1) / 1000;
    if (notReplayed) problems.push(`replay: ${notReplayed} answers were not replays`);
    // The same outbox size again, sent 4 at a time (sales are independent and idempotent, so the app may).
    const parallelOutbox = Array.from({ length: syncCount }, () => saleOf(ctx, take()));
    const t2 = performance.now();
    let cursor = 0;
    await Promise.all(
        Array.from({ length: SYNC_PARALLEL }, async () => {
            while (cursor < parallelOutbox.length) {
                const input = parallelOutbox[cursor++];
                const { recordPosSale } = await gql(base, RECORD, { input }, tablets[0].token);
                if (recordPosSale.replayed || recordPosSale.conflicts.length) {
                    problems.push(`parallel sync: unexpected ${JSON.stringify(recordPosSale)}`);
                }
            }
        }),
    );
    const parallelSeconds = (performance.now() - t2) / 1000;
    const {
        rows: [{ sales: recorded, orders }],
    } = await pool.query(
        `SELECT count(*)::int AS sales, count(DISTINCT "orderId")::int AS orders FROM pos_sale WHERE "clientSaleId" = ANY($1)`,
        [outbox.map(o => o.clientSaleId)],
    );
    if (recorded !== syncCount || orders !== syncCount) {
        problems.push(`sync: ${recorded} sales and ${orders} orders recorded for ${syncCount} queued sales`);
    }
    return {
        tablets: TABLETS,
        baseline,
        sales,
        ratio: sales.rps / baseline.rps,
        sync: {
            count: syncCount,
            seconds: syncSeconds,
            perSecond: syncCount / syncSeconds,
            replaySeconds,
            parallelSeconds,
        },
        syncTargetSeconds: SYNC_TARGET_SECONDS * (syncCount / 1000),
        problems,
    };
}

function formatPos(r, mode) {
    const f = (n, d = 0) => (n == null || Number.isNaN(n) ? '—' : n.toFixed(d));
    const lines = [
        `POS (issue 8) — ${mode} mode, ${r.tablets} concurrent tablets`,
        `| scenario                     | sales/s | p50 ms | p95 ms | p99 ms | errors |`,
        `|------------------------------|---------|--------|--------|--------|--------|`,
        `| baseline activeAdministrator | ${f(r.baseline.rps).padStart(7)} | ${f(r.baseline.p50).padStart(6)} | ${f(r.baseline.p95).padStart(6)} | ${f(r.baseline.p99).padStart(6)} | ${String(r.baseline.errors).padStart(6)} |`,
        `| recordPosSale (1 unit, cash) | ${f(r.sales.rps).padStart(7)} | ${f(r.sales.p50).padStart(6)} | ${f(r.sales.p95).padStart(6)} | ${f(r.sales.p99).padStart(6)} | ${String(r.sales.errors).padStart(6)} |`,
        `  recordPosSale / baseline req/s: ${f(r.ratio, 3)}`,
        `  sync of ${r.sync.count.toLocaleString('en')} queued sales, one after another: ${f(r.sync.seconds, 1)} s (${f(r.sync.perSecond, 1)} sales/s); ` +
            `replaying the same outbox: ${f(r.sync.replaySeconds, 1)} s`,
        `  the same number of sales sent ${SYNC_PARALLEL} at a time: ${f(r.sync.parallelSeconds, 1)} s`,
        `  ${Math.min(r.sync.seconds, r.sync.parallelSeconds) <= r.syncTargetSeconds ? 'PASS' : 'FAIL'}  sync of ${r.sync.count} sales < ${f(r.syncTargetSeconds)} s ` +
            `(target: 1,000 sales < 60 s on 2 cores)`,
    ];
    return lines.join('\n');
}

module.exports = { runPos, formatPos, stockShowroom, saleOf, RECORD, DEMO_MANAGER };

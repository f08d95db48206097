#!/usr/bin/env node
'use strict';
/**
 * Benchmarks of the Hà Tĩnh OCOP backend (see README.md in this folder).
 *
 *   node test/bench/run.js                 full run (~10–15 s per scenario)
 *   BENCH_SMOKE=1 node test/bench/run.js   CI smoke run (~2–3 s per scenario, 20,000 stamps, < 3 min)
 *   BENCH_ONLY=shop|stamps|checkout|search|storefront|pos|pos-app|sales|mixed   one group only (storefront:
 *                                          Lighthouse, lighthouse.js; pos-app: the POS app in Chromium,
 *                                          pos-app.js; sales: salesReport over generated order lines;
 *                                          mixed: the mixed load of issue 10, mixed.js)
 *   BENCH_JSON=<file>                      also write the figures as JSON
 *   BENCH_DATABASE=embedded                use an embedded PostgreSQL even when 127.0.0.1:5432 answers
 *   BENCH_SERVER_ARGS='--prof …'           extra node arguments for the server (profiling)
 *
 * Starts the built backend (backend/dist) with the demo data on a fresh database,
 * loads it from this process with autocannon on 127.0.0.1 only, prints the figures
 * and the targets. Exit code: 0 when every scenario ran and answered correctly (a
 * missed speed target is reported, not failed); 1 on any error.
 */
const fs = require('node:fs');
const os = require('node:os');
const { openBenchDatabase, openPool } = require('./lib/database');
const { startBackend, shopQuery } = require('./lib/backend');
const { stopAll, killAllNow } = require('./lib/processes');
const { topUpStamps, sampleCodes } = require('./lib/stamps');
const { runShopApi } = require('./scenarios/shop-api');
const { runStampCheck } = require('./scenarios/stamp-check');
const { runCheckout, formatCheckout } = require('./scenarios/checkout');
const { runSearch, formatSearch } = require('./scenarios/search');
const { runPos, formatPos } = require('./scenarios/pos');
const { searchSettings } = require('./scenarios/search-settings');
const { runSalesReportBench } = require('./sales-report');
const {
    runLighthouse,
    startStorefront,
    formatLighthouse,
    targetsOf: lighthouseTargets,
} = require('./lighthouse');
const { runPosApp, formatPosApp } = require('./pos-app');
const { runMixed, formatMixed } = require('./mixed');

const SMOKE = /^(1|true|yes)$/i.test(process.env.BENCH_SMOKE || '');
const ONLY = process.env.BENCH_ONLY || '';
const GROUPS = ['shop', 'stamps', 'checkout', 'search', 'storefront', 'pos', 'pos-app', 'sales', 'mixed'];
const runs = group => !ONLY || ONLY === group;
const CHECKOUT_SMOKE = { checkoutSeconds: 3, checkoutRounds: 1, checkoutRampSeconds: 1 };
const CHECKOUT_FULL = { checkoutSeconds: 15, checkoutRounds: 2, checkoutRampSeconds: 2 };
const settings = SMOKE
    ? {
          mode: 'smoke',
          warmupSeconds: 1,
          shopSeconds: 2,
          stampSeconds: 2,
          stampRounds: 1,
          stamps: 20_000,
          sampleCodes: 5_000,
          posSeconds: 3,
          posSyncSales: 100,
          // Mixed load: the run's server only (no plain Vendure, no second process), ≤ 30 s in all.
          mixedSeconds: 2,
          mixedRounds: 1,
          mixedCheckoutStamps: 200,
          mixedPosUnits: 1_000,
          ...CHECKOUT_SMOKE,
      }
    : {
          mode: 'full',
          warmupSeconds: 3,
          shopSeconds: 10,
          stampSeconds: 15,
          stampRounds: 3,
          stamps: 1_000_000,
          sampleCodes: 5_000,
          posSeconds: 15,
          posSyncSales: 1_000,
          // Four interleaved rounds of 10 s: with two, ratios swung by ±0.4 from run to run.
          mixedSeconds: 40,
          mixedRounds: 4,
          mixedCheckoutStamps: 1_000,
          mixedPosUnits: 6_000,
          ...CHECKOUT_FULL,
      };
/** A whole run never takes longer than this, whatever hangs. */
// Smoke: ~3 min on a quiet 2-core machine (the checkout group starts a second server); 8 min leaves room for a busy one.
// The search group adds a second server start and two catalogue sizes (~1–2 min).
// The mixed group alone takes ~10 min in full mode.
const RUN_DEADLINE_MS = SMOKE ? 10 * 60_000 : 40 * 60_000;

const TARGETS = { pageOverBare: 0.25, pageP99Ms: 50, verifyOverProduct: 1.0 };

const log = line => console.log(line);
let database;
let backend;
let pool;
let cleaning;

async function cleanup() {
    if (!cleaning) {
        cleaning = (async () => {
            await stopAll();
            if (backend) await backend.stop().catch(() => undefined);
            if (pool) await pool.end().catch(() => undefined);
            if (database) await database.stop().catch(() => undefined);
        })();
    }
    return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
        console.error(`\n${signal}: stopping the server and the helpers …`);
        cleanup().finally(() => process.exit(130));
    });
}
process.on('exit', killAllNow);

const loadAverage = () =>
    os
        .loadavg()
        .map(n => n.toFixed(2))
        .join(' ');
const fmt = (n, digits = 0) =>
    n == null || Number.isNaN(n)
        ? '—'
        : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(rows) {
    const head = [
        'scenario',
        'conn',
        'req/s',
        'p50 ms',
        'p99 ms',
        'non-2xx',
        'errors',
        'bad',
        'logged/answered',
    ];
    const lines = rows.map(r =>
        r.missing
            ? [r.scenario, String(r.connections), 'NOT AVAILABLE', '', '', '', '', '', '']
            : [
                  r.scenario,
                  String(r.connections),
                  fmt(r.rps),
                  fmt(r.p50),
                  fmt(r.p99),
                  fmt(r.non2xx),
                  fmt(r.errors),
                  fmt(r.bad),
                  r.logged == null ? '' : `${fmt(r.logged)}/${fmt(r.answered)}`,
              ],
    );
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)));
    const out = [head, widths.map(w => '-'.repeat(w)), ...lines].map(
        l =>
            '| ' +
            l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') +
            ' |',
    );
    return out.join('\n');
}

/** Correctness problems of a row: any makes the run fail. */
function problemsOf(r) {
    if (r.missing) return [`${r.scenario}: not available (${r.missing})`];
    const p = [];
    if (r.non2xx)
        p.push(
            `${r.scenario} c=${r.connections}: ${r.non2xx} non-2xx answers (${JSON.stringify(r.statuses)}); first: ${r.firstProblem}`,
        );
    if (r.errors)
        p.push(`${r.scenario} c=${r.connections}: ${r.errors} connection errors (${r.timeouts} timeouts)`);
    if (r.bad) p.push(`${r.scenario} c=${r.connections}: ${r.bad} wrong answers; first: ${r.firstProblem}`);
    if (!r.answered) p.push(`${r.scenario} c=${r.connections}: no answers at all`);
    if (r.logged != null && r.logged < r.answered)
        p.push(`${r.scenario}: only ${r.logged} of ${r.answered} checks were logged`);
    return p;
}

function targetsOf(stampRows) {
    const by = name => stampRows.find(r => r.scenario.startsWith(name) && !r.missing);
    const bare = by('bare');
    const page = by('page');
    const verify = by('verifyStamp');
    const product = by('product(slug)');
    const verdict = ok => (ok == null ? 'n/a' : ok ? 'PASS' : 'FAIL');
    const pageRatio = page && bare ? page.rps / bare.rps : null;
    const verifyRatio = verify && product ? verify.rps / product.rps : null;
    return [
        {
            what: `page / bare req/s ≥ ${TARGETS.pageOverBare}`,
            value: pageRatio == null ? '—' : pageRatio.toFixed(3),
            result: verdict(pageRatio == null ? null : pageRatio >= TARGETS.pageOverBare),
        },
        {
            what: `page p99 < ${TARGETS.pageP99Ms} ms`,
            value: page ? `${page.p99} ms (bare lookup: ${bare ? bare.p99 : '—'} ms)` : '—',
            result: verdict(page ? page.p99 < TARGETS.pageP99Ms : null),
        },
        {
            what: `verifyStamp / product(slug) req/s ≥ ${TARGETS.verifyOverProduct}`,
            value: verifyRatio == null ? '—' : verifyRatio.toFixed(3),
            result: verdict(verifyRatio == null ? null : verifyRatio >= TARGETS.verifyOverProduct),
        },
    ];
}

async function main() {
    const started = Date.now();
    const deadline = setTimeout(() => {
        console.error(`\nThe run exceeded its ${RUN_DEADLINE_MS / 60_000} min deadline: stopping.`);
        cleanup().finally(() => process.exit(1));
    }, RUN_DEADLINE_MS);
    deadline.unref();
    log(
        `OCOP benchmarks — ${settings.mode} mode (${SMOKE ? 'BENCH_SMOKE=1' : 'set BENCH_SMOKE=1 for the CI smoke run'}), ` +
            `node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`,
    );
    if (os.loadavg()[0] > 1)
        log('  warning: the machine is already busy; the figures will be lower than on an idle machine');
    const problems = [];
    const report = {
        mode: settings.mode,
        date: new Date().toISOString(),
        shop: [],
        stamps: [],
        targets: [],
        checkout: null,
        search: null,
        storefront: [],
        pos: null,
        posApp: null,
        sales: null,
        mixed: null,
    };
    try {
        if (ONLY && !GROUPS.includes(ONLY))
            throw new Error(`BENCH_ONLY=${ONLY}: expected one of ${GROUPS.join(', ')}`);
        database = await openBenchDatabase(log);
        log('Starting the backend (demo data, PLACEMENT_LOCK=on) …');
        backend = await startBackend({ databaseUrl: database.url, log, env: { PLACEMENT_LOCK: 'on' } });
        pool = openPool(database.url, 2);

        if (runs('shop')) {
            log(
                `\nShop API (issue 2): ${settings.shopSeconds} s per scenario after a ${settings.warmupSeconds} s warm-up`,
            );
            report.shop = await runShopApi({ base: backend.base, settings, log });
        }
        if (runs('stamps')) {
            log(
                `\nStamp checks (issue 3): ${settings.stamps.toLocaleString('en')} stamps, ${settings.sampleCodes.toLocaleString('en')} random real codes, ` +
                    `${settings.stampSeconds} s per scenario in ${settings.stampRounds} interleaved round(s) after a ${settings.warmupSeconds} s warm-up`,
            );
            const listed = await shopQuery(
                backend.base,
                '{ products(options: {take: 100}) { items { slug variants { id } } } }',
            );
            const variantIds = listed.products.items.flatMap(p => p.variants.map(v => Number(v.id)));
            await topUpStamps(pool, { target: settings.stamps, variantIds, log });
            const codes = await sampleCodes(pool, settings.sampleCodes);
            const productSlug = listed.products.items.find(p => p.variants.length).slug;
            report.stamps = await runStampCheck({
                base: backend.base,
                databaseUrl: database.url,
                pool,
                codes,
                productSlug,
                settings,
                log,
            });
            report.targets = targetsOf(report.stamps);
        }
        if (runs('sales')) {
            // Before the checkout group, which starts a second server; the lines go to November 2026 only.
            log(`\nSales report (issue 9): salesReport for one month over generated order lines`);
            report.sales = await runSalesReportBench({ base: backend.base, pool, smoke: SMOKE, log });
            problems.push(...report.sales.problems);
        }
        if (runs('storefront')) {
            // Before the checkout group, which starts a second server and leaves orders behind.
            const runsPerPage = SMOKE ? 1 : 9;
            log(`\nStorefront (Lighthouse 12, mobile, simulated): median of ${runsPerPage} run(s) per page`);
            const storefront = await startStorefront(backend.base);
            report.storefront = await runLighthouse({
                storefrontBase: storefront.base,
                runs: runsPerPage,
                log,
                serverPids: [backend.server.child.pid, storefront.child.child.pid],
            });
            await storefront.child.stop();
        }
        if (runs('pos')) {
            // Before the checkout group, which starts a second server and leaves orders behind.
            log(
                `\nPOS (issue 8): recordPosSale at 20 tablets for ${settings.posSeconds} s against a baseline, ` +
                    `then a sync of ${settings.posSyncSales.toLocaleString('en')} queued sales and its replay`,
            );
            report.pos = await runPos({ base: backend.base, pool, settings, log });
        }
        if (runs('pos-app')) {
            // Before the checkout group, which starts a second server and leaves orders behind.
            log('\nPOS app (issue 8): first-load JavaScript and scan-to-line time in Chromium');
            report.posApp = await runPosApp({ apiBase: backend.base, pool, smoke: SMOKE, log });
        }
        if (runs('checkout')) {
            log(
                `\nCheckout (placement lock): 20 concurrent buyers, same variant and 20 different variants, PLACEMENT_LOCK off and on, ` +
                    `${settings.checkoutSeconds} s per case and mode in ${settings.checkoutRounds} round(s), each after a ${settings.checkoutRampSeconds} s ramp`,
            );
            report.checkout = await runCheckout({
                backend,
                startOffBackend: env =>
                    startBackend({ databaseUrl: database.url, log: line => log(`  ${line}`), env }),
                pool,
                settings,
                log,
            });
        }
        if (runs('search')) {
            const search = searchSettings(SMOKE);
            log(
                `\nSearch (ADR 0009): Vendure's strategy and ours at 10 connections on ${search.searchSmall.toLocaleString('en')} generated products, ` +
                    `ours again on ${search.searchLarge.toLocaleString('en')}; ${search.searchSeconds} s per run after a ${search.warmupSeconds} s warm-up`,
            );
            report.search = await runSearch({
                backend,
                startStockBackend: env =>
                    startBackend({ databaseUrl: database.url, log: line => log(`  ${line}`), env }),
                pool,
                settings: search,
                log,
            });
        }
        if (runs('mixed')) {
            // Last: it adds servers (full mode), stamps, orders and POS sales.
            log(
                `\nMixed load (issue 10): stamp checks, browsing, search, checkout steps and POS sales at 50 connections` +
                    (SMOKE
                        ? " — smoke: the run's server only, no plain Vendure, no second process"
                        : ', one and two server processes, plain Vendure and a bare server beside'),
            );
            report.mixed = await runMixed({
                backend,
                databaseUrl: database.url,
                pool,
                settings,
                smoke: SMOKE,
                log,
            });
        }
    } catch (e) {
        problems.push(e && e.message ? e.message : String(e));
    } finally {
        await cleanup();
    }

    for (const r of [...report.shop, ...report.stamps]) problems.push(...problemsOf(r));
    if (report.checkout) problems.push(...report.checkout.problems);
    if (report.search) problems.push(...report.search.problems);
    if (report.pos) problems.push(...report.pos.problems);
    if (report.mixed) problems.push(...report.mixed.problems);
    if (report.shop.length) log(`\nShop API — ${settings.mode} mode\n${table(report.shop)}`);
    if (report.stamps.length) {
        log(`\nStamp checks at 50 connections — ${settings.mode} mode\n${table(report.stamps)}`);
        log('\nTargets (issue 3)');
        for (const t of report.targets) log(`  ${t.result.padEnd(4)}  ${t.what.padEnd(40)} ${t.value}`);
    }
    if (report.checkout) log(`\n${formatCheckout(report.checkout, settings.mode)}`);
    if (report.search) log(`\n${formatSearch(report.search, settings.mode)}`);
    if (report.pos) log(`\n${formatPos(report.pos, settings.mode)}`);
    if (report.storefront.length) {
        report.storefrontTargets = lighthouseTargets(report.storefront);
        log(`\n${formatLighthouse(report.storefront, settings.mode)}`);
    }
    if (report.posApp) log(`\n${formatPosApp(report.posApp, settings.mode)}`);
    if (report.mixed) log(`\n${formatMixed(report.mixed, settings.mode)}`);
    const seconds = (Date.now() - started) / 1000;
    log(`\nTotal time ${seconds.toFixed(0)} s; load average now ${loadAverage()}.`);
    if (process.env.BENCH_JSON)
        fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...report, seconds, problems }, null, 2));
    if (problems.length) {
        console.error(`\nBENCHMARK FAILED — ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
        process.exit(1);
    }
    process.exit(0);
}

main();

'use strict';
// Issue 10, "Load": a mixed benchmark at 50 connections — stamp checks, browsing, search,
// checkout steps and POS sales in one autocannon load (mix-load.js, in a process of its
// own), in realistic proportions — against
// one and two server processes (two servers + a worker on PostgreSQL and Redis, ADR 0022),
// beside plain Vendure with the same catalogue (browse, checkout) and a bare node:http + pg
// server doing the stamp check's database work (lookup + check log), all in the same run.
// See ADR 0025 and README.md ("Mixed load").
//
// Used as the `mixed` group of run.js (BENCH_ONLY=mixed). Smoke mode: the run's one
// server only, no plain Vendure, no second process, a few seconds per scenario.
const crypto = require('node:crypto');
const path = require('node:path');
const { BACKEND_DIST } = require('./lib/paths');
const { startNode, freePort, waitFor, sleep, portAnswers } = require('./lib/processes');
const { shopQuery } = require('./lib/backend');
const { DB_NAME } = require('./lib/database');
const { topUpStamps, sampleCodes } = require('./lib/stamps');
const { pickVariants, prepareVariants } = require('./scenarios/checkout');
const { stockShowroom, DEMO_MANAGER } = require('./scenarios/pos');
const { startPlainVendure, readCatalogue } = require('./plain-vendure');
const { startSampler, formatSample, waitForQuiet } = require('./lib/sampler');
const { CHECKOUT_STEP_NAMES, probeKinds, startMixLoad } = require('./mix-load');
const { runSerialCheckouts } = require('./serial-checkout');

const CONNECTIONS = 50;
/** Shares of the requests, in per cent ("about 60 / 20 / 12 / 6 / 3"). */
const WEIGHTS = { stamp: 59, browse: 20, search: 12, checkout: 6, pos: 3 };
const KIND_NAMES = {
    stamp: 'stamp check',
    browse: 'browse',
    search: 'search',
    checkout: 'checkout step',
    pos: 'POS sale',
};
const TARGETS = { oursOverPlain: 0.85, pageOverBare: 0.5, pageP99Ms: 50 };
const TABLETS = 10;
const CHECKOUT_VARIANTS = 10;
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
/** `BENCH_MIXED_SCENARIOS=page1,bareBatched`: only these scenarios (keys below), to look into one figure. */
const ONLY_SCENARIOS = process.env.BENCH_MIXED_SCENARIOS?.split(',').map(k => k.trim());
/** `BENCH_SERIAL_CHECKOUTS=40`: first, CPU per checkout step one checkout at a time (serial-checkout.js). */
const SERIAL_CHECKOUTS = Number(process.env.BENCH_SERIAL_CHECKOUTS) || 0;

function percentile(sorted, p) {
    if (!sorted.length) return null;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A checkout's answers per step over several runs: how many, their p50 and their mean, in ms. */
function stepFigures(perRun) {
    const names = CHECKOUT_STEP_NAMES.filter(name => perRun.some(r => r?.[name]));
    if (!names.length) return null;
    return Object.fromEntries(
        names.map(name => {
            const ms = perRun.flatMap(r => r?.[name] ?? []).sort((a, b) => a - b);
            const mean = ms.reduce((n, x) => n + x, 0) / ms.length;
            return [name, { answered: ms.length, p50: Math.round(percentile(ms, 50)), mean }];
        }),
    );
}

/** Several runs of one scenario as one figure per kind. */
function combine(runs, kinds) {
    const seconds = runs.reduce((n, r) => n + r.seconds, 0);
    const byKind = {};
    for (const k of kinds) {
        const latencies = runs.flatMap(r => r.tallies[k].latencies).sort((a, b) => a - b);
        const sum = key => runs.reduce((n, r) => n + r.tallies[k][key], 0);
        byKind[k] = {
            answered: sum('answered'),
            rps: sum('answered') / seconds,
            donePerSecond: sum('done') / seconds,
            p50: latencies.length ? Math.round(percentile(latencies, 50)) : null,
            p99: latencies.length ? Math.round(percentile(latencies, 99)) : null,
            non2xx: sum('non2xx'),
            bad: sum('bad'),
            firstProblem: runs.map(r => r.tallies[k].firstProblem).find(Boolean) || null,
            steps: stepFigures(runs.map(r => r.tallies[k].stepLatencies)),
        };
    }
    return {
        seconds,
        errors: runs.reduce((n, r) => n + r.counters.errors, 0),
        timeouts: runs.reduce((n, r) => n + r.counters.timeouts, 0),
        byKind,
    };
}

// ---------------------------------------------------------------------------
// Servers: two processes and a worker on Redis (as docker/compose.yml runs them)

async function startScaledOut({ databaseUrl, dataDir, log }) {
    if (!(await portAnswers(Number(new URL(REDIS_URL).port || 6379))))
        throw new Error(`mixed: nothing answers at ${REDIS_URL}: the two-process setup needs Redis`);
    const prefix = `ocop-bench-mixed-${process.pid}`;
    const env = { ...process.env };
    for (const k of ['CORS_ORIGINS', 'SMTP_URL', 'NODE_OPTIONS']) delete env[k];
    // Production mode, as the compose file runs them: in development Express and Vendure do
    // more per request (debug errors, no view cache), ~15 % of the stamp page's throughput.
    Object.assign(env, {
        NODE_ENV: 'production',
        SUPERADMIN_PASSWORD: crypto.randomBytes(16).toString('hex'),
        DEMO_DATA: 'false',
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        STAMP_CHECK_RATE_LIMIT: '0',
        PLACEMENT_LOCK: 'on',
        REDIS_URL,
        REDIS_PREFIX: prefix,
        COOKIE_SECRET: crypto.randomBytes(32).toString('hex'),
    });
    const nodeArgs = (process.env.BENCH_SERVER_ARGS || '').split(/\s+/).filter(Boolean);
    const started = Date.now();
    const servers = [];
    for (const name of ['server-1', 'server-2']) {
        const port = await freePort();
        const base = `http://127.0.0.1:${port}`;
        const child = startNode(
            name,
            path.join(BACKEND_DIST, 'index.js'),
            { ...env, PORT: String(port), PUBLIC_URL: base },
            { nodeArgs },
        );
        servers.push({ name, base, child });
    }
    const worker = startNode(
        'worker',
        path.join(BACKEND_DIST, 'index-worker.js'),
        { ...env, PUBLIC_URL: servers[0].base },
        { nodeArgs },
    );
    const stop = async () => {
        await Promise.all([worker.stop(), ...servers.map(s => s.child.stop())]);
        await clearRedis(prefix).catch(() => undefined);
    };
    try {
        for (const s of servers)
            await waitFor(
                `${s.name} GET /health = 200`,
                async () => (await fetch(`${s.base}/health`)).status === 200,
                { timeoutMs: 300_000, child: s.child },
            );
    } catch (e) {
        await stop();
        throw e;
    }
    log(
        `  two servers and a worker on Redis (${REDIS_URL}, prefix ${prefix}) ready after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { servers, worker, stop };
}

async function clearRedis(prefix) {
    const { Redis } = require(require.resolve('ioredis', { paths: [path.join(BACKEND_DIST, '..')] }));
    const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    try {
        let cursor = '0';
        do {
            const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
            cursor = next;
            if (keys.length) await client.del(...keys);
        } while (cursor !== '0');
    } finally {
        client.disconnect();
    }
}

// ---------------------------------------------------------------------------
// Preparation

async function gqlAdmin(base, query, variables, token) {
    const res = await fetch(`${base}/admin-api`, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
    });
    const body = await res.json().catch(() => ({}));
    if (res.status !== 200 || body.errors)
        throw new Error(`Admin API ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    return body.data;
}

async function prepare({ base, pool, settings, log }) {
    const listed = await shopQuery(
        base,
        '{ products(options: {take: 100}) { items { slug variants { id } } } }',
    );
    const variantIds = listed.products.items.flatMap(p => p.variants.map(v => Number(v.id)));
    await topUpStamps(pool, { target: settings.stamps, variantIds, log });
    const codes = await sampleCodes(pool, settings.sampleCodes);
    const slugs = listed.products.items.filter(p => p.variants.length).map(p => p.slug);
    const tag = Date.now().toString(36);

    // Checkout: ample stock and stamps on a few variants, never more checkouts than stamps.
    const variants = (await pickVariants(base)).slice(0, CHECKOUT_VARIANTS);
    const perVariant = settings.mixedCheckoutStamps;
    await prepareVariants(base, variants, () => perVariant, log, `MIX-${tag}`);

    // POS: stamped units at the demo showroom, tablets enrolled with the demo manager.
    const stock = await stockShowroom(pool, { units: settings.mixedPosUnits, log });
    const tablets = [];
    for (let i = 0; i < TABLETS; i++) {
        const { enrolPosTablet } = await gqlAdmin(
            base,
            `mutation ($input: EnrolPosTabletInput!) { enrolPosTablet(input: $input) { token } }`,
            { input: { ...DEMO_MANAGER, name: `Mixed ${i + 1}` } },
        );
        tablets.push(enrolPosTablet.token);
    }
    const { posBootstrap } = await gqlAdmin(base, `{ posBootstrap { staff { id role } } }`, {}, tablets[0]);
    log(
        `  prepared: ${codes.length.toLocaleString('en')} stamp codes, ${slugs.length} products, ` +
            `${variants.length} checkout variants, ${stock.units.length.toLocaleString('en')} POS units, ${TABLETS} tablets`,
    );
    return {
        tag,
        codes,
        slugs,
        variants: variants.map(v => v.id),
        checkoutsStarted: 0,
        checkoutCapacity: variants.length * perVariant,
        units: stock.units,
        nextUnit: 0,
        tablets,
        pos: {
            salesPointId: stock.salesPointId,
            staffId: posBootstrap.staff.find(s => s.role === 'CASHIER').id,
        },
    };
}

async function countChecks(pool) {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM stamp_check');
    return rows[0].n;
}

// ---------------------------------------------------------------------------
// The group

/**
 * @param {object} o
 * @param {{base: string, dataDir: string}} o.backend  the run's server (demo data loaded)
 * @param {string} o.databaseUrl
 * @param {import('pg').Pool} o.pool
 * @param {object} o.settings  mixedSeconds, mixedRounds, warmupSeconds, stamps, sampleCodes, …
 * @param {boolean} o.smoke
 */
async function runMixed({ backend, databaseUrl, pool, settings, smoke, log }) {
    const problems = [];
    const ctx = await prepare({ base: backend.base, pool, settings, log });
    const helpers = [];
    const bareBase = `http://127.0.0.1:${await freePort()}`;
    const bare = startNode('bare-log', path.join(__dirname, 'bare-server.js'), {
        ...process.env,
        PORT: new URL(bareBase).port,
        DATABASE_URL: databaseUrl,
        BARE_MODE: 'log',
    });
    helpers.push(() => bare.stop());
    /** Processes serving each base (CPU sampling); the worker counts with the two-server setup. */
    const pidsOf = new Map([
        [backend.base, [backend.server.child.pid]],
        [bareBase, [bare.child.pid]],
    ]);
    // The same statements with the check log buffered like the page's (one write per 150 ms).
    const batchedBase = smoke ? null : `http://127.0.0.1:${await freePort()}`;
    if (batchedBase) {
        const batched = startNode('bare-log-batched', path.join(__dirname, 'bare-server.js'), {
            ...process.env,
            PORT: new URL(batchedBase).port,
            DATABASE_URL: databaseUrl,
            BARE_MODE: 'log',
            BARE_LOG_BATCH_MS: '150',
        });
        helpers.push(() => batched.stop());
        pidsOf.set(batchedBase, [batched.child.pid]);
    }
    try {
        for (const base of [bareBase, batchedBase].filter(Boolean))
            await waitFor(
                'the bare server',
                async () => (await fetch(`${base}/v/${ctx.codes[0]}`)).status === 200,
                { timeoutMs: 20_000, intervalMs: 200 },
            );
        let one = backend.base;
        let two = null;
        let plain = null;
        if (!smoke) {
            const scaled = await startScaledOut({ databaseUrl, dataDir: backend.dataDir, log });
            helpers.push(() => scaled.stop());
            one = scaled.servers[0].base;
            two = scaled.servers.map(s => s.base);
            for (const s of scaled.servers) pidsOf.set(s.base, [s.child.child.pid, scaled.worker.child.pid]);
            const catalogue = await readCatalogue(backend.base);
            const adminUrl = new URL(databaseUrl);
            adminUrl.pathname = '/postgres';
            plain = await startPlainVendure({
                adminUrl: String(adminUrl),
                databaseName: `${DB_NAME}_plain`.slice(0, 63),
                catalogue,
                log,
            });
            helpers.push(() => plain.stop());
            pidsOf.set(plain.base, [plain.server.child.pid]);
        }
        const sampledDatabases = [new URL(databaseUrl).pathname.slice(1), `${DB_NAME}_plain`.slice(0, 63)];
        const split = bases => bases.map(base => ({ base, connections: CONNECTIONS / bases.length }));
        const scenarios = [
            { key: 'mix1', name: 'mix, ours, 1 process', targets: split([one]), weights: WEIGHTS },
            two && { key: 'mix2', name: 'mix, ours, 2 processes', targets: split(two), weights: WEIGHTS },
            plain && {
                key: 'browseOurs',
                name: 'browse, ours',
                targets: split([one]),
                weights: { browse: 1 },
            },
            plain && {
                key: 'browsePlain',
                name: 'browse, plain Vendure',
                targets: split([plain.base]),
                weights: { browse: 1 },
                plain: true,
            },
            plain && {
                key: 'checkoutOurs',
                name: 'checkout, ours',
                targets: split([one]),
                weights: { checkout: 1 },
            },
            plain && {
                key: 'checkoutPlain',
                name: 'checkout, plain Vendure',
                targets: split([plain.base]),
                weights: { checkout: 1 },
                plain: true,
            },
            {
                key: 'page1',
                name: 'stamp page, ours, 1 process',
                targets: split([one]),
                weights: { stamp: 1 },
            },
            two && {
                key: 'page2',
                name: 'stamp page, ours, 2 processes',
                targets: split(two),
                weights: { stamp: 1 },
            },
            {
                key: 'bare',
                name: 'bare node:http + pg (lookup + log)',
                targets: split([bareBase]),
                weights: { stamp: 1 },
                bare: true,
            },
            batchedBase && {
                key: 'bareBatched',
                name: 'bare, log batched like the page',
                targets: split([batchedBase]),
                weights: { stamp: 1 },
                bare: true,
            },
        ]
            .filter(Boolean)
            .filter(s => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(s.key));

        // Plain Vendure has its own catalogue: its variant ids and slugs.
        let plainCtx;
        let serial = null;
        if (plain) {
            const p = await shopQuery(
                plain.base,
                '{ products(options: {take: 100}) { items { slug variants { id } } } }',
            );
            plainCtx = {
                ...ctx,
                slugs: p.products.items.map(i => i.slug),
                variants: p.products.items.slice(0, CHECKOUT_VARIANTS).map(i => i.variants[0].id),
                checkoutsStarted: 0,
                checkoutCapacity: Infinity,
            };
        }
        const bareCtx = { ...ctx, bare: true };
        const contextOf = s => (s.plain ? plainCtx : s.bare ? bareCtx : ctx);
        // One of each kind on every server before any load: fails fast, warms the paths up.
        for (const s of scenarios)
            for (const t of s.targets) await probeKinds(t.base, Object.keys(s.weights), contextOf(s));
        if (SERIAL_CHECKOUTS && plain) {
            serial = await runSerialCheckouts({
                ours: { base: one, pids: pidsOf.get(one), variants: ctx.variants },
                plain: { base: plain.base, pids: pidsOf.get(plain.base), variants: plainCtx.variants },
                n: SERIAL_CHECKOUTS,
                log,
            });
            // Two passes of placed orders, each taking a stamp the load must not count on.
            ctx.checkoutsStarted += 2 * SERIAL_CHECKOUTS;
        }
        const measure = async (s, seconds) => {
            const c = contextOf(s);
            const logged = !!s.weights.stamp;
            let before;
            if (logged) {
                await sleep(500); // earlier buffered checks reach the table
                before = await countChecks(pool);
            }
            const serverPids = [...new Set(s.targets.flatMap(t => pidsOf.get(t.base) || []))];
            const everyServer = [...new Set([...pidsOf.values()].flat())];
            if (!(await waitForQuiet(everyServer)))
                log(`  (${s.name}: the servers were still busy after 60 s; measuring anyway)`);
            const load = await startMixLoad();
            let r;
            try {
                const sampler = await startSampler({
                    pool,
                    serverPids,
                    benchPids: [process.pid, load.pid],
                    databases: sampledDatabases,
                });
                r = await load.run({ targets: s.targets, weights: s.weights, ctx: c, seconds });
                r.sample = await sampler.stop();
            } finally {
                load.stop();
            }
            if (logged) {
                let after = await countChecks(pool);
                for (let i = 0; i < 10 && after - before < r.tallies.stamp.answered; i++) {
                    await sleep(300);
                    after = await countChecks(pool);
                }
                r.logged = after - before;
            }
            return r;
        };

        log(
            `  ${scenarios.length} scenarios at ${CONNECTIONS} connections: ${settings.mixedSeconds} s each in ` +
                `${settings.mixedRounds} round(s) (order reversed every other round), after a ${settings.warmupSeconds} s warm-up`,
        );
        for (const s of scenarios) await measure(s, settings.warmupSeconds);
        const runs = Object.fromEntries(scenarios.map(s => [s.key, []]));
        const roundSeconds = settings.mixedSeconds / settings.mixedRounds;
        for (let round = 0; round < settings.mixedRounds; round++) {
            const order = round % 2 ? [...scenarios].reverse() : scenarios;
            for (const s of order) runs[s.key].push(await measure(s, roundSeconds));
        }
        const rows = scenarios.map(s => {
            const kinds = Object.keys(s.weights);
            const combined = combine(runs[s.key], kinds);
            const logged = runs[s.key].every(r => r.logged != null)
                ? runs[s.key].reduce((n, r) => n + r.logged, 0)
                : null;
            const samples = runs[s.key].map(r => r.sample).filter(Boolean);
            const sample = samples.length
                ? {
                      ...samples[samples.length - 1],
                      ...Object.fromEntries(
                          [
                              'servers',
                              'postgres',
                              'bench',
                              'other',
                              'idle',
                              'pgActive',
                              'mainRun',
                              'mainWait',
                          ].map(k => [k, samples.reduce((n, x) => n + x[k], 0) / samples.length]),
                      ),
                      each: samples[0].each.map(
                          (_, i) => samples.reduce((n, x) => n + x.each[i], 0) / samples.length,
                      ),
                  }
                : null;
            return { key: s.key, scenario: s.name, kinds, ...combined, logged, sample };
        });
        for (const row of rows) {
            for (const k of row.kinds) {
                const f = row.byKind[k];
                if (f.non2xx)
                    problems.push(`${row.scenario} / ${k}: ${f.non2xx} non-2xx; first: ${f.firstProblem}`);
                if (f.bad)
                    problems.push(`${row.scenario} / ${k}: ${f.bad} wrong answers; first: ${f.firstProblem}`);
                if (!f.answered) problems.push(`${row.scenario} / ${k}: no answers at all`);
            }
            if (row.errors)
                problems.push(`${row.scenario}: ${row.errors} connection errors (${row.timeouts} timeouts)`);
            if (row.logged != null && row.logged < row.byKind.stamp.answered)
                problems.push(
                    `${row.scenario}: only ${row.logged} of ${row.byKind.stamp.answered} checks were logged`,
                );
            log(`  ${formatRowLine(row)}`);
            log(`  ${''.padEnd(36)} ${formatSample(row.sample)}`);
        }
        return { rows, targets: targetsOf(rows), problems, serial };
    } finally {
        for (const stop of helpers.reverse()) await stop().catch(() => undefined);
    }
}

function formatRowLine(row) {
    return (
        `${row.scenario.padEnd(36)} ` +
        row.kinds
            .map(k => {
                const f = row.byKind[k];
                return `${k} ${f.rps.toFixed(0)} req/s p50 ${f.p50} p99 ${f.p99}`;
            })
            .join(' · ')
    );
}

/**
 * Whole checkouts per second of a checkout-only scenario, by Little's law: each of the
 * connections runs one checkout at a time, its seven steps in turn, so it places an order
 * every Σ (mean answer time of each step). Unlike steps/s, this does not depend on which
 * steps a 10 s round happens to reach: on a slower server fewer checkouts get to their
 * last, costliest steps in a round, which raised its steps/s. Null without all seven steps.
 */
function checkoutsPerSecond(row) {
    const steps = row?.byKind.checkout?.steps;
    if (!steps || CHECKOUT_STEP_NAMES.some(name => !steps[name])) return null;
    const seconds = CHECKOUT_STEP_NAMES.reduce((n, name) => n + steps[name].mean, 0) / 1000;
    return CONNECTIONS / seconds;
}

function targetsOf(rows) {
    const row = key => rows.find(r => r.key === key);
    const verdict = ok => (ok == null ? 'n/a' : ok ? 'PASS' : 'FAIL');
    const ratio = (a, b, kind) =>
        row(a) && row(b) ? row(a).byKind[kind].rps / row(b).byKind[kind].rps : null;
    const browse = ratio('browseOurs', 'browsePlain', 'browse');
    const stepRatio = ratio('checkoutOurs', 'checkoutPlain', 'checkout');
    const [oursCheckouts, plainCheckouts] = ['checkoutOurs', 'checkoutPlain'].map(k =>
        checkoutsPerSecond(row(k)),
    );
    const checkout = oursCheckouts && plainCheckouts ? oursCheckouts / plainCheckouts : null;
    const page = ratio('page1', 'bare', 'stamp');
    const page2 = ratio('page2', 'bare', 'stamp');
    const strict = ratio('page1', 'bareBatched', 'stamp');
    const strict2 = ratio('page2', 'bareBatched', 'stamp');
    const p99 = row('page1')?.byKind.stamp.p99;
    const fmt = r => (r == null ? '—' : r.toFixed(3));
    return [
        {
            what: `browse: ours / plain Vendure req/s ≥ ${TARGETS.oursOverPlain}`,
            value: fmt(browse),
            result: verdict(browse == null ? null : browse >= TARGETS.oursOverPlain),
        },
        {
            what: `checkout: ours / plain Vendure whole checkouts/s ≥ ${TARGETS.oursOverPlain}`,
            value:
                checkout == null
                    ? `— (steps/s ${fmt(stepRatio)})`
                    : `${fmt(checkout)} (${oursCheckouts.toFixed(2)} / ${plainCheckouts.toFixed(2)}; steps/s ${fmt(stepRatio)})`,
            result: verdict(checkout == null ? null : checkout >= TARGETS.oursOverPlain),
        },
        {
            what: `stamp page (1 process) / bare lookup + log req/s ≥ ${TARGETS.pageOverBare}`,
            value: fmt(page) + (page2 == null ? '' : ` (2 processes: ${fmt(page2)})`),
            result: verdict(page == null ? null : page >= TARGETS.pageOverBare),
        },
        {
            what: `(information) stamp page / bare with the log batched like the page`,
            value: fmt(strict) + (strict2 == null ? '' : ` (2 processes: ${fmt(strict2)})`),
            result: strict == null ? 'n/a' : 'info',
        },
        {
            what: `stamp page p99 < ${TARGETS.pageP99Ms} ms at ${CONNECTIONS} connections`,
            value:
                p99 == null
                    ? '—'
                    : `${p99} ms (2 processes: ${row('page2')?.byKind.stamp.p99 ?? '—'} ms, bare: ${row('bare')?.byKind.stamp.p99 ?? '—'} ms)`,
            result: verdict(p99 == null ? null : p99 < TARGETS.pageP99Ms),
        },
    ];
}

function formatMixed(report, mode) {
    const fmt = (n, d = 0) =>
        n == null || Number.isNaN(n)
            ? '—'
            : n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
    const head = [
        'scenario',
        'kind',
        'req/s',
        'p50 ms',
        'p99 ms',
        'orders|sales/s',
        'non-2xx',
        'bad',
        'logged/answered',
    ];
    const lines = [];
    for (const row of report.rows) {
        for (const k of row.kinds) {
            const f = row.byKind[k];
            lines.push([
                row.scenario,
                KIND_NAMES[k],
                fmt(f.rps),
                fmt(f.p50),
                fmt(f.p99),
                k === 'checkout' || k === 'pos' ? fmt(f.donePerSecond, 1) : '',
                fmt(f.non2xx),
                fmt(f.bad),
                k === 'stamp' && row.logged != null ? `${fmt(row.logged)}/${fmt(f.answered)}` : '',
            ]);
        }
        if (row.kinds.length > 1) {
            const all = row.kinds.reduce((n, k) => n + row.byKind[k].answered, 0);
            lines.push([row.scenario, 'all', fmt(all / row.seconds), '', '', '', '', '', '']);
        }
    }
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)));
    const table = [head, widths.map(w => '-'.repeat(w)), ...lines]
        .map(
            l =>
                '| ' +
                l.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') +
                ' |',
        )
        .join('\n');
    const out = [`Mixed load (issue 10) at ${CONNECTIONS} connections — ${mode} mode`, table];
    const mix1 = report.rows.find(r => r.key === 'mix1');
    const mix2 = report.rows.find(r => r.key === 'mix2');
    if (mix1 && mix2) {
        const total = r => r.kinds.reduce((n, k) => n + r.byKind[k].answered, 0) / r.seconds;
        out.push(
            `\n  one vs two server processes (whole mix): ${fmt(total(mix1))} vs ${fmt(total(mix2))} req/s (× ${(total(mix2) / total(mix1)).toFixed(2)})`,
        );
    }
    out.push(
        '\nWhere the time went (averages over the measured rounds; servers include the worker with two processes)',
    );
    for (const row of report.rows) out.push(`  ${row.scenario.padEnd(36)} ${formatSample(row.sample)}`);
    const withSteps = report.rows.filter(row => row.byKind.checkout?.steps);
    if (withSteps.length) {
        out.push('\nCheckout answers by step (answers × p50 / mean ms)');
        for (const row of withSteps) {
            const steps = Object.entries(row.byKind.checkout.steps)
                .map(([name, f]) => `${name} ${fmt(f.answered)} × ${fmt(f.p50)} / ${fmt(f.mean)}`)
                .join(', ');
            out.push(`  ${row.scenario.padEnd(36)} ${steps}`);
        }
    }
    out.push('\nTargets (issue 10)');
    for (const t of report.targets) out.push(`  ${t.result.padEnd(4)}  ${t.what.padEnd(62)} ${t.value}`);
    return out.join('\n');
}

module.exports = { runMixed, formatMixed, WEIGHTS };

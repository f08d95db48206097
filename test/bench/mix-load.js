'use strict';
// The mixed load of mixed.js (issue 10, ADR 0025): what each kind of request is, how its
// answer is checked, and one measured run with autocannon.
//
// A measured run happens in a child process of its own (`startMixLoad`), forked for that
// run: the load generator's event loop and heap are its own, not those of the bench
// process that holds the servers' handles, every earlier run's latencies and the
// preparation's data, whose collector pauses would count in every response in flight.
// (Measured: it did not lower the stamp page's p99; ADR 0028.) The probes before the load
// run in the bench process.
const { fork } = require('node:child_process');
const autocannon = require('autocannon');
const { assertLoopback, graphqlQuickCheck } = require('./lib/load');
const { CHECKOUT_QUERIES: Q, PLACED_STATES } = require('./scenarios/checkout');
const { saleOf, RECORD } = require('./scenarios/pos');

const MAX_RATE_PER_SECOND = 60_000;
const SEARCH_TERMS = ['nuoc mam', 'mật ong', 'cam', 'keo cu do', 'chè xanh', 'tinh dau'];

const BROWSE = [
    () => ({ query: '{ products(options: {take: 12}) { items { name slug featuredAsset { preview } } } }' }),
    ctx => ({
        query: 'query($s: String!) { product(slug: $s) { name description variants { name priceWithTax stockLevel } featuredAsset { preview } } }',
        variables: { s: randomOf(ctx.slugs) },
    }),
    () => ({ query: '{ collections(options: {take: 20}) { items { name slug } } }' }),
];

function randomOf(list) {
    return list[(Math.random() * list.length) | 0];
}

function parse(body) {
    try {
        return JSON.parse(body);
    } catch {
        return null;
    }
}

// ---------------------------------------------------------------------------
// Checkout as a chain of requests carrying the session's bearer token

const typed = (field, step) => d => {
    const o = d?.[field];
    if (!o) return `${step}: null answer`;
    if (o.__typename !== 'Order') return `${step}: ${o.__typename} ${o.errorCode || ''} ${o.message || ''}`;
    return null;
};

const CHECKOUT_STEPS = [
    {
        name: 'addItemToOrder',
        query: Q.ADD_ITEM,
        variables: c => ({ v: c.variantId }),
        accept: (d, c) =>
            typed('addItemToOrder', 'addItemToOrder')(d) ||
            (d.addItemToOrder.lines.some(l => String(l.productVariant.id) === String(c.variantId))
                ? null
                : 'addItemToOrder: no line of the variant'),
    },
    {
        name: 'setCustomerForOrder',
        query: Q.SET_CUSTOMER,
        variables: c => ({
            input: { emailAddress: c.email, firstName: 'Bench', lastName: `Mixed ${c.n}` },
        }),
        accept: typed('setCustomerForOrder', 'setCustomerForOrder'),
    },
    {
        name: 'setOrderShippingAddress',
        query: Q.SET_ADDRESS,
        variables: c => ({
            input: {
                fullName: `Bench Mixed ${c.n}`,
                streetLine1: '1 Trần Phú',
                city: 'Phường Thành Sen',
                province: 'Hà Tĩnh',
                countryCode: 'VN',
                phoneNumber: '0912345678',
            },
        }),
        accept: typed('setOrderShippingAddress', 'setOrderShippingAddress'),
    },
    {
        name: 'eligibleShippingMethods',
        query: Q.SHIPPING_METHODS,
        variables: () => undefined,
        accept: (d, c) => {
            const methods = d?.eligibleShippingMethods;
            if (!Array.isArray(methods) || !methods.length) return 'no eligible shipping method';
            c.methodId = methods[0].id;
            return null;
        },
    },
    {
        name: 'setOrderShippingMethod',
        query: Q.SET_SHIPPING,
        variables: c => ({ ids: [c.methodId] }),
        accept: typed('setOrderShippingMethod', 'setOrderShippingMethod'),
    },
    {
        name: 'transitionOrderToState',
        query: Q.TO_ARRANGING_PAYMENT,
        variables: () => undefined,
        accept: d =>
            typed('transitionOrderToState', 'transitionOrderToState')(d) ||
            (d.transitionOrderToState.state === 'ArrangingPayment'
                ? null
                : `transitionOrderToState: state ${d.transitionOrderToState.state}`),
    },
    {
        name: 'addPaymentToOrder',
        query: Q.ADD_PAYMENT,
        variables: () => undefined,
        accept: d =>
            typed('addPaymentToOrder', 'addPaymentToOrder')(d) ||
            (PLACED_STATES.has(d.addPaymentToOrder.state)
                ? null
                : `addPaymentToOrder: state ${d.addPaymentToOrder.state}`),
    },
];

// ---------------------------------------------------------------------------
// Requests of each kind, and the check of their answers

function gqlRequest(apiPath, payload, token) {
    return {
        method: 'POST',
        path: apiPath,
        headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(payload),
    };
}

/**
 * The next request of a kind. `ready` holds this server's checkouts waiting for their
 * next step: a checkout step continues one of them, or starts a fresh session.
 * Returns { method, path, headers, body, checkout? }.
 */
function requestOf(kind, ctx, ready) {
    switch (kind) {
        case 'stamp':
            return { method: 'GET', path: `/v/${randomOf(ctx.codes)}`, headers: {}, body: '' };
        case 'browse':
            return gqlRequest('/shop-api', randomOf(BROWSE)(ctx));
        case 'search':
            return gqlRequest('/shop-api', {
                query: `query($t: String!) { search(input: {term: $t, groupByProduct: true, take: 12}) { totalItems items { productName slug } } }`,
                variables: { t: randomOf(SEARCH_TERMS) },
            });
        case 'pos': {
            const unit = ctx.units[ctx.nextUnit++];
            return gqlRequest(
                '/admin-api',
                { query: RECORD, variables: { input: saleOf(ctx.pos, unit) } },
                randomOf(ctx.tablets),
            );
        }
        case 'checkout': {
            let c = ready.shift();
            if (!c) {
                const n = ++ctx.checkoutsStarted;
                c = {
                    n,
                    step: 0,
                    token: null,
                    variantId: ctx.variants[n % ctx.variants.length],
                    email: `mixed-${ctx.tag}-${n}@example.com`,
                };
            }
            const step = CHECKOUT_STEPS[c.step];
            return {
                ...gqlRequest('/shop-api', { query: step.query, variables: step.variables(c) }, c.token),
                checkout: c,
            };
        }
    }
    throw new Error(`unknown kind ${kind}`);
}

/**
 * Checks one answer; returns null when right, else what is wrong. A checkout step that
 * succeeds goes back to `ready` (or counts as placed); a failed checkout is dropped.
 * `done` is called for a placed order or a recorded POS sale.
 */
function checkAnswer({ kind, status, body, headers, ctx, checkout: c, ready, done, deep }) {
    if (status < 200 || status > 299) return `HTTP ${status}: ${String(body).slice(0, 300)}`;
    if (kind === 'stamp') {
        const ok = ctx.bare
            ? body.startsWith('{"result":"GENUINE"')
            : body.includes('class="verdict GENUINE"');
        return ok ? null : `not GENUINE: ${body.slice(0, 300)}`;
    }
    if (!graphqlQuickCheck(body)) return `GraphQL errors: ${body.slice(0, 300)}`;
    if (kind === 'browse' || kind === 'search') {
        if (!deep) return null;
        const d = parse(body)?.data;
        const items = d?.products?.items ?? d?.search?.items ?? d?.collections?.items;
        if (d?.product === null) return `product(slug) is null: ${body.slice(0, 200)}`;
        if (!d?.product && !(items && items.length)) return `empty answer: ${body.slice(0, 200)}`;
        return null;
    }
    if (kind === 'pos') {
        const r = parse(body)?.data?.recordPosSale;
        if (!r || !r.orderCode || r.replayed || r.conflicts.length)
            return `recordPosSale: ${body.slice(0, 300)}`;
        done();
        return null;
    }
    const step = CHECKOUT_STEPS[c.step];
    const wrong = step.accept(parse(body)?.data, c);
    if (wrong) return `${wrong} (${body.slice(0, 200)})`;
    if (c.step === 0) {
        const token = Object.entries(headers).find(([k]) => k.toLowerCase() === 'vendure-auth-token')?.[1];
        if (!token) return 'addItemToOrder: no vendure-auth-token header';
        c.token = Array.isArray(token) ? token[0] : token;
    }
    c.step++;
    if (c.step === CHECKOUT_STEPS.length) done();
    else ready.push(c);
    return null;
}

/**
 * One of each kind in turn (a whole checkout), with fetch, before any load: fails fast
 * and clearly on a server that cannot answer, and warms each code path up.
 */
async function probeKinds(base, kinds, ctx) {
    assertLoopback(base);
    for (const kind of kinds) {
        const ready = [];
        let placed = false;
        for (let i = 0; i < CHECKOUT_STEPS.length && !placed; i++) {
            const r = requestOf(kind, ctx, ready);
            const res = await fetch(`${base}${r.path}`, {
                method: r.method,
                headers: r.headers,
                body: r.method === 'GET' ? undefined : r.body,
                signal: AbortSignal.timeout(30_000),
            });
            const body = await res.text();
            const problem = checkAnswer({
                kind,
                status: res.status,
                body,
                headers: Object.fromEntries(res.headers),
                ctx,
                checkout: r.checkout,
                ready,
                done: () => (placed = true),
                deep: true,
            });
            if (problem) throw new Error(`probe of ${kind} at ${base}: ${problem}`);
            if (kind !== 'checkout') placed = true;
        }
        if (!placed) throw new Error(`probe of ${kind} at ${base}: the checkout was not placed`);
    }
}

// ---------------------------------------------------------------------------
// One load run: one or more autocannon instances (one per server process) sharing tallies

function newTally() {
    // stepLatencies: a checkout's answer times by its step (addItemToOrder …), to see where they go.
    return { answered: 0, non2xx: 0, bad: 0, firstProblem: null, latencies: [], done: 0, stepLatencies: {} };
}

/**
 * @param {object} o
 * @param {Array<{base: string, connections: number}>} o.targets
 * @param {Record<string, number>} o.weights   kinds and their shares
 * @param {object} o.ctx   codes, slugs, variants, units, tablets, bare or page
 * @param {number} o.seconds
 */
async function runMix({ targets, weights, ctx, seconds }) {
    const kinds = Object.keys(weights);
    const total = kinds.reduce((n, k) => n + weights[k], 0);
    const tallies = Object.fromEntries(kinds.map(k => [k, newTally()]));
    const counters = { errors: 0, timeouts: 0 };
    const pick = () => {
        let r = Math.random() * total;
        for (const k of kinds) if ((r -= weights[k]) < 0) return k;
        return kinds[kinds.length - 1];
    };
    const instances = targets.map(target => {
        assertLoopback(target.base);
        const ready = []; // checkouts waiting for their next step on this server
        const setupRequest = (req, context) => {
            let kind = pick();
            // Out of stamps for checkouts or of units for POS sales: browse instead (bounded runs).
            if (kind === 'checkout' && !ready.length && ctx.checkoutsStarted >= ctx.checkoutCapacity)
                kind = weights.browse ? 'browse' : kind;
            if (kind === 'pos' && ctx.nextUnit >= ctx.units.length)
                kind = weights.browse ? 'browse' : 'stamp';
            context.kind = kind;
            const { checkout, ...r } = requestOf(kind, ctx, ready);
            context.checkout = checkout;
            context.step = checkout && CHECKOUT_STEPS[checkout.step].name;
            return { ...req, ...r };
        };
        const onResponse = (status, body, context, headers) => {
            const t = tallies[context.kind];
            t.answered++;
            const problem = checkAnswer({
                kind: context.kind,
                status,
                body,
                headers,
                ctx,
                checkout: context.checkout,
                ready,
                done: () => t.done++,
                deep: t.answered % 97 === 1,
            });
            if (problem) {
                if (status < 200 || status > 299) t.non2xx++;
                else t.bad++;
                if (!t.firstProblem) t.firstProblem = problem.slice(0, 400);
            }
        };
        return {
            url: `${new URL(target.base).origin}/`,
            connections: target.connections,
            setupRequest,
            onResponse,
        };
    });
    const results = await Promise.all(
        instances.map(
            i =>
                new Promise((resolve, reject) => {
                    const instance = autocannon(
                        {
                            url: i.url,
                            connections: i.connections,
                            duration: seconds,
                            maxOverallRequests: Math.ceil(seconds * MAX_RATE_PER_SECOND),
                            // Heavy GraphQL at 50 connections on 2 cores answers in up to ~10 s (p99): a
                            // timeout (an error) is an answer that never comes, not a slow one.
                            timeout: 30,
                            requests: [{ setupRequest: i.setupRequest, onResponse: i.onResponse }],
                        },
                        (err, result) => (err ? reject(err) : resolve(result)),
                    );
                    // Called right after onResponse, before the next request of this connection is built.
                    instance.on('response', (client, status, bytes, responseTime) => {
                        const { kind, step } = client.requestIterator.context;
                        if (!kind) return;
                        tallies[kind].latencies.push(responseTime);
                        if (step) (tallies[kind].stepLatencies[step] ??= []).push(responseTime);
                    });
                    instance.on('error', reject);
                }),
        ),
    );
    for (const r of results) {
        counters.errors += r.errors;
        counters.timeouts += r.timeouts;
    }
    const duration = Math.max(...results.map(r => r.duration));
    return { tallies, counters, seconds: duration };
}

/**
 * Forks the load generator for one measured run. Resolves once the child is ready (its
 * modules loaded), so that its pid can be sampled from the start; `run()` then sends the
 * run and resolves with runMix's result. The context's counters (checkouts started, POS
 * units used) come back from the child and are written into `ctx` for the next run.
 */
async function startMixLoad() {
    const child = fork(__filename, ['--load-child'], {
        execArgv: [],
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise((_, reject) =>
        child.once('exit', code => reject(new Error(`the load generator exited with code ${code}`))),
    );
    exited.catch(() => undefined);
    const message = type =>
        Promise.race([
            new Promise(resolve => {
                const on = m => {
                    if (m && m.type === type) {
                        child.off('message', on);
                        resolve(m);
                    }
                };
                child.on('message', on);
            }),
            exited,
        ]);
    await message('ready');
    return {
        pid: child.pid,
        async run({ targets, weights, ctx, seconds }) {
            try {
                child.send({ type: 'run', targets, weights, ctx, seconds });
                const m = await message('result');
                if (m.error) throw new Error(`the load generator failed: ${m.error}`);
                ctx.checkoutsStarted = m.counters.checkoutsStarted;
                ctx.nextUnit = m.counters.nextUnit;
                return m.result;
            } finally {
                child.kill();
            }
        },
        stop: () => child.kill(),
    };
}

if (require.main === module && process.argv[2] === '--load-child') {
    process.on('message', async m => {
        if (!m || m.type !== 'run') return;
        try {
            const result = await runMix(m);
            const counters = { checkoutsStarted: m.ctx.checkoutsStarted, nextUnit: m.ctx.nextUnit };
            process.send({ type: 'result', result, counters }, () => process.exit(0));
        } catch (e) {
            process.send({ type: 'result', error: String((e && e.stack) || e) }, () => process.exit(1));
        }
    });
    // The parent is gone: nothing to report to.
    process.on('disconnect', () => process.exit(1));
    process.send({ type: 'ready' });
}

module.exports = {
    probeKinds,
    runMix,
    startMixLoad,
    CHECKOUT_STEPS,
    CHECKOUT_STEP_NAMES: CHECKOUT_STEPS.map(s => s.name),
};

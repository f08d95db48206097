'use strict';
// Checkout throughput before and after the per-variant placement lock (ADR 0007).
//
// Two servers on the same bench database: the run's main backend with
// PLACEMENT_LOCK=on ("after") and a second one started here with PLACEMENT_LOCK=off
// ("before"). Only one of them is loaded at a time. 20 concurrent buyers go through
// the whole Shop API checkout in a loop, each checkout in a fresh session:
//
//   addItemToOrder → setCustomerForOrder → setOrderShippingAddress →
//   eligibleShippingMethods → setOrderShippingMethod →
//   transitionOrderToState(ArrangingPayment) → addPaymentToOrder(cash-on-delivery)
//
// in two cases: all 20 buying the SAME variant, and each buying a DIFFERENT one of
// 20 variants. Figures: placed orders per second over a measured window (after a
// short ramp, all 20 buyers busy throughout), and p50/p99 of the addPaymentToOrder
// step, which places the order and takes the lock. Afterwards the stock allocated in
// each (case, mode) is compared in SQL with the order lines placed.
//
// Every loop is bounded in time and count; every request has a timeout; every
// answer is checked (HTTP status, GraphQL errors, ErrorResult unions, order state).
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { BACKEND_DIST } = require('../lib/paths');
const { assertLoopback } = require('../lib/load');
const { sleep } = require('../lib/processes');

const BUYERS = 20;
/**
 * Hard count bound: a buyer never starts more checkouts than this per second of a
 * run (8 requests each: 80 orders/s from 20 buyers is far beyond 2 cores). It also
 * sizes the stamps, so a buyer can never run out of units.
 */
const MAX_CHECKOUTS_PER_BUYER_PER_SECOND = 4;
const REQUEST_TIMEOUT_MS = 20_000;
/** One checkout per buyer (probe, warm-up) must end within this. */
const ONCE_LIMIT_MS = 90_000;
/** After the measured window, the checkouts in progress must finish within this. */
const TAIL_LIMIT_MS = 90_000;
/** Pause of a buyer after a failed checkout, so that a broken server is not hammered. */
const FAILURE_PAUSE_MS = 200;
const TARGET_ON_OVER_OFF = 0.9;
const STOCK_ON_HAND = 1_000_000;
const MODES = ['off', 'on'];
const CASES = [
    { key: 'same', name: 'same variant' },
    { key: 'different', name: '20 different variants' },
];

const ADD_ITEM = `mutation($v: ID!) { addItemToOrder(productVariantId: $v, quantity: 1) {
    __typename ... on Order { id code state lines { quantity productVariant { id } } } ... on ErrorResult { errorCode message } } }`;
const SET_CUSTOMER = `mutation($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) {
    __typename ... on Order { id customer { emailAddress } } ... on ErrorResult { errorCode message } } }`;
const SET_ADDRESS = `mutation($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) {
    __typename ... on Order { id shippingAddress { countryCode } } ... on ErrorResult { errorCode message } } }`;
const SHIPPING_METHODS = `{ eligibleShippingMethods { id name priceWithTax } }`;
const SET_SHIPPING = `mutation($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) {
    __typename ... on Order { id shippingLines { shippingMethod { id } } } ... on ErrorResult { errorCode message } } }`;
const TO_ARRANGING_PAYMENT = `mutation { transitionOrderToState(state: "ArrangingPayment") {
    __typename ... on Order { id state } ... on OrderStateTransitionError { errorCode message transitionError } } }`;
const ADD_PAYMENT = `mutation { addPaymentToOrder(input: {method: "cash-on-delivery", metadata: {}}) {
    __typename ... on Order { id code state totalWithTax lines { quantity productVariant { id } } }
    ... on ErrorResult { errorCode message } } }`;
const PLACED_STATES = new Set(['PaymentAuthorized', 'PaymentSettled']);

class CheckoutError extends Error {
    constructor(step, message) {
        super(`${step}: ${message}`);
        this.step = step;
    }
}

// ---------------------------------------------------------------------------
// GraphQL over fetch, 127.0.0.1 only

async function graphql(url, { query, variables, token, headers = {}, step, signal }) {
    const h = { 'content-type': 'application/json', ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let res;
    let text;
    try {
        res = await fetch(url, {
            method: 'POST',
            headers: h,
            body: JSON.stringify({ query, variables }),
            signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
        });
        text = await res.text();
    } catch (e) {
        throw new CheckoutError(
            step,
            e.name === 'TimeoutError'
                ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`
                : `request failed: ${e.message}`,
        );
    }
    if (res.status !== 200) throw new CheckoutError(step, `HTTP ${res.status}: ${text.slice(0, 300)}`);
    let json;
    try {
        json = JSON.parse(text);
    } catch {
        throw new CheckoutError(step, `not JSON: ${text.slice(0, 300)}`);
    }
    if (json.errors)
        throw new CheckoutError(
            step,
            `GraphQL errors: ${json.errors
                .map(e => e.message)
                .join(' | ')
                .slice(0, 400)}`,
        );
    if (!json.data) throw new CheckoutError(step, `no data: ${text.slice(0, 300)}`);
    return { data: json.data, token: res.headers.get('vendure-auth-token') };
}

/** The Order of a mutation answer, or a CheckoutError naming the ErrorResult. */
function orderOf(step, result) {
    if (!result) throw new CheckoutError(step, 'null answer');
    if (result.__typename !== 'Order') {
        const extra = result.transitionError ? ` (${result.transitionError})` : '';
        throw new CheckoutError(
            step,
            `${result.__typename} ${result.errorCode || ''}: ${result.message || ''}${extra}`.slice(0, 400),
        );
    }
    return result;
}

// ---------------------------------------------------------------------------
// One buyer's checkout, in a fresh Shop API session

let emailSerial = 0;
const RUN_TAG = Date.now().toString(36);

/** One whole checkout of one unit of a variant; resolves with its timings, throws a CheckoutError. */
async function checkout(base, variantId, signal) {
    const url = `${base}/shop-api`;
    let token = null;
    const call = async (step, query, variables) => {
        const r = await graphql(url, { query, variables, token, step, signal });
        if (r.token) token = r.token;
        return r.data;
    };
    const started = performance.now();
    const added = orderOf(
        'addItemToOrder',
        (await call('addItemToOrder', ADD_ITEM, { v: variantId })).addItemToOrder,
    );
    if (!token)
        throw new CheckoutError(
            'addItemToOrder',
            'no vendure-auth-token header: the session cannot continue',
        );
    if (!added.lines.some(l => String(l.productVariant.id) === String(variantId) && l.quantity === 1)) {
        throw new CheckoutError('addItemToOrder', `the order has no line of 1 × variant ${variantId}`);
    }
    const n = ++emailSerial;
    const email = `bench-${RUN_TAG}-${n}@example.com`;
    const customer = orderOf(
        'setCustomerForOrder',
        (
            await call('setCustomerForOrder', SET_CUSTOMER, {
                input: { emailAddress: email, firstName: 'Bench', lastName: `Buyer ${n}` },
            })
        ).setCustomerForOrder,
    );
    if (customer.customer?.emailAddress !== email)
        throw new CheckoutError('setCustomerForOrder', 'the order has another customer');
    orderOf(
        'setOrderShippingAddress',
        (
            await call('setOrderShippingAddress', SET_ADDRESS, {
                input: {
                    fullName: `Bench Buyer ${n}`,
                    streetLine1: '1 Trần Phú',
                    city: 'Phường Thành Sen',
                    province: 'Hà Tĩnh',
                    countryCode: 'VN',
                    phoneNumber: '0912345678',
                },
            })
        ).setOrderShippingAddress,
    );
    const methods = (await call('eligibleShippingMethods', SHIPPING_METHODS)).eligibleShippingMethods;
    if (!Array.isArray(methods) || !methods.length)
        throw new CheckoutError('eligibleShippingMethods', 'no eligible shipping method');
    const shipping = orderOf(
        'setOrderShippingMethod',
        (await call('setOrderShippingMethod', SET_SHIPPING, { ids: [methods[0].id] })).setOrderShippingMethod,
    );
    if (!shipping.shippingLines.some(l => String(l.shippingMethod.id) === String(methods[0].id))) {
        throw new CheckoutError(
            'setOrderShippingMethod',
            'the order has no line of the chosen shipping method',
        );
    }
    const arranging = orderOf(
        'transitionOrderToState',
        (await call('transitionOrderToState', TO_ARRANGING_PAYMENT)).transitionOrderToState,
    );
    if (arranging.state !== 'ArrangingPayment')
        throw new CheckoutError('transitionOrderToState', `state ${arranging.state}, not ArrangingPayment`);
    const payStarted = performance.now();
    const paid = orderOf(
        'addPaymentToOrder',
        (await call('addPaymentToOrder', ADD_PAYMENT)).addPaymentToOrder,
    );
    const ended = performance.now();
    if (!PLACED_STATES.has(paid.state))
        throw new CheckoutError(
            'addPaymentToOrder',
            `order ${paid.code} in state ${paid.state}, not PaymentAuthorized/PaymentSettled`,
        );
    if (!paid.lines.some(l => String(l.productVariant.id) === String(variantId)))
        throw new CheckoutError('addPaymentToOrder', 'the placed order lost its line');
    return { code: paid.code, started, ended, payMs: ended - payStarted, totalMs: ended - started };
}

// ---------------------------------------------------------------------------
// Load: BUYERS concurrent loops for ramp + window, bounded in time and count

/**
 * Runs BUYERS concurrent checkout loops, each checkout in a fresh session, with no
 * pause between them: the server always has 20 checkouts in progress. Checkouts
 * start during `rampMs + windowMs`; those in progress at the end finish (bounded by
 * TAIL_LIMIT_MS), so every order placed is known to the SQL check.
 *
 * Orders per second over the window [ramp, ramp + window]: every placed order counts
 * for the share of its duration that lies inside the window (an order taking 4 s of
 * which 1 s in the window counts 0.25). 20 buyers that start together finish in
 * waves; counting whole completions would make a window shorter than a few checkouts
 * say 0 or 40 depending on where the waves fall, the shares do not.
 * With `windowMs` 0 every buyer does exactly one checkout (probe, warm-up).
 */
async function runBuyers({ base, variantOf, rampMs = 0, windowMs = 0 }) {
    assertLoopback(base);
    const t0 = performance.now();
    const once = windowMs === 0;
    const windowStart = t0 + rampMs;
    const windowEnd = windowStart + windowMs;
    const maxPerBuyer = once
        ? 1
        : Math.ceil(((rampMs + windowMs) / 1000) * MAX_CHECKOUTS_PER_BUYER_PER_SECOND);
    const placed = [];
    const failures = [];
    let capped = 0;
    const abort = new AbortController();
    const buyers = Array.from({ length: BUYERS }, async (_, i) => {
        let n = 0;
        for (; n < maxPerBuyer && (once || performance.now() < windowEnd) && !abort.signal.aborted; n++) {
            try {
                placed.push(await checkout(base, variantOf(i), abort.signal));
            } catch (e) {
                if (abort.signal.aborted) return;
                failures.push({ step: e.step || 'checkout', message: e.message });
                await sleep(FAILURE_PAUSE_MS);
            }
        }
        if (n >= maxPerBuyer && !once) capped++;
    });
    let timer;
    const deadline = new Promise(resolve => {
        timer = setTimeout(() => resolve('late'), once ? ONCE_LIMIT_MS : rampMs + windowMs + TAIL_LIMIT_MS);
    });
    const outcome = await Promise.race([Promise.all(buyers).then(() => 'done'), deadline]);
    clearTimeout(timer);
    if (outcome === 'late') {
        abort.abort();
        await Promise.allSettled(buyers);
        throw new Error(
            once
                ? `checkout: ${BUYERS} checkouts, one per buyer, did not finish within ${ONCE_LIMIT_MS / 1000} s (server stuck or far too slow)`
                : `checkout: checkouts still in progress ${TAIL_LIMIT_MS / 1000} s after the window ended (server stuck?)`,
        );
    }
    const overlapping = placed.filter(p => p.ended > windowStart && p.started < windowEnd);
    const share = p =>
        (Math.min(p.ended, windowEnd) - Math.max(p.started, windowStart)) / (p.ended - p.started);
    return {
        placed,
        overlapping,
        inWindow: once ? placed.length : overlapping.reduce((sum, p) => sum + share(p), 0),
        failures,
        capped,
        windowSeconds: windowMs / 1000,
        elapsedMs: performance.now() - t0,
    };
}

// ---------------------------------------------------------------------------
// Preparation over the Admin API (superadmin)

async function adminLogin(base) {
    const { data, token } = await graphql(`${base}/admin-api`, {
        query: 'mutation { login(username: "superadmin", password: "superadmin") { __typename ... on CurrentUser { id } ... on ErrorResult { errorCode message } } }',
        step: 'admin login',
    });
    if (data.login.__typename !== 'CurrentUser')
        throw new Error(`admin login: ${data.login.errorCode}: ${data.login.message}`);
    if (!token) throw new Error('admin login: no vendure-auth-token header');
    return token;
}

/** 20 sellable variants from the Shop API listing, one per product first (spread over producers). */
async function pickVariants(base) {
    const { data } = await graphql(`${base}/shop-api`, {
        query: '{ products(options: {take: 100}) { items { id name variants { id name stockLevel } } } }',
        step: 'products',
    });
    const perProduct = data.products.items.map(p => p.variants.filter(v => v.stockLevel === 'IN_STOCK'));
    const chosen = [];
    for (let k = 0; chosen.length < BUYERS && perProduct.some(vs => vs.length > k); k++) {
        for (const vs of perProduct) if (vs[k] && chosen.length < BUYERS) chosen.push(vs[k]);
    }
    if (chosen.length < BUYERS)
        throw new Error(
            `checkout: the Shop API lists only ${chosen.length} variants IN_STOCK, ${BUYERS} needed`,
        );
    return chosen.map(v => ({ id: String(v.id), name: v.name }));
}

/**
 * Ample stock and stamps: every variant gets stockOnHand 1,000,000 (at the
 * marketplace channel's stock location, where the Shop API counts and allocates it)
 * and a batch of stamps at least as large as the most orders the whole group can
 * place on it (the buyers' count bound), so no buyer is refused for lack of units.
 */
async function prepareVariants(base, variants, stampsFor, log, lotTag = RUN_TAG) {
    const started = Date.now();
    const token = await adminLogin(base);
    const admin = async (step, query, variables, headers) =>
        (await graphql(`${base}/admin-api`, { query, variables, token, headers, step })).data;
    const channelToken = process.env.SHOP_CHANNEL_TOKEN || 'hatinh';
    const marketplace = { 'vendure-token': channelToken };
    const { activeChannel } = await admin(
        'activeChannel',
        '{ activeChannel { code token } }',
        undefined,
        marketplace,
    );
    if (activeChannel.token !== channelToken)
        throw new Error(
            `checkout: the Admin API did not switch to the marketplace channel (${activeChannel.token})`,
        );
    const updated = await admin(
        'updateProductVariants',
        'mutation($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
        { input: variants.map(v => ({ id: v.id, stockOnHand: STOCK_ON_HAND })) },
        marketplace,
    );
    if (
        updated.updateProductVariants.length !== variants.length ||
        updated.updateProductVariants.some(v => !v)
    ) {
        throw new Error(
            `checkout: updateProductVariants updated ${updated.updateProductVariants.filter(Boolean).length} of ${variants.length} variants`,
        );
    }
    const today = new Date().toISOString().slice(0, 10);
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    let stamps = 0;
    for (const [i, v] of variants.entries()) {
        const quantity = stampsFor(i);
        const { issueStampBatch } = await admin(
            'issueStampBatch',
            'mutation($input: IssueStampBatchInput!) { issueStampBatch(input: $input) { id quantity } }',
            {
                input: {
                    productVariantId: v.id,
                    quantity,
                    lotCode: `BENCH-${lotTag}-${v.id}`,
                    productionDate: today,
                    expiryDate: nextYear,
                },
            },
        );
        if (issueStampBatch.quantity !== quantity)
            throw new Error(
                `checkout: issueStampBatch for variant ${v.id} issued ${issueStampBatch.quantity}, not ${quantity}`,
            );
        stamps += quantity;
    }
    log(
        `  prepared ${variants.length} variants: stockOnHand ${STOCK_ON_HAND.toLocaleString('en')} each, ` +
            `${stamps.toLocaleString('en')} stamps issued (variant ${variants[0].id}, the same-variant one: ${stampsFor(0).toLocaleString('en')}) ` +
            `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
}

// ---------------------------------------------------------------------------
// SQL: stock allocated vs order lines placed

async function stockSnapshot(pool, variantIds) {
    const ids = variantIds.map(Number);
    const {
        rows: [a],
    } = await pool.query(
        `SELECT COALESCE(sum("stockAllocated"), 0)::bigint AS n FROM stock_level WHERE "productVariantId" = ANY($1::int[])`,
        [ids],
    );
    const {
        rows: [p],
    } = await pool.query(
        `SELECT COALESCE(sum(ol.quantity), 0)::bigint AS n, count(DISTINCT o.id)::bigint AS orders
           FROM order_line ol JOIN "order" o ON o.id = ol."orderId"
          WHERE ol."productVariantId" = ANY($1::int[]) AND o."orderPlacedAt" IS NOT NULL AND o.type <> 'Seller'`,
        [ids],
    );
    return { allocated: Number(a.n), placedUnits: Number(p.n), placedOrders: Number(p.orders) };
}

// ---------------------------------------------------------------------------

function percentile(sorted, p) {
    if (!sorted.length) return null;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Whether the built backend reads PLACEMENT_LOCK anywhere but in its environment schema. */
function builtWithPlacementLock() {
    const stack = [BACKEND_DIST];
    let files = 0;
    while (stack.length && files < 5000) {
        const dir = stack.pop();
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) stack.push(full);
            else if (entry.name.endsWith('.js') && !full.endsWith(path.join('config', 'environment.js'))) {
                files++;
                if (fs.readFileSync(full, 'utf8').includes('PLACEMENT_LOCK')) return true;
            }
        }
    }
    return false;
}

/**
 * @param {object} o
 * @param {{base: string}} o.backend   the run's main backend, started with PLACEMENT_LOCK=on
 * @param {(env: object) => Promise<{base: string, stop(): Promise<void>}>} o.startOffBackend  starts a second one with PLACEMENT_LOCK=off
 * @param {object} o.pool              pg pool on the bench database
 * @param {object} o.settings          checkoutSeconds (per case and mode), checkoutRounds, checkoutRampSeconds (minimum ramp)
 * @returns {Promise<{rows, targets, checks, problems, variants, sameVariant}>}
 */
async function runCheckout({ backend, startOffBackend, pool, settings, log }) {
    const problems = [];
    if (!builtWithPlacementLock()) {
        log(
            '  note: backend/dist does not read PLACEMENT_LOCK (the lock is not built in yet): both modes run the same code',
        );
    }
    const variants = await pickVariants(backend.base);
    const variantOf = { same: () => variants[0].id, different: i => variants[i].id };
    const caseVariants = { same: [variants[0].id], different: variants.map(v => v.id) };
    const roundMs = (settings.checkoutSeconds / settings.checkoutRounds) * 1000;
    const rampMs = settings.checkoutRampSeconds * 1000;

    // Stamps from the buyers' count bound: no run can place more orders than this on a variant.
    const perBuyerPerRound = Math.ceil(((rampMs + roundMs) / 1000) * MAX_CHECKOUTS_PER_BUYER_PER_SECOND);
    const segments = MODES.length * settings.checkoutRounds;
    const onceRuns = MODES.length; // probe on the "on" server, warm-up on the "off" server
    const stampsFor = i =>
        Math.min(100_000, onceRuns + segments * perBuyerPerRound * (i === 0 ? BUYERS + 1 : 1) + 100);
    await prepareVariants(backend.base, variants, stampsFor, log);

    // Probe and warm-up, failing fast before a second server is started: every buyer
    // places one order, each of a different variant, all at once.
    const once = async (m, base) => {
        const r = await runBuyers({ base, variantOf: variantOf.different });
        if (r.failures.length) {
            throw new Error(
                `checkout probe (PLACEMENT_LOCK=${m}): ${r.failures.length} of ${BUYERS} checkouts failed; first: ${r.failures[0].message}`,
            );
        }
        log(
            `  probe + warm-up, PLACEMENT_LOCK=${m}: ${r.placed.length} buyers placed one order each (one per variant) in ${(r.elapsedMs / 1000).toFixed(1)} s`,
        );
    };
    await once('on', backend.base);

    log('  starting a second backend with PLACEMENT_LOCK=off on the same database …');
    const offBackend = await startOffBackend({ PLACEMENT_LOCK: 'off' });
    const servers = { on: backend, off: offBackend };
    const stats = {};
    for (const c of CASES) {
        for (const m of MODES) {
            stats[`${c.key}/${m}`] = {
                inWindow: 0,
                seconds: 0,
                pay: [],
                total: [],
                placed: 0,
                failures: [],
                capped: 0,
                allocated: 0,
                placedUnits: 0,
                placedOrders: 0,
            };
        }
    }
    try {
        await once('off', offBackend.base);
        for (let round = 0; round < settings.checkoutRounds; round++) {
            // ABBA: off/on, then on/off, … so that a drift of the machine's load hits both modes alike.
            const order = round % 2 === 0 ? MODES : [...MODES].reverse();
            for (const c of CASES) {
                for (const m of order) {
                    const s = stats[`${c.key}/${m}`];
                    const before = await stockSnapshot(pool, caseVariants[c.key]);
                    const r = await runBuyers({
                        base: servers[m].base,
                        variantOf: variantOf[c.key],
                        rampMs,
                        windowMs: roundMs,
                    });
                    const after = await stockSnapshot(pool, caseVariants[c.key]);
                    s.inWindow += r.inWindow;
                    s.seconds += r.windowSeconds;
                    s.pay.push(...r.overlapping.map(p => p.payMs));
                    s.total.push(...r.overlapping.map(p => p.totalMs));
                    s.placed += r.placed.length;
                    s.failures.push(...r.failures);
                    s.capped += r.capped;
                    s.allocated += after.allocated - before.allocated;
                    s.placedUnits += after.placedUnits - before.placedUnits;
                    s.placedOrders += after.placedOrders - before.placedOrders;
                    log(
                        `  ${c.name.padEnd(21)} lock ${m.padEnd(3)} round ${round + 1}/${settings.checkoutRounds}: ` +
                            `${(r.inWindow / r.windowSeconds).toFixed(2).padStart(6)} orders/s (${r.inWindow.toFixed(1)} in ${r.windowSeconds} s; ` +
                            `${r.placed.length} placed in ${(r.elapsedMs / 1000).toFixed(1)} s in all)` +
                            (r.failures.length ? `  ${r.failures.length} FAILED` : '') +
                            (r.capped ? `  ${r.capped} buyers stopped at the count bound` : ''),
                    );
                }
            }
        }
    } finally {
        await offBackend.stop().catch(() => undefined);
    }

    const rows = [];
    const checks = [];
    for (const c of CASES) {
        for (const m of MODES) {
            const s = stats[`${c.key}/${m}`];
            const pay = s.pay.sort((a, b) => a - b);
            const total = s.total.sort((a, b) => a - b);
            const row = {
                case: c.name,
                caseKey: c.key,
                lock: m,
                ordersPerSecond: s.seconds ? s.inWindow / s.seconds : null,
                measured: s.inWindow,
                seconds: s.seconds,
                placed: s.placed,
                payP50: percentile(pay, 50),
                payP99: percentile(pay, 99),
                checkoutP50: percentile(total, 50),
                failed: s.failures.length,
                allocated: s.allocated,
                placedUnits: s.placedUnits,
                placedOrders: s.placedOrders,
            };
            rows.push(row);
            if (s.failures.length) {
                const byStep = {};
                for (const f of s.failures) byStep[f.step] = (byStep[f.step] || 0) + 1;
                problems.push(
                    `checkout ${c.name}, PLACEMENT_LOCK=${m}: ${s.failures.length} failed checkouts (${Object.entries(
                        byStep,
                    )
                        .map(([k, v]) => `${k} ${v}`)
                        .join(', ')}); first: ${s.failures[0].message}`,
                );
            }
            if (!s.placed && !s.failures.length)
                problems.push(`checkout ${c.name}, PLACEMENT_LOCK=${m}: no order placed at all`);
            if (s.capped)
                log(
                    `  note: ${c.name}, PLACEMENT_LOCK=${m}: ${s.capped} buyer runs stopped at the count bound (${MAX_CHECKOUTS_PER_BUYER_PER_SECOND} checkouts/s): the figure is capped`,
                );
            // Stock allocated vs order lines placed, in SQL, over this case's measured rounds.
            const consistent = s.allocated === s.placedUnits && s.placedOrders === s.placed;
            const check = {
                case: c.name,
                lock: m,
                allocated: s.allocated,
                placedUnits: s.placedUnits,
                placedOrders: s.placedOrders,
                buyersPlaced: s.placed,
                difference: s.placedUnits - s.allocated,
                ok: consistent,
            };
            checks.push(check);
            if (m === 'on' && !consistent) {
                problems.push(
                    `checkout ${c.name}, PLACEMENT_LOCK=on: stock allocated +${s.allocated} but order lines placed +${s.placedUnits} ` +
                        `(${s.placedOrders} orders in the database, ${s.placed} placed according to the buyers)`,
                );
            }
        }
    }
    const ratio = key => {
        const on = rows.find(r => r.caseKey === key && r.lock === 'on');
        const off = rows.find(r => r.caseKey === key && r.lock === 'off');
        return on && off && on.ordersPerSecond != null && off.ordersPerSecond
            ? on.ordersPerSecond / off.ordersPerSecond
            : null;
    };
    for (const r of rows) if (r.lock === 'on') r.ratio = ratio(r.caseKey);
    const different = ratio('different');
    const targets = [
        {
            what: `lock costs ≤ 10 % with different variants: on/off orders/s ≥ ${TARGET_ON_OVER_OFF.toFixed(2)}`,
            value: different == null ? '—' : different.toFixed(3),
            result: different == null ? 'n/a' : different >= TARGET_ON_OVER_OFF ? 'PASS' : 'FAIL',
        },
    ];
    return { rows, targets, checks, problems, variants: variants.map(v => v.id), sameVariant: variants[0] };
}

// ---------------------------------------------------------------------------
// Report

const fmt = (n, digits = 0) =>
    n == null || Number.isNaN(n)
        ? '—'
        : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function grid(head, lines) {
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)));
    return [head, widths.map(w => '-'.repeat(w)), ...lines]
        .map(
            l =>
                '| ' +
                l.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') +
                ' |',
        )
        .join('\n');
}

function formatCheckout(result, mode) {
    const out = [];
    out.push(
        `Checkout, ${BUYERS} concurrent buyers, PLACEMENT_LOCK off (before) / on (after) — ${mode} mode`,
    );
    out.push(
        grid(
            [
                'case',
                'lock',
                'orders/s',
                'on/off',
                'pay p50 ms',
                'pay p99 ms',
                'checkout p50 ms',
                'measured',
                'failed',
            ],
            result.rows.map(r => [
                r.case,
                r.lock,
                fmt(r.ordersPerSecond, 2),
                r.ratio == null ? '' : r.ratio.toFixed(3),
                fmt(r.payP50),
                fmt(r.payP99),
                fmt(r.checkoutP50),
                `${fmt(r.measured, 1)} in ${fmt(r.seconds, 1)} s`,
                fmt(r.failed),
            ]),
        ),
    );
    out.push(
        `\nStock allocated vs orders placed (SQL on the bench database, over the measured rounds; same variant = ${result.sameVariant.id} "${result.sameVariant.name}")`,
    );
    out.push(
        grid(
            [
                'case',
                'lock',
                'stockAllocated +',
                'lines placed +',
                'orders placed (db/buyers)',
                'placed − allocated',
                '',
            ],
            result.checks.map(c => [
                c.case,
                c.lock,
                fmt(c.allocated),
                fmt(c.placedUnits),
                `${fmt(c.placedOrders)}/${fmt(c.buyersPlaced)}`,
                fmt(c.difference),
                c.lock === 'on'
                    ? c.ok
                        ? 'OK'
                        : 'MISMATCH'
                    : c.ok
                      ? 'equal (reported only)'
                      : 'differs (reported only)',
            ]),
        ),
    );
    out.push('\nTargets (placement lock)');
    for (const t of result.targets) out.push(`  ${t.result.padEnd(4)}  ${t.what}  ${t.value}`);
    return out.join('\n');
}

module.exports = {
    runCheckout,
    formatCheckout,
    pickVariants,
    prepareVariants,
    CHECKOUT_QUERIES: {
        ADD_ITEM,
        SET_CUSTOMER,
        SET_ADDRESS,
        SHIPPING_METHODS,
        SET_SHIPPING,
        TO_ARRANGING_PAYMENT,
        ADD_PAYMENT,
    },
    PLACED_STATES,
    graphql,
};

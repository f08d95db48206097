'use strict';
// Server CPU per checkout step, one checkout at a time: ours (the server and the worker)
// beside plain Vendure, each process's CPU read from /proc around every request. Under
// load the steps share the CPU and their figures blur; one at a time, each step's cost is
// its own, and so is the worker's share (the mail, the search index) that a load run only
// shows as "servers". Part of the mixed group with `BENCH_SERIAL_CHECKOUTS=<n>` (full mode).
const { graphql } = require('./scenarios/checkout');
const { CHECKOUT_STEPS, CHECKOUT_STEP_NAMES } = require('./mix-load');
const { cpuTicksOf, TICK } = require('./lib/sampler');

/** After each answer: what the request set off (the ledger, jobs) runs before the next reading. */
const SETTLE_MS = 40;

/** `n` checkouts in turn; resolves with the mean CPU ms per step for each of `pids`. */
async function measure({ name, base, pids, variants, n }) {
    const ms = Object.fromEntries(CHECKOUT_STEP_NAMES.map(step => [step, pids.map(() => 0)]));
    for (let i = 0; i < n; i++) {
        // The mixed load's checkout, with its requests and its checks of each answer.
        const c = {
            n: i,
            token: null,
            variantId: variants[i % variants.length],
            email: `serial-${name}-${Date.now()}-${i}@example.com`,
        };
        for (const step of CHECKOUT_STEPS) {
            const before = pids.map(cpuTicksOf);
            const answer = await graphql(`${base}/shop-api`, {
                query: step.query,
                variables: step.variables(c),
                token: c.token,
                step: step.name,
            });
            if (answer.token) c.token = answer.token;
            const wrong = step.accept(answer.data, c);
            if (wrong) throw new Error(`serial checkout on ${name}: ${wrong}`);
            await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
            pids.forEach((pid, j) => (ms[step.name][j] += ((cpuTicksOf(pid) - before[j]) * 1000) / TICK / n));
        }
    }
    return ms;
}

/**
 * Two alternating passes of `n` checkouts on each side. `ours.pids`: the server, then the
 * worker; `plain.pids`: plain Vendure's one process (it runs its own jobs).
 */
async function runSerialCheckouts({ ours, plain, n, log }) {
    log(`  one checkout at a time, ${n} per pass, two passes each: CPU ms per step (/proc)`);
    const rows = [];
    for (let pass = 0; pass < 2; pass++) {
        for (const side of [
            { name: 'ours', ...ours },
            { name: 'plain', ...plain },
        ]) {
            const ms = await measure({ ...side, n });
            const total = side.pids.map((_, j) => CHECKOUT_STEP_NAMES.reduce((t, s) => t + ms[s][j], 0));
            rows.push({ name: side.name, ms, total });
            const fmt = values => values.map(v => v.toFixed(0).padStart(4)).join(' + ');
            log(
                `  ${side.name.padEnd(5)} ${CHECKOUT_STEP_NAMES.map(s => `${s} ${fmt(ms[s])}`).join(', ')}; ` +
                    `whole checkout ${fmt(total)} ms` +
                    (side.pids.length > 1 ? ' (server + worker)' : ''),
            );
        }
    }
    return rows;
}

module.exports = { runSerialCheckouts };

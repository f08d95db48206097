'use strict';
// Server CPU per checkout step, one checkout at a time: ours (the server and the worker)
// beside plain Vendure, each process's CPU read from /proc around every request. Under
// load the steps share the CPU and their figures blur; one at a time, each step's cost is
// its own, and so is the worker's share (the mail, the search index) that a load run only
// shows as "servers". Part of the mixed group with `BENCH_SERIAL_CHECKOUTS=<n>` (full mode).
const { CHECKOUT_QUERIES: Q, graphql } = require('./scenarios/checkout');
const { CHECKOUT_STEP_NAMES } = require('./mix-load');
const { cpuTicksOf, TICK } = require('./lib/sampler');

/** After each answer: what the request set off (the ledger, jobs) runs before the next reading. */
const SETTLE_MS = 40;

/** `n` checkouts in turn; resolves with the mean CPU ms per step for each of `pids`. */
async function measure({ name, base, pids, variants, n }) {
    const ms = Object.fromEntries(CHECKOUT_STEP_NAMES.map(step => [step, pids.map(() => 0)]));
    for (let i = 0; i < n; i++) {
        let token = null;
        let methodId = null;
        const steps = {
            addItemToOrder: [Q.ADD_ITEM, { v: variants[i % variants.length] }],
            setCustomerForOrder: [
                Q.SET_CUSTOMER,
                {
                    input: {
                        emailAddress: `serial-${name}-${Date.now()}-${i}@example.com`,
                        firstName: 'Bench',
                        lastName: `Serial ${i}`,
                    },
                },
            ],
            setOrderShippingAddress: [
                Q.SET_ADDRESS,
                {
                    input: {
                        fullName: `Bench Serial ${i}`,
                        streetLine1: '1 Trần Phú',
                        city: 'Phường Thành Sen',
                        province: 'Hà Tĩnh',
                        countryCode: 'VN',
                        phoneNumber: '0912345678',
                    },
                },
            ],
            eligibleShippingMethods: [Q.SHIPPING_METHODS, undefined],
            setOrderShippingMethod: [Q.SET_SHIPPING, () => ({ ids: [methodId] })],
            transitionOrderToState: [Q.TO_ARRANGING_PAYMENT, undefined],
            addPaymentToOrder: [Q.ADD_PAYMENT, undefined],
        };
        for (const step of CHECKOUT_STEP_NAMES) {
            const [query, variables] = steps[step];
            const before = pids.map(cpuTicksOf);
            const answer = await graphql(`${base}/shop-api`, {
                query,
                variables: typeof variables === 'function' ? variables() : variables,
                token,
                step,
            });
            if (answer.token) token = answer.token;
            if (step === 'eligibleShippingMethods') methodId = answer.data.eligibleShippingMethods[0].id;
            await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
            pids.forEach((pid, j) => (ms[step][j] += ((cpuTicksOf(pid) - before[j]) * 1000) / TICK / n));
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

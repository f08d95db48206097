'use strict';
// One measured load run with autocannon (in this process; the server under test runs
// in its own process). Every run is bounded by time *and* by a request count, targets
// 127.0.0.1 only, and checks what comes back: non-2xx answers, connection errors,
// GraphQL `errors` in any answer, and a deep check of a sample of the bodies.
const autocannon = require('autocannon');

/** Requests per second no 2-core machine reaches; caps a run whatever its duration. */
const MAX_RATE_PER_SECOND = 60_000;
/** Every N-th answer (and the first) gets the scenario's deep check. */
const DEEP_CHECK_EVERY = 97;

function assertLoopback(url) {
    const { hostname } = new URL(url);
    if (hostname !== '127.0.0.1')
        throw new Error(`Refusing to load ${url}: benchmarks target 127.0.0.1 only`);
}

/**
 * @param {object} o
 * @param {string} o.url             full URL of the (first) request, http://127.0.0.1:<port>/...
 * @param {string} [o.method]
 * @param {object} [o.headers]
 * @param {string} [o.body]
 * @param {(req: object) => object} [o.setupRequest]  per-request change (e.g. a random stamp code)
 * @param {(body: string) => boolean} [o.quickCheck]  cheap test run on every 2xx answer
 * @param {(body: string) => string|null} [o.deepCheck] full test of a sample: null when fine, else what is wrong
 * @param {number} o.connections
 * @param {number} o.duration        seconds
 */
function runLoad(o) {
    assertLoopback(o.url);
    const tally = { bad: 0, deepChecked: 0, firstProblem: null, seen: 0, statuses: {}, latencies: [] };
    const onResponse = (status, body) => {
        tally.seen++;
        tally.statuses[status] = (tally.statuses[status] || 0) + 1;
        if (status < 200 || status > 299) {
            if (!tally.firstProblem) tally.firstProblem = `HTTP ${status}: ${String(body).slice(0, 300)}`;
            return;
        }
        if (o.quickCheck && !o.quickCheck(body)) {
            tally.bad++;
            if (!tally.firstProblem) tally.firstProblem = `bad answer: ${String(body).slice(0, 300)}`;
            return;
        }
        if (o.deepCheck && (tally.seen === 1 || tally.seen % DEEP_CHECK_EVERY === 0)) {
            tally.deepChecked++;
            const problem = o.deepCheck(body);
            if (problem) {
                tally.bad++;
                if (!tally.firstProblem) tally.firstProblem = `${problem}: ${String(body).slice(0, 300)}`;
            }
        }
    };
    const request = { onResponse };
    if (o.setupRequest) request.setupRequest = o.setupRequest;
    return new Promise((resolve, reject) => {
        const instance = autocannon(
            {
                url: o.url,
                method: o.method || 'GET',
                headers: o.headers,
                body: o.body,
                connections: o.connections,
                duration: o.duration,
                maxOverallRequests: Math.ceil(o.duration * MAX_RATE_PER_SECOND),
                timeout: 10,
                requests: [request],
            },
            (err, result) => {
                if (err) return reject(err);
                resolve(summarize(result, tally));
            },
        );
        // Every response time, so that runs split in rounds give exact percentiles together.
        instance.on('response', (client, status, bytes, responseTime) => tally.latencies.push(responseTime));
        // No progress bar / table: the bench prints its own.
        instance.on('error', reject);
    });
}

function summarize(r, tally) {
    const answered = r.requests.total;
    return {
        answered,
        sent: r.requests.sent,
        seconds: r.duration,
        rps: answered / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        bad: tally.bad,
        deepChecked: tally.deepChecked,
        statuses: tally.statuses,
        firstProblem: tally.firstProblem,
        latencies: tally.latencies,
    };
}

function percentile(sorted, p) {
    if (!sorted.length) return null;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One figure from several runs of the same scenario: totals add up, percentiles over all answers. */
function combineRuns(runs) {
    const latencies = runs.flatMap(r => r.latencies).sort((a, b) => a - b);
    const sum = key => runs.reduce((n, r) => n + (r[key] || 0), 0);
    const statuses = {};
    for (const r of runs)
        for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] || 0) + v;
    const answered = sum('answered');
    const seconds = sum('seconds');
    return {
        rounds: runs.length,
        answered,
        sent: sum('sent'),
        seconds,
        rps: answered / seconds,
        p50: Math.round(percentile(latencies, 50)),
        p99: Math.round(percentile(latencies, 99)),
        max: Math.round(latencies[latencies.length - 1] || 0),
        non2xx: sum('non2xx'),
        errors: sum('errors'),
        timeouts: sum('timeouts'),
        bad: sum('bad'),
        deepChecked: sum('deepChecked'),
        statuses,
        firstProblem: runs.map(r => r.firstProblem).find(Boolean) || null,
        ...(runs.some(r => r.logged != null) ? { logged: sum('logged') } : {}),
    };
}

/** Quick check for GraphQL answers: a data object and no `errors` key at the top level. */
function graphqlQuickCheck(body) {
    return body.startsWith('{"data":') && !body.includes('"errors":[');
}

module.exports = { runLoad, combineRuns, graphqlQuickCheck, assertLoopback };

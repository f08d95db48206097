'use strict';
// Where the time goes during a load run, sampled every 500 ms (Linux /proc and
// pg_stat_activity): CPU of the server processes, of the PostgreSQL backends of the
// bench's databases (not PostgreSQL's own WAL writer, checkpointer …, which count as
// "other") and of this process (the load generator), the rest of the machine, and what
// the bench database's backends were waiting for.
const fs = require('node:fs');
const os = require('node:os');

const TICK = 100; // USER_HZ on Linux

function cpuTicksOf(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
        return 0;
    }
}

/**
 * Nanoseconds the main thread of `pid` spent on a core and runnable but waiting for one
 * (`/proc/<pid>/task/<pid>/schedstat`). A Node server's work is on that one thread: on a
 * core + waiting near 100 % means its event loop never waited for I/O, so it, not the
 * pool, a lock or PostgreSQL, set the pace; the waiting share is what the other processes
 * on the same cores took from it.
 */
function mainThreadOf(pid) {
    try {
        const [run, wait] = fs
            .readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8')
            .split(' ')
            .map(Number);
        return { run, wait };
    } catch {
        return { run: 0, wait: 0 };
    }
}

function postgresPids() {
    const pids = [];
    for (const name of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        try {
            if (fs.readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') pids.push(name);
        } catch {
            /* gone */
        }
    }
    return pids;
}

function machineTicks() {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    const idle = line[3] + line[4];
    return { busy: line.reduce((a, b) => a + b, 0) - idle, idle };
}

/**
 * Starts sampling; `stop()` resolves with CPU shares in % of one core (2 cores = 200 %)
 * and the average number of bench-database backends active, by what they waited for.
 * Returns null figures where /proc is not available (not Linux).
 */
async function startSampler({ pool, serverPids, benchPids = [process.pid], databases }) {
    if (!fs.existsSync('/proc/stat')) return { stop: async () => null };
    // Only the backends of the bench's databases: other users' databases on the same server count as "other".
    const backendPids = async () => {
        const { rows } = await pool.query(
            'SELECT pid::text AS pid FROM pg_stat_activity WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()',
            [databases],
        );
        const live = new Set(postgresPids());
        return rows.map(r => r.pid).filter(pid => live.has(pid));
    };
    const take = async () => ({
        at: process.hrtime.bigint(),
        servers: serverPids.reduce((n, pid) => n + cpuTicksOf(pid), 0),
        each: serverPids.map(cpuTicksOf),
        main: mainThreadOf(serverPids[0]),
        // Per process: a backend that ends during the run is left out, one that starts counts from 0.
        postgres: new Map((await backendPids()).map(pid => [pid, cpuTicksOf(pid)])),
        // A process that has not started or has ended counts 0 at that end.
        self: benchPids.reduce((n, pid) => n + cpuTicksOf(pid), 0),
        machine: machineTicks(),
    });
    const first = await take();
    const waits = {};
    let samples = 0;
    let active = 0;
    let busy = false;
    const timer = setInterval(async () => {
        if (busy) return;
        busy = true;
        try {
            const { rows } = await pool.query(
                `SELECT COALESCE(wait_event_type, 'CPU') AS type, COALESCE(wait_event, '') AS event, count(*)::int AS n
                   FROM pg_stat_activity
                  WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
                  GROUP BY 1, 2`,
            );
            samples++;
            for (const r of rows) {
                active += r.n;
                const key = r.event ? `${r.type}:${r.event}` : r.type;
                waits[key] = (waits[key] || 0) + r.n;
            }
        } catch {
            /* a sample less */
        } finally {
            busy = false;
        }
    }, 500);
    timer.unref();
    return {
        async stop() {
            clearInterval(timer);
            const last = await take();
            const seconds = Number(last.at - first.at) / 1e9;
            const pct = ticks => (ticks / TICK / seconds) * 100;
            const machineBusy = pct(last.machine.busy - first.machine.busy);
            const servers = pct(last.servers - first.servers);
            let pgTicks = 0;
            for (const [pid, ticks] of last.postgres) pgTicks += ticks - (first.postgres.get(pid) ?? 0);
            const postgres = pct(pgTicks);
            const self = pct(last.self - first.self);
            const top = Object.entries(waits)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 4)
                .map(([k, n]) => `${k} ${(n / Math.max(samples, 1)).toFixed(1)}`);
            const share = ns => (ns / 1e9 / seconds) * 100;
            return {
                cores: os.cpus().length,
                mainRun: share(last.main.run - first.main.run),
                mainWait: share(last.main.wait - first.main.wait),
                servers,
                // In the order of serverPids: a server, then its worker when it has one.
                each: last.each.map((ticks, i) => pct(ticks - first.each[i])),
                postgres,
                bench: self,
                other: Math.max(0, machineBusy - servers - postgres - self),
                idle: Math.max(0, os.cpus().length * 100 - machineBusy),
                pgActive: active / Math.max(samples, 1),
                pgWaits: top,
            };
        },
    };
}

function formatSample(s) {
    if (!s) return 'cpu: not sampled';
    const f = n => `${n.toFixed(0)}%`;
    return (
        `cpu (${s.cores * 100}% = all cores): servers ${f(s.servers)}${s.each.length > 1 ? ` (${s.each.map(f).join(' + ')})` : ''}, postgres backends ${f(s.postgres)}, load generator ${f(s.bench)}, ` +
        `other ${f(s.other)}, idle ${f(s.idle)}; db backends active ${s.pgActive.toFixed(1)} (${s.pgWaits.join(', ') || '—'}); ` +
        `first server's main thread on a core ${f(s.mainRun)}, waiting for one ${f(s.mainWait)}`
    );
}

/**
 * Resolves once each of `pids` uses less than `belowPercent` of one core over a second,
 * or after `timeoutMs` (then with false). A scenario that starts while another system
 * still works off the previous one's backlog (search index jobs, the worker's queue)
 * would be charged for that system's work.
 */
async function waitForQuiet(pids, { belowPercent = 10, timeoutMs = 60_000 } = {}) {
    if (!fs.existsSync('/proc/stat')) return true;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const before = pids.map(cpuTicksOf);
        await new Promise(resolve => setTimeout(resolve, 1000));
        const busiest = Math.max(0, ...pids.map((pid, i) => cpuTicksOf(pid) - before[i]));
        if ((busiest / TICK) * 100 < belowPercent) return true;
    }
    return false;
}

module.exports = { startSampler, formatSample, waitForQuiet, cpuTicksOf, TICK };

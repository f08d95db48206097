'use strict';
// Child processes of the benchmark: started with their output kept (shown on failure),
// stopped by pid only — never by name — and all stopped on exit or Ctrl-C.
const { spawn } = require('node:child_process');
const net = require('node:net');

const children = new Set();

/** Spawns `node <script>` with env; keeps the last ~200 lines of output for diagnostics. */
function startNode(name, script, env, { echo = false, nodeArgs = [] } = {}) {
    const child = spawn(process.execPath, [...nodeArgs, script], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = [];
    const keep = chunk => {
        const text = chunk.toString();
        if (echo) process.stdout.write(text.replace(/^(?=.)/gm, `  [${name}] `));
        lines.push(...text.split('\n').filter(Boolean));
        if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const handle = {
        name,
        child,
        exited: false,
        exitCode: null,
        output: () => lines.join('\n'),
        exitPromise: new Promise(resolve =>
            child.once('exit', code => {
                handle.exited = true;
                handle.exitCode = code;
                children.delete(handle);
                resolve(code);
            }),
        ),
        stop: () => stopChild(handle),
    };
    children.add(handle);
    return handle;
}

/** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
async function stopChild(handle, graceMs = 8000) {
    if (handle.exited) return;
    try {
        handle.child.kill('SIGTERM');
    } catch {
        return;
    }
    const timer = setTimeout(() => {
        if (!handle.exited) {
            try {
                handle.child.kill('SIGKILL');
            } catch {
                /* already gone */
            }
        }
    }, graceMs);
    await handle.exitPromise;
    clearTimeout(timer);
}

async function stopAll() {
    await Promise.all([...children].map(h => stopChild(h)));
}

/** Kills whatever is left synchronously (used from 'exit' handlers). */
function killAllNow() {
    for (const h of children) {
        try {
            h.child.kill('SIGKILL');
        } catch {
            /* gone */
        }
    }
}

/** A free TCP port on the loopback interface. */
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function portAnswers(port, timeoutMs = 1000) {
    return new Promise(resolve => {
        const socket = net.connect({ host: '127.0.0.1', port });
        const done = ok => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Polls `probe` until it returns truthy, the child dies, or the deadline passes. */
async function waitFor(what, probe, { timeoutMs, intervalMs = 500, child } = {}) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
        if (child && child.exited) {
            throw new Error(
                `${child.name} exited with code ${child.exitCode} while waiting for ${what}:\n${child.output()}`,
            );
        }
        try {
            const value = await probe();
            if (value) return value;
        } catch (e) {
            lastError = e;
        }
        await sleep(intervalMs);
    }
    throw new Error(
        `Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (${lastError.message})` : ''}` +
            (child ? `\n--- ${child.name} output ---\n${child.output()}` : ''),
    );
}

module.exports = { startNode, stopAll, killAllNow, freePort, portAnswers, waitFor, sleep };

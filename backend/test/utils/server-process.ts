import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { postgresOptionsFromUrl } from '../../src/database/connection-options';
import { findFreePort } from '../../src/database/embedded-postgres';
import { demoTemplate, dropDatabase, freshDatabase } from './test-server';

const SERVER_ENTRY = path.join(__dirname, '../../dist/index.js');

// Never leave a server behind when a test file fails half-way.
const running = new Set<ChildProcess>();
process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
});

/** The built server (`node dist/index.js`) as a child process the test can kill. */
export interface ServerProcess {
    port: number;
    base: string;
    readonly pid: number;
    /** The process's last output lines, for failure messages. */
    output(): string;
    /** Sends the signal and resolves when the process is gone. */
    kill(signal: NodeJS.Signals): Promise<void>;
    /** A new process on the same port, database and data folder; resolves when it serves. */
    restart(): Promise<void>;
}

/**
 * A copy of the demo template database for a server process: the template's schema
 * comes from the entities, which the migrations are proven to produce
 * (migrations.e2e-spec.ts), so they are recorded as applied and the server boots
 * at once instead of migrating and seeding for a minute.
 */
export async function processDatabase(name: string): Promise<{
    databaseUrl: string;
    dataDir: string;
    drop(): Promise<void>;
}> {
    const template = await demoTemplate();
    const databaseUrl = await freshDatabase(`test_${name}`, template.database);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-`));
    fs.cpSync(template.dataDir, dataDir, { recursive: true });
    const dataSource = new DataSource({ ...postgresOptionsFromUrl(databaseUrl), entities: [] });
    await dataSource.initialize();
    try {
        await dataSource.runMigrations({ fake: true, transaction: 'all' });
    } finally {
        await dataSource.destroy();
    }
    return {
        databaseUrl,
        dataDir,
        async drop() {
            await dropDatabase(databaseUrl);
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

/** Starts `node dist/index.js` and waits until `GET /health` answers 200 (at most `timeoutMs`, 2 minutes by default). */
export async function startServerProcess(options: {
    databaseUrl: string;
    dataDir: string;
    env?: Record<string, string>;
    timeoutMs?: number;
}): Promise<ServerProcess> {
    if (!fs.existsSync(SERVER_ENTRY)) {
        throw new Error('backend/dist/index.js is missing: build first (npm run build -w shared -w backend)');
    }
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: base,
        DATABASE_URL: options.databaseUrl,
        DATA_DIR: options.dataDir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        STAMP_CHECK_RATE_LIMIT: '0',
        ...options.env,
    };
    const lines: string[] = [];
    let child: ChildProcess;
    let exited: Promise<void>;

    const launch = async () => {
        child = spawn(process.execPath, [SERVER_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        running.add(child);
        child.once('exit', () => running.delete(child));
        const keep = (chunk: Buffer) => {
            lines.push(...chunk.toString().split('\n').filter(Boolean));
            if (lines.length > 200) lines.splice(0, lines.length - 200);
        };
        child.stdout!.on('data', keep);
        child.stderr!.on('data', keep);
        exited = new Promise(resolve => child.once('exit', () => resolve()));
        const deadline = Date.now() + (options.timeoutMs ?? 120_000);
        let last = 'no answer';
        while (Date.now() < deadline) {
            if (child.exitCode !== null || child.signalCode !== null) break;
            const ok = await fetch(`${base}/health`).then(
                async r => {
                    last = `${r.status} ${await r.text()}`;
                    return r.status === 200;
                },
                (e: Error) => {
                    last = String(e.cause ?? e.message);
                    return false;
                },
            );
            if (ok) return;
            await new Promise(r => setTimeout(r, 250));
        }
        child.kill('SIGKILL');
        throw new Error(`the server process did not become healthy (last: ${last}):\n${lines.join('\n')}`);
    };
    await launch();
    const handle: ServerProcess = {
        port,
        base,
        get pid() {
            return child.pid!;
        },
        output: () => lines.join('\n'),
        async kill(signal) {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
        },
        restart: launch,
    };
    return handle;
}

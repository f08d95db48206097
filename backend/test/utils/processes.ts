import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { postgresOptionsFromUrl } from '../../src/database/connection-options';
import { findFreePort } from '../../src/database/embedded-postgres';
import { demoTemplate, dropDatabase, freshDatabase } from './test-server';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A copy of the demo database and its pictures for built processes (`dist/index.js`),
 * which apply migrations on start: the template was built from the entities, so its
 * migrations are recorded as applied here (migrations.e2e-spec.ts proves both agree).
 */
export async function demoDatabaseForProcesses(
    name: string,
): Promise<{ databaseUrl: string; dataDir: string; drop(): Promise<void> }> {
    const template = await demoTemplate();
    const databaseUrl = await freshDatabase(`test_${name}`, template.database);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-`));
    fs.cpSync(template.dataDir, dataDir, { recursive: true });
    const dataSource = new DataSource({ ...postgresOptionsFromUrl(databaseUrl), logging: false });
    await dataSource.initialize();
    try {
        await dataSource.query(
            `CREATE TABLE IF NOT EXISTS "migrations" ("id" SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, "name" varchar NOT NULL)`,
        );
        for (const migration of dataSource.migrations) {
            const migrationName = migration.name ?? migration.constructor.name;
            await dataSource.query(`INSERT INTO "migrations" ("timestamp", "name") VALUES ($1, $2)`, [
                Number(migrationName.slice(-13)),
                migrationName,
            ]);
        }
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

/** A Redis key prefix of its own for one test file and run, and a way to delete its keys. */
export function redisPrefix(name: string) {
    const prefix = `ocop-test-${name}-${process.pid}-${Date.now().toString(36)}`;
    return {
        prefix,
        async clear() {
            const redis = new Redis(REDIS_URL);
            try {
                let cursor = '0';
                do {
                    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
                    cursor = next;
                    if (keys.length) await redis.del(...keys);
                } while (cursor !== '0');
            } finally {
                redis.disconnect();
            }
        },
    };
}

export interface BackendProcess {
    port: number;
    url: string;
    child: ChildProcess;
    output(): string;
    stop(): Promise<void>;
}

/**
 * Starts a built entry point (`index.js` or `index-worker.js`) as its own process with
 * only the given environment, and waits until it is ready: the server answers
 * `GET /health`, the worker prints "Worker ready". Bounded by `timeoutMs`.
 */
export async function startBackendProcess(
    entry: 'index.js' | 'index-worker.js',
    env: Record<string, string>,
    timeoutMs = 90_000,
): Promise<BackendProcess> {
    const port = env.PORT ? Number(env.PORT) : await findFreePort();
    let log = '';
    const child = spawn(process.execPath, [path.join(__dirname, '../../dist', entry)], {
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode}):\n${log}`);
        if (Date.now() > deadline) {
            child.kill('SIGKILL');
            throw new Error(`${entry} was not ready within ${timeoutMs} ms:\n${log}`);
        }
        if (entry === 'index-worker.js' ? log.includes('Worker ready') : await healthy(url)) break;
        await new Promise(r => setTimeout(r, 250));
    }
    return {
        port,
        url,
        child,
        output: () => log,
        async stop() {
            if (child.exitCode !== null) return;
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(timer);
        },
    };
}

async function healthy(url: string): Promise<boolean> {
    try {
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
        return res.ok;
    } catch {
        return false;
    }
}

/** Rows from a database by URL (the test process holds no Vendure app of its own). */
export async function sqlClient(databaseUrl: string) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return {
        sql: async (query: string, params?: unknown[]) => (await client.query(query, params)).rows,
        end: () => client.end(),
    };
}

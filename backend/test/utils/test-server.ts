import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import {
    bootstrap,
    DefaultLogger,
    getConfig,
    JobQueueService,
    LogLevel,
    NoopLogger,
    resetConfig,
    VendureConfig,
} from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Client } from 'pg';
import { Environment, loadEnvironment } from '../../src/config/environment';
import { findFreePort } from '../../src/database/embedded-postgres';
import { buildVendureConfig } from '../../src/vendure-config';

export interface TestServer {
    app: INestApplication;
    config: VendureConfig;
    env: Environment;
    port: number;
    databaseUrl: string;
    adminClient: SimpleGraphQLClient;
    shopClient: SimpleGraphQLClient;
    close(): Promise<void>;
}

function serverUrl() {
    return new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

/**
 * A fresh, empty database for this test file and this run on the test PostgreSQL
 * server; returns its URL. The process id keeps two runs on one server (CI and
 * a developer, say) from dropping each other's databases.
 */
export async function freshDatabase(name: string, template?: string, server?: string): Promise<string> {
    name = `${name}_${process.pid}`;
    const url = server ? new URL(server) : serverUrl();
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
    } finally {
        await client.end();
    }
    url.pathname = '/' + name;
    return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
    const admin = new URL(databaseUrl);
    const name = decodeURIComponent(admin.pathname.slice(1));
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
        await client.end();
    }
}

/**
 * Boots the real server configuration on its own fresh database, with the job
 * queue running in-process.
 */
export async function startTestServer(
    name: string,
    options: {
        demoData?: boolean;
        env?: Record<string, string>;
        /** Another PostgreSQL server than the test run's (a URL of any of its databases). */
        databaseServer?: string;
    } = {},
): Promise<TestServer> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-`));
    let databaseUrl: string;
    if (options.demoData) {
        const template = await demoTemplate();
        databaseUrl = await freshDatabase(`test_${name}`, template.database);
        fs.cpSync(template.dataDir, dataDir, { recursive: true });
    } else {
        databaseUrl = await freshDatabase(`test_${name}`, undefined, options.databaseServer);
    }
    const app = await bootServer(databaseUrl, dataDir, options);
    if (options.demoData) await waitForIdleJobQueue(databaseUrl);
    // The clients read header names from the complete, defaults-merged configuration.
    const runtimeConfig = getConfig() as Required<VendureConfig>;
    const adminClient = new SimpleGraphQLClient(runtimeConfig, `http://127.0.0.1:${app.port}/admin-api`);
    const shopClient = new SimpleGraphQLClient(runtimeConfig, `http://127.0.0.1:${app.port}/shop-api`);
    return {
        ...app,
        databaseUrl,
        adminClient,
        shopClient,
        async close() {
            await new Promise(r => setTimeout(r, 200));
            await app.app.close();
            resetConfig();
            await dropDatabase(databaseUrl);
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

/** Boots the real server configuration on the given database, job queue in-process. */
async function bootServer(
    databaseUrl: string,
    dataDir: string,
    options: { demoData?: boolean; env?: Record<string, string> },
): Promise<{ app: INestApplication; config: VendureConfig; env: Environment; port: number }> {
    const port = await findFreePort();
    const env = loadEnvironment({
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        DEMO_DATA: options.demoData ? 'true' : 'false',
        LOG_LEVEL: 'error',
        ...options.env,
    });
    const config = buildVendureConfig({ ...env, DATABASE_URL: databaseUrl });
    config.logger = process.env.LOG ? new DefaultLogger({ level: LogLevel.Info }) : new NoopLogger();
    // Like @vendure/testing, build the schema from the entities; migrations.e2e-spec.ts
    // proves the migrations produce exactly this schema.
    (config.dbConnectionOptions as any).synchronize = true;
    const app = await bootstrap(config);
    await app.get(JobQueueService).start();
    return { app, config, env, port };
}

/**
 * The demo catalogue, seeded once and kept as a PostgreSQL template database (with the
 * pictures it drew): test files that ask for demo data get a copy in about a second
 * instead of seeding for a minute each. The name carries a hash of the backend's and
 * shared sources, so any change to the code seeds a new one; an advisory lock keeps two
 * runs from seeding the same template at once. Boot-time setup still runs on every copy,
 * so settings that depend on a test's environment (payment methods) follow that test.
 */
export async function demoTemplate(): Promise<{ database: string; dataDir: string }> {
    // The day too: demo records are dated relative to the day they are seeded.
    const key = sourceHash(new Date().toISOString().slice(0, 10));
    const database = `ocop_demo_tpl_${key}`;
    const dataDir = path.join(os.tmpdir(), `ocop-demo-tpl-${key}`);
    const admin = new Client({ connectionString: serverUrl().toString() });
    await admin.connect();
    // A finished template never changes: no need to queue behind runs seeding other versions.
    const ready = async () =>
        !!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount &&
        fs.existsSync(path.join(dataDir, '.complete'));
    if (await ready()) {
        await admin.end();
        return { database, dataDir };
    }
    try {
        await admin.query(`SELECT pg_advisory_lock(hashtext('ocop-demo-template'))`);
        const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
        if (rowCount && fs.existsSync(path.join(dataDir, '.complete'))) return { database, dataDir };
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.mkdirSync(dataDir, { recursive: true });
        const building = await freshDatabase(`${database}_seeding`);
        const seeded = await bootServer(building, dataDir, { demoData: true });
        await waitForIdleJobQueue(building);
        await new Promise(r => setTimeout(r, 200));
        await seeded.app.close();
        resetConfig();
        const buildingName = decodeURIComponent(new URL(building).pathname.slice(1));
        await admin.query(`ALTER DATABASE "${buildingName}" RENAME TO "${database}"`);
        fs.writeFileSync(path.join(dataDir, '.complete'), new Date().toISOString());
        return { database, dataDir };
    } finally {
        await admin.query(`SELECT pg_advisory_unlock(hashtext('ocop-demo-template'))`).catch(() => undefined);
        await admin.end();
    }
}

/** A short hash of every source file of the backend and of `shared/` (names and contents). */
function sourceHash(salt: string): string {
    const hash = createHash('sha1').update(salt);
    const repo = path.resolve(__dirname, '../../..');
    const walk = (dir: string) => {
        for (const entry of fs
            .readdirSync(dir, { withFileTypes: true })
            .sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (/\.(ts|json|sql|svg|png|jpg)$/.test(entry.name)) {
                hash.update(path.relative(repo, full));
                hash.update(fs.readFileSync(full));
            }
        }
    };
    walk(path.join(repo, 'backend/src'));
    walk(path.join(repo, 'shared/src'));
    return hash.digest('hex').slice(0, 12);
}

/** Waits until the job queue (search index, collections) has caught up with what was written. */
export async function waitForIdleJobQueue(databaseUrl: string, timeoutMs = 180_000): Promise<void> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            const { rows } = await client.query(
                `SELECT count(*)::int AS n FROM job_record WHERE state IN ('PENDING', 'RUNNING', 'RETRYING')`,
            );
            if (rows[0].n === 0) return;
            await new Promise(r => setTimeout(r, 250));
        }
        throw new Error('The job queue did not become idle');
    } finally {
        await client.end();
    }
}

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
    VendureConfig,
} from '@vendure/core';
import { resetConfig } from '@vendure/core/dist/config/config-helpers';
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
export async function freshDatabase(name: string): Promise<string> {
    name = `${name}_${process.pid}`;
    const url = serverUrl();
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${name}"`);
    } finally {
        await client.end();
    }
    url.pathname = '/' + name;
    return url.toString();
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    const client = new Client({ connectionString: serverUrl().toString() });
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
    options: { demoData?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
    const databaseUrl = await freshDatabase(`test_${name}`);
    const port = await findFreePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-`));
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
    if (options.demoData) await waitForIdleJobQueue(databaseUrl);
    // The clients read header names from the complete, defaults-merged configuration.
    const runtimeConfig = getConfig() as Required<VendureConfig>;
    const adminClient = new SimpleGraphQLClient(runtimeConfig, `http://127.0.0.1:${port}/admin-api`);
    const shopClient = new SimpleGraphQLClient(runtimeConfig, `http://127.0.0.1:${port}/shop-api`);
    return {
        app,
        config,
        env,
        port,
        databaseUrl,
        adminClient,
        shopClient,
        async close() {
            await new Promise(r => setTimeout(r, 200));
            await app.close();
            resetConfig();
            await dropDatabase(databaseUrl);
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
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

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import gql from 'graphql-tag';
import { Client } from 'pg';
import { Buyer } from './utils/checkout';
import { eventually } from './utils/eventually';
import { DEMO_PRODUCERS, freshVariantOf, Sql, sqlOf } from './utils/marketplace';
import { dropDatabase, freshDatabase, startTestServer, TestServer } from './utils/test-server';

const SCRIPTS = path.join(__dirname, '../../scripts');

/** The tables whose loss a province would notice first, compared row by row. */
const TABLES = ['order', 'order_line', 'payment', 'stamp_batch', 'stamp', 'stamp_check'];

/**
 * `scripts/backup.sh` and `scripts/restore.sh` (docs/operations.md) against the real
 * PostgreSQL: a backup of a shop with an order, a voided stamp and a stamp check,
 * restored into an empty database, holds exactly the same rows; restoring over data
 * or from a damaged file is refused and leaves the target as it was.
 */
describe('backup and restore', () => {
    let server: TestServer;
    let sql: Sql;
    let work: string;
    let restored: string | undefined;
    let usable = true;

    const run = (script: string, args: string[], env: Record<string, string>) =>
        spawnSync('bash', [path.join(SCRIPTS, script), ...args], {
            env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env },
            encoding: 'utf8',
            timeout: 60_000,
        });

    beforeAll(async () => {
        server = await startTestServer('backup', { demoData: true });
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backup-'));
        // The embedded fallback server (PostgreSQL 17) cannot be dumped by an older pg_dump on PATH;
        // the scripts refuse that with a message (their own check), the test then has nothing to run.
        const client = /(\d+)\./.exec(spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).stdout ?? '');
        const [{ server_version_num: serverVersion }] = await sql('SHOW server_version_num');
        usable = !!client && Number(client[1]) >= Math.floor(Number(serverVersion) / 10000);
        // eslint-disable-next-line no-console
        if (!usable) console.warn(`backup tests skipped: no pg_dump for PostgreSQL ${serverVersion} on PATH`);
    }, 600_000);

    afterAll(async () => {
        await server?.close();
        if (restored) await dropDatabase(restored);
        fs.rmSync(work, { recursive: true, force: true });
    });

    /** One fingerprint per table: every row, in id order. */
    async function fingerprints(databaseUrl: string) {
        const client = new Client({ connectionString: databaseUrl });
        await client.connect();
        try {
            const result: Record<string, { rows: number; md5: string }> = {};
            for (const table of TABLES) {
                const { rows } = await client.query(
                    `SELECT count(*)::int AS rows, md5(COALESCE(string_agg(t::text, '|' ORDER BY t.id), '')) AS md5
                       FROM "${table}" t`,
                );
                result[table] = rows[0];
            }
            return result;
        } finally {
            await client.end();
        }
    }

    it('restores orders, stamp statuses and stamp checks into an empty database', async () => {
        if (!usable) return;
        const variant = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, new Set(), 3);
        const buyer = new Buyer(server);
        await buyer.readyToPay([[variant, 2]]);
        const placed = await buyer.pay();
        if (!placed.placed) throw new Error(placed.error);
        const [first, second] = await sql(
            `SELECT code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial LIMIT 2`,
            [variant],
        );
        const { voidStamps } = await server.adminClient.query(
            gql`
                mutation ($codes: [String!]!) {
                    voidStamps(codes: $codes, reason: "Tem rách khi dán") {
                        voided
                    }
                }
            `,
            { codes: [first.code] },
        );
        expect(voidStamps.voided).toBe(1);
        const page = await fetch(`http://127.0.0.1:${server.port}/v/${second.code}`);
        expect(page.status).toBe(200);
        await eventually(
            async () => (await sql(`SELECT 1 FROM stamp_check WHERE code = $1`, [second.code])).length > 0,
            'the stamp check was recorded',
        );

        const dump = path.join(work, 'ocop.dump');
        const backup = run('backup.sh', [dump], {
            DATABASE_URL: `${server.databaseUrl}?pool_max=3`,
            DATA_DIR: server.env.DATA_DIR,
        });
        expect(backup.stderr).toBe('');
        expect(backup.status).toBe(0);
        expect(fs.existsSync(`${dump}.assets.tar.gz`)).toBe(true);
        const original = await fingerprints(server.databaseUrl);

        restored = await freshDatabase('test_backup_restored');
        const restoredData = path.join(work, 'restored-data');
        const restore = run('restore.sh', [dump], { DATABASE_URL: restored, DATA_DIR: restoredData });
        expect(restore.status).toBe(0);
        expect(restore.stdout).toMatch(/Restored .*: \d+ placed orders, \d+ stamps, [1-9]\d* stamp checks/);
        expect(await fingerprints(restored)).toEqual(original);
        expect(original.order.rows).toBeGreaterThan(0);
        expect(original.stamp_check.rows).toBeGreaterThan(0);

        // What the office would look up first, read from the restored copy.
        const client = new Client({ connectionString: restored });
        await client.connect();
        try {
            const { rows: orders } = await client.query(`SELECT state FROM "order" WHERE code = $1`, [
                placed.code,
            ]);
            expect(orders).toEqual([{ state: 'PaymentAuthorized' }]);
            const { rows: stamps } = await client.query(
                `SELECT code, status FROM stamp WHERE code = ANY($1) ORDER BY serial`,
                [[first.code, second.code]],
            );
            expect(stamps).toEqual([
                { code: first.code, status: 'VOID' },
                { code: second.code, status: 'ISSUED' },
            ]);
        } finally {
            await client.end();
        }
        // The pictures came back too.
        expect(fs.readdirSync(path.join(restoredData, 'assets', 'source')).length).toBeGreaterThan(0);
    });

    it('refuses to restore over existing data or from a damaged file, and client tools older than the server', async () => {
        if (!usable) return;
        const dump = path.join(work, 'ocop.dump');
        const before = await fingerprints(server.databaseUrl);
        const over = run('restore.sh', [dump], { DATABASE_URL: server.databaseUrl });
        expect(over.status).toBe(1);
        expect(over.stderr).toMatch(/the target database is not empty/);
        expect(await fingerprints(server.databaseUrl)).toEqual(before);

        // Client tools older than the server: refused up front, with the way out.
        const oldTools = path.join(work, 'old-bin');
        fs.mkdirSync(oldTools);
        fs.writeFileSync(path.join(oldTools, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n', {
            mode: 0o755,
        });
        for (const tool of ['psql', 'pg_restore']) {
            fs.symlinkSync(
                spawnSync('which', [tool], { encoding: 'utf8' }).stdout.trim(),
                path.join(oldTools, tool),
            );
        }
        const tooOld = run('backup.sh', [path.join(work, 'old.dump')], {
            DATABASE_URL: server.databaseUrl,
            PG_BIN: oldTools,
        });
        expect(tooOld.status).toBe(1);
        expect(tooOld.stderr).toMatch(
            /pg_dump 9 cannot handle a PostgreSQL \d+ server; install the client tools/,
        );
        expect(fs.existsSync(path.join(work, 'old.dump'))).toBe(false);

        const damaged = path.join(work, 'damaged.dump');
        const bytes = fs.readFileSync(dump);
        fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
        const empty = await freshDatabase('test_backup_damaged');
        try {
            const result = run('restore.sh', [damaged], { DATABASE_URL: empty });
            expect(result.status).not.toBe(0);
            const client = new Client({ connectionString: empty });
            await client.connect();
            const { rows } = await client.query(
                `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
            );
            await client.end();
            expect(rows[0].n).toBe(0);
        } finally {
            await dropDatabase(empty);
        }
    });
});

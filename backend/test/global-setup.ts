import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * Chooses the PostgreSQL server for the whole run: TEST_DATABASE_URL if given,
 * the one on 127.0.0.1:5432 when it answers, otherwise an embedded one. Each
 * test file then creates its own database on it (test/utils/test-server.ts).
 */
export default async function globalSetup() {
    if (process.env.TEST_DATABASE_URL) return;
    if (await answers('127.0.0.1', 5432)) {
        process.env.TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
        return;
    }
    const embedded = await startEmbeddedPostgres(path.join(os.tmpdir(), 'ocop-test-pg'), 'postgres');
    process.env.TEST_DATABASE_URL = embedded.url;
    (globalThis as any).__EMBEDDED_PG__ = embedded;
}

function answers(host: string, port: number): Promise<boolean> {
    return new Promise(resolve => {
        const socket = net.connect({ host, port, timeout: 1000 });
        socket.once('connect', () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => {
            socket.destroy();
            resolve(false);
        });
    });
}

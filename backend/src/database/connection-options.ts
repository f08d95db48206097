import path from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/**
 * TypeORM options for a `postgres://` URL. The schema only ever changes through
 * the migrations in src/migrations (never `synchronize`), so a deployed
 * database and a developer's database cannot drift apart.
 */
export function postgresOptionsFromUrl(databaseUrl: string): PostgresConnectionOptions {
    const url = new URL(databaseUrl);
    return {
        type: 'postgres',
        host: url.hostname,
        port: Number(url.port || 5432),
        username: decodeURIComponent(url.username || 'postgres'),
        password: decodeURIComponent(url.password),
        database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'ocop',
        ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
        synchronize: false,
        migrationsRun: false,
        migrations: [path.join(__dirname, '../migrations/*.{js,ts}')].map(p => p.replace(/\\/g, '/')),
        logging: false,
        applicationName: 'ocop',
        extra: {
            max: Number(url.searchParams.get('pool_max') ?? 10),
            // A request waits at most this long for a connection, then fails with an error instead
            // of hanging while PostgreSQL restarts or is unreachable (ADR 0024).
            connectionTimeoutMillis: 10_000,
            // Notices a server that vanished without closing the socket (a failed-over host).
            keepAlive: true,
            keepAliveInitialDelayMillis: 10_000,
        },
    };
}

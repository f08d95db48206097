'use strict';
// Child process: brings the bench database's schema up to date before the server starts.
// Runs the migrations as the server would; if the entities still need changes the
// migrations do not make yet (plugins being built, migration not generated), it
// synchronizes those from the entities and says so — a benchmark needs the tables,
// not a migration test (backend/test has that).
const path = require('node:path');
const { BACKEND_DIST } = require('./paths');

async function main() {
    require(path.join(BACKEND_DIST, 'runtime.js'));
    const { loadEnvironment } = require(path.join(BACKEND_DIST, 'config/environment.js'));
    const { buildVendureConfig } = require(path.join(BACKEND_DIST, 'vendure-config.js'));
    const { migrate, pendingSchemaChanges } = require(path.join(BACKEND_DIST, 'database/migrations.js'));
    const env = loadEnvironment();
    const config = () => buildVendureConfig({ ...env, DATABASE_URL: env.DATABASE_URL });
    const applied = await migrate(config());
    const pending = await pendingSchemaChanges(config());
    if (pending.length) {
        const { preBootstrapConfig, resetConfig } = require(
            require.resolve('@vendure/core', { paths: [BACKEND_DIST] }),
        );
        const { DataSource } = require(require.resolve('typeorm', { paths: [BACKEND_DIST] }));
        const full = await preBootstrapConfig(config());
        const ds = await new DataSource({
            ...full.dbConnectionOptions,
            synchronize: false,
            migrationsRun: false,
            logging: false,
            subscribers: [],
        }).initialize();
        await ds.synchronize();
        await ds.destroy();
        resetConfig();
    }
    process.stdout.write(JSON.stringify({ applied, synchronized: pending.length }) + '\n');
}

main().then(
    () => process.exit(0),
    e => {
        console.error(e && e.stack ? e.stack : e);
        process.exit(1);
    },
);

import './runtime';
import { bootstrap } from '@vendure/core';
import { ConfigError, loadEnvironment } from './config/environment';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { migrate } from './database/migrations';
import { buildVendureConfig } from './vendure-config';

/** The API server: migrates the schema, then serves the Shop and Admin APIs. */
async function main() {
    const started = Date.now();
    const env = loadEnvironment();
    const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres(env.DATA_DIR, 'ocop');
    const config = buildVendureConfig({ ...env, DATABASE_URL: env.DATABASE_URL ?? embedded!.url });
    const applied = await migrate(config);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const app = await bootstrap(config);
    app.enableShutdownHooks();
    if (embedded) process.once('beforeExit', () => void embedded.stop());
    console.log(`Server ready in ${((Date.now() - started) / 1000).toFixed(1)} s on port ${env.PORT}`);
}

main().catch(e => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
});

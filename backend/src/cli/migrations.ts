import '../runtime';
import path from 'node:path';
import { generateMigration } from '@vendure/core';
import { ConfigError, loadEnvironment } from '../config/environment';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrate } from '../database/migrations';
import { buildVendureConfig } from '../vendure-config';

/**
 * `node dist/cli/migrations.js run|generate <Name>`: applies migrations, or
 * writes a new one from the difference between the entities and the database
 * (run `run` first so the database is at the latest migration).
 */
async function main() {
    const [command, name] = process.argv.slice(2);
    const env = loadEnvironment();
    const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres(env.DATA_DIR, 'ocop');
    const config = buildVendureConfig({ ...env, DATABASE_URL: env.DATABASE_URL ?? embedded!.url });
    try {
        if (command === 'run') {
            const ran = await migrate(config);
            console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'No pending migrations');
        } else if (command === 'generate' && name) {
            await migrate(config);
            await generateMigration(config, {
                name,
                outputDir: path.join(__dirname, '../../src/migrations'),
            });
        } else {
            console.error('Usage: migrations run | migrations generate <Name>');
            process.exitCode = 2;
        }
    } finally {
        await embedded?.stop();
    }
}

main().catch(e => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
});

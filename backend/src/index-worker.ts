import './runtime';
import { bootstrapWorker } from '@vendure/core';
import { ConfigError, loadEnvironment } from './config/environment';
import { buildVendureConfig } from './vendure-config';

/** The worker: runs the job queue (search index, mails) and the scheduled tasks. */
async function main() {
    const env = loadEnvironment();
    if (!env.DATABASE_URL) {
        throw new ConfigError(
            'Configuration error: DATABASE_URL is required for the worker (`npm start` runs server and worker on the embedded database)',
        );
    }
    const config = buildVendureConfig({ ...env, DATABASE_URL: env.DATABASE_URL });
    const worker = await bootstrapWorker(config);
    await worker.startJobQueue();
    // Containers have no other way to tell a stuck worker from a busy one.
    if (env.WORKER_HEALTH_PORT)
        await worker.startHealthCheckServer({ port: env.WORKER_HEALTH_PORT, hostname: '0.0.0.0' });
    console.log('Worker ready');
}

main().catch(e => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
});

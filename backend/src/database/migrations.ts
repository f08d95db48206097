import { preBootstrapConfig, resetConfig, VendureConfig } from '@vendure/core';
import { DataSource } from 'typeorm';

async function openDataSource(userConfig: VendureConfig): Promise<DataSource> {
    const config = await preBootstrapConfig(userConfig);
    const dataSource = new DataSource({
        ...(config.dbConnectionOptions as any),
        synchronize: false,
        migrationsRun: false,
        dropSchema: false,
        logging: false,
        subscribers: [],
    });
    return dataSource.initialize();
}

/**
 * Applies pending migrations, all in one transaction: a failed migration leaves
 * the schema exactly as it was. Unlike Vendure's `runMigrations` it throws.
 */
export async function migrate(config: VendureConfig): Promise<string[]> {
    const dataSource = await openDataSource(config);
    try {
        const ran = await dataSource.runMigrations({ transaction: 'all' });
        return ran.map(m => m.name);
    } finally {
        await dataSource.destroy();
        resetConfig();
    }
}

/** The SQL TypeORM would still run to make the database match the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(config: VendureConfig): Promise<string[]> {
    const dataSource = await openDataSource(config);
    try {
        const log = await dataSource.driver.createSchemaBuilder().log();
        return log.upQueries.map(q => q.query);
    } finally {
        await dataSource.destroy();
        resetConfig();
    }
}

import { loadEnvironment } from '../src/config/environment';
import { migrate, pendingSchemaChanges } from '../src/database/migrations';
import { buildVendureConfig } from '../src/vendure-config';
import { dropDatabase, freshDatabase } from './utils/test-server';

describe('migrations', () => {
    it('turn an empty database into exactly the schema the entities expect', async () => {
        const databaseUrl = await freshDatabase('test_migrations');
        const env = loadEnvironment({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' });
        const config = buildVendureConfig({ ...env, DATABASE_URL: databaseUrl });

        const applied = await migrate(config);
        expect(applied.length).toBeGreaterThan(0);
        expect(await pendingSchemaChanges(config)).toEqual([]);
        // Running them again is a no-op.
        expect(await migrate(config)).toEqual([]);
        await dropDatabase(databaseUrl);
    });
});

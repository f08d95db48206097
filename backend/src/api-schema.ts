import { GraphQLTypesLoader } from '@nestjs/graphql';
import {
    getFinalVendureSchema,
    preBootstrapConfig,
    VENDURE_ADMIN_API_TYPE_PATHS,
    VENDURE_SHOP_API_TYPE_PATHS,
} from '@vendure/core';
import { loadEnvironment } from './config/environment';
import { buildVendureConfig } from './vendure-config';

export type ApiName = 'shop' | 'admin';

/**
 * The complete Shop and Admin API schemas (Vendure's own types, custom fields and every
 * plugin's extensions) as SDL, built from the configuration without a database. The
 * environment is fixed so that the text depends on the code only: the checked-in copies
 * in `shared/schema/` feed the typed documents of storefront, POS and tests.
 */
export async function printApiSchemas(): Promise<Record<ApiName, string>> {
    const env = loadEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'error' });
    const config = await preBootstrapConfig(
        buildVendureConfig({ ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused' }),
    );
    const print = (apiType: ApiName) =>
        getFinalVendureSchema({
            config,
            typePaths: apiType === 'shop' ? VENDURE_SHOP_API_TYPE_PATHS : VENDURE_ADMIN_API_TYPE_PATHS,
            typesLoader: new GraphQLTypesLoader(),
            apiType,
            output: 'sdl',
        });
    return { shop: await print('shop'), admin: await print('admin') };
}

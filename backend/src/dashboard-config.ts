import { VendureConfig } from '@vendure/core';
import { loadEnvironment } from './config/environment';
import { buildVendureConfig } from './vendure-config';

/**
 * The server configuration as the dashboard build sees it (`vite.config.mts`): the build
 * reads it to find the plugins' dashboard extensions and to generate the Admin API schema
 * the dashboard's forms are built from. It never connects to a database.
 */
export const config: VendureConfig = buildVendureConfig({
    ...loadEnvironment({ NODE_ENV: 'development' }),
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dashboard-build',
});

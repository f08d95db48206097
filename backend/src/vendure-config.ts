import path from 'node:path';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import {
    DefaultJobQueuePlugin,
    DefaultLogger,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    LogLevel,
    VendureConfig,
} from '@vendure/core';
import { HardenPlugin } from '@vendure/harden-plugin';
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import { Environment } from './config/environment';
import { postgresOptionsFromUrl } from './database/connection-options';
import { DemoDataPlugin } from './plugins/demo-data/demo-data.plugin';
import { CertificationPlugin } from './plugins/certification/certification.plugin';
import { ListingGatePlugin } from './plugins/listing-gate/listing-gate.plugin';
import { ProducersPlugin } from './plugins/producers/producers.plugin';
import { StampVerificationPlugin } from './plugins/stamp-verification/stamp-verification.plugin';
import { StampsPlugin } from './plugins/stamps/stamps.plugin';
import { StorePlugin } from './plugins/store/store.plugin';

const logLevels: Record<Environment['LOG_LEVEL'], LogLevel> = {
    error: LogLevel.Error,
    warn: LogLevel.Warn,
    info: LogLevel.Info,
    verbose: LogLevel.Verbose,
    debug: LogLevel.Debug,
};

/**
 * The whole server configuration, derived from the validated environment only.
 * Server, worker, launcher, migrations and tests all build their config here.
 */
export function buildVendureConfig(env: Environment & { DATABASE_URL: string }): VendureConfig {
    const production = env.NODE_ENV === 'production';
    const redis = env.REDIS_URL ? new URL(env.REDIS_URL) : undefined;
    return {
        apiOptions: {
            port: env.PORT,
            adminApiPath: 'admin-api',
            shopApiPath: 'shop-api',
            cors: { origin: env.CORS_ORIGINS, credentials: true },
            csrfPrevention: true,
            introspection: !production,
            adminApiPlayground: production ? false : { settings: { 'request.credentials': 'include' } },
            shopApiPlayground: production ? false : { settings: { 'request.credentials': 'include' } },
            adminApiDebug: !production,
            shopApiDebug: !production,
        },
        authOptions: {
            tokenMethod: ['bearer', 'cookie'],
            superadminCredentials: { identifier: env.SUPERADMIN_USERNAME, password: env.SUPERADMIN_PASSWORD },
            cookieOptions: { secret: env.COOKIE_SECRET, secure: env.PUBLIC_URL.startsWith('https:'), sameSite: 'lax' },
            requireVerification: true,
        },
        dbConnectionOptions: postgresOptionsFromUrl(env.DATABASE_URL),
        logger: new DefaultLogger({ level: logLevels[env.LOG_LEVEL] }),
        paymentOptions: { paymentMethodHandlers: [] },
        plugins: [
            StorePlugin.init({ shopChannelToken: env.SHOP_CHANNEL_TOKEN }),
            ProducersPlugin,
            CertificationPlugin,
            StampsPlugin,
            StampVerificationPlugin,
            ListingGatePlugin,
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: path.join(env.DATA_DIR, 'assets'),
                assetUrlPrefix: `${env.PUBLIC_URL}/assets/`,
            }),
            redis
                ? BullMQJobQueuePlugin.init({
                      connection: {
                          host: redis.hostname,
                          port: Number(redis.port || 6379),
                          password: redis.password ? decodeURIComponent(redis.password) : undefined,
                          db: Number(redis.pathname.replace('/', '') || 0),
                          tls: redis.protocol === 'rediss:' ? {} : undefined,
                          maxRetriesPerRequest: null,
                      },
                  })
                : DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
            DefaultSchedulerPlugin.init(),
            HardenPlugin.init({ maxQueryComplexity: 5000, apiMode: production ? 'prod' : 'dev' }),
            DemoDataPlugin.init({ enabled: env.DEMO_DATA, dataDir: env.DATA_DIR }),
        ],
    };
}

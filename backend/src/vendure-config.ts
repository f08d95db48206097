import path from 'node:path';
import type { DynamicModule, Type } from '@nestjs/common';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import {
    DefaultJobQueuePlugin,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    LogLevel,
    PostgresSearchStrategy,
    RedisCachePlugin,
    VendureConfig,
} from '@vendure/core';
import { DashboardPlugin } from '@vendure/dashboard/plugin';
import { EmailPlugin } from '@vendure/email-plugin';
import { HardenPlugin } from '@vendure/harden-plugin';
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import { Environment } from './config/environment';
import { redisOptionsFromUrl } from './config/redis';
import { ClusterPlugin } from './plugins/cluster/cluster.plugin';
import { ApiGuardPlugin } from './plugins/api-guard/api-guard.plugin';
import { postgresOptionsFromUrl } from './database/connection-options';
import { HealthPlugin } from './plugins/health/health.plugin';
import { CertificationPlugin } from './plugins/certification/certification.plugin';
import {
    certificateExpiringEmailHandlers,
    CERTIFICATION_EMAIL_TEMPLATES,
} from './plugins/certification/config/certificate-expiring-email';
import { LayeredTemplateLoader } from './plugins/store/config/layered-template-loader';
import { ListingGatePlugin } from './plugins/listing-gate/listing-gate.plugin';
import { CatalogueFacetsPlugin } from './plugins/catalogue-facets/catalogue-facets.plugin';
import { CollectiveBrandsPlugin } from './plugins/collective-brands/collective-brands.plugin';
import { QualityDocumentsPlugin } from './plugins/quality-documents/quality-documents.plugin';
import { PaymentsPlugin } from './plugins/payments/payments.plugin';
import { ProducersPlugin } from './plugins/producers/producers.plugin';
import { ProductChangesPlugin } from './plugins/product-changes/product-changes.plugin';
import { StampFulfilmentPlugin } from './plugins/stamp-fulfilment/stamp-fulfilment.plugin';
import { SellerOrdersPlugin } from './plugins/seller-orders/seller-orders.plugin';
import { SalesPointsPlugin } from './plugins/sales-points/sales-points.plugin';
import { PosPlugin } from './plugins/pos/pos.plugin';
import { POS_TABLET_AUTH } from './plugins/pos/constants';
import { ShiftsPlugin } from './plugins/shifts/shifts.plugin';
import { StockReceivingPlugin } from './plugins/stock-receiving/stock-receiving.plugin';
import { SalesReportPlugin } from './plugins/sales-report/sales-report.plugin';
import { StampVerificationPlugin } from './plugins/stamp-verification/stamp-verification.plugin';
import { VietnameseSearchStrategy } from './plugins/search/vietnamese-search-strategy';
import { StampsPlugin } from './plugins/stamps/stamps.plugin';
import { StockReservationPlugin } from './plugins/stock-reservation/stock-reservation.plugin';
import { StorePlugin } from './plugins/store/store.plugin';
import {
    orderConfirmationEmailHandler,
    STORE_EMAIL_TEMPLATES,
} from './plugins/store/config/order-confirmation-email';
import { accountEmailHandlers } from './plugins/store/config/account-emails';
import { PrecompiledMjmlGenerator } from './plugins/store/config/precompiled-mjml-generator';
import { serializeQueriesPerConnection } from './database/serial-queries';
import { OcopLogger } from './config/logger';

serializeQueriesPerConnection();

/** Admin API complexity limit: the dashboard's largest lists pass, 40 copies of every batch's stamps do not. */
const ADMIN_MAX_QUERY_COMPLEXITY = 50_000;

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
    const redis = env.REDIS_URL ? redisOptionsFromUrl(env.REDIS_URL) : undefined;
    // One prefix for the whole deployment; BullMQ and the buffer storage read it from workerOptions.
    const bullPrefix = `${env.REDIS_PREFIX}:bull`;
    return {
        apiOptions: {
            port: env.PORT,
            adminApiPath: 'admin-api',
            shopApiPath: 'shop-api',
            cors: { origin: env.CORS_ORIGINS, credentials: true },
            // Behind N proxies the client address comes from X-Forwarded-For: rate limits and
            // stamp-check client hashes would otherwise see every visitor as the proxy.
            trustProxy: env.TRUST_PROXY > 0 ? env.TRUST_PROXY : false,
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
            // Separate cookies per API (a shopper's session never opens the Admin API), httpOnly,
            // and sessions of 30 days instead of Vendure's year; staff sessions end ADMIN_SESSION_HOURS
            // after sign-in (ApiGuardPlugin, ADR 0023).
            cookieOptions: {
                name: { shop: 'ocop-shop-session', admin: 'ocop-admin-session' },
                secret: env.COOKIE_SECRET,
                httpOnly: true,
                // Secure whenever the public address is https (production behind TLS): over plain
                // http a secure cookie cannot be set at all (cookie-session refuses to send it).
                secure: env.PUBLIC_URL.startsWith('https:'),
                sameSite: 'lax',
            },
            sessionDuration: `${env.SHOP_SESSION_DAYS}d`,
            requireVerification: true,
        },
        dbConnectionOptions: postgresOptionsFromUrl(env.DATABASE_URL),
        logger: new OcopLogger({ level: logLevels[env.LOG_LEVEL] }),
        paymentOptions: { paymentMethodHandlers: [] },
        plugins: withApiGuard(env, production, [
            // Rate limits and cache invalidations shared by every server and worker (ADR 0022).
            ClusterPlugin.init({ redis: redis && { options: redis, prefix: env.REDIS_PREFIX } }),
            StorePlugin.init({
                shopChannelToken: env.SHOP_CHANNEL_TOKEN,
                stripeEnabled: !!env.STRIPE_SECRET_KEY,
            }),
            ProducersPlugin,
            CertificationPlugin.init({ officeEmail: env.OFFICE_EMAIL }),
            StampsPlugin.init({ publicUrl: env.PUBLIC_URL }),
            StampVerificationPlugin.init({
                publicUrl: env.PUBLIC_URL,
                clientHashSecret: env.COOKIE_SECRET,
                rateLimitPerMinute: env.STAMP_CHECK_RATE_LIMIT,
                suspiciousClientLimit: env.STAMP_SUSPICIOUS_CLIENTS,
                production,
            }),
            ListingGatePlugin,
            CollectiveBrandsPlugin,
            QualityDocumentsPlugin,
            CatalogueFacetsPlugin,
            StockReservationPlugin.init({ placementLock: env.PLACEMENT_LOCK === 'on' }),
            SellerOrdersPlugin,
            PaymentsPlugin.init({
                vietqr: {
                    bankBin: env.VIETQR_BANK_BIN,
                    accountNumber: env.VIETQR_ACCOUNT_NUMBER,
                    accountName: env.VIETQR_ACCOUNT_NAME,
                    timeoutMinutes: env.VIETQR_PAYMENT_TIMEOUT_MINUTES,
                },
                stripe: env.STRIPE_SECRET_KEY
                    ? {
                          secretKey: env.STRIPE_SECRET_KEY,
                          publishableKey: env.STRIPE_PUBLISHABLE_KEY!,
                          webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
                          apiUrl: env.STRIPE_API_URL,
                      }
                    : undefined,
            }),
            SalesPointsPlugin,
            PosPlugin,
            ShiftsPlugin,
            StockReceivingPlugin,
            SalesReportPlugin.init({ dataDir: env.DATA_DIR }),
            ProductChangesPlugin,
            StampFulfilmentPlugin,
        ]).concat([
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: path.join(env.DATA_DIR, 'assets'),
                assetUrlPrefix: `${env.PUBLIC_URL}/assets/`,
            }),
            redis
                ? BullMQJobQueuePlugin.init({
                      connection: { ...redis, maxRetriesPerRequest: null },
                      queueOptions: { prefix: bullPrefix },
                      workerOptions: { prefix: bullPrefix },
                  })
                : DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            // With Redis, Vendure's cache (and with it the session cache, DefaultSessionCacheStrategy)
            // is shared: a session signed out on one server is gone on all. Without, each process
            // keeps its own in memory.
            ...(redis
                ? [RedisCachePlugin.init({ redisOptions: redis, namespace: `${env.REDIS_PREFIX}:cache` })]
                : []),
            DefaultSearchPlugin.init({
                bufferUpdates: false,
                indexStockStatus: true,
                searchStrategy:
                    env.SEARCH_STRATEGY === 'vendure'
                        ? new PostgresSearchStrategy()
                        : new VietnameseSearchStrategy(),
            }),
            DefaultSchedulerPlugin.init(),
            EmailPlugin.init({
                emailGenerator: new PrecompiledMjmlGenerator(),
                handlers: [
                    ...accountEmailHandlers,
                    orderConfirmationEmailHandler,
                    ...certificateExpiringEmailHandlers,
                ],
                templateLoader: new LayeredTemplateLoader([
                    CERTIFICATION_EMAIL_TEMPLATES,
                    STORE_EMAIL_TEMPLATES,
                ]),
                globalTemplateVars: {
                    fromAddress: `"OCOP Hà Tĩnh" <${env.OFFICE_EMAIL}>`,
                    // Account mails link to the storefront's pages, which complete the step over the Shop API.
                    verifyEmailAddressUrl: `${env.STOREFRONT_URL}/tai-khoan/xac-minh`,
                    passwordResetUrl: `${env.STOREFRONT_URL}/tai-khoan/dat-lai-mat-khau`,
                    changeEmailAddressUrl: `${env.STOREFRONT_URL}/tai-khoan/xac-minh-email`,
                },
                // Without SMTP mails are written to DATA_DIR/mail; the dev mailbox page is never served in production.
                ...(env.SMTP_URL
                    ? { transport: { type: 'smtp' as const, url: env.SMTP_URL } }
                    : production
                      ? { transport: { type: 'file' as const, outputPath: path.join(env.DATA_DIR, 'mail') } }
                      : {
                            devMode: true as const,
                            outputPath: path.join(env.DATA_DIR, 'mail'),
                            route: 'mailbox',
                        }),
            }),
            // The React dashboard built by `vite build` (vite.config.mts) into backend/dist/dashboard,
            // whether this runs from dist/ (server) or src/ (tests). The proxy to a Vite dev server
            // is opt-in: another app on Vite's default port must never answer for /dashboard.
            DashboardPlugin.init({
                route: 'dashboard',
                appDir: path.resolve(__dirname, '..', 'dist', 'dashboard'),
                viteDevServerPort: env.DASHBOARD_DEV_PORT ?? 0,
            }),
            HealthPlugin,
            // Complexity is checked by ApiGuardPlugin on both APIs (answering 400, not 500).
            HardenPlugin.init({ skip: () => true, apiMode: production ? 'prod' : 'dev' }),
            ...demoPlugins(env),
        ]),
    };
}

/** Our plugins, then the API guard that limits their inputs. */
function withApiGuard(env: Environment, production: boolean, ocopPlugins: Array<Type<any> | DynamicModule>) {
    return [
        ...ocopPlugins,
        ApiGuardPlugin.init({
            guardedPlugins: ocopPlugins,
            signInMaxFailures: env.SIGN_IN_MAX_FAILURES,
            signInWindowMinutes: env.SIGN_IN_WINDOW_MINUTES,
            checkoutRateLimit: env.CHECKOUT_RATE_LIMIT,
            maxBodyBytes: env.MAX_REQUEST_BODY_KB * 1024,
            // voidStamps' 100,000 codes of 17 characters, quoted, with room for spacing.
            maxBulkBodyBytes: 4 * 1024 * 1024,
            maxQueryComplexity: 5000,
            adminMaxQueryComplexity: ADMIN_MAX_QUERY_COMPLEXITY,
            adminSessionMaxAgeMs: env.ADMIN_SESSION_HOURS * 3600_000,
            // A POS tablet's session is its enrolment (a device credential ended by revokePosTablet),
            // not a person's sign-in: a showroom tablet must not be signed out twice a day.
            adminSessionExemptStrategies: [POS_TABLET_AUTH],
            production,
        }),
    ];
}

/**
 * The demo catalogue is not part of the product (ADR 0021): it is required only when
 * DEMO_DATA=true, so a production build may leave `dist/demo/` out entirely.
 */
function demoPlugins(env: Environment): NonNullable<VendureConfig['plugins']> {
    if (!env.DEMO_DATA) return [];
    let plugin: typeof import('./demo/demo-data.plugin');
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        plugin = require('./demo/demo-data.plugin');
    } catch (e) {
        throw new Error(
            `DEMO_DATA=true, but this build carries no demo catalogue (${(e as Error).message.split('\n')[0]})`,
            { cause: e },
        );
    }
    return [plugin.DemoDataPlugin.init({ enabled: true })];
}

import path from 'node:path';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import {
    DefaultJobQueuePlugin,
    DefaultLogger,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    LogLevel,
    PostgresSearchStrategy,
    VendureConfig,
} from '@vendure/core';
import { DashboardPlugin } from '@vendure/dashboard/plugin';
import { defaultEmailHandlers, EmailPlugin } from '@vendure/email-plugin';
import { HardenPlugin } from '@vendure/harden-plugin';
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import { Environment } from './config/environment';
import { postgresOptionsFromUrl } from './database/connection-options';
import { DemoDataPlugin } from './plugins/demo-data/demo-data.plugin';
import { HealthPlugin } from './plugins/health/health.plugin';
import { CertificationPlugin } from './plugins/certification/certification.plugin';
import {
    certificateExpiringEmailHandlers,
    CERTIFICATION_EMAIL_TEMPLATES,
    LayeredTemplateLoader,
    VENDURE_EMAIL_TEMPLATES,
} from './plugins/certification/config/certificate-expiring-email';
import { ListingGatePlugin } from './plugins/listing-gate/listing-gate.plugin';
import { CatalogueFacetsPlugin } from './plugins/catalogue-facets/catalogue-facets.plugin';
import { CollectiveBrandsPlugin } from './plugins/collective-brands/collective-brands.plugin';
import { QualityDocumentsPlugin } from './plugins/quality-documents/quality-documents.plugin';
import { PaymentsPlugin } from './plugins/payments/payments.plugin';
import { ProducersPlugin } from './plugins/producers/producers.plugin';
import { ProductChangesPlugin } from './plugins/product-changes/product-changes.plugin';
import { SellerOrdersPlugin } from './plugins/seller-orders/seller-orders.plugin';
import { SalesPointsPlugin } from './plugins/sales-points/sales-points.plugin';
import { PosPlugin } from './plugins/pos/pos.plugin';
import { ShiftsPlugin } from './plugins/shifts/shifts.plugin';
import { StockReceivingPlugin } from './plugins/stock-receiving/stock-receiving.plugin';
import { SalesReportPlugin } from './plugins/sales-report/sales-report.plugin';
import { StampVerificationPlugin } from './plugins/stamp-verification/stamp-verification.plugin';
import { VietnameseSearchStrategy } from './plugins/search/vietnamese-search-strategy';
import { StampsPlugin } from './plugins/stamps/stamps.plugin';
import { StockReservationPlugin } from './plugins/stock-reservation/stock-reservation.plugin';
import { StorePlugin } from './plugins/store/store.plugin';
import { serializeQueriesPerConnection } from './database/serial-queries';

serializeQueriesPerConnection();

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
            cookieOptions: {
                secret: env.COOKIE_SECRET,
                secure: env.PUBLIC_URL.startsWith('https:'),
                sameSite: 'lax',
            },
            requireVerification: true,
        },
        dbConnectionOptions: postgresOptionsFromUrl(env.DATABASE_URL),
        logger: new DefaultLogger({ level: logLevels[env.LOG_LEVEL] }),
        paymentOptions: { paymentMethodHandlers: [] },
        plugins: [
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
                handlers: [...defaultEmailHandlers, ...certificateExpiringEmailHandlers],
                templateLoader: new LayeredTemplateLoader([
                    CERTIFICATION_EMAIL_TEMPLATES,
                    VENDURE_EMAIL_TEMPLATES,
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
            HardenPlugin.init({ maxQueryComplexity: 5000, apiMode: production ? 'prod' : 'dev' }),
            DemoDataPlugin.init({ enabled: env.DEMO_DATA }),
        ],
    };
}

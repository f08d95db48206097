import { randomBytes } from 'node:crypto';
import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { ClusterPlugin } from '../cluster/cluster.plugin';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { StampAlertAdminResolver } from './api/stamp-alert.resolver';
import { StampVerificationShopResolver } from './api/stamp-verification.resolver';
import { StampPage } from './config/stamp-page-middleware';
import {
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    DEFAULT_SUSPICIOUS_CLIENT_LIMIT,
    DEFAULT_SUSPICIOUS_WINDOW_DAYS,
    STAMP_PAGE_ROUTE,
    STAMP_VERIFICATION_PLUGIN_OPTIONS,
} from './constants';
import { StampAlertService } from './services/stamp-alert.service';
import { StampCheckLogService } from './services/stamp-check-log.service';
import { StampVerificationService } from './services/stamp-verification.service';
import { ResolvedStampVerificationOptions, StampVerificationPluginOptions } from './types';

/**
 * Public stamp verification (directive D1): the `verifyStamp` Shop API query
 * and the server-rendered `/v/<code>` page that a stamp's QR opens, every check
 * logged with a salted client hash, rate-limited per client, and counterfeit
 * signals (`stampAlerts`) for the office. Entities belong to the stamps plugin.
 *
 * @example
 * StampVerificationPlugin.init({ publicUrl: env.PUBLIC_URL, clientHashSecret: env.COOKIE_SECRET, rateLimitPerMinute: 30 })
 */
@VendurePlugin({
    imports: [PluginCommonModule, ClusterPlugin],
    providers: [
        StampCheckLogService,
        StampVerificationService,
        StampAlertService,
        { provide: STAMP_VERIFICATION_PLUGIN_OPTIONS, useFactory: () => StampVerificationPlugin.options },
    ],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [StampVerificationShopResolver] },
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [StampAlertAdminResolver] },
    configuration: config => {
        // Ahead of Nest: the page is the hottest public URL of the system.
        StampVerificationPlugin.page = new StampPage(
            StampVerificationPlugin.options.publicUrl,
            STAMP_PAGE_ROUTE,
        );
        config.apiOptions.middleware.push({
            route: STAMP_PAGE_ROUTE,
            handler: StampVerificationPlugin.page.handler,
            beforeListen: true,
        });
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class StampVerificationPlugin {
    /** Without init(), a per-process secret: hashes then only match within one run. */
    static options: ResolvedStampVerificationOptions = resolveOptions({
        publicUrl: 'http://localhost:3000',
        clientHashSecret: randomBytes(32).toString('hex'),
    });
    private static page: StampPage | undefined;

    constructor(stampVerificationService: StampVerificationService) {
        StampVerificationPlugin.page?.attach(stampVerificationService);
    }

    static init(options: StampVerificationPluginOptions) {
        if (!options.clientHashSecret) throw new Error('StampVerificationPlugin needs a clientHashSecret');
        this.options = resolveOptions(options);
        return StampVerificationPlugin;
    }
}

function resolveOptions(options: StampVerificationPluginOptions): ResolvedStampVerificationOptions {
    return {
        publicUrl: options.publicUrl.replace(/\/+$/, ''),
        suspiciousClientLimit: options.suspiciousClientLimit ?? DEFAULT_SUSPICIOUS_CLIENT_LIMIT,
        suspiciousWindowDays: options.suspiciousWindowDays ?? DEFAULT_SUSPICIOUS_WINDOW_DAYS,
        rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
        clientHashSecret: options.clientHashSecret,
    };
}

import { randomBytes } from 'node:crypto';
import { OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { ClusterPlugin } from '../cluster/cluster.plugin';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { StampAlertAdminResolver, StampAlertEntityResolver } from './api/stamp-alert.resolver';
import { StampVerificationShopResolver } from './api/stamp-verification.resolver';
import { StampPage } from './api/stamp-page-route';
import {
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    DEFAULT_SUSPICIOUS_CLIENT_LIMIT,
    DEFAULT_SUSPICIOUS_WINDOW_DAYS,
    STAMP_PAGE_ROUTE,
    STAMP_VERIFICATION_PLUGIN_OPTIONS,
} from './constants';
import { StampAlertService } from './services/stamp-alert.service';
import { StampCheckLogService } from './services/stamp-check-log.service';
import { StampHistoryService } from './services/stamp-history.service';
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
        StampHistoryService,
        { provide: STAMP_VERIFICATION_PLUGIN_OPTIONS, useFactory: () => StampVerificationPlugin.options },
    ],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [StampVerificationShopResolver] },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [StampAlertAdminResolver, StampAlertEntityResolver],
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class StampVerificationPlugin implements OnApplicationBootstrap {
    /** Without init(), a per-process secret: hashes then only match within one run. */
    static options: ResolvedStampVerificationOptions = resolveOptions({
        publicUrl: 'http://localhost:3000',
        clientHashSecret: randomBytes(32).toString('hex'),
    });
    constructor(
        private readonly stampVerificationService: StampVerificationService,
        private readonly httpAdapterHost: HttpAdapterHost,
    ) {}

    /** The page goes in front of Express on the server's HTTP server (ADR 0029); the worker has none. */
    onApplicationBootstrap() {
        const adapter = this.httpAdapterHost.httpAdapter;
        if (!adapter) return;
        const { publicUrl, production } = StampVerificationPlugin.options;
        const page = new StampPage(
            { publicUrl, route: STAMP_PAGE_ROUTE, production },
            this.stampVerificationService,
        );
        page.mount(adapter.getHttpServer(), adapter.getInstance());
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
        production: options.production ?? false,
    };
}

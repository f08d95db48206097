import { APP_INTERCEPTOR } from '@nestjs/core';
import { Inject, OnApplicationShutdown } from '@nestjs/common';
import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { ApiGuardInterceptor } from './api/api-guard.interceptor';
import { apiBodyParser } from './config/body-limits';
import { QueryComplexityLimit } from './config/query-complexity';
import { securityHeaders } from './config/security-headers';
import { API_GUARD_PLUGIN_OPTIONS, RATE_LIMIT_STORE } from './constants';
import { GuardedResolvers } from './services/guarded-resolvers';
import { createRateLimitStore, RateLimitStore } from './services/rate-limit-store';
import { ApiGuardPluginOptions } from './types';

/**
 * The API edge against bad input and abuse (ADR 0023): body size and JSON shape
 * (413/400), query complexity of both APIs (400), text limits of our plugins'
 * operations, clean errors instead of raw database ones, sign-in and checkout
 * limits (429) kept in Redis when there is one, and security headers.
 *
 * @example
 * ApiGuardPlugin.init({ guardedPlugins: [ProducersPlugin, …], signInMaxFailures: 10, … })
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        { provide: API_GUARD_PLUGIN_OPTIONS, useFactory: () => ApiGuardPlugin.options },
        {
            provide: RATE_LIMIT_STORE,
            useFactory: () => createRateLimitStore(ApiGuardPlugin.options.redisUrl),
        },
        GuardedResolvers,
        { provide: APP_INTERCEPTOR, useClass: ApiGuardInterceptor },
    ],
    configuration: config => {
        const options = ApiGuardPlugin.options;
        // Ahead of Nest (beforeListen): its body parser and exception filter would answer 500.
        config.apiOptions.middleware.unshift(
            { route: '/', handler: securityHeaders(options.production), beforeListen: true },
            {
                route: '/',
                handler: apiBodyParser({
                    maxBodyBytes: options.maxBodyBytes,
                    maxBulkBodyBytes: options.maxBulkBodyBytes,
                    adminApiPath: config.apiOptions.adminApiPath,
                    shopApiPath: config.apiOptions.shopApiPath,
                }),
                beforeListen: true,
            },
        );
        config.apiOptions.apolloServerPlugins.push(
            new QueryComplexityLimit({
                shop: options.maxQueryComplexity,
                admin: options.adminMaxQueryComplexity,
            }),
        );
        return config;
    },
    compatibility: '^3.7.0',
})
export class ApiGuardPlugin implements OnApplicationShutdown {
    static options: ApiGuardPluginOptions;

    constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

    static init(options: ApiGuardPluginOptions) {
        this.options = options;
        return ApiGuardPlugin;
    }

    async onApplicationShutdown() {
        await this.store.close();
    }
}

import { APP_INTERCEPTOR } from '@nestjs/core';
import { DefaultEntityAccessControlStrategy, PluginCommonModule, VendurePlugin } from '@vendure/core';
import { ClusterPlugin } from '../cluster/cluster.plugin';
import { ApiGuardInterceptor } from './api/api-guard.interceptor';
import { AdminSessionLimit } from './config/admin-session-limit';
import { apiBodyParser } from './config/body-limits';
import { QueryComplexityLimit } from './config/query-complexity';
import { securityHeaders } from './config/security-headers';
import { API_GUARD_PLUGIN_OPTIONS } from './constants';
import { GuardedResolvers } from './services/guarded-resolvers';
import { ApiGuardPluginOptions } from './types';

/**
 * The API edge against bad input and abuse (ADR 0023): body size and JSON shape
 * (413/400), query complexity of both APIs (400), staff sessions that end
 * `adminSessionMaxAgeMs` after sign-in, text limits of our plugins'
 * operations, clean errors instead of raw database ones, sign-in and checkout
 * limits (429) counted by the cluster plugin's RateLimitService (in Redis when there is
 * one), and security headers.
 *
 * @example
 * ApiGuardPlugin.init({ guardedPlugins: [ProducersPlugin, …], signInMaxFailures: 10, … })
 */
@VendurePlugin({
    imports: [PluginCommonModule, ClusterPlugin],
    providers: [
        { provide: API_GUARD_PLUGIN_OPTIONS, useFactory: () => ApiGuardPlugin.options },
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
        // Staff sessions end ADMIN_SESSION_HOURS after sign-in, checked in Vendure's access gate.
        // It replaces the default gate (whose permission check it keeps): another would be lost.
        const gate = config.authOptions.entityAccessControlStrategy;
        if (
            !(gate instanceof AdminSessionLimit) &&
            gate?.constructor !== DefaultEntityAccessControlStrategy
        ) {
            throw new Error('ApiGuardPlugin needs the default entityAccessControlStrategy, which it extends');
        }
        config.authOptions.entityAccessControlStrategy = new AdminSessionLimit({
            maxAgeMs: options.adminSessionMaxAgeMs,
            exemptAuthenticationStrategies: options.adminSessionExemptStrategies,
        });
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
export class ApiGuardPlugin {
    static options: ApiGuardPluginOptions;

    static init(options: ApiGuardPluginOptions) {
        this.options = options;
        return ApiGuardPlugin;
    }
}

import { OnApplicationBootstrap } from '@nestjs/common';
import { PluginCommonModule, TransactionalConnection, VendurePlugin } from '@vendure/core';
import { databaseUnavailablePlugin } from './api/database-unavailable';
import { DatabaseProbe, healthHandler } from './api/health-handler';
import { HEALTH_ROUTE } from './constants';

/**
 * Running through database trouble (ADR 0024): `GET /health` reports the database
 * (what a load balancer, a container orchestrator and `npm start` ask before sending
 * traffic), and GraphQL requests that fail because PostgreSQL is unreachable answer
 * `OCOP_DATABASE_UNAVAILABLE` instead of the driver's message.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    configuration: config => {
        // Vendure's deprecated health checks are not run by its 3.7 controller; ours replaces it.
        config.systemOptions.healthChecks = [];
        config.apiOptions.apolloServerPlugins.push(databaseUnavailablePlugin);
        config.apiOptions.middleware.push({
            route: HEALTH_ROUTE,
            handler: healthHandler(() => HealthPlugin.probe),
            beforeListen: true,
        });
        return config;
    },
    compatibility: '^3.7.0',
})
export class HealthPlugin implements OnApplicationBootstrap {
    private static probe?: DatabaseProbe;

    constructor(private connection: TransactionalConnection) {}

    onApplicationBootstrap() {
        const dataSource = this.connection.rawConnection;
        HealthPlugin.probe = async () => {
            await dataSource.query('SELECT 1');
        };
    }
}

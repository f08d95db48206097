import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { ProducerAdminResolver, ProducerEntityResolver } from './api/producer-admin.resolver';
import { ProducerShopResolver } from './api/producer-shop.resolver';
import { manageProducersPermission, readProducersPermission } from './constants';
import { Producer } from './entities/producer.entity';
import { ProducerApplication } from './entities/producer-application.entity';
import { ProducerOrderService } from './services/producer-order.service';
import { ProducerService } from './services/producer.service';

/**
 * OCOP producers: each is a Seller with its own Channel and a role scoped to
 * it. The office creates producers or approves their applications; nobody
 * registers into selling by themselves.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [Producer, ProducerApplication],
    providers: [ProducerService, ProducerOrderService],
    exports: [ProducerService],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [ProducerAdminResolver, ProducerEntityResolver],
    },
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [ProducerShopResolver] },
    configuration: config => {
        config.authOptions.customPermissions.push(manageProducersPermission, readProducersPermission);
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class ProducersPlugin {}

import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { manageProducersPermission } from './constants';
import { Producer } from './entities/producer.entity';
import { ProducerApplication } from './entities/producer-application.entity';

/**
 * OCOP producers: each is a Seller with its own Channel and a role scoped to
 * it. The office creates producers or approves their applications; nobody
 * registers into selling by themselves.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [Producer, ProducerApplication],
    providers: [],
    configuration: config => {
        config.authOptions.customPermissions.push(manageProducersPermission);
        return config;
    },
    compatibility: '^3.7.0',
})
export class ProducersPlugin {}

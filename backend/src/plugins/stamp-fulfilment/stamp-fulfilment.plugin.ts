import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { SellerOrdersPlugin } from '../seller-orders/seller-orders.plugin';
import { StampsPlugin } from '../stamps/stamps.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { StampFulfilmentResolver } from './api/stamp-fulfilment.resolver';
import { fulfilWithStampsPermission } from './constants';
import { StampFulfilmentService } from './services/stamp-fulfilment.service';

/**
 * Packing by scanning (issue 9): a producer lists its seller orders waiting to ship,
 * scans the stamp of every unit it packs (camera or a keyboard-wedge scanner in the
 * dashboard) and creates the fulfilment, which sells exactly the scanned stamps.
 * Fulfilments created elsewhere still pick stamps automatically (ADR 0005).
 */
@VendurePlugin({
    imports: [PluginCommonModule, StampsPlugin, SellerOrdersPlugin],
    providers: [StampFulfilmentService],
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [StampFulfilmentResolver] },
    configuration: config => {
        config.authOptions.customPermissions.push(fulfilWithStampsPermission);
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class StampFulfilmentPlugin {}

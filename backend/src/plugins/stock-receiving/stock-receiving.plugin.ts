import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { PosPlugin } from '../pos/pos.plugin';
import { StampsPlugin } from '../stamps/stamps.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { StockReceivingResolver } from './api/stock-receiving.resolver';
import { SuspectScan } from './entities/suspect-scan.entity';
import { StockReceivingService } from './services/stock-receiving.service';

/**
 * Stamped stock at sales points (ADR 0016): each ISSUED stamp is at a stock
 * location; receiving and returning move units with their stamps; low stock per
 * sales point; the tablet's stamp lookup that flags possible counterfeits.
 */
@VendurePlugin({
    imports: [PluginCommonModule, PosPlugin, StampsPlugin],
    entities: [SuspectScan],
    providers: [StockReceivingService],
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [StockReceivingResolver] },
    compatibility: '^3.7.0',
})
export class StockReceivingPlugin {}

import { OnApplicationBootstrap } from '@nestjs/common';
import {
    Cancellation,
    EventBus,
    PluginCommonModule,
    StockLevelService,
    StockMovementEvent,
    TransactionalConnection,
    VendurePlugin,
} from '@vendure/core';
import { ListingGatePlugin } from '../listing-gate/listing-gate.plugin';
import { StampsPlugin } from '../stamps/stamps.plugin';
import { StampService } from '../stamps/services/stamp.service';
import { makeStockLevelWritesAtomic } from './config/atomic-stock-levels';
import { StampedStockLocationStrategy } from './config/stamped-stock-location-strategy';
import { lockVariantsForSale, setVariantSaleLocks } from './variant-lock';

export interface StockReservationOptions {
    /** Benchmarks only: `false` places orders without the per-variant lock (PLACEMENT_LOCK=off). */
    placementLock: boolean;
}

/**
 * One stamp, one unit (ADR 0007): a placed order reserves stamped units through
 * Vendure's own stock allocation, and no more units are promised than there are
 * ISSUED stamps nobody holds yet.
 *
 * - `StampedStockLocationStrategy` caps Vendure's available stock at the unpromised
 *   stamps, so every stock check of Vendure counts them, and re-checks under the
 *   variant lock whenever stock is allocated;
 * - stock-level writes are atomic increments (Vendure 3.7.3 loses concurrent updates);
 * - the order and payment processes of the listing gate lock the variants of an
 *   order before the transition that places it;
 * - a unit that comes back after it was sold (its fulfilment cancelled, a return put
 *   back in stock) puts its stamp back to ISSUED, the undone sale kept as history.
 *
 * @example StockReservationPlugin.init({ placementLock: true })
 */
@VendurePlugin({
    imports: [PluginCommonModule, ListingGatePlugin, StampsPlugin],
    configuration: config => {
        config.catalogOptions.stockLocationStrategy = new StampedStockLocationStrategy();
        return config;
    },
    compatibility: '^3.7.0',
})
export class StockReservationPlugin implements OnApplicationBootstrap {
    static options: StockReservationOptions = { placementLock: true };

    static init(options: StockReservationOptions) {
        this.options = options;
        setVariantSaleLocks(options.placementLock);
        return StockReservationPlugin;
    }

    constructor(
        private stockLevelService: StockLevelService,
        private connection: TransactionalConnection,
        private eventBus: EventBus,
        private stampService: StampService,
    ) {}

    onApplicationBootstrap() {
        makeStockLevelWritesAtomic(this.stockLevelService, this.connection);
        // Blocking: the stamps come back in the same transaction as the stock.
        this.eventBus.registerBlockingEventHandler({
            event: StockMovementEvent,
            id: 'ocop-stamps-follow-cancelled-sales',
            handler: async event => {
                const returned = event.stockMovements.filter(
                    (m): m is Cancellation => m instanceof Cancellation && !!m.orderLine,
                );
                if (!returned.length) return;
                // Several lines' stamps come back in one transaction: lock their variants in id
                // order first, as sales do, so that no two transactions take tally rows crosswise.
                await lockVariantsForSale(
                    this.connection.getRepository(event.ctx, Cancellation).manager,
                    returned
                        .map(m => m.orderLine.productVariantId ?? m.productVariant?.id)
                        .filter(id => id != null),
                );
                for (const movement of returned) {
                    await this.stampService.returnSold(event.ctx, movement.orderLine.id, movement.quantity);
                }
            },
        });
    }
}

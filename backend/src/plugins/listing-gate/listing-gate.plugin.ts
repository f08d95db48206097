import { OnApplicationBootstrap } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import {
    EventBus,
    Logger,
    PluginCommonModule,
    ProductEvent,
    ProductVariantEvent,
    ScheduledTask,
    VendurePlugin,
} from '@vendure/core';
import { bufferTime, filter, map, merge } from 'rxjs';
import { CertificateEvent } from '../certification/events';
import { ProducerEvent } from '../producers/events';
import { StampsChangedEvent } from '../stamps/events';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { ListingGateAdminResolver, ProductOcopResolver } from './api/listing-gate.resolver';
import { ShopVariantGuard } from './api/shop-variant-guard';
import { MarketplacePriceUpdateStrategy } from './config/marketplace-price-update-strategy';
import { OcopOrderInterceptor } from './config/ocop-order-interceptor';
import { ocopOrderProcess, ocopPaymentProcess } from './config/ocop-order-process';
import { ListingGateService } from './services/listing-gate.service';
import { ListingRefreshRequest, MarketplaceListingService } from './services/marketplace-listing.service';
import { OcopInfoService } from './services/ocop-info.service';
import { SearchIndexFlusher } from './services/search-index-flusher.service';
import { StockStatusIndexService } from './services/stock-status-index.service';

/** Events closer together than this become one listing refresh job. */
const REFRESH_WINDOW_MS = 500;

const refreshListingTask = new ScheduledTask({
    id: 'refresh-listing-gate',
    description:
        'Takes off sale what a date made unsellable (certificates ending), puts back what became sellable',
    // 00:15 Vietnam time (TZ=Asia/Ho_Chi_Minh), after certificates expire at 00:10.
    schedule: cron => cron.everyDayAt(0, 15),
    async execute({ injector }) {
        return injector.get(MarketplaceListingService).refresh('all');
    },
});

/**
 * The listing gate (ADR 0003): a variant is offered in the marketplace only while
 * its producer is active, its product holds a valid ACTIVE certificate of 3★ or
 * more, and it has ISSUED stamps; checked again when added to an order and before payment.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        ListingGateService,
        MarketplaceListingService,
        OcopInfoService,
        SearchIndexFlusher,
        StockStatusIndexService,
        { provide: APP_INTERCEPTOR, useClass: ShopVariantGuard },
    ],
    exports: [ListingGateService, MarketplaceListingService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [ProductOcopResolver] },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [ProductOcopResolver, ListingGateAdminResolver],
    },
    configuration: config => {
        config.orderOptions.orderInterceptors.push(new OcopOrderInterceptor());
        config.orderOptions.process.push(ocopOrderProcess as any);
        config.paymentOptions.process = [...(config.paymentOptions.process ?? []), ocopPaymentProcess as any];
        config.schedulerOptions.tasks = [...(config.schedulerOptions.tasks ?? []), refreshListingTask];
        config.catalogOptions.productVariantPriceUpdateStrategy = new MarketplacePriceUpdateStrategy(
            config.catalogOptions.productVariantPriceUpdateStrategy,
        );
        return config;
    },
    compatibility: '^3.7.0',
})
export class ListingGatePlugin implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private gate: MarketplaceListingService,
    ) {}

    /**
     * Every change that can alter what may be sold re-applies the gate to the
     * products concerned, after its transaction commits, as a job of the listing
     * refresh queue (retried when it fails). Events within half a second become one
     * job, and jobs wait in a buffer while a refresh is still queued (SearchIndexFlusher),
     * so a bulk load queues about as many refreshes as the worker can run, not one per product.
     * Events are published in the process that made the change: servers and workers listen.
     */
    onApplicationBootstrap() {
        const requests$ = merge(
            this.eventBus
                .ofType(CertificateEvent)
                .pipe(map((e): ListingRefreshRequest => ({ productIds: [Number(e.certificate.productId)] }))),
            this.eventBus
                .ofType(ProducerEvent)
                .pipe(map((e): ListingRefreshRequest => ({ channelIds: [Number(e.producer.channelId)] }))),
            this.eventBus
                .ofType(StampsChangedEvent)
                .pipe(map((e): ListingRefreshRequest => ({ variantIds: e.productVariantIds.map(Number) }))),
            // A new variant joins all its product's channels (Vendure 3.7.3): take it back out until it qualifies.
            this.eventBus.ofType(ProductVariantEvent).pipe(
                filter(e => e.type === 'created' || e.type === 'updated'),
                map((e): ListingRefreshRequest => ({
                    variantIds: (Array.isArray(e.entity) ? e.entity : [e.entity]).map(v => Number(v.id)),
                })),
            ),
            this.eventBus.ofType(ProductEvent).pipe(
                filter(e => e.type === 'updated'),
                map((e): ListingRefreshRequest => ({ productIds: [Number(e.entity.id)] })),
            ),
        );
        requests$
            .pipe(
                bufferTime(REFRESH_WINDOW_MS),
                filter(batch => batch.length > 0 && !this.gate.isHeld),
            )
            .subscribe(batch => {
                const union: Required<ListingRefreshRequest> = {
                    productIds: [],
                    variantIds: [],
                    channelIds: [],
                };
                for (const request of batch) {
                    union.productIds.push(...(request.productIds ?? []));
                    union.variantIds.push(...(request.variantIds ?? []));
                    union.channelIds.push(...(request.channelIds ?? []));
                }
                // Only queueing can fail here (database or Redis down); the nightly refresh repairs what is lost.
                void this.gate
                    .enqueue(union)
                    .catch(e =>
                        Logger.error(
                            `Could not queue a listing refresh: ${e?.message ?? e}`,
                            'ListingGate',
                            e?.stack,
                        ),
                    );
            });
    }
}

import { OnApplicationBootstrap } from '@nestjs/common';
import { EventBus, Logger, PluginCommonModule, ProcessContext, ProductEvent, ProductVariantEvent, ScheduledTask, VendurePlugin } from '@vendure/core';
import { bufferTime, filter, map, merge } from 'rxjs';
import { CertificateEvent } from '../certification/events';
import { ProducerEvent } from '../producers/events';
import { StampsChangedEvent } from '../stamps/events';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { ListingGateAdminResolver, ProductOcopResolver } from './api/listing-gate.resolver';
import { OcopOrderInterceptor } from './config/ocop-order-interceptor';
import { ocopOrderProcess, ocopPaymentProcess } from './config/ocop-order-process';
import { ListingGateService } from './services/listing-gate.service';
import { MarketplaceListingService } from './services/marketplace-listing.service';
import { OcopInfoService } from './services/ocop-info.service';

const refreshListingTask = new ScheduledTask({
    id: 'refresh-listing-gate',
    description: 'Takes off sale what a date made unsellable (certificates ending), puts back what became sellable',
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
    providers: [ListingGateService, MarketplaceListingService, OcopInfoService],
    exports: [ListingGateService, MarketplaceListingService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [ProductOcopResolver] },
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [ProductOcopResolver, ListingGateAdminResolver] },
    configuration: config => {
        config.orderOptions.orderInterceptors.push(new OcopOrderInterceptor());
        config.orderOptions.process.push(ocopOrderProcess as any);
        config.paymentOptions.process = [...(config.paymentOptions.process ?? []), ocopPaymentProcess as any];
        config.schedulerOptions.tasks = [...(config.schedulerOptions.tasks ?? []), refreshListingTask];
        return config;
    },
    compatibility: '^3.7.0',
})
export class ListingGatePlugin implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private processContext: ProcessContext,
        private gate: MarketplaceListingService,
    ) {}

    /**
     * Every change that can alter what may be sold re-applies the gate to the
     * products concerned, after its transaction commits. Bursts (a batch of
     * stamps, a seed) are gathered into one refresh.
     */
    onApplicationBootstrap() {
        if (!this.processContext.isServer) return;
        const productIds$ = merge(
            this.eventBus.ofType(CertificateEvent).pipe(map(e => [e.certificate.productId])),
            this.eventBus.ofType(ProducerEvent).pipe(map(e => ({ channelId: e.producer.channelId }))),
            this.eventBus.ofType(StampsChangedEvent).pipe(map(e => ({ variantIds: e.productVariantIds }))),
            // A new variant joins all its product's channels (Vendure 3.7.3): take it back out until it qualifies.
            this.eventBus.ofType(ProductVariantEvent).pipe(
                filter(e => e.type === 'created' || e.type === 'updated'),
                map(e => ({ variantIds: (Array.isArray(e.entity) ? e.entity : [e.entity]).map(v => v.id) })),
            ),
            this.eventBus.ofType(ProductEvent).pipe(filter(e => e.type === 'updated'), map(e => [e.entity.id])),
        );
        productIds$.pipe(bufferTime(200), filter(batch => batch.length > 0 && !this.gate.isHeld)).subscribe(batch => {
            // Refreshes run side by side: one waiting on a lock must not hold back the others.
            // A failed refresh (e.g. two overlapping ones assigning the same variant) is repaired
            // by the next event or the daily task; say so rather than fail silently.
            void this.refreshFor(batch).catch(e => Logger.error(`Listing refresh failed: ${e?.message ?? e}`, 'ListingGate', e?.stack));
        });
    }

    private async refreshFor(batch: Array<unknown>): Promise<void> {
        const productIds = new Set<number>();
        for (const item of batch) {
            if (Array.isArray(item)) item.forEach(id => productIds.add(Number(id)));
            else if ((item as any).channelId) {
                for (const id of await this.gate.productIdsInChannel((item as any).channelId)) productIds.add(id);
            } else if ((item as any).variantIds) {
                for (const id of await this.gate.productIdsOfVariants((item as any).variantIds)) productIds.add(id);
            }
        }
        await this.gate.refresh([...productIds]);
    }
}

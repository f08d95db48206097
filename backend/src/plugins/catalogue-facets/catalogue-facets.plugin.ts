import { OnApplicationBootstrap } from '@nestjs/common';
import { APP_INTERCEPTOR, ModuleRef } from '@nestjs/core';
import { EventBus, Logger, PluginCommonModule, ProcessContext, VendurePlugin } from '@vendure/core';
import { CollectiveBrandEvent } from '../collective-brands/events';
import { MarketplaceListingService } from '../listing-gate/services/marketplace-listing.service';
import { shopApiExtensions } from './api/api-extensions';
import { PublicProducerResolver } from './api/public-producer.resolver';
import { OcopFacetGuard } from './config/ocop-facet-guard';
import { OcopFacetSyncService } from './services/ocop-facet-sync.service';
import { PublicProducerService } from './services/public-producer.service';

/**
 * What the storefront filters and browses by (ADR 0010): the `ocop-stars`,
 * `ocop-group`, `ocop-area`, `ocop-producer` and `ocop-brand` facets, assigned from
 * the certificate, producer and brand records at the end of every listing refresh
 * (so on the same events, in the same retried jobs, and nightly), and refused to
 * hand edits; and producers' public pages (`producers`, `producer(code)`).
 * Needs the ListingGatePlugin and the CollectiveBrandsPlugin.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        OcopFacetSyncService,
        PublicProducerService,
        { provide: APP_INTERCEPTOR, useClass: OcopFacetGuard },
    ],
    exports: [OcopFacetSyncService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [PublicProducerResolver] },
    compatibility: '^3.7.0',
})
export class CatalogueFacetsPlugin implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private processContext: ProcessContext,
        private moduleRef: ModuleRef,
        private facetSync: OcopFacetSyncService,
    ) {}

    /** The listing gate's service, found across plugin modules (it lives in ListingGatePlugin's). */
    private get listing() {
        return this.moduleRef.get(MarketplaceListingService, { strict: false });
    }

    async onApplicationBootstrap() {
        this.listing.onRefreshed(productIds => this.facetSync.sync(productIds));
        // A brand's products or name changed: refresh them like any other record change.
        // While a bulk load holds the listing, it refreshes everything once at the end instead.
        this.eventBus.ofType(CollectiveBrandEvent).subscribe(event => {
            if (this.listing.isHeld) return;
            void this.listing
                .enqueue({ productIds: event.productIds })
                .catch(e =>
                    Logger.error(
                        `Could not queue a refresh after a brand change: ${e?.message ?? e}`,
                        'CatalogueFacets',
                    ),
                );
        });
        // The facets exist (and can be looked up by code) before any product is certified. On the very
        // first start the marketplace channel may not exist yet (StorePlugin may start later): the first
        // refresh creates them then.
        if (this.processContext.isServer) await this.facetSync.ensureFacets();
    }
}

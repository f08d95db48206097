import { GlobalFlag } from '@vendure/common/lib/generated-types';
import {
    AvailableStock,
    BaseStockLocationStrategy,
    GlobalSettingsService,
    ID,
    Injector,
    LocationWithQuantity,
    OrderLine,
    ProductVariant,
    RequestContext,
    RequestContextCacheService,
    StockLevel,
    StockLocation,
    UserInputError,
} from '@vendure/core';
import { Stamp } from '../../stamps/entities/stamp.entity';
import { ensureStampTally, issuedStampsSql } from '../../stamps/config/stamp-tally-schema';
import { QUANTITY_REASONS, refusalMessage, stampedAvailableStock } from '../../listing-gate/selling-rule';
import { ListingGateService } from '../../listing-gate/services/listing-gate.service';

/**
 * Vendure's multi-channel stock, with the stamp rule (ADR 0007): the units on hand
 * for sale are capped at the ISSUED stamps that no placed order holds yet. Vendure
 * asks this strategy wherever it needs "how many may still be sold" — add to cart,
 * the checkout's stock check, order modification, the search index's `inStock`,
 * `stockLevel` in the Shop API — so they all count stamps without code of their own.
 *
 * Like Vendure's `MultiChannelStockLocationStrategy`, only the stock locations of the
 * active channel count as on hand. Which locations those are is read in one query per
 * request (ADR 0030): Vendure's strategy asks its cache once per stock level, which
 * with the shared Redis cache was ~32 Redis round trips per request at 32 locations.
 *
 * The Admin API's `ProductVariant.stockOnHand` reads the capped figure too; the
 * uncapped counts per location stay in `stockLevels`.
 */
export class StampedStockLocationStrategy extends BaseStockLocationStrategy {
    private gate: ListingGateService;
    private requestCache: RequestContextCacheService;
    private globalSettings: GlobalSettingsService;

    async init(injector: Injector) {
        await super.init(injector);
        this.gate = injector.get(ListingGateService);
        this.requestCache = injector.get(RequestContextCacheService);
        this.globalSettings = injector.get(GlobalSettingsService);
        // The first reader of the tally: server and worker make sure it exists before either asks.
        await ensureStampTally(this.connection.rawConnection);
    }

    async getAvailableStock(
        ctx: RequestContext,
        productVariantId: ID,
        stockLevels: StockLevel[],
    ): Promise<AvailableStock> {
        const inChannel = await this.locationsOfChannel(ctx);
        let onHand = 0;
        let allocated = 0;
        let allocatedEverywhere = 0;
        for (const level of stockLevels) {
            allocatedEverywhere += level.stockAllocated;
            if (!inChannel.has(Number(level.stockLocationId))) continue;
            onHand += level.stockOnHand;
            allocated += level.stockAllocated;
        }
        return stampedAvailableStock(await this.issuedStamps(ctx, Number(productVariantId)), {
            onHand,
            allocated,
            allocatedEverywhere,
        });
    }

    /**
     * Every allocation — placing an order, adding to a placed order through
     * `modifyOrder`, re-allocating after a cancelled fulfilment — locks the variant
     * and reads again what may still be sold, so no path can promise a stamp twice.
     * Placing an order already holds the lock (taken when the transition started)
     * and finds the same answer; the others learn here that they came second.
     * Only the count is checked here: whether the product may be sold at all is
     * the order process's question, and a fulfilment that is cancelled must be
     * able to take its units back whatever became of the certificate since.
     *
     * The units are then taken from the channel's locations in the order given,
     * each up to what it has free, as Vendure's multi-channel strategy does.
     */
    async forAllocation(
        ctx: RequestContext,
        stockLocations: StockLocation[],
        orderLine: OrderLine,
        quantity: number,
    ): Promise<LocationWithQuantity[]> {
        await this.gate.lockVariants(ctx, [orderLine.productVariantId]);
        const refusal = await this.gate.firstRefusal(ctx, [
            { productVariantId: orderLine.productVariantId, quantity },
        ]);
        if (refusal && QUANTITY_REASONS.has(refusal.verdict.reason!)) {
            throw new UserInputError(refusalMessage(refusal.verdict, orderLine.productVariant?.name));
        }
        // Read under the lock, in the transaction: never an earlier request's figures.
        const [levels, variant, settings, inChannel] = await Promise.all([
            this.connection
                .getRepository(ctx, StockLevel)
                .find({ where: { productVariantId: orderLine.productVariantId }, loadEagerRelations: false }),
            this.connection.getEntityOrThrow(ctx, ProductVariant, orderLine.productVariantId, {
                loadEagerRelations: false,
            }),
            this.globalSettings.getSettings(ctx),
            this.locationsOfChannel(ctx),
        ]);
        const untracked =
            variant.trackInventory === GlobalFlag.FALSE ||
            (variant.trackInventory === GlobalFlag.INHERIT && settings.trackInventory === false);
        const threshold = variant.useGlobalOutOfStockThreshold
            ? settings.outOfStockThreshold
            : variant.outOfStockThreshold;
        const taken: LocationWithQuantity[] = [];
        let left = quantity;
        for (const location of stockLocations) {
            if (left <= 0) break;
            if (!inChannel.has(Number(location.id))) continue;
            const level = levels.find(l => Number(l.stockLocationId) === Number(location.id));
            if (!level) continue;
            const free = untracked
                ? Number.MAX_SAFE_INTEGER
                : level.stockOnHand - level.stockAllocated - threshold;
            if (free <= 0) continue;
            const units = Math.min(left, free);
            taken.push({ location, quantity: units });
            left -= units;
        }
        return taken;
    }

    /** Ids of the stock locations assigned to the request's channel, read once per request and channel. */
    private locationsOfChannel(ctx: RequestContext): Promise<Set<number>> {
        return this.requestCache.get(
            ctx,
            `StampedStockLocationStrategy.locations.${ctx.channelId}`,
            async () => {
                const rows: Array<{ id: number }> = await this.connection
                    .getRepository(ctx, StockLocation)
                    .manager.query(
                        'SELECT "stockLocationId" AS id FROM stock_location_channels_channel WHERE "channelId" = $1',
                        [ctx.channelId],
                    );
                return new Set(rows.map(r => Number(r.id)));
            },
        );
    }

    /** ISSUED stamps of the variant: one key lookup in the tally (ADR 0027), however large its register. */
    private async issuedStamps(ctx: RequestContext, variantId: number): Promise<number> {
        // In the request's transaction, if any: a placement or a return sees its own writes.
        const rows: Array<{ n: number }> = await this.connection
            .getRepository(ctx, Stamp)
            .manager.query(`SELECT ${issuedStampsSql('$1')}::int AS n`, [variantId]);
        return rows[0]?.n ?? 0;
    }
}

import {
    AvailableStock,
    Injector,
    LocationWithQuantity,
    MultiChannelStockLocationStrategy,
    OrderLine,
    RequestContext,
    StockLevel,
    StockLocation,
    UserInputError,
} from '@vendure/core';
import { Stamp, StampStatus } from '../../stamps/entities/stamp.entity';
import { QUANTITY_REASONS, refusalMessage, stampedAvailableStock } from '../../listing-gate/selling-rule';
import { ListingGateService } from '../../listing-gate/services/listing-gate.service';

/**
 * Vendure's multi-channel stock, with the stamp rule (ADR 0007): the units on hand
 * for sale are capped at the ISSUED stamps that no placed order holds yet. Vendure
 * asks this strategy wherever it needs "how many may still be sold" — add to cart,
 * the checkout's stock check, order modification, the search index's `inStock`,
 * `stockLevel` in the Shop API — so they all count stamps without code of their own.
 *
 * The Admin API's `ProductVariant.stockOnHand` reads the capped figure too; the
 * uncapped counts per location stay in `stockLevels`.
 */
export class StampedStockLocationStrategy extends MultiChannelStockLocationStrategy {
    private gate: ListingGateService;

    async init(injector: Injector) {
        await super.init(injector);
        this.gate = injector.get(ListingGateService);
    }

    async getAvailableStock(
        ctx: RequestContext,
        productVariantId: number | string,
        stockLevels: StockLevel[],
    ): Promise<AvailableStock> {
        const inChannel = await super.getAvailableStock(ctx, productVariantId, stockLevels);
        const allocatedEverywhere = stockLevels.reduce((sum, level) => sum + level.stockAllocated, 0);
        // The cap can never exceed what is on hand in the channel, so ISSUED stamps beyond
        // (on hand − allocated) + allocated everywhere cannot change the answer: count no
        // further. A variant's register may hold tens of thousands of stamps, and this runs
        // for every `stockLevel` a shopper sees.
        const enough = Math.max(0, inChannel.stockOnHand - inChannel.stockAllocated + allocatedEverywhere);
        const issuedStamps = await this.countIssuedStamps(ctx, Number(productVariantId), enough);
        return stampedAvailableStock(issuedStamps, {
            onHand: inChannel.stockOnHand,
            allocated: inChannel.stockAllocated,
            allocatedEverywhere,
        });
    }

    /** ISSUED stamps of the variant, counted up to `limit` (fewer when it has fewer). */
    private async countIssuedStamps(ctx: RequestContext, variantId: number, limit: number): Promise<number> {
        if (limit === 0) return 0;
        const rows: Array<{ n: number }> = await this.connection.getRepository(ctx, Stamp).manager.query(
            `SELECT count(*)::int AS n FROM (
                SELECT 1 FROM stamp WHERE "productVariantId" = $1 AND status = $2 LIMIT $3) x`,
            [variantId, StampStatus.ISSUED, limit],
        );
        return rows[0]?.n ?? 0;
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
        return super.forAllocation(ctx, stockLocations, orderLine, quantity);
    }
}

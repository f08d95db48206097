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
 * The Admin API's `ProductVariant.stockOnHand` reads the capped figure too; the
 * uncapped counts per location stay in `stockLevels`.
 */
export class StampedStockLocationStrategy extends MultiChannelStockLocationStrategy {
    private gate: ListingGateService;

    async init(injector: Injector) {
        await super.init(injector);
        this.gate = injector.get(ListingGateService);
        // The first reader of the tally: server and worker make sure it exists before either asks.
        await ensureStampTally(this.connection.rawConnection);
    }

    async getAvailableStock(
        ctx: RequestContext,
        productVariantId: number | string,
        stockLevels: StockLevel[],
    ): Promise<AvailableStock> {
        const inChannel = await super.getAvailableStock(ctx, productVariantId, stockLevels);
        const allocatedEverywhere = stockLevels.reduce((sum, level) => sum + level.stockAllocated, 0);
        return stampedAvailableStock(await this.issuedStamps(ctx, Number(productVariantId)), {
            onHand: inChannel.stockOnHand,
            allocated: inChannel.stockAllocated,
            allocatedEverywhere,
        });
    }

    /** ISSUED stamps of the variant: one key lookup in the tally (ADR 0027), however large its register. */
    private async issuedStamps(ctx: RequestContext, variantId: number): Promise<number> {
        // In the request's transaction, if any: a placement or a return sees its own writes.
        const rows: Array<{ n: number }> = await this.connection
            .getRepository(ctx, Stamp)
            .manager.query(`SELECT ${issuedStampsSql('$1')}::int AS n`, [variantId]);
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

import {
    Channel,
    DefaultProductVariantPriceUpdateStrategy,
    ID,
    idsAreEqual,
    Injector,
    ProductVariantPrice,
    ProductVariantPriceUpdateStrategy,
    RequestContext,
    TransactionalConnection,
    UpdatedProductVariantPrice,
} from '@vendure/core';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';

/**
 * Producers set their prices in their own channel; the marketplace sells at those
 * prices. When a producer's price of a variant changes, the marketplace price of the
 * same variant and currency follows, in the same transaction and through Vendure's
 * price service (events, search index). Prices set in any other channel (the default
 * channel, the marketplace itself) are never copied. Whatever the strategy configured
 * before this one returns is kept.
 */
export class MarketplacePriceUpdateStrategy implements ProductVariantPriceUpdateStrategy {
    private connection!: TransactionalConnection;
    private marketplaceId?: ID;

    constructor(
        private inner: ProductVariantPriceUpdateStrategy = new DefaultProductVariantPriceUpdateStrategy({
            syncPricesAcrossChannels: false,
        }),
    ) {}

    async init(injector: Injector) {
        this.connection = injector.get(TransactionalConnection);
        await (this.inner as any).init?.(injector);
    }

    async destroy() {
        await (this.inner as any).destroy?.();
    }

    onPriceCreated(ctx: RequestContext, createdPrice: ProductVariantPrice, prices: ProductVariantPrice[]) {
        return this.inner.onPriceCreated(ctx, createdPrice, prices);
    }

    onPriceDeleted(ctx: RequestContext, deletedPrice: ProductVariantPrice, prices: ProductVariantPrice[]) {
        return this.inner.onPriceDeleted(ctx, deletedPrice, prices);
    }

    async onPriceUpdated(
        ctx: RequestContext,
        updatedPrice: ProductVariantPrice,
        prices: ProductVariantPrice[],
    ): Promise<UpdatedProductVariantPrice[]> {
        const others = await this.inner.onPriceUpdated(ctx, updatedPrice, prices);
        const marketplaceId = await this.marketplaceChannelId(ctx);
        const marketPrice = prices.find(
            p => idsAreEqual(p.channelId, marketplaceId) && p.currencyCode === updatedPrice.currencyCode,
        );
        if (!marketPrice || idsAreEqual(updatedPrice.channelId, marketplaceId)) return others;
        if (
            marketPrice.price === updatedPrice.price ||
            !(await this.isProducerChannel(ctx, updatedPrice.channelId))
        )
            return others;
        return [
            ...others.filter(p => !idsAreEqual(p.id, marketPrice.id)),
            { id: marketPrice.id, price: updatedPrice.price },
        ];
    }

    private async marketplaceChannelId(ctx: RequestContext): Promise<ID | undefined> {
        if (this.marketplaceId === undefined) {
            // Created at first start-up, after strategies are initialised: looked up when first needed.
            const channel = await this.connection
                .getRepository(ctx, Channel)
                .findOne({ where: { code: MARKETPLACE_CHANNEL_CODE }, select: ['id'] });
            this.marketplaceId = channel?.id;
        }
        return this.marketplaceId;
    }

    private async isProducerChannel(ctx: RequestContext, channelId: ID): Promise<boolean> {
        const rows = await this.connection
            .getRepository(ctx, Channel)
            .manager.query(`SELECT 1 FROM producer WHERE "channelId" = $1 LIMIT 1`, [Number(channelId)]);
        return rows.length > 0;
    }
}

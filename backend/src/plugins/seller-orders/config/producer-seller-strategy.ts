import {
    Channel,
    ChannelService,
    idsAreEqual,
    Injector,
    Order,
    OrderLine,
    OrderSellerStrategy,
    RequestContext,
    SplitOrderContents,
    TransactionalConnection,
} from '@vendure/core';
import { governingProducerSql } from '../../listing-gate/selling-rule';
import { SellerOrderService } from '../services/seller-order.service';

/**
 * One seller order per producer (ADR 0011). A line belongs to the producer whose
 * channel holds the variant's product (`producer-<code>`, a Vendure Seller); the
 * customer pays the aggregate order once, each producer fulfils its own seller
 * order in its channel. The seller orders, not the aggregate, hold the stock
 * allocations (the stamped reservations of ADR 0007), so cancelling or fulfilling
 * one seller order moves exactly its units.
 */
export class ProducerSellerStrategy implements OrderSellerStrategy {
    private connection: TransactionalConnection;
    private channelService: ChannelService;
    private sellerOrderService: SellerOrderService;

    init(injector: Injector) {
        this.connection = injector.get(TransactionalConnection);
        this.channelService = injector.get(ChannelService);
        this.sellerOrderService = injector.get(SellerOrderService);
    }

    /**
     * The producer the listing gate sells the line for (its governing producer), so the
     * seller is the producer whose certificate, activity and price admitted the line.
     */
    async setOrderLineSellerChannel(ctx: RequestContext, orderLine: OrderLine): Promise<Channel | undefined> {
        const rows: Array<{ id: number; token: string }> = await this.connection
            .getRepository(ctx, Channel)
            .query(
                `SELECT c.id, c.token FROM product_variant v
                   CROSS JOIN LATERAL (${governingProducerSql('v."productId"', 'pr."channelId"')}) pr
                   JOIN channel c ON c.id = pr."channelId"
                  WHERE v.id = $1`,
                [orderLine.productVariantId ?? orderLine.productVariant?.id],
            );
        if (!rows.length) return undefined;
        // Vendure keeps every channel in memory; a producer channel made a moment ago on
        // another server may not be in this process's copy yet, and is then read.
        const cached = await this.channelService
            .getChannelFromToken(ctx, rows[0].token)
            .catch(() => undefined);
        if (cached && idsAreEqual(cached.id, rows[0].id)) return cached;
        return (await this.channelService.findOne(ctx, rows[0].id)) ?? undefined;
    }

    /**
     * Vendure creates the seller orders of what this returns, an entity save at a
     * time; the seller-order service writes them itself, set-based (ADR 0033), so
     * Vendure is given nothing to split.
     */
    async splitOrder(ctx: RequestContext, order: Order): Promise<SplitOrderContents[]> {
        await this.sellerOrderService.split(ctx, order);
        return [];
    }
}

import {
    Channel,
    ChannelService,
    ID,
    idsAreEqual,
    Injector,
    Order,
    OrderLine,
    OrderSellerStrategy,
    RequestContext,
    SplitOrderContents,
    TransactionalConnection,
} from '@vendure/core';
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

    async setOrderLineSellerChannel(ctx: RequestContext, orderLine: OrderLine): Promise<Channel | undefined> {
        const rows: Array<{ channelId: number }> = await this.connection.getRepository(ctx, Channel).query(
            `SELECT p."channelId" FROM product_variant v
                   JOIN product_channels_channel pc ON pc."productId" = v."productId"
                   JOIN producer p ON p."channelId" = pc."channelId"
                  WHERE v.id = $1
                  ORDER BY p.id
                  LIMIT 1`,
            [orderLine.productVariantId ?? orderLine.productVariant?.id],
        );
        if (!rows.length) return undefined;
        const channel = await this.connection
            .getRepository(ctx, Channel)
            .findOne({ where: { id: rows[0].channelId } });
        return channel ?? undefined;
    }

    async splitOrder(ctx: RequestContext, order: Order): Promise<SplitOrderContents[]> {
        const lines = (order.lines ?? []).filter(l => l.quantity > 0);
        if (!lines.some(l => l.sellerChannelId != null)) return [];
        // A line no producer claims (not expected in the marketplace) ships from the office, in the default channel.
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const parts = new Map<string, SplitOrderContents>();
        for (const line of lines) {
            const channelId: ID = line.sellerChannelId ?? defaultChannel.id;
            let part = parts.get(String(channelId));
            if (!part) {
                part = { channelId, state: order.state, lines: [], shippingLines: [] };
                parts.set(String(channelId), part);
            }
            part.lines.push(line);
        }
        for (const part of parts.values()) {
            part.shippingLines = (order.shippingLines ?? []).filter(s =>
                part.lines.some(l => idsAreEqual(l.shippingLineId, s.id)),
            );
        }
        return [...parts.values()];
    }

    async afterSellerOrdersCreated(ctx: RequestContext, aggregateOrder: Order, sellerOrders: Order[]) {
        await this.sellerOrderService.afterSplit(ctx, aggregateOrder, sellerOrders);
    }
}

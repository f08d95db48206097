import { Injectable } from '@nestjs/common';
import { OrderType } from '@vendure/common/lib/generated-types';
import {
    ChannelService,
    ID,
    idsAreEqual,
    isGraphQlErrorResult,
    Logger,
    Order,
    OrderLine,
    OrderService,
    OrderState,
    RequestContext,
    ShippingLine,
    StockMovementService,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';
import { CASH_ON_DELIVERY_CODE } from '../../store/constants';
import { loggerCtx } from '../constants';

/** States in which a seller order's goods are on their way or with the customer. */
const SHIPPING_STATES: OrderState[] = ['PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'];

/**
 * What ties an aggregate order to its seller orders (ADR 0011): the shipping
 * share and the stock allocation at the split, and afterwards the cascades —
 * cancelling the aggregate cancels its seller orders (releasing their units),
 * settling its payment settles them, and their shipping drives its state.
 */
@Injectable()
export class SellerOrderService {
    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private orderService: OrderService,
        private stockMovementService: StockMovementService,
    ) {}

    /**
     * Right after Vendure created the seller orders, in the placing transaction:
     * each gets its share of the shipping (the aggregate was charged one parcel per
     * producer) and takes the stock allocation the aggregate will not make, under
     * the variant locks the order process already holds.
     */
    async afterSplit(ctx: RequestContext, aggregate: Order, sellerOrders: Order[]) {
        const parcels = sellerOrders.length;
        for (const [index, sellerOrder] of sellerOrders.entries()) {
            let shared = false;
            for (const shippingLine of sellerOrder.shippingLines ?? []) {
                const original = (aggregate.shippingLines ?? []).find(s =>
                    idsAreEqual(s.shippingMethodId, shippingLine.shippingMethodId),
                );
                if (!original) continue;
                const share = shareOf(original.listPrice, parcels, index);
                if (share === shippingLine.listPrice) continue;
                shippingLine.listPrice = share;
                shared = true;
                await this.connection.getRepository(ctx, ShippingLine).save(shippingLine, { reload: false });
            }
            // The one seller order of a single producer keeps the whole shipping: Vendure's
            // splitter has already priced it in the seller's channel, so it is not priced again.
            if (shared) await this.priceInSellerChannel(ctx, sellerOrder);
            await this.stockMovementService.createAllocationsForOrder(ctx, sellerOrder);
        }
        Logger.verbose(
            `Order ${aggregate.code} split into ${sellerOrders.map(o => o.code).join(', ')}`,
            loggerCtx,
        );
    }

    /** Totals again in the seller's channel, as Vendure's splitter computed them, with the shipping share. */
    private async priceInSellerChannel(ctx: RequestContext, sellerOrder: Order) {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const sellerChannelId = sellerOrder.channels.find(c => !idsAreEqual(c.id, defaultChannel.id))?.id;
        const sellerChannel = sellerChannelId
            ? await this.channelService.findOne(ctx, sellerChannelId)
            : undefined;
        await this.orderService.applyPriceAdjustments(
            sellerChannel ? ctx.copy(sellerChannel) : ctx,
            sellerOrder,
            undefined,
            undefined,
            { recalculateShipping: false },
        );
    }

    sellerOrdersOf(ctx: RequestContext, aggregateOrderId: ID): Promise<Order[]> {
        return this.connection.getRepository(ctx, Order).find({
            where: { aggregateOrderId },
            relations: { lines: true },
            order: { id: 'ASC' },
        });
    }

    /** A context in the default channel (which holds every order), in the same transaction. */
    async inDefaultChannel(ctx: RequestContext): Promise<RequestContext> {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        return idsAreEqual(ctx.channelId, defaultChannel.id) ? ctx : ctx.copy(defaultChannel);
    }

    /** The aggregate was cancelled: so are its seller orders, which releases or returns their units. */
    async cancelSellerOrders(ctx: RequestContext, aggregate: Order) {
        const inDefault = await this.inDefaultChannel(ctx);
        for (const sellerOrder of await this.sellerOrdersOf(ctx, aggregate.id)) {
            if (sellerOrder.state === 'Cancelled') continue;
            const result = await this.orderService.cancelOrder(inDefault, {
                orderId: sellerOrder.id,
                reason: `Đơn tổng ${aggregate.code} đã hủy (aggregate order cancelled)`,
            });
            if (isGraphQlErrorResult(result)) {
                throw new Error(`Cannot cancel seller order ${sellerOrder.code}: ${result.message}`);
            }
        }
    }

    /**
     * A producer's seller order was cancelled as a whole (it cannot deliver): the
     * customer's order loses those lines, and is cancelled once nothing is left.
     * Refunding what was already paid stays with the office.
     */
    async cancelAggregateLines(ctx: RequestContext, sellerOrder: Order) {
        if (!sellerOrder.aggregateOrderId) return;
        const aggregate = await this.connection
            .getRepository(ctx, Order)
            .findOne({ where: { id: sellerOrder.aggregateOrderId }, relations: { lines: true } });
        // Cancelling the aggregate cancels its seller orders: nothing to mirror then.
        if (!aggregate || aggregate.state === 'Cancelled') return;
        const sellerLines = await this.connection
            .getRepository(ctx, OrderLine)
            .find({ where: { order: { id: sellerOrder.id } } });
        const variantIds = new Set(sellerLines.map(l => String(l.productVariantId)));
        const lines = aggregate.lines
            .filter(l => variantIds.has(String(l.productVariantId)) && l.quantity > 0)
            .map(l => ({ orderLineId: l.id, quantity: l.quantity }));
        if (!lines.length) return;
        const result = await this.orderService.cancelOrder(await this.inDefaultChannel(ctx), {
            orderId: aggregate.id,
            lines,
            reason: `Đơn của chủ thể ${sellerOrder.code} đã hủy (seller order cancelled)`,
        });
        if (isGraphQlErrorResult(result)) {
            throw new Error(
                `Cannot cancel the lines of ${sellerOrder.code} in ${aggregate.code}: ${result.message}`,
            );
        }
    }

    /** The customer's payment is settled: seller orders still waiting for it are paid too. */
    async settleSellerOrders(ctx: RequestContext, aggregate: Order) {
        const inDefault = await this.inDefaultChannel(ctx);
        for (const sellerOrder of await this.sellerOrdersOf(ctx, aggregate.id)) {
            if (sellerOrder.state !== 'PaymentAuthorized') continue;
            const result = await this.orderService.transitionToState(
                inDefault,
                sellerOrder.id,
                'PaymentSettled',
            );
            if (isGraphQlErrorResult(result)) {
                throw new Error(`Cannot settle seller order ${sellerOrder.code}: ${result.message}`);
            }
        }
    }

    /**
     * The aggregate shows the customer how far the parcels got: shipped when all
     * seller orders shipped, delivered when all were delivered, partly otherwise.
     */
    async followSellerOrder(ctx: RequestContext, sellerOrder: Order, toState: OrderState) {
        if (!sellerOrder.aggregateOrderId) return;
        const aggregate = await this.connection
            .getRepository(ctx, Order)
            .findOne({ where: { id: sellerOrder.aggregateOrderId } });
        if (!aggregate || aggregate.state === 'Cancelled') return;
        const states = (await this.sellerOrdersOf(ctx, aggregate.id))
            .map(o => (idsAreEqual(o.id, sellerOrder.id) ? toState : o.state))
            .filter(s => s !== 'Cancelled');
        if (!states.length) return;
        let target: OrderState | undefined;
        if (states.every(s => s === 'Delivered')) target = 'Delivered';
        else if (states.some(s => s === 'Delivered' || s === 'PartiallyDelivered'))
            target = 'PartiallyDelivered';
        else if (states.every(s => s === 'Shipped')) target = 'Shipped';
        else if (states.some(s => s === 'Shipped' || s === 'PartiallyShipped')) target = 'PartiallyShipped';
        if (!target || target === aggregate.state) return;
        const result = await this.orderService.transitionToState(
            await this.inDefaultChannel(ctx),
            aggregate.id,
            target,
        );
        if (isGraphQlErrorResult(result)) {
            Logger.warn(
                `Aggregate ${aggregate.code} stays ${aggregate.state}: ${result.transitionError}`,
                loggerCtx,
            );
        }
    }

    /**
     * Whether the order (or, for a seller order, the customer's aggregate order)
     * is paid by cash on delivery, the one case in which goods leave before the money.
     */
    async paidOnDelivery(ctx: RequestContext, order: Order): Promise<boolean> {
        const payingOrderId = order.aggregateOrderId ?? order.id;
        const rows: Array<{ n: number }> = await this.connection
            .getRepository(ctx, Order)
            .query(
                `SELECT count(*)::int AS n FROM payment WHERE "orderId" = $1 AND method = $2 AND state IN ('Authorized', 'Settled')`,
                [payingOrderId, CASH_ON_DELIVERY_CODE],
            );
        return rows[0].n > 0;
    }

    /**
     * The first reason the given orders may not be fulfilled now, or undefined.
     * An aggregate is fulfilled through its seller orders only (else its units
     * would ship twice); goods leave only once paid, or for cash on delivery.
     */
    async fulfilmentRefusal(ctx: RequestContext, orderIds: ID[]): Promise<string | undefined> {
        const orders = await this.connection.getRepository(ctx, Order).find({ where: { id: In(orderIds) } });
        for (const order of orders) {
            if (order.type === OrderType.Aggregate) {
                const sellers = await this.sellerOrdersOf(ctx, order.id);
                return (
                    `OCOP_FULFIL_SELLER_ORDER: Đơn ${order.code} được giao theo đơn của từng chủ thể ` +
                    `(${sellers.map(s => s.code).join(', ')}) (an order split by producer ships through its seller orders)`
                );
            }
            const paid =
                order.state === 'PaymentSettled' ||
                SHIPPING_STATES.includes(order.state) ||
                (order.state === 'PaymentAuthorized' && (await this.paidOnDelivery(ctx, order)));
            if (!paid) {
                return (
                    `OCOP_ORDER_NOT_PAID: Đơn ${order.code} chưa được thanh toán (${order.state}), chưa thể giao hàng ` +
                    `(the order is not paid yet and cannot ship)`
                );
            }
        }
    }

    /**
     * The codes of the stamps sold with the delivered units of an order line, for
     * the customer who owns the order and nobody else (empty otherwise). The line
     * is one the customer sees (of the aggregate order); its stamps were sold on
     * the matching line of the producer's seller order, or on itself when unsplit.
     */
    async stampCodesForCustomer(ctx: RequestContext, orderLineId: ID): Promise<string[]> {
        if (!ctx.activeUserId) return [];
        const rows: Array<{ code: string }> = await this.connection.getRepository(ctx, OrderLine).query(
            `SELECT s.code
               FROM order_line l
               JOIN "order" o ON o.id = l."orderId"
               JOIN customer c ON c.id = o."customerId" AND c."userId" = $2
               LEFT JOIN "order" so ON so."aggregateOrderId" = o.id
               LEFT JOIN order_line sl ON sl."orderId" = so.id AND sl."productVariantId" = l."productVariantId"
               JOIN stamp s ON s.status = 'SOLD' AND (s."orderLineId" = l.id OR s."orderLineId" = sl.id)
              WHERE l.id = $1
              ORDER BY s.serial`,
            [Number(orderLineId), Number(ctx.activeUserId)],
        );
        return rows.map(r => r.code.trim());
    }
}

/** A whole-đồng share of an amount in minor units; the last share takes the remainder so the shares add up. */
export function shareOf(total: number, parts: number, index: number): number {
    const each = Math.floor(total / parts / 100) * 100;
    return index === parts - 1 ? total - each * (parts - 1) : each;
}

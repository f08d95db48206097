import { Injectable } from '@nestjs/common';
import { OrderType } from '@vendure/common/lib/generated-types';
import {
    ChannelService,
    ConfigService,
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
import { stockMovementOnlyContext } from '../../listing-gate/config/search-index-buffer';

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
        private configService: ConfigService,
        private orderService: OrderService,
        private stockMovementService: StockMovementService,
    ) {}

    /**
     * Splits an order being placed into one seller order per producer (ADR 0011), in
     * the placing transaction, and reserves their units under the variant locks the
     * order process already holds (ADR 0007). Each seller order is a copy of its
     * producer's lines as the customer was charged for them, with one parcel's share
     * of the shipping (the customer pays one parcel per producer); its totals are
     * summed by Vendure's own tax calculation strategy.
     *
     * Vendure's splitter does the same with an entity save per row and a full price
     * calculation per seller order, ~26 statements for a one-producer order; this
     * writes every seller order of the order in one statement (ADR 0033).
     */
    async split(ctx: RequestContext, aggregate: Order): Promise<void> {
        const lines = (aggregate.lines ?? []).filter(l => l.quantity > 0);
        if (!lines.some(l => l.sellerChannelId != null)) return;
        const defaultChannelId = Number((await this.channelService.getDefaultChannel(ctx)).id);
        const groups = new Map<number, OrderLine[]>();
        for (const line of lines) {
            // A line no producer claims (not expected in the marketplace) ships from the office, in the default channel.
            const channelId = line.sellerChannelId != null ? Number(line.sellerChannelId) : defaultChannelId;
            groups.set(channelId, [...(groups.get(channelId) ?? []), line]);
        }
        const parcels = groups.size;
        const { orderCodeStrategy } = this.configService.orderOptions;
        const { orderTaxCalculationStrategy } = this.configService.taxOptions;
        const sellers: Array<{
            code: string;
            channelId: number;
            lines: OrderLine[];
            shippingLines: ShippingLine[];
            totals: { subTotal: number; subTotalWithTax: number; shipping: number; shippingWithTax: number };
        }> = [];
        for (const [channelId, sellerLines] of groups) {
            const index = sellers.length;
            const shippingLines = (aggregate.shippingLines ?? [])
                .filter(s => sellerLines.some(l => idsAreEqual(l.shippingLineId, s.id)))
                .map(
                    s =>
                        new ShippingLine({
                            shippingMethodId: s.shippingMethodId,
                            listPrice: shareOf(s.listPrice, parcels, index),
                            listPriceIncludesTax: s.listPriceIncludesTax,
                            adjustments: s.adjustments,
                            taxLines: s.taxLines,
                        }),
                );
            const totals = orderTaxCalculationStrategy.calculateOrderTotals(
                new Order({ lines: sellerLines, surcharges: [], shippingLines }),
            );
            const code = await orderCodeStrategy.generate(ctx);
            sellers.push({ code, channelId, lines: sellerLines, shippingLines, totals });
        }
        const json = (value: unknown) => JSON.stringify(value ?? []);
        const sellerLines = sellers.flatMap(s => s.lines.map(line => ({ code: s.code, line })));
        const sellerShipping = sellers.flatMap(s =>
            s.shippingLines.map(shipping => ({ code: s.code, shipping })),
        );
        const sellerChannels = sellers.flatMap(s =>
            s.channelId === defaultChannelId
                ? [[s.code, s.channelId]]
                : [
                      [s.code, s.channelId],
                      [s.code, defaultChannelId],
                  ],
        );
        // Columns as Vendure's entities store them: simple-array coupon codes, simple-json addresses,
        // adjustments and tax lines. The lines are copied from the placed order's rows as they are; a line's
        // shipping line is its seller order's line of the same method.
        const rows: Array<{ lineId: number; quantity: number }> = await this.connection
            .getRepository(ctx, Order)
            .query(
                `WITH sellers AS (
                    INSERT INTO "order" (type, code, state, active, "orderPlacedAt", "couponCodes", "shippingAddress",
                                         "billingAddress", "currencyCode", "customerId", "taxZoneId", "aggregateOrderId",
                                         "subTotal", "subTotalWithTax", shipping, "shippingWithTax")
                    SELECT '${OrderType.Seller}', t.code, $1, false, $2, $3, $4, $5, $6, $7, $8, $9,
                           t.sub, t.sub_tax, t.ship, t.ship_tax
                      FROM unnest($10::text[], $11::bigint[], $12::bigint[], $13::bigint[], $14::bigint[])
                           AS t(code, sub, sub_tax, ship, ship_tax)
                    RETURNING id, code),
                 channels AS (
                    INSERT INTO order_channels_channel ("orderId", "channelId")
                    SELECT s.id, c.channel FROM unnest($15::text[], $16::int[]) AS c(code, channel)
                      JOIN sellers s ON s.code = c.code),
                 shipping AS (
                    INSERT INTO shipping_line ("orderId", "shippingMethodId", "listPrice", "listPriceIncludesTax",
                                               adjustments, "taxLines")
                    SELECT s.id, t.method, t.price, t.incl, t.adj, t.tax
                      FROM unnest($17::text[], $18::int[], $19::bigint[], $20::bool[], $21::text[], $22::text[])
                           AS t(code, method, price, incl, adj, tax)
                      JOIN sellers s ON s.code = t.code
                    RETURNING id, "orderId", "shippingMethodId")
                 INSERT INTO order_line ("orderId", "productVariantId", "taxCategoryId", "featuredAssetId",
                                         "sellerChannelId", "shippingLineId", quantity, "orderPlacedQuantity",
                                         "listPrice", "initialListPrice", "listPriceIncludesTax", adjustments, "taxLines")
                 SELECT s.id, l."productVariantId", l."taxCategoryId", l."featuredAssetId", l."sellerChannelId", sh.id,
                        l.quantity, l."orderPlacedQuantity", l."listPrice", l."initialListPrice",
                        l."listPriceIncludesTax", l.adjustments, l."taxLines"
                   FROM unnest($23::text[], $24::int[]) AS t(code, line)
                   JOIN order_line l ON l.id = t.line
                   JOIN sellers s ON s.code = t.code
                   LEFT JOIN shipping_line ash ON ash.id = l."shippingLineId"
                   LEFT JOIN shipping sh ON sh."orderId" = s.id AND sh."shippingMethodId" = ash."shippingMethodId"
                  ORDER BY l.id
                 RETURNING id AS "lineId", quantity`,
                [
                    aggregate.state,
                    aggregate.orderPlacedAt ?? new Date(),
                    (aggregate.couponCodes ?? []).join(','),
                    json(aggregate.shippingAddress ?? {}),
                    json(aggregate.billingAddress ?? {}),
                    aggregate.currencyCode,
                    aggregate.customerId ?? aggregate.customer?.id ?? null,
                    aggregate.taxZoneId ?? null,
                    aggregate.id,
                    sellers.map(s => s.code),
                    sellers.map(s => s.totals.subTotal),
                    sellers.map(s => s.totals.subTotalWithTax),
                    sellers.map(s => s.totals.shipping),
                    sellers.map(s => s.totals.shippingWithTax),
                    sellerChannels.map(c => c[0]),
                    sellerChannels.map(c => c[1]),
                    sellerShipping.map(s => s.code),
                    sellerShipping.map(s => s.shipping.shippingMethodId),
                    sellerShipping.map(s => s.shipping.listPrice),
                    sellerShipping.map(s => s.shipping.listPriceIncludesTax),
                    sellerShipping.map(s => json(s.shipping.adjustments)),
                    sellerShipping.map(s => json(s.shipping.taxLines)),
                    sellerLines.map(l => l.code),
                    sellerLines.map(l => l.line.id),
                ],
            );
        // Vendure saves the order being placed after its transition, with its new type; the
        // aggregate then allocates nothing (SellerOrderStockAllocationStrategy), its seller lines do.
        aggregate.type = OrderType.Aggregate;
        // The search index only needs to hear of this if a variant's in-stock flag flips (ADR 0034).
        await this.stockMovementService.createAllocationsForOrderLines(
            stockMovementOnlyContext(ctx),
            rows.map(r => ({ orderLineId: r.lineId, quantity: r.quantity })),
        );
        Logger.verbose(
            `Order ${aggregate.code} split into ${sellers.map(s => s.code).join(', ')}`,
            loggerCtx,
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

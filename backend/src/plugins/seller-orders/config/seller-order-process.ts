import { OrderType } from '@vendure/common/lib/generated-types';
import {
    Injector,
    Order,
    orderItemsAreDelivered,
    orderItemsArePartiallyDelivered,
    orderItemsArePartiallyShipped,
    orderItemsAreShipped,
    OrderProcess,
    OrderState,
    orderTotalIsCovered,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { SellerOrderService } from '../services/seller-order.service';

let connection: TransactionalConnection;
let sellerOrders: SellerOrderService;

const SHIPPING_STATES: OrderState[] = ['PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'];

/**
 * Vendure's payment and fulfilment checks, taught about split orders (ADR 0011).
 * It replaces the two checks turned off in Vendure's default process:
 *
 * - payments cover the total: as Vendure, except for a seller order, which has no
 *   payment of its own and is settled when its aggregate's payments are;
 * - fulfilments: as Vendure, except for an aggregate, which has none and follows
 *   its seller orders.
 *
 * It adds what cash on delivery needs: an order paid on delivery (authorised, not
 * yet settled) may ship. And it cascades: cancelling or settling an aggregate
 * cancels or settles its seller orders; cancelling a seller order cancels its lines
 * in the aggregate; a seller order's shipping moves the aggregate.
 */
export const sellerOrderProcess: OrderProcess<OrderState> = {
    // Cash on delivery: the goods leave before the money arrives (guarded in onTransitionStart).
    transitions: {
        PaymentAuthorized: {
            to: ['PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'],
            mergeStrategy: 'merge',
        },
    } as unknown as OrderProcess<OrderState>['transitions'],
    init(injector: Injector) {
        connection = injector.get(TransactionalConnection);
        sellerOrders = injector.get(SellerOrderService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (fromState === toState) return;
        if (toState === 'PaymentAuthorized' && order.type !== OrderType.Seller) {
            const hasAuthorized = (order.payments ?? []).some(p => p.state === 'Authorized');
            if (!orderTotalIsCovered(order, ['Authorized', 'Settled']) || !hasAuthorized) {
                return 'message.cannot-transition-without-authorized-payments';
            }
        }
        if (toState === 'PaymentSettled') {
            if (order.type === OrderType.Seller) {
                const aggregate = await connection
                    .getRepository(ctx, Order)
                    .findOne({ where: { id: order.aggregateOrderId! }, relations: { payments: true } });
                if (!aggregate || !orderTotalIsCovered(aggregate, 'Settled')) {
                    return 'message.cannot-transition-without-settled-payments';
                }
            } else if (!orderTotalIsCovered(order, 'Settled')) {
                return 'message.cannot-transition-without-settled-payments';
            }
        }
        if (SHIPPING_STATES.includes(toState)) {
            if (fromState === 'PaymentAuthorized' && !(await sellerOrders.paidOnDelivery(ctx, order))) {
                return `OCOP_ORDER_NOT_PAID: Đơn ${order.code} chưa được thanh toán, chưa thể giao hàng (not paid yet)`;
            }
            if (order.type !== OrderType.Aggregate) return fulfilmentCheck(ctx, order, toState);
        }
    },
    async onTransitionEnd(fromState, toState, { ctx, order }) {
        if (fromState === toState) return;
        if (order.type === OrderType.Aggregate) {
            if (toState === 'Cancelled') await sellerOrders.cancelSellerOrders(ctx, order);
            if (toState === 'PaymentSettled') await sellerOrders.settleSellerOrders(ctx, order);
        }
        if (order.type === OrderType.Seller && toState === 'Cancelled') {
            await sellerOrders.cancelAggregateLines(ctx, order);
        }
        if (order.type === OrderType.Seller && SHIPPING_STATES.includes(toState)) {
            await sellerOrders.followSellerOrder(ctx, order, toState);
        }
    },
};

/** Vendure's own fulfilment-state checks, for orders that carry fulfilments. */
async function fulfilmentCheck(ctx: RequestContext, order: Order, toState: OrderState) {
    const withFulfilments = await connection.getEntityOrThrow(ctx, Order, order.id, {
        relations: ['lines', 'fulfillments', 'fulfillments.lines', 'fulfillments.lines.fulfillment'],
    });
    if (toState === 'PartiallyShipped' && !orderItemsArePartiallyShipped(withFulfilments)) {
        return 'message.cannot-transition-unless-some-order-items-shipped';
    }
    if (toState === 'Shipped' && !orderItemsAreShipped(withFulfilments)) {
        return 'message.cannot-transition-unless-all-order-items-shipped';
    }
    if (toState === 'PartiallyDelivered' && !orderItemsArePartiallyDelivered(withFulfilments)) {
        return 'message.cannot-transition-unless-some-order-items-delivered';
    }
    if (toState === 'Delivered' && !orderItemsAreDelivered(withFulfilments)) {
        return 'message.cannot-transition-unless-all-order-items-delivered';
    }
}

import {
    ConfigService,
    Injector,
    Order,
    OrderProcess,
    OrderState,
    PaymentProcess,
    PaymentState,
    RequestContext,
} from '@vendure/core';
import { refusalMessage } from '../selling-rule';
import { ListingGateService } from '../services/listing-gate.service';

let gate: ListingGateService;
let configService: ConfigService;

/**
 * The first reason an order may not go on, or undefined when every line may still
 * be sold in its quantity. When `reserve` is set the variants are locked first, so
 * that the answer holds until the transaction that allocates the stock commits.
 */
async function refusalFor(ctx: RequestContext, order: Order, reserve: boolean): Promise<string | undefined> {
    const lines = order.lines ?? [];
    if (lines.length === 0) return;
    const negative = lines.find(l => l.proratedLinePriceWithTax < 0 || l.unitPriceWithTax <= 0);
    if (negative) {
        return `OCOP_INVALID_LINE_PRICE: ${negative.productVariant?.name ?? 'Sản phẩm'} — giá dòng đơn phải lớn hơn 0 ₫ (an order line's price must be above 0 ₫)`;
    }
    if (reserve)
        await gate.lockVariants(
            ctx,
            lines.map(l => l.productVariantId),
        );
    const wanted = lines
        .filter(l => l.quantity > 0)
        .map(l => ({
            productVariantId: l.productVariantId,
            quantity: l.quantity,
            name: l.productVariant?.name,
        }));
    const refusal = await gate.firstRefusal(ctx, wanted);
    if (refusal) return refusalMessage(refusal.verdict, refusal.name ?? 'Sản phẩm');
}

/**
 * Re-checks every line against the selling rule on the way to payment (a
 * certificate that lapses while the cart is open stops the checkout) and, on the
 * transition that places the order and allocates its stock, reserves the units:
 * the variants are locked, what may still be sold is read again, and the
 * allocation that follows commits in the same transaction (ADR 0007).
 */
export const ocopOrderProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        gate = injector.get(ListingGateService);
        configService = injector.get(ConfigService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (fromState === toState) return;
        const allocates = await configService.orderOptions.stockAllocationStrategy.shouldAllocateStock(
            ctx,
            fromState,
            toState,
            order,
        );
        if (allocates) return refusalFor(ctx, order, true);
        if (toState === 'ArrangingPayment') return refusalFor(ctx, order, false);
    },
};

/**
 * The last moment to refuse: a payment is never authorised or settled for an
 * order with a line that may not be sold, or whose units another buyer took a
 * moment ago. The lock taken here is held until the order's allocation commits.
 */
export const ocopPaymentProcess: PaymentProcess<PaymentState> = {
    init(injector: Injector) {
        gate = injector.get(ListingGateService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (fromState !== 'Created' || (toState !== 'Authorized' && toState !== 'Settled')) return;
        // A placed order paying a balance (after a modification) holds its units already.
        if (order.orderPlacedAt) return;
        return refusalFor(ctx, order, true);
    },
};

import { Injector, Order, OrderProcess, OrderState, PaymentProcess, PaymentState, RequestContext } from '@vendure/core';
import { ListingGateService } from '../services/listing-gate.service';
import { GATE_MESSAGES } from '../types';

let gate: ListingGateService;

/** The first reason an order may not be paid for, or undefined when every line is still sellable. */
async function unsellableLine(ctx: RequestContext, order: Order): Promise<string | undefined> {
    const lines = order.lines ?? [];
    const eligibility = await gate.evaluate(ctx, lines.map(l => l.productVariantId));
    for (const line of lines) {
        const e = eligibility.get(line.productVariantId as number);
        const name = line.productVariant?.name ?? 'Sản phẩm';
        if (!e || !e.sellable) {
            const reason = e?.reason ?? 'PRODUCT_NOT_FOUND';
            return `OCOP_${reason}: ${name} — ${GATE_MESSAGES[reason]}`;
        }
        if (line.quantity > e.issuedStamps) {
            return `OCOP_NOT_ENOUGH_STAMPS: ${name} — chỉ còn ${e.issuedStamps} sản phẩm có tem (only ${e.issuedStamps} stamped units)`;
        }
    }
}

/** Order states an order must not reach with an unsellable line. */
const GUARDED_ORDER_STATES: OrderState[] = ['ArrangingPayment', 'PaymentAuthorized', 'PaymentSettled'];

/**
 * Re-checks every line against the listing gate on the way to payment, so a
 * certificate that expires or is revoked while the cart is open stops the checkout.
 */
export const ocopOrderProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        gate = injector.get(ListingGateService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (!GUARDED_ORDER_STATES.includes(toState) || fromState === toState) return;
        return unsellableLine(ctx, order);
    },
};

/**
 * The last moment to refuse: a payment is never authorised or settled for an
 * order with an unsellable line (the check above ran when payment began; a
 * revocation can land in between). The whole payment is rolled back.
 */
export const ocopPaymentProcess: PaymentProcess<PaymentState> = {
    init(injector: Injector) {
        gate = injector.get(ListingGateService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (fromState !== 'Created' || (toState !== 'Authorized' && toState !== 'Settled')) return;
        return unsellableLine(ctx, order);
    },
};

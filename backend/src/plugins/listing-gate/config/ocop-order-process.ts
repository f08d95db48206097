import { Injector, OrderProcess, OrderState } from '@vendure/core';
import { ListingGateService } from '../services/listing-gate.service';
import { GATE_MESSAGES } from '../types';

let gate: ListingGateService;

/** States an order must not reach with an unsellable line: payment is never taken for it. */
const GUARDED: OrderState[] = ['ArrangingPayment', 'PaymentAuthorized', 'PaymentSettled'];

/**
 * Re-checks every line against the listing gate before payment, so a
 * certificate that expires or is revoked while the cart is open stops the checkout.
 */
export const ocopOrderProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        gate = injector.get(ListingGateService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (!GUARDED.includes(toState) || fromState === toState) return;
        const lines = order.lines ?? [];
        const eligibility = await gate.evaluate(ctx, lines.map(l => l.productVariantId));
        for (const line of lines) {
            const e = eligibility.get(line.productVariantId as number);
            if (!e || !e.sellable) {
                const reason = e?.reason ?? 'PRODUCT_NOT_FOUND';
                return `OCOP_${reason}: ${line.productVariant?.name ?? 'Sản phẩm'} — ${GATE_MESSAGES[reason]}`;
            }
            if (line.quantity > e.issuedStamps) {
                return `OCOP_NOT_ENOUGH_STAMPS: ${line.productVariant?.name ?? 'Sản phẩm'} — chỉ còn ${e.issuedStamps} sản phẩm có tem`;
            }
        }
    },
};

import { Injector, Order, OrderInterceptor, RequestContext, WillAddItemToOrderInput, WillAdjustOrderLineInput } from '@vendure/core';
import { ListingGateService } from '../services/listing-gate.service';
import { GATE_MESSAGES } from '../types';

/**
 * Refuses to put into any order (shop, draft or POS) a variant that may not be
 * sold, or more units than it has ISSUED stamps. Channel membership already hides
 * such variants; this catches the rest (a variant that just joined its product's
 * channels, a certificate that lapsed since the page loaded).
 */
export class OcopOrderInterceptor implements OrderInterceptor {
    private gate: ListingGateService;

    init(injector: Injector) {
        this.gate = injector.get(ListingGateService);
    }

    async willAddItemToOrder(ctx: RequestContext, order: Order, input: WillAddItemToOrderInput) {
        const existing = order.lines?.find(l => l.productVariantId === input.productVariant.id)?.quantity ?? 0;
        return this.check(ctx, input.productVariant.id as number, existing + input.quantity);
    }

    async willAdjustOrderLine(ctx: RequestContext, order: Order, input: WillAdjustOrderLineInput) {
        return this.check(ctx, input.orderLine.productVariantId as number, input.quantity);
    }

    private async check(ctx: RequestContext, variantId: number, quantity: number): Promise<string | void> {
        const eligibility = (await this.gate.evaluate(ctx, [variantId])).get(variantId);
        if (!eligibility) return `OCOP_PRODUCT_NOT_FOUND: ${GATE_MESSAGES.PRODUCT_NOT_FOUND}`;
        if (!eligibility.sellable) return `OCOP_${eligibility.reason}: ${GATE_MESSAGES[eligibility.reason!]}`;
        if (quantity > eligibility.issuedStamps) {
            return `OCOP_NOT_ENOUGH_STAMPS: Chỉ còn ${eligibility.issuedStamps} sản phẩm có tem truy xuất (only ${eligibility.issuedStamps} stamped units available)`;
        }
    }
}

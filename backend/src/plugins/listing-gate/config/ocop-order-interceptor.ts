import {
    Injector,
    Order,
    OrderInterceptor,
    RequestContext,
    WillAddItemToOrderInput,
    WillAdjustOrderLineInput,
} from '@vendure/core';
import { refusalMessage } from '../selling-rule';
import { ListingGateService } from '../services/listing-gate.service';

/**
 * Refuses to put into any order (shop, draft or POS) a variant that may not be
 * sold, or more units than may still be sold. Channel membership already hides
 * such variants from shoppers (and `ShopVariantGuard` answers "not found" for
 * them); this catches a variant that just joined its product's channels, a
 * certificate that lapsed since the page loaded, and draft orders of the office.
 */
export class OcopOrderInterceptor implements OrderInterceptor {
    private gate: ListingGateService;

    init(injector: Injector) {
        this.gate = injector.get(ListingGateService);
    }

    async willAddItemToOrder(ctx: RequestContext, order: Order, input: WillAddItemToOrderInput) {
        const inOrder = (order.lines ?? [])
            .filter(l => String(l.productVariantId) === String(input.productVariant.id))
            .reduce((sum, l) => sum + l.quantity, 0);
        return this.check(
            ctx,
            input.productVariant.id as number,
            inOrder + input.quantity,
            input.productVariant.name,
        );
    }

    async willAdjustOrderLine(ctx: RequestContext, order: Order, input: WillAdjustOrderLineInput) {
        const others = (order.lines ?? [])
            .filter(
                l =>
                    String(l.productVariantId) === String(input.orderLine.productVariantId) &&
                    l.id !== input.orderLine.id,
            )
            .reduce((sum, l) => sum + l.quantity, 0);
        return this.check(
            ctx,
            input.orderLine.productVariantId as number,
            others + input.quantity,
            input.orderLine.productVariant?.name,
        );
    }

    private async check(
        ctx: RequestContext,
        productVariantId: number,
        quantity: number,
        name?: string,
    ): Promise<string | void> {
        if (quantity <= 0) return;
        const refusal = await this.gate.firstRefusal(ctx, [{ productVariantId, quantity, name }]);
        if (refusal) return refusalMessage(refusal.verdict, name);
    }
}

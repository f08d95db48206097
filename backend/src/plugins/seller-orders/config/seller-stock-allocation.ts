import { OrderType } from '@vendure/common/lib/generated-types';
import { Injector, Order, OrderState, RequestContext, StockAllocationStrategy } from '@vendure/core';

/**
 * Vendure allocates stock on the order being placed. Once that order has been
 * split, its seller orders take the allocation instead (see
 * `SellerOrderService.split`), so the aggregate allocates nothing: a unit is
 * reserved once, on the line its producer fulfils or cancels.
 */
export class SellerOrderStockAllocationStrategy implements StockAllocationStrategy {
    constructor(private readonly inner: StockAllocationStrategy) {}

    async init(injector: Injector) {
        await this.inner.init?.(injector);
    }

    async destroy() {
        await this.inner.destroy?.();
    }

    shouldAllocateStock(
        ctx: RequestContext,
        fromState: OrderState,
        toState: OrderState,
        order: Order,
    ): boolean | Promise<boolean> {
        if (order.type === OrderType.Aggregate) return false;
        return this.inner.shouldAllocateStock(ctx, fromState, toState, order);
    }
}

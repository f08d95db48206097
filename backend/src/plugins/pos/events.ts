import { ID, RequestContext, VendureEvent } from '@vendure/core';

/**
 * Published after a POS sale or return has committed. A POS order is written in its final
 * state at once, so Vendure's order events never fire for it: whatever keeps figures of
 * orders (the sales ledger, ADR 0019) listens to this instead.
 */
export class PosOrderChangedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public orderId: ID,
        public type: 'sold' | 'returned',
    ) {
        super();
    }
}

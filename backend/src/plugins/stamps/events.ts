import { ID, RequestContext, VendureEvent } from '@vendure/core';

/**
 * Published after stamps of these variants were issued, sold, voided or returned (after
 * the transaction commits), so that whatever depends on the number of ISSUED
 * stamps, e.g. the listing gate and the quantity on sale, can react.
 */
export class StampsChangedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public productVariantIds: ID[],
        public type: 'issued' | 'sold' | 'voided' | 'returned',
    ) {
        super();
    }
}

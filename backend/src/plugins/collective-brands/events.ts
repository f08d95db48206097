import { RequestContext, VendureEvent } from '@vendure/core';
import { CollectiveBrand } from './entities/collective-brand.entity';

/**
 * A brand was created or changed (its name, or which products carry it). Published
 * after the transaction commits; the catalogue facets follow `productIds`.
 */
export class CollectiveBrandEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public brand: CollectiveBrand,
        public type: 'created' | 'updated' | 'products-changed',
        /** Products that carried the brand before or carry it now. */
        public productIds: number[],
    ) {
        super();
    }
}

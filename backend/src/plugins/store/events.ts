import { Order, RequestContext, VendureEvent } from '@vendure/core';

/**
 * A customer's order was placed and its confirmation mail is due. Published in the
 * worker, with the order loaded there, for the `order-confirmation` mail handler.
 */
export class OrderConfirmationEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public order: Order,
    ) {
        super();
    }
}

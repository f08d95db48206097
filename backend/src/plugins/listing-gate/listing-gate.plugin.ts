import { PluginCommonModule, VendurePlugin } from '@vendure/core';

/**
 * The listing gate (ADR 0003): a variant is offered in the marketplace only while
 * its producer is active, its product holds a valid ACTIVE certificate of 3★ or
 * more, and it has ISSUED stamps; checked again when added to an order and before payment.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [],
    compatibility: '^3.7.0',
})
export class ListingGatePlugin {}

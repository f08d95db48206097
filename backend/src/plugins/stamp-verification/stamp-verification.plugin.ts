import { PluginCommonModule, VendurePlugin } from '@vendure/core';

/**
 * Public stamp verification: the `verifyStamp` Shop API query and the
 * server-rendered `/v/<code>` page, every check logged, counterfeit signals
 * raised for the office.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [],
    compatibility: '^3.7.0',
})
export class StampVerificationPlugin {}

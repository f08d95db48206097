import type { Type } from '@vendure/common/lib/shared-types';
import type { DynamicModule } from '@nestjs/common';

export interface ApiGuardPluginOptions {
    /** Our plugins: the text limits apply to the operations their API extensions add. */
    guardedPlugins: Array<Type<any> | DynamicModule>;
    /** Wrong sign-ins per account and client within the window before every sign-in waits. 0 = off. */
    signInMaxFailures: number;
    signInWindowMinutes: number;
    /** Checkout calls (addPaymentToOrder, transitionOrderToState) per session in 10 minutes. 0 = off. */
    checkoutRateLimit: number;
    /** Largest JSON body of an API request, in bytes. */
    maxBodyBytes: number;
    /** Largest body of a signed-in `voidStamps` request (100,000 codes), in bytes. */
    maxBulkBodyBytes: number;
    /** Shop API query complexity limit (HardenPlugin's estimator); the Admin API gets `adminMaxQueryComplexity`. */
    maxQueryComplexity: number;
    adminMaxQueryComplexity: number;
    /** Staff sessions end this long after sign-in (absolute, not sliding). */
    adminSessionMaxAgeMs: number;
    /** Authentication strategies whose sessions are device credentials (POS tablets): no age limit. */
    adminSessionExemptStrategies: string[];
    production: boolean;
}

import { GateReason } from './selling-rule';

export { GATE_MESSAGES } from './selling-rule';
export type { GateReason } from './selling-rule';

export interface VariantEligibility {
    productVariantId: number;
    productId: number;
    /** May be listed in the marketplace (it may still be sold out: see `units`). */
    sellable: boolean;
    reason?: GateReason;
    /** ISSUED stamps of the variant, promised to placed orders or not. */
    issuedStamps: number;
    /** Units that may still be sold in the asking channel (ADR 0007). */
    units: number;
    producerChannelId?: number;
}

import { BigIntMoneyStrategy } from '@vendure/core';

/**
 * Money for a đồng-only market (ADR 0002). Amounts are stored ×100 like every
 * Vendure currency, in `bigint` columns so a 35.000.000 ₫ velvet pair times any
 * quantity fits, and every computed amount is rounded to a whole đồng (a
 * multiple of 100 in storage): VAT back-calculated from a VAT-inclusive price
 * never leaves a fraction of a đồng on an invoice.
 */
export class VndMoneyStrategy extends BigIntMoneyStrategy {
    round(value: number, quantity = 1): number {
        // Math.round(-0.5) is -0; normalise so totals never print as "-0 ₫".
        return Math.round((value * quantity) / 100) * 100 + 0;
    }
}

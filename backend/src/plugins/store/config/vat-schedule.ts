/**
 * Vietnamese VAT as dated data. A period applies to [validFrom, validUntil]
 * (inclusive, Vietnam calendar dates); the newest period covering a date wins.
 * Editing this table (and redeploying) or the `vat_rate_period` rows changes
 * rates on their dates without touching code.
 */
export interface VatCategoryDefinition {
    code: VatCategoryCode;
    name: string;
}

export type VatCategoryCode = 'standard' | 'alcohol' | 'reduced' | 'zero' | 'exempt';

export interface VatPeriodDefinition {
    category: VatCategoryCode;
    ratePercent: number;
    validFrom: string;
    validUntil?: string;
    legalBasis: string;
}

export const VAT_CATEGORIES: VatCategoryDefinition[] = [
    { code: 'standard', name: 'Thuế GTGT 10% (giảm 2% theo NĐ 174/2025)' },
    { code: 'alcohol', name: 'Thuế GTGT 10% — hàng chịu thuế TTĐB (rượu), không giảm' },
    { code: 'reduced', name: 'Thuế GTGT 5%' },
    { code: 'zero', name: 'Thuế GTGT 0%' },
    { code: 'exempt', name: 'Không chịu thuế GTGT (nông sản chưa chế biến)' },
];

export const VAT_PERIODS: VatPeriodDefinition[] = [
    {
        category: 'standard',
        ratePercent: 10,
        validFrom: '2009-01-01',
        legalBasis: 'Luật Thuế GTGT 13/2008/QH12',
    },
    {
        category: 'standard',
        ratePercent: 8,
        validFrom: '2025-07-01',
        validUntil: '2026-12-31',
        legalBasis: 'Nghị định 174/2025/NĐ-CP',
    },
    {
        category: 'alcohol',
        ratePercent: 10,
        validFrom: '2009-01-01',
        legalBasis: 'Luật Thuế GTGT; NĐ 174/2025 loại trừ hàng chịu thuế TTĐB',
    },
    {
        category: 'reduced',
        ratePercent: 5,
        validFrom: '2009-01-01',
        legalBasis: 'Luật Thuế GTGT 13/2008/QH12',
    },
    { category: 'zero', ratePercent: 0, validFrom: '2009-01-01', legalBasis: 'Luật Thuế GTGT 13/2008/QH12' },
    {
        category: 'exempt',
        ratePercent: 5,
        validFrom: '2009-01-01',
        legalBasis: 'Luật Thuế GTGT 13/2008/QH12',
    },
    {
        category: 'exempt',
        ratePercent: 0,
        validFrom: '2026-01-01',
        legalBasis: 'Luật Thuế GTGT 149/2025/QH15',
    },
];

/**
 * The rate for a category on a Vietnam calendar date (`YYYY-MM-DD`). Among the
 * periods covering the date the one that started last wins, so a temporary
 * reduction overrides the standing rate only while it lasts.
 */
export function vatRateOn<
    P extends { category: string; ratePercent: number; validFrom: string; validUntil?: string | null },
>(periods: P[], category: string, date: string): P | undefined {
    return periods
        .filter(
            p => p.category === category && p.validFrom <= date && (!p.validUntil || date <= p.validUntil),
        )
        .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

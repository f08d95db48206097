import { posRefusal } from '../errors';
import { PosReceiptVat } from '../types';

/** Whole đồng in minor units (×100). */
export const wholeDong = (minor: number) => Math.round(minor / 100) * 100;

/** VAT contained in a VAT-inclusive gross amount, in whole đồng. */
export function vatOf(gross: number, ratePercent: number): number {
    return gross - wholeDong(gross / (1 + ratePercent / 100));
}

/** A discount asked as an amount or a percent of `base`, in whole đồng, never more than `base`. */
export function discountAmount(d: { amount?: number | null; percent?: number | null }, base: number): number {
    const hasAmount = d.amount != null;
    const hasPercent = d.percent != null;
    if (hasAmount === hasPercent) {
        throw posRefusal(
            'OCOP_POS_DISCOUNT_INVALID',
            'Mỗi giảm giá ghi số tiền hoặc phần trăm, không cả hai',
            'a discount has either an amount or a percent',
        );
    }
    const amount = hasAmount ? Number(d.amount) : wholeDong((base * Number(d.percent)) / 100);
    if (
        !Number.isInteger(amount) ||
        amount < 0 ||
        amount % 100 !== 0 ||
        (hasPercent && !(Number(d.percent) >= 0))
    ) {
        throw posRefusal(
            'OCOP_POS_DISCOUNT_INVALID',
            'Giảm giá phải là số đồng nguyên không âm',
            'a discount is a non-negative whole number of đồng',
        );
    }
    if (amount > base) {
        throw posRefusal(
            'OCOP_POS_DISCOUNT_INVALID',
            'Giảm giá lớn hơn giá trị hàng',
            'the discount exceeds the value',
        );
    }
    return amount;
}

/** Shares of `total` in proportion to `weights`, whole đồng each, adding up exactly (the largest takes the rest). */
export function prorate(total: number, weights: number[]): number[] {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (total === 0 || sum === 0) return weights.map(() => 0);
    const shares = weights.map(w => Math.floor((total * w) / sum / 100) * 100);
    const largest = weights.indexOf(Math.max(...weights));
    shares[largest] += total - shares.reduce((a, b) => a + b, 0);
    return shares;
}

/** VAT per rate over the lines' gross amounts (the e-invoice's summary rows). */
export function vatSummary(lines: Array<{ gross: number; taxRate: number }>): PosReceiptVat[] {
    const byRate = new Map<number, number>();
    for (const l of lines) byRate.set(l.taxRate, (byRate.get(l.taxRate) ?? 0) + l.gross);
    return [...byRate.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([taxRate, gross]) => {
            const tax = vatOf(gross, taxRate);
            return { taxRate, gross, tax, net: gross - tax };
        });
}

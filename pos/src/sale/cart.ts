import type { SaleLine, SalePayment, VariantRecord } from '../data/db';

/**
 * Cart arithmetic, in minor units (×100, whole đồng: every amount is a multiple of 100).
 * Prices include VAT; the VAT part of a gross amount g at rate r is g·r/(100+r).
 */

export const MINOR_PER_DONG = 100;

/** Rounds minor units to whole đồng. */
export function roundDong(minor: number): number {
    return Math.round(minor / MINOR_PER_DONG) * MINOR_PER_DONG;
}

export function percentOf(amount: number, percent: number): number {
    return roundDong((amount * percent) / 100);
}

export function lineFromVariant(variant: VariantRecord, stampCode: string): SaleLine {
    return {
        productVariantId: variant.id,
        name: variant.name,
        group: variant.group,
        producerName: variant.producerName,
        unitPriceWithTax: variant.priceWithTax,
        taxRate: variant.taxRate,
        stampCode,
        discount: 0,
        discountPercent: 0,
    };
}

export function lineNet(line: SaleLine): number {
    return line.unitPriceWithTax - line.discount;
}

export function subtotal(lines: readonly SaleLine[]): number {
    return lines.reduce((sum, l) => sum + lineNet(l), 0);
}

export function cartTotal(lines: readonly SaleLine[], cartDiscount: number): number {
    return Math.max(0, subtotal(lines) - cartDiscount);
}

/**
 * Each line's share of the cart discount, spread in proportion to its net amount,
 * the rounding remainder on the last line, so the shares add up exactly.
 */
export function cartDiscountShares(lines: readonly SaleLine[], cartDiscount: number): number[] {
    const base = subtotal(lines);
    if (!cartDiscount || !base) return lines.map(() => 0);
    let given = 0;
    return lines.map((line, i) => {
        if (i === lines.length - 1) return cartDiscount - given;
        const share = roundDong((cartDiscount * lineNet(line)) / base);
        given += share;
        return share;
    });
}

export interface VatRow {
    rate: number;
    gross: number;
    vat: number;
}

/** VAT per rate after all discounts, for the cart, the receipt and the Z-report. */
export function vatByRate(lines: readonly SaleLine[], cartDiscount: number): VatRow[] {
    const shares = cartDiscountShares(lines, cartDiscount);
    const rows = new Map<number, number>();
    lines.forEach((line, i) =>
        rows.set(line.taxRate, (rows.get(line.taxRate) ?? 0) + lineNet(line) - shares[i]),
    );
    return [...rows.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([rate, gross]) => ({ rate, gross, vat: roundDong((gross * rate) / (100 + rate)) }));
}

export function paid(payments: readonly SalePayment[]): number {
    return payments.reduce((sum, p) => sum + p.amount, 0);
}

/** Change due on cash handed over: what was given beyond the cash part of the sale. */
export function change(payments: readonly SalePayment[]): number {
    return payments.reduce(
        (sum, p) => sum + (p.method === 'cash' && p.given ? Math.max(0, p.given - p.amount) : 0),
        0,
    );
}

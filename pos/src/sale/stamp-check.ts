import { db, type SaleLine, type VariantRecord } from '../data/db';

export type StampVerdict =
    | { ok: true; variant: VariantRecord }
    | { ok: false; problem: 'IN_CART' | 'SOLD' | 'NOT_HERE' | 'NO_PRODUCT' };

/**
 * Whether the unit with this stamp may be sold here, from what the tablet knows
 * offline: the ISSUED stamps located at this sales point (as of the last refresh)
 * minus the stamps already sold on this tablet. Anything else is suspect.
 */
export async function checkStamp(code: string, cartLines: readonly SaleLine[]): Promise<StampVerdict> {
    if (cartLines.some(l => l.stampCode === code)) return { ok: false, problem: 'IN_CART' };
    if ((await db.sales.where('stampCodes').equals(code).count()) > 0) return { ok: false, problem: 'SOLD' };
    const stamp = await db.stamps.get(code);
    if (!stamp) return { ok: false, problem: 'NOT_HERE' };
    const variant = await db.variants.get(stamp.productVariantId);
    if (!variant) return { ok: false, problem: 'NO_PRODUCT' };
    return { ok: true, variant };
}

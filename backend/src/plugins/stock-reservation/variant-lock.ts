/**
 * Second key of the transaction-scoped advisory locks that serialise selling one
 * variant (ADR 0007): `pg_advisory_xact_lock(VARIANT_SALE_LOCK_SPACE, variantId)`.
 * ASCII "OCSL"; no other lock of ours uses the two-key form with this key.
 */
export const VARIANT_SALE_LOCK_SPACE = 0x4f43534c;

let enabled = true;

/** Benchmarks only (PLACEMENT_LOCK=off): measures what the lock costs. Production refuses it. */
export function setVariantSaleLocks(on: boolean): void {
    enabled = on;
}

/**
 * Takes, until the transaction ends, the lock that serialises selling each of
 * these variants — placing orders, POS sales, voiding stamps — in id order, so two
 * multi-line orders cannot deadlock. Call inside a transaction, before reading
 * what may still be sold; taking it again in the same transaction is free.
 */
export async function lockVariantsForSale(
    db: { query(sql: string, params: unknown[]): Promise<unknown> },
    variantIds: Array<number | string>,
): Promise<void> {
    if (!enabled) return;
    const ids = [...new Set(variantIds.map(Number))].sort((a, b) => a - b);
    if (ids.length === 0) return;
    // One round trip; a function scan over unnest yields the ids in array (ascending) order.
    await db.query('SELECT pg_advisory_xact_lock($1, id) FROM unnest($2::int[]) AS id', [
        VARIANT_SALE_LOCK_SPACE,
        ids,
    ]);
}

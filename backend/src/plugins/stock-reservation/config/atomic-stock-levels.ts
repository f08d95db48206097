import { RequestContext, StockLevelService, TransactionalConnection } from '@vendure/core';

/**
 * Vendure 3.7.3 books stock by reading a `stock_level` row and writing back the
 * sum, so two transactions changing one variant's stock at once lose one change
 * (30 orders placed, 2 units allocated under load). Until upstream ships its fix,
 * both writes become single atomic `UPDATE … SET x = x + change` statements:
 * Postgres serialises them on the row, whatever path — placing, cancelling,
 * fulfilling, returning, adjusting — makes the change (ADR 0007).
 *
 * Replaces the two methods on the one StockLevelService instance; the guard test
 * in `stock-reservation.e2e-spec.ts` fails if Vendure renames them.
 */
export function makeStockLevelWritesAtomic(
    service: StockLevelService,
    connection: TransactionalConnection,
): void {
    const query = (ctx: RequestContext, sql: string, params: unknown[]) =>
        connection.getRepository(ctx, 'StockLevel').manager.query(sql, params);

    service.updateStockOnHandForLocation = async (ctx, productVariantId, stockLocationId, change) => {
        await query(
            ctx,
            `INSERT INTO stock_level ("productVariantId", "stockLocationId", "stockOnHand", "stockAllocated")
             VALUES ($1, $2, $3, 0)
             ON CONFLICT ("productVariantId", "stockLocationId")
             DO UPDATE SET "stockOnHand" = stock_level."stockOnHand" + EXCLUDED."stockOnHand", "updatedAt" = now()`,
            [Number(productVariantId), Number(stockLocationId), change],
        );
    };

    service.updateStockAllocatedForLocation = async (ctx, productVariantId, stockLocationId, change) => {
        await query(
            ctx,
            `UPDATE stock_level SET "stockAllocated" = "stockAllocated" + $3, "updatedAt" = now()
              WHERE "productVariantId" = $1 AND "stockLocationId" = $2`,
            [Number(productVariantId), Number(stockLocationId), change],
        );
    };
}

import { Injector, RequestContext, TransactionalConnection } from '@vendure/core';
import { PosStaff, PosStaffRole } from '../plugins/pos/entities/pos-staff.entity';
import { PosStaffService } from '../plugins/pos/services/pos-staff.service';
import { SalesPoint } from '../plugins/sales-points/entities/sales-point.entity';
import { StockReceivingService } from '../plugins/stock-receiving/services/stock-receiving.service';

/** Demo POS staff (README "Try it"): a manager with a login and a cashier at two showrooms. */
export const DEMO_POS_STAFF = [
    {
        salesPointCode: 'SR-TP-HA-TINH',
        manager: { name: 'Phạm Thị Quản Lý', email: 'quanly.tpht@ocop.hatinh.vn', pin: '1234' },
        cashier: { name: 'Nguyễn Văn Thu Ngân', pin: '2468' },
        unitsPerVariant: 3,
    },
    {
        salesPointCode: 'SR-HUONG-SON',
        manager: { name: 'Lê Văn Quản Lý', email: 'quanly.huongson@ocop.hatinh.vn', pin: '1234' },
        cashier: { name: 'Hồ Thị Thu Ngân', pin: '2468' },
        unitsPerVariant: 2,
    },
] as const;

/** Variants stocked at the demo showrooms: sellable, with stamps, spread over producers and VAT rates. */
const DEMO_VARIANTS = 6;

/**
 * Staff and some received, stamped stock at two showrooms, so the POS can sell at
 * once. Skips a showroom that already has staff (loading twice changes nothing).
 */
export async function ensureDemoPosStaff(
    ctx: RequestContext,
    injector: Pick<Injector, 'get'>,
    password: string,
) {
    const connection = injector.get(TransactionalConnection);
    const staffService = injector.get(PosStaffService);
    const receiving = injector.get(StockReceivingService);
    for (const demo of DEMO_POS_STAFF) {
        const point = await connection
            .getRepository(ctx, SalesPoint)
            .findOne({ where: { code: demo.salesPointCode } });
        if (!point) continue;
        const existing = await connection
            .getRepository(ctx, PosStaff)
            .count({ where: { salesPointId: point.id as number } });
        if (existing) continue;
        await staffService.createStaff(ctx, {
            salesPointId: point.id,
            name: demo.manager.name,
            role: PosStaffRole.MANAGER,
            pin: demo.manager.pin,
            emailAddress: demo.manager.email,
            password,
        });
        await staffService.createStaff(ctx, {
            salesPointId: point.id,
            name: demo.cashier.name,
            role: PosStaffRole.CASHIER,
            pin: demo.cashier.pin,
        });
        const variants: Array<{ id: number }> = await connection.getRepository(ctx, PosStaff).query(
            `SELECT id FROM (
                SELECT DISTINCT ON (pr.id, tr.value) v.id, pr.id AS producer, tr.value AS rate
                  FROM product_variant v
                  JOIN product_channels_channel pc ON pc."productId" = v."productId"
                  JOIN producer pr ON pr."channelId" = pc."channelId" AND pr.active
                  JOIN tax_rate tr ON tr."categoryId" = v."taxCategoryId" AND tr.enabled
                  JOIN certificate c ON c."productId" = v."productId" AND c.status = 'ACTIVE' AND c."validUntil" > now()
                 WHERE v."deletedAt" IS NULL AND v.enabled
                   AND (SELECT count(*) FROM stamp s WHERE s."productVariantId" = v.id AND s.status = 'ISSUED'
                          AND s."stockLocationId" IS DISTINCT FROM $1) >= 10
                 ORDER BY pr.id, tr.value, v.id) x
             ORDER BY rate DESC, producer LIMIT $2`,
            [point.stockLocationId, DEMO_VARIANTS],
        );
        const codes: string[] = [];
        for (const v of variants) {
            const rows: Array<{ code: string }> = await connection.getRepository(ctx, PosStaff).query(
                `SELECT trim(code) AS code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED'
                       AND "stockLocationId" IS DISTINCT FROM $2 AND NOT EXISTS (SELECT 1 FROM sales_point sp WHERE sp."stockLocationId" = stamp."stockLocationId")
                     ORDER BY serial DESC LIMIT $3`,
                [v.id, point.stockLocationId, demo.unitsPerVariant],
            );
            codes.push(...rows.map(r => r.code));
        }
        if (codes.length) {
            await receiving.receive(
                ctx,
                {
                    tabletId: 0,
                    tabletName: 'demo',
                    salesPointId: point.id as number,
                    stockLocationId: point.stockLocationId,
                },
                { stampCodes: codes },
            );
        }
    }
}

import { Injectable } from '@nestjs/common';
import {
    EventBus,
    ID,
    RequestContext,
    StockAdjustment,
    StockLevelService,
    TransactionalConnection,
} from '@vendure/core';
import { StampStatus } from '../../stamps/entities/stamp.entity';
import { PosOrderChangedEvent } from '../events';
import { StampsChangedEvent } from '../../stamps/events';
import { stampCodeFromScan } from '@ocop/shared';
import { POS_TENDERS } from '../constants';
import { posRefusal } from '../errors';
import { PosRefund } from '../entities/pos-refund.entity';
import { PosSale } from '../entities/pos-sale.entity';
import { TabletIdentity } from '../types';
import { PosStaffService } from './pos-staff.service';

export interface RefundPosSaleInput {
    orderCode: string;
    stampCodes: string[];
    reason: string;
    method: string;
    managerStaffId: ID;
    managerPin: string;
}

/**
 * Units of a POS sale brought back, approved by a manager's PIN checked here: the
 * stamps become ISSUED again at this sales point (the undone sale is kept as a
 * stamp return, so the verification history stays), the stock comes back, and
 * the refund counts in the open shift's cash.
 */
@Injectable()
export class PosRefundService {
    constructor(
        private connection: TransactionalConnection,
        private staffService: PosStaffService,
        private stockLevelService: StockLevelService,
        private eventBus: EventBus,
    ) {}

    async refund(ctx: RequestContext, tablet: TabletIdentity, input: RefundPosSaleInput) {
        const method = String(input.method ?? '').toLowerCase();
        const reason = (input.reason ?? '').normalize('NFC').trim();
        const codes = [...new Set((input.stampCodes ?? []).map(stampCodeFromScan).filter(Boolean))];
        if (
            !(POS_TENDERS as readonly string[]).includes(method) ||
            !reason ||
            reason.length > 500 ||
            !codes.length
        ) {
            throw posRefusal(
                'OCOP_POS_REFUND_INVALID',
                'Cần hình thức hoàn tiền (cash, card, vietqr), lý do và mã tem của sản phẩm trả lại',
                'a refund needs a method, a reason and the stamp codes of the returned units',
            );
        }
        // Checked first and on its own: a wrong PIN counts towards the lockout even though the refund is refused.
        const manager = await this.staffService.approvingManager(
            ctx,
            tablet,
            input.managerStaffId,
            input.managerPin,
        );
        const result = await this.connection.withTransaction(ctx, async tx => {
            const db = this.connection.getRepository(tx, PosSale).manager;
            const sale = await this.connection.getRepository(tx, PosSale).findOne({
                where: {
                    orderCode: String(input.orderCode ?? '').trim(),
                    salesPointId: tablet.salesPointId,
                },
                lock: { mode: 'pessimistic_write' },
            });
            if (!sale) {
                throw posRefusal(
                    'OCOP_POS_SALE_NOT_FOUND',
                    'Không có đơn bán này tại điểm bán',
                    'no such sale at this sales point',
                );
            }
            const stamps: Array<{ id: string; code: string; productVariantId: number }> = await db.query(
                `SELECT id, trim(code) AS code, "productVariantId" FROM stamp
                  WHERE code = ANY($1::char(17)[]) AND "orderCode" = $2 AND status = '${StampStatus.SOLD}' ORDER BY id FOR UPDATE`,
                [codes, sale.orderCode],
            );
            if (stamps.length !== codes.length) {
                const found = new Set(stamps.map(s => s.code));
                throw posRefusal(
                    'OCOP_POS_REFUND_INVALID',
                    `Tem không thuộc đơn ${sale.orderCode} hoặc đã trả: ${codes.filter(c => !found.has(c)).join(', ')}`,
                    'stamps not sold in this sale, or already returned',
                );
            }
            let amount = 0;
            for (const s of stamps) {
                const line = sale.receipt.lines.find(l => l.stampCodes.includes(s.code));
                amount += line ? Math.floor(line.lineTotalWithTax / line.quantity / 100) * 100 : 0;
            }
            await db.query(
                `WITH kept AS (
                    INSERT INTO stamp_return ("stampId", "soldAt", "soldChannel", "soldWhere", "orderLineId", "orderCode")
                    SELECT id, "soldAt", "soldChannel", "soldWhere", "orderLineId", "orderCode" FROM stamp WHERE id = ANY($1::bigint[])
                 )
                 UPDATE stamp SET status = '${StampStatus.ISSUED}', "soldAt" = NULL, "soldChannel" = NULL, "soldWhere" = NULL,
                        "orderLineId" = NULL, "orderCode" = NULL, "stockLocationId" = $2
                  WHERE id = ANY($1::bigint[])`,
                [stamps.map(s => s.id), tablet.stockLocationId],
            );
            const perVariant = new Map<number, number>();
            for (const s of stamps)
                perVariant.set(s.productVariantId, (perVariant.get(s.productVariantId) ?? 0) + 1);
            for (const [variantId, quantity] of perVariant) {
                await this.stockLevelService.updateStockOnHandForLocation(
                    tx,
                    variantId,
                    tablet.stockLocationId,
                    quantity,
                );
                await this.connection.getRepository(tx, StockAdjustment).save(
                    new StockAdjustment({
                        productVariant: { id: variantId },
                        stockLocation: { id: tablet.stockLocationId },
                        quantity,
                    }),
                );
            }
            const [open] = await db.query(
                `SELECT id FROM pos_shift WHERE "salesPointId" = $1 AND state = 'OPEN'`,
                [tablet.salesPointId],
            );
            await this.connection.getRepository(tx, PosRefund).save(
                new PosRefund({
                    posSaleId: sale.id as number,
                    salesPointId: tablet.salesPointId,
                    shiftId: open ? Number(open.id) : null,
                    amount,
                    method,
                    stampCodes: stamps.map(s => s.code),
                    reason,
                    approvedByStaffId: manager.id as number,
                }),
            );
            sale.refunded += amount;
            await this.connection.getRepository(tx, PosSale).save(sale);
            return {
                orderId: sale.orderId,
                orderCode: sale.orderCode,
                refundTotal: amount,
                stampCodes: stamps.map(s => s.code),
                variantIds: [...perVariant.keys()],
            };
        });
        await this.eventBus.publish(new StampsChangedEvent(ctx, result.variantIds, 'returned'));
        await this.eventBus.publish(new PosOrderChangedEvent(ctx, result.orderId, 'returned'));
        return {
            orderCode: result.orderCode,
            refundTotal: result.refundTotal,
            stampCodes: result.stampCodes,
        };
    }
}

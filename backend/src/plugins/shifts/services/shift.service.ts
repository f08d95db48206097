import { Injectable } from '@nestjs/common';
import { ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { PosRefund } from '../../pos/entities/pos-refund.entity';
import { PosSale } from '../../pos/entities/pos-sale.entity';
import { PosStaff } from '../../pos/entities/pos-staff.entity';
import { PosStaffService } from '../../pos/services/pos-staff.service';
import { vatSummary } from '../../pos/services/sale-math';
import { TabletIdentity } from '../../pos/types';
import { MAX_CASH, SHIFT_LOCK_SPACE } from '../constants';
import { PosCashMovement } from '../entities/pos-cash-movement.entity';
import { PosShift, PosShiftState } from '../entities/pos-shift.entity';
import { shiftRefusal } from '../errors';

export interface ZReportRow {
    name: string;
    gross: number;
    quantity: number;
}

export interface PosZReport {
    shift: PosShiftView;
    salesCount: number;
    total: number;
    totalTax: number;
    refunds: number;
    byTender: Array<{ method: string; amount: number; count: number }>;
    byVatRate: Array<{ taxRate: number; net: number; tax: number; gross: number }>;
    byProductGroup: ZReportRow[];
    byProducer: ZReportRow[];
    expectedCash: number;
    countedCash: number | null;
    difference: number | null;
}

export interface PosShiftView {
    id: ID;
    state: PosShiftState;
    openedAt: Date;
    openedBy: { id: ID; name: string };
    openingFloat: number;
    cashIn: number;
    cashOut: number;
    cashSales: number;
    cashRefunds: number;
    expectedCash: number;
    closedAt: Date | null;
    countedCash: number | null;
    difference: number | null;
}

const money = (v: unknown, what: string, signed = false) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n % 100 !== 0 || Math.abs(n) > MAX_CASH || (!signed && n < 0)) {
        throw shiftRefusal(
            'OCOP_POS_SHIFT_INVALID',
            `${what} phải là số đồng nguyên`,
            `${what} must be whole đồng`,
        );
    }
    return n;
};

/**
 * Shifts at a sales point (ADR 0016): one open at a time, cash in and out with a
 * reason, closing with the counted cash against what the drawer should hold,
 * and the Z-report from the sales recorded for the shift.
 */
@Injectable()
export class ShiftService {
    constructor(
        private connection: TransactionalConnection,
        private staffService: PosStaffService,
    ) {}

    async open(ctx: RequestContext, tablet: TabletIdentity, input: { staffId: ID; openingFloat: number }) {
        const staff = await this.staffService.staffAt(ctx, tablet, input.staffId);
        const openingFloat = money(input.openingFloat, 'Tiền đầu ca (opening float)');
        return this.connection.withTransaction(ctx, async tx => {
            const repo = this.connection.getRepository(tx, PosShift);
            await repo.query('SELECT pg_advisory_xact_lock($1, $2)', [SHIFT_LOCK_SPACE, tablet.salesPointId]);
            const open = await repo.findOne({
                where: { salesPointId: tablet.salesPointId, state: PosShiftState.OPEN },
            });
            if (open) {
                throw shiftRefusal(
                    'OCOP_POS_SHIFT_ALREADY_OPEN',
                    `Ca ${open.id} đang mở, hãy đóng ca trước`,
                    'a shift is already open here',
                );
            }
            const shift = await repo.save(
                new PosShift({
                    salesPointId: tablet.salesPointId,
                    state: PosShiftState.OPEN,
                    openedByStaffId: staff.id as number,
                    openedAt: new Date(),
                    openingFloat,
                    closedByStaffId: null,
                    closedAt: null,
                    countedCash: null,
                    expectedCash: null,
                }),
            );
            return this.view(tx, shift);
        });
    }

    async current(ctx: RequestContext, tablet: TabletIdentity) {
        const shift = await this.connection
            .getRepository(ctx, PosShift)
            .findOne({ where: { salesPointId: tablet.salesPointId, state: PosShiftState.OPEN } });
        return shift ? this.view(ctx, shift) : null;
    }

    async cashMovement(
        ctx: RequestContext,
        tablet: TabletIdentity,
        input: { shiftId: ID; staffId: ID; amount: number; reason: string },
    ) {
        const staff = await this.staffService.staffAt(ctx, tablet, input.staffId);
        const amount = money(input.amount, 'Số tiền (amount)', true);
        const reason = (input.reason ?? '').normalize('NFC').trim();
        if (amount === 0 || !reason || reason.length > 300) {
            throw shiftRefusal(
                'OCOP_POS_SHIFT_INVALID',
                'Cần số tiền khác 0 và lý do (tối đa 300 ký tự)',
                'a non-zero amount and a reason are required',
            );
        }
        const shift = await this.openShift(ctx, tablet, input.shiftId);
        await this.connection.getRepository(ctx, PosCashMovement).save(
            new PosCashMovement({
                shiftId: shift.id as number,
                staffId: staff.id as number,
                amount,
                reason,
            }),
        );
        return this.view(ctx, shift);
    }

    async close(
        ctx: RequestContext,
        tablet: TabletIdentity,
        input: {
            shiftId: ID;
            staffId: ID;
            countedCash: number;
            unsyncedSales: number;
            salesCount?: number | null;
        },
    ): Promise<PosZReport> {
        const staff = await this.staffService.staffAt(ctx, tablet, input.staffId);
        const countedCash = money(input.countedCash, 'Tiền đếm được (counted cash)');
        if (!Number.isInteger(input.unsyncedSales) || input.unsyncedSales < 0) {
            throw shiftRefusal(
                'OCOP_POS_SHIFT_INVALID',
                'Số đơn chưa đồng bộ không hợp lệ',
                'unsyncedSales must be a whole number ≥ 0',
            );
        }
        if (input.unsyncedSales > 0) {
            throw shiftRefusal(
                'OCOP_POS_SHIFT_UNSYNCED',
                `Còn ${input.unsyncedSales} đơn chưa đồng bộ, hãy đồng bộ trước khi đóng ca`,
                'sync the waiting sales before closing the shift',
            );
        }
        return this.connection.withTransaction(ctx, async tx => {
            const shift = await this.openShift(tx, tablet, input.shiftId, true);
            const recorded = await this.connection
                .getRepository(tx, PosSale)
                .count({ where: { shiftId: shift.id as number } });
            if (input.salesCount != null && recorded < input.salesCount) {
                throw shiftRefusal(
                    'OCOP_POS_SHIFT_UNSYNCED',
                    `Máy chủ mới nhận ${recorded}/${input.salesCount} đơn của ca này`,
                    'the server has not received every sale of this shift yet',
                );
            }
            const before = await this.view(tx, shift);
            shift.state = PosShiftState.CLOSED;
            shift.closedAt = new Date();
            shift.closedByStaffId = staff.id as number;
            shift.countedCash = countedCash;
            shift.expectedCash = before.expectedCash;
            await this.connection.getRepository(tx, PosShift).save(shift);
            return this.zReport(tx, tablet, shift.id);
        });
    }

    async zReport(ctx: RequestContext, tablet: TabletIdentity, shiftId: ID): Promise<PosZReport> {
        const shift = await this.shiftHere(ctx, tablet, shiftId);
        const view = await this.view(ctx, shift);
        const sales = await this.connection
            .getRepository(ctx, PosSale)
            .find({ where: { shiftId: shift.id as number }, order: { id: 'ASC' } });
        const refunds = await this.connection
            .getRepository(ctx, PosRefund)
            .find({ where: { shiftId: shift.id as number } });
        const tenders = new Map<string, { amount: number; count: number }>();
        const groups = new Map<string, ZReportRow>();
        const producers = new Map<string, ZReportRow>();
        const vatLines: Array<{ gross: number; taxRate: number }> = [];
        for (const sale of sales) {
            for (const p of sale.receipt.payments) {
                const t = tenders.get(p.method) ?? { amount: 0, count: 0 };
                t.amount += p.amount;
                t.count++;
                tenders.set(p.method, t);
            }
            for (const line of sale.receipt.lines) {
                vatLines.push({ gross: line.lineTotalWithTax, taxRate: line.taxRate });
                add(groups, line.productGroup ?? 'Khác (other)', line.lineTotalWithTax, line.quantity);
                add(producers, line.producerName ?? 'Khác (other)', line.lineTotalWithTax, line.quantity);
            }
        }
        const byVatRate = vatSummary(vatLines);
        return {
            shift: view,
            salesCount: sales.length,
            total: sales.reduce((s, x) => s + x.total, 0),
            totalTax: byVatRate.reduce((s, v) => s + v.tax, 0),
            refunds: refunds.reduce((s, r) => s + r.amount, 0),
            byTender: [...tenders.entries()].map(([method, t]) => ({ method, ...t })),
            byVatRate,
            byProductGroup: sorted(groups),
            byProducer: sorted(producers),
            expectedCash: view.expectedCash,
            countedCash: view.countedCash,
            difference: view.difference,
        };
    }

    private async shiftHere(ctx: RequestContext, tablet: TabletIdentity, shiftId: ID, lock = false) {
        const shift = /^\d+$/.test(String(shiftId))
            ? await this.connection.getRepository(ctx, PosShift).findOne({
                  where: { id: Number(shiftId) },
                  lock: lock ? { mode: 'pessimistic_write' } : undefined,
              })
            : null;
        if (!shift || shift.salesPointId !== tablet.salesPointId) {
            throw shiftRefusal(
                'OCOP_POS_SHIFT_NOT_FOUND',
                'Không có ca này tại điểm bán',
                'no such shift at this sales point',
            );
        }
        return shift;
    }

    private async openShift(ctx: RequestContext, tablet: TabletIdentity, shiftId: ID, lock = false) {
        const shift = await this.shiftHere(ctx, tablet, shiftId, lock);
        if (shift.state !== PosShiftState.OPEN) {
            throw shiftRefusal('OCOP_POS_SHIFT_CLOSED', 'Ca đã đóng', 'the shift is closed');
        }
        return shift;
    }

    private async view(ctx: RequestContext, shift: PosShift): Promise<PosShiftView> {
        const [cash] = await this.connection.getRepository(ctx, PosShift).query(
            `SELECT
                (SELECT COALESCE(sum(amount) FILTER (WHERE amount > 0), 0) FROM pos_cash_movement WHERE "shiftId" = $1) AS "cashIn",
                (SELECT COALESCE(-sum(amount) FILTER (WHERE amount < 0), 0) FROM pos_cash_movement WHERE "shiftId" = $1) AS "cashOut",
                (SELECT COALESCE(sum("cashIn"), 0) FROM pos_sale WHERE "shiftId" = $1) AS "cashSales",
                (SELECT COALESCE(sum(amount), 0) FROM pos_refund WHERE "shiftId" = $1 AND method = 'cash') AS "cashRefunds"`,
            [shift.id],
        );
        const opener = await this.connection
            .getRepository(ctx, PosStaff)
            .findOne({ where: { id: shift.openedByStaffId } });
        const cashIn = Number(cash.cashIn);
        const cashOut = Number(cash.cashOut);
        const cashSales = Number(cash.cashSales);
        const cashRefunds = Number(cash.cashRefunds);
        const expectedCash =
            shift.expectedCash ?? shift.openingFloat + cashIn - cashOut + cashSales - cashRefunds;
        return {
            id: shift.id,
            state: shift.state,
            openedAt: shift.openedAt,
            openedBy: { id: shift.openedByStaffId, name: opener?.name ?? '' },
            openingFloat: shift.openingFloat,
            cashIn,
            cashOut,
            cashSales,
            cashRefunds,
            expectedCash,
            closedAt: shift.closedAt,
            countedCash: shift.countedCash,
            difference: shift.countedCash == null ? null : shift.countedCash - expectedCash,
        };
    }
}

function add(map: Map<string, ZReportRow>, name: string, gross: number, quantity: number) {
    const row = map.get(name) ?? { name, gross: 0, quantity: 0 };
    row.gross += gross;
    row.quantity += quantity;
    map.set(name, row);
}

const sorted = (map: Map<string, ZReportRow>) => [...map.values()].sort((a, b) => b.gross - a.gross);

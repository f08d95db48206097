import { formatStampSerial, stampCodeFromScan } from '@ocop/shared';
import { Injectable } from '@nestjs/common';
import {
    EventBus,
    ID,
    RequestContext,
    StockAdjustment,
    StockLevelService,
    TransactionalConnection,
} from '@vendure/core';
import { lockVariantsForSale } from '../../stock-reservation/variant-lock';
import { StampAlert, StampAlertKind } from '../../stamps/entities/stamp-alert.entity';
import { StampStatus } from '../../stamps/entities/stamp.entity';
import { StampMoveKind } from '../../stamps/entities/stamp-move.entity';
import { StampService } from '../../stamps/services/stamp.service';
import { StampsChangedEvent } from '../../stamps/events';
import { TabletIdentity } from '../../pos/types';
import { DEFAULT_LOW_STOCK, MAX_MOVE_UNITS } from '../constants';
import { SuspectScan } from '../entities/suspect-scan.entity';
import { stockRefusal } from '../errors';

export interface StockMoveInput {
    stampCodes?: string[] | null;
    serialFrom?: string | null;
    serialTo?: string | null;
}

export interface StockMoveResult {
    moved: number;
    byVariant: Array<{ productVariantId: number; quantity: number }>;
    refused: Array<{ code: string; reason: string }>;
}

interface StampRow {
    id: string;
    code: string;
    serial: string;
    status: StampStatus;
    productVariantId: number;
    stockLocationId: number | null;
}

const SERIAL = /^(?:HT-\d{4}-)?(\d{1,7})$/i;

/**
 * Stamped stock moves between locations with its stamps (ADR 0016): receiving a
 * delivery at a showroom or booth, and a booth's units going back after a fair.
 * Vendure has no transfer movement, so each is two stock adjustments, in one
 * transaction with the stamps' new location.
 */
@Injectable()
export class StockReceivingService {
    constructor(
        private connection: TransactionalConnection,
        private stockLevelService: StockLevelService,
        private stampService: StampService,
        private eventBus: EventBus,
    ) {}

    /** Units in: to this tablet's sales point, from wherever their stamps say they are. */
    receive(ctx: RequestContext, tablet: TabletIdentity, input: StockMoveInput) {
        return this.move(ctx, tablet, input, 'IN');
    }

    /** Units out: from this sales point back to each product's producer warehouse. */
    returnToProducer(ctx: RequestContext, tablet: TabletIdentity, input: StockMoveInput) {
        return this.move(ctx, tablet, input, 'OUT');
    }

    private async move(
        ctx: RequestContext,
        tablet: TabletIdentity,
        input: StockMoveInput,
        direction: 'IN' | 'OUT',
    ): Promise<StockMoveResult> {
        const codes = [...new Set((input.stampCodes ?? []).map(stampCodeFromScan).filter(Boolean))];
        const range = this.serialRange(input);
        if (!codes.length && !range) {
            throw stockRefusal(
                'OCOP_STOCK_MOVE_INVALID',
                'Cần quét mã tem hoặc nhập dãy sê-ri',
                'scan stamp codes or give a serial range',
            );
        }
        const result = await this.connection.withTransaction(ctx, async tx => {
            const db = this.connection.getRepository(tx, StampAlert).manager;
            const rows: StampRow[] = await db.query(
                `SELECT id, trim(code) AS code, serial, status, "productVariantId", "stockLocationId" FROM stamp
                  WHERE code = ANY($1::char(17)[]) OR ($2::bigint IS NOT NULL AND serial BETWEEN $2 AND $3)
                  ORDER BY id FOR UPDATE`,
                [codes.filter(c => c.length === 17), range?.[0] ?? null, range?.[1] ?? null],
            );
            if (rows.length > MAX_MOVE_UNITS) {
                throw stockRefusal(
                    'OCOP_STOCK_MOVE_TOO_LARGE',
                    `Tối đa ${MAX_MOVE_UNITS} sản phẩm mỗi lần`,
                    `at most ${MAX_MOVE_UNITS} units at once`,
                );
            }
            const refused: StockMoveResult['refused'] = [];
            const known = new Set(rows.map(r => r.code));
            for (const code of codes) if (!known.has(code)) refused.push({ code, reason: 'UNKNOWN' });
            const moving: Array<StampRow & { from: number | null; to: number | null }> = [];
            for (const row of rows) {
                if (row.status !== StampStatus.ISSUED) {
                    refused.push({ code: row.code, reason: row.status });
                } else if (direction === 'IN' && Number(row.stockLocationId) === tablet.stockLocationId) {
                    refused.push({ code: row.code, reason: 'ALREADY_HERE' });
                } else if (direction === 'OUT' && Number(row.stockLocationId) !== tablet.stockLocationId) {
                    refused.push({ code: row.code, reason: 'NOT_HERE' });
                } else {
                    const warehouse =
                        direction === 'OUT' || row.stockLocationId == null
                            ? await this.stampService.producerWarehouseOf(tx, row.productVariantId)
                            : null;
                    moving.push({
                        ...row,
                        from:
                            direction === 'IN' ? (row.stockLocationId ?? warehouse) : tablet.stockLocationId,
                        to: direction === 'IN' ? tablet.stockLocationId : warehouse,
                    });
                }
            }
            const unplaced = moving.filter(m => m.to == null);
            for (const m of unplaced) refused.push({ code: m.code, reason: 'NO_WAREHOUSE' });
            const placed = moving.filter(m => m.to != null);
            // The same locks as selling: a transfer changes what a location may sell (ADR 0007).
            await lockVariantsForSale(
                db,
                placed.map(m => m.productVariantId),
            );
            const flows = new Map<
                string,
                { variantId: number; from: number | null; to: number; quantity: number }
            >();
            for (const m of placed) {
                const key = `${m.productVariantId}:${m.from}:${m.to}`;
                const flow = flows.get(key) ?? {
                    variantId: m.productVariantId,
                    from: m.from,
                    to: m.to!,
                    quantity: 0,
                };
                flow.quantity++;
                flows.set(key, flow);
            }
            for (const flow of flows.values()) {
                if (flow.from != null) {
                    await this.adjust(tx, flow.variantId, flow.from, -flow.quantity);
                }
                await this.adjust(tx, flow.variantId, flow.to, flow.quantity);
                const ids = placed
                    .filter(
                        m =>
                            m.productVariantId === flow.variantId && m.from === flow.from && m.to === flow.to,
                    )
                    .map(m => m.id);
                await db.query(`UPDATE stamp SET "stockLocationId" = $1 WHERE id = ANY($2::bigint[])`, [
                    flow.to,
                    ids,
                ]);
                // The stamp row keeps only where the unit is now; the office's history needs the way there.
                await db.query(
                    `INSERT INTO stamp_move ("stampId", "fromLocationId", "toLocationId", kind)
                     SELECT unnest($1::bigint[]), $2, $3, $4`,
                    [
                        ids,
                        flow.from,
                        flow.to,
                        direction === 'IN' ? StampMoveKind.RECEIVED : StampMoveKind.RETURNED,
                    ],
                );
            }
            const byVariant = new Map<number, number>();
            for (const m of placed)
                byVariant.set(m.productVariantId, (byVariant.get(m.productVariantId) ?? 0) + 1);
            return {
                moved: placed.length,
                byVariant: [...byVariant.entries()].map(([productVariantId, quantity]) => ({
                    productVariantId,
                    quantity,
                })),
                refused,
            };
        });
        if (result.byVariant.length) {
            await this.eventBus.publish(
                new StampsChangedEvent(
                    ctx,
                    result.byVariant.map(v => v.productVariantId),
                    'issued',
                ),
            );
        }
        return result;
    }

    private async adjust(ctx: RequestContext, variantId: number, locationId: number, quantity: number) {
        await this.stockLevelService.updateStockOnHandForLocation(ctx, variantId, locationId, quantity);
        await this.connection.getRepository(ctx, StockAdjustment).save(
            new StockAdjustment({
                productVariant: { id: variantId },
                stockLocation: { id: locationId },
                quantity,
            }),
        );
    }

    private serialRange(input: StockMoveInput): [number, number] | undefined {
        if (!input.serialFrom && !input.serialTo) return undefined;
        const from = SERIAL.exec((input.serialFrom ?? '').trim());
        const to = SERIAL.exec((input.serialTo ?? input.serialFrom ?? '').trim());
        if (!from || !to || Number(from[1]) > Number(to[1])) {
            throw stockRefusal(
                'OCOP_STOCK_MOVE_INVALID',
                'Dãy sê-ri không hợp lệ (ví dụ HT-2026-0000123)',
                'invalid serial range',
            );
        }
        if (Number(to[1]) - Number(from[1]) + 1 > MAX_MOVE_UNITS) {
            throw stockRefusal(
                'OCOP_STOCK_MOVE_TOO_LARGE',
                `Tối đa ${MAX_MOVE_UNITS} sản phẩm mỗi lần`,
                `at most ${MAX_MOVE_UNITS} units at once`,
            );
        }
        return [Number(from[1]), Number(to[1])];
    }

    /** Variants at this sales point with `threshold` units or fewer on hand (stamps here and the stock count). */
    async lowStock(ctx: RequestContext, tablet: TabletIdentity, threshold = DEFAULT_LOW_STOCK) {
        if (!Number.isInteger(threshold) || threshold < 0 || threshold > 1000) {
            throw stockRefusal(
                'OCOP_STOCK_MOVE_INVALID',
                'Ngưỡng phải từ 0 đến 1000',
                'threshold must be 0–1000',
            );
        }
        const rows = await this.connection.getRepository(ctx, StampAlert).query(
            `SELECT sl."productVariantId", COALESCE(vt.name, v.sku) AS name, sl."stockOnHand" AS "onHand",
                    (SELECT count(*) FROM stamp s WHERE s."productVariantId" = sl."productVariantId"
                        AND s.status = 'ISSUED' AND s."stockLocationId" = $1)::int AS "stampsHere"
               FROM stock_level sl
               JOIN product_variant v ON v.id = sl."productVariantId" AND v."deletedAt" IS NULL
               LEFT JOIN product_variant_translation vt ON vt."baseId" = v.id AND vt."languageCode" = 'vi'
              WHERE sl."stockLocationId" = $1 AND sl."stockOnHand" <= $2
              ORDER BY sl."stockOnHand", name`,
            [tablet.stockLocationId, threshold],
        );
        return rows.map((r: any) => ({
            productVariantId: r.productVariantId,
            name: r.name,
            onHand: Number(r.onHand),
            stampsHere: Number(r.stampsHere),
        }));
    }

    /**
     * What a scanned stamp is, for the tablet: only an ISSUED stamp registered at
     * this sales point is a unit on its shelf. Anything else is a possible
     * counterfeit, recorded for the office (a StampAlert when the stamp exists).
     */
    async lookup(ctx: RequestContext, tablet: TabletIdentity, scanned: string) {
        const code = stampCodeFromScan(scanned);
        const [row]: Array<StampRow & { serialYear: number }> = await this.connection
            .getRepository(ctx, StampAlert)
            .query(
                `SELECT s.id, trim(s.code) AS code, s.serial, s.status, s."productVariantId", s."stockLocationId", b."serialYear"
               FROM stamp s JOIN stamp_batch b ON b.id = s."batchId" WHERE s.code = $1`,
                [code.length === 17 ? code : ''],
            );
        const status = row ? row.status : 'UNKNOWN';
        const locatedHere = !!row && Number(row.stockLocationId) === tablet.stockLocationId;
        const suspect = !row || row.status !== StampStatus.ISSUED || !locatedHere;
        let message: string;
        if (!row) message = 'Tem không có trong sổ tem: nghi tem giả (unknown stamp: possibly counterfeit)';
        else if (row.status === StampStatus.SOLD)
            message = 'Tem này đã bán: nghi tem sao chép (stamp already sold: possibly copied)';
        else if (row.status === StampStatus.VOID) message = 'Tem đã bị hủy (stamp is void)';
        else if (!locatedHere)
            message =
                'Tem đang ở kho khác, không phải điểm bán này (stamp is registered at another location)';
        else message = 'Tem hợp lệ tại điểm bán này (valid stamp at this sales point)';
        if (suspect) {
            const detail = `Quét tại điểm bán ${tablet.salesPointId}, máy "${tablet.tabletName}": ${message}`;
            await this.connection.getRepository(ctx, SuspectScan).insert({
                scanned: (scanned ?? '').slice(0, 200),
                status: row && row.status === StampStatus.ISSUED ? 'ELSEWHERE' : status,
                salesPointId: tablet.salesPointId,
                tabletId: tablet.tabletId,
                detail,
            });
            if (row) {
                await this.connection
                    .getRepository(ctx, StampAlert)
                    .insert({ stampId: String(row.id), kind: StampAlertKind.COUNTERFEIT_SUSPECT, detail });
            }
        }
        return {
            code,
            status,
            productVariantId: row ? String(row.productVariantId) : null,
            serial: row ? formatStampSerial(Number(row.serialYear), Number(row.serial)) : null,
            locatedHere,
            suspect,
            message,
        };
    }

    suspectScans(ctx: RequestContext, salesPointId?: number, take = 100) {
        return this.connection.getRepository(ctx, SuspectScan).find({
            where: salesPointId ? { salesPointId } : {},
            order: { id: 'DESC' },
            take: Math.min(take, 500),
        });
    }
}

export type { ID };

import { Injectable } from '@nestjs/common';
import { formatStampSerial, stampCodeFromScan } from '@ocop/shared';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    ID,
    isGraphQlErrorResult,
    Order,
    OrderService,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { SellerOrderService } from '../../seller-orders/services/seller-order.service';
import { StampService } from '../../stamps/services/stamp.service';
import { FULFILLABLE_STATES, MAX_FULFIL_UNITS, STAMPED_HANDLER_CODE } from '../constants';
import { refusal, scanMessage, StampScanProblem } from '../errors';

export interface FulfilWithStampsInput {
    orderId: ID;
    method?: string | null;
    trackingCode?: string | null;
    lines: Array<{ orderLineId: ID; stampCodes: string[] }>;
}

/** A line of an order to pack: what is left to ship and where it ships from. */
export interface FulfilmentLineView {
    id: string;
    productVariantId: string;
    productName: string;
    variantName: string;
    sku: string;
    quantity: number;
    fulfilled: number;
    remaining: number;
    shipFrom: Array<{ id: string; name: string }>;
}

export interface FulfilmentOrderView {
    id: string;
    code: string;
    customerOrderCode: string;
    state: string;
    orderPlacedAt: Date | null;
    shipToName: string | null;
    shipToProvince: string | null;
    units: number;
    remaining: number;
    /** Why it may not ship yet (not paid, …); null when it may. */
    blockedReason: string | null;
    lines: FulfilmentLineView[];
}

export interface StampScanResult {
    code: string;
    ok: boolean;
    /** The line the stamp goes with, when it does. */
    orderLineId: string | null;
    serial: string | null;
    problem: StampScanProblem | null;
    message: string;
}

interface StampRow {
    id: string;
    code: string;
    serial: string;
    serialYear: number;
    status: 'ISSUED' | 'SOLD' | 'VOID';
    productVariantId: number;
    stockLocationId: number | null;
    locationName: string | null;
}

/**
 * A producer packs its own seller orders by scanning one stamp per unit (issue 9):
 * each scanned code must be an ISSUED stamp of the line's variant at the location the
 * unit ships from (where Vendure allocated it), and creating the fulfilment sells
 * exactly those stamps, in the fulfilment's transaction, through the
 * `ocop-stamped-fulfillment` handler. Everything is read in the active channel, so a
 * producer's token reaches its own seller orders only (ADR 0011).
 */
@Injectable()
export class StampFulfilmentService {
    constructor(
        private connection: TransactionalConnection,
        private orderService: OrderService,
        private sellerOrderService: SellerOrderService,
        private stampService: StampService,
    ) {}

    /** Orders of the active channel with units left to pack, oldest first. */
    async ordersToFulfil(ctx: RequestContext): Promise<FulfilmentOrderView[]> {
        const orders = await this.findOrders(ctx, null);
        return orders.filter(o => o.remaining > 0);
    }

    /** One order of the active channel, or an error that says no more than "not found". */
    async orderToFulfil(ctx: RequestContext, orderId: ID): Promise<FulfilmentOrderView> {
        const [order] = await this.findOrders(ctx, orderId);
        if (!order) throw notFound();
        return order;
    }

    /**
     * What a scanned code would be for this order: which line it goes with, or why
     * not. Codes already scanned for the parcel are the caller's to pass, so that
     * scanning a code twice is refused without server state.
     */
    async checkStamp(
        ctx: RequestContext,
        orderId: ID,
        scanned: string,
        alreadyScanned: string[] = [],
    ): Promise<StampScanResult> {
        const order = await this.orderToFulfil(ctx, orderId);
        const code = stampCodeFromScan(scanned);
        const taken = new Set(alreadyScanned.map(stampCodeFromScan));
        if (taken.has(code)) return problem(code, 'OCOP_STAMP_SCANNED_TWICE');
        const [row] = await this.stampRows(ctx, [code], false);
        const verdict = this.judge(order, row, code);
        if (verdict.problem) return verdict;
        const line = order.lines.find(l => l.id === verdict.orderLineId)!;
        const scannedForLine = (
            await this.stampRows(
                ctx,
                [...taken].filter(c => c.length === 17),
                false,
            )
        ).filter(r => String(r.productVariantId) === line.productVariantId).length;
        if (scannedForLine >= line.remaining) return problem(code, 'OCOP_STAMP_LINE_COMPLETE');
        return verdict;
    }

    /**
     * Creates the fulfilment of the scanned units and sells exactly their stamps,
     * all in the caller's transaction: a refused code leaves no fulfilment and no
     * stamp sold.
     */
    async fulfil(ctx: RequestContext, input: FulfilWithStampsInput) {
        const order = await this.orderToFulfil(ctx, input.orderId);
        const method = (input.method ?? '').normalize('NFC').trim();
        const trackingCode = (input.trackingCode ?? '').normalize('NFC').trim();
        if (method.length > 100 || trackingCode.length > 100) {
            throw refusal(
                'OCOP_FULFIL_FIELD_TOO_LONG',
                'Hình thức giao và mã vận đơn tối đa 100 ký tự',
                'method and tracking code are limited to 100 characters',
            );
        }
        const lines = (input.lines ?? [])
            .map(l => ({
                orderLineId: String(l.orderLineId),
                codes: (l.stampCodes ?? []).map(stampCodeFromScan).filter(Boolean),
            }))
            .filter(l => l.codes.length > 0);
        const all = lines.flatMap(l => l.codes);
        if (all.length === 0) {
            throw refusal('OCOP_FULFIL_NOTHING', 'Chưa quét tem nào', 'no stamp was scanned');
        }
        if (all.length > MAX_FULFIL_UNITS) {
            throw refusal(
                'OCOP_FULFIL_TOO_MANY_UNITS',
                `Tối đa ${MAX_FULFIL_UNITS} sản phẩm mỗi lần giao`,
                `at most ${MAX_FULFIL_UNITS} units per fulfilment`,
            );
        }
        const problems: string[] = [];
        const seen = new Set<string>();
        for (const code of all) {
            if (seen.has(code)) problems.push(scanMessage('OCOP_STAMP_SCANNED_TWICE', code));
            seen.add(code);
        }
        // Locked until the fulfilment commits: a receiving or a POS sale of the same stamp waits.
        const rows = await this.stampRows(ctx, [...seen], true);
        const byCode = new Map(rows.map(r => [r.code, r]));
        for (const line of lines) {
            const orderLine = order.lines.find(l => l.id === line.orderLineId);
            if (!orderLine) {
                throw refusal(
                    'OCOP_ORDER_LINE_NOT_IN_ORDER',
                    `Dòng ${line.orderLineId} không thuộc đơn ${order.code}`,
                    'the order line is not part of this order',
                );
            }
            if (line.codes.length > orderLine.remaining) {
                problems.push(
                    `OCOP_STAMP_LINE_COMPLETE: ${orderLine.productName} ${orderLine.variantName}: cần ${orderLine.remaining} tem, đã quét ${line.codes.length} ` +
                        `(more stamps than units left to ship)`,
                );
            }
            for (const code of new Set(line.codes)) {
                const verdict = this.judge(order, byCode.get(code), code);
                if (verdict.problem) problems.push(verdict.message);
                else if (verdict.orderLineId !== orderLine.id)
                    problems.push(scanMessage('OCOP_STAMP_NOT_IN_ORDER', code));
            }
        }
        if (problems.length) {
            const more = problems.length > 10 ? ` (+${problems.length - 10})` : '';
            throw refusal(
                'OCOP_FULFIL_STAMPS_REFUSED',
                `Không thể giao với các tem này — ${problems.slice(0, 10).join('; ')}${more}`,
                'stamps refused',
            );
        }
        const result = await this.orderService.createFulfillment(ctx, {
            lines: lines.map(l => ({ orderLineId: l.orderLineId, quantity: l.codes.length })),
            handler: {
                code: STAMPED_HANDLER_CODE,
                arguments: [
                    // In line order: the handler gives each line the codes in the order given.
                    { name: 'stampCodes', value: all.join('\n') },
                    { name: 'method', value: method },
                    { name: 'trackingCode', value: trackingCode },
                ],
            },
        });
        if (isGraphQlErrorResult(result)) {
            const message = (result as any).fulfillmentHandlerError ?? result.message;
            // The handler's own refusals already carry a code.
            // The seller-order checks (not paid, aggregate) already carry a code of their own.
            if (/^OCOP_[A-Z_]+:/.test(message)) throw new UserInputError(message);
            throw refusal('OCOP_FULFIL_FAILED', `Không tạo được lần giao: ${message}`, 'fulfilment refused');
        }
        return { fulfillment: result, stampCount: all.length, orderCode: order.customerOrderCode };
    }

    private judge(order: FulfilmentOrderView, row: StampRow | undefined, code: string): StampScanResult {
        if (!row) return problem(code, 'OCOP_STAMP_UNKNOWN');
        // Another product's stamp says nothing more: its status is not this producer's business.
        const line = order.lines.find(
            l => l.productVariantId === String(row.productVariantId) && l.remaining > 0,
        );
        if (!line) return problem(code, 'OCOP_STAMP_NOT_IN_ORDER');
        const serial = formatStampSerial(Number(row.serialYear), Number(row.serial));
        if (row.status === 'SOLD') return { ...problem(code, 'OCOP_STAMP_SOLD'), serial };
        if (row.status === 'VOID') return { ...problem(code, 'OCOP_STAMP_VOID'), serial };
        const at = row.stockLocationId;
        const shipsFrom = line.shipFrom.some(l => at != null && Number(l.id) === Number(at));
        if (!shipsFrom) {
            return {
                ...problem(code, 'OCOP_STAMP_ELSEWHERE', row.locationName ?? '—'),
                serial,
            };
        }
        return {
            code,
            ok: true,
            orderLineId: line.id,
            serial,
            problem: null,
            message: `Tem ${serial} hợp lệ: ${line.productName} ${line.variantName} (stamp accepted)`,
        };
    }

    private async stampRows(ctx: RequestContext, codes: string[], lock: boolean): Promise<StampRow[]> {
        const candidates = codes.filter(c => c.length === 17);
        if (!candidates.length) return [];
        const db = this.connection.getRepository(ctx, Order).manager;
        if (lock) {
            await db.query(`SELECT id FROM stamp WHERE code = ANY($1::char(17)[]) ORDER BY id FOR UPDATE`, [
                candidates,
            ]);
        }
        // A stamp issued before stamps had a location is in its producer's warehouse.
        const rows: StampRow[] = await db.query(
            `SELECT s.id, trim(s.code) AS code, s.serial, b."serialYear", s.status, s."productVariantId",
                    COALESCE(s."stockLocationId", w."stockLocationId") AS "stockLocationId", sl.name AS "locationName"
               FROM stamp s
               JOIN stamp_batch b ON b.id = s."batchId"
               LEFT JOIN LATERAL (
                    SELECT slc."stockLocationId" FROM product_variant v
                      JOIN product_channels_channel pc ON pc."productId" = v."productId"
                      JOIN producer pr ON pr."channelId" = pc."channelId"
                      JOIN stock_location_channels_channel slc ON slc."channelId" = pr."channelId"
                     WHERE v.id = s."productVariantId" AND s."stockLocationId" IS NULL
                     ORDER BY pr.active DESC, pr.id, slc."stockLocationId" LIMIT 1
               ) w ON true
               LEFT JOIN stock_location sl ON sl.id = COALESCE(s."stockLocationId", w."stockLocationId")
              WHERE s.code = ANY($1::char(17)[])`,
            [candidates],
        );
        return rows;
    }

    private async findOrders(ctx: RequestContext, orderId: ID | null): Promise<FulfilmentOrderView[]> {
        const id = orderId == null ? null : Number(orderId);
        if (orderId != null && !Number.isSafeInteger(id)) return [];
        const db = this.connection.getRepository(ctx, Order).manager;
        const inDefault = ctx.channel.code === DEFAULT_CHANNEL_CODE;
        const orders: Array<{
            id: number;
            code: string;
            state: string;
            orderPlacedAt: Date | null;
            customerOrderCode: string;
            shippingAddress: string;
        }> = await db.query(
            `SELECT o.id, o.code, o.state, o."orderPlacedAt", COALESCE(ag.code, o.code) AS "customerOrderCode", o."shippingAddress"
               FROM "order" o
               JOIN order_channels_channel oc ON oc."orderId" = o.id AND oc."channelId" = $1
               LEFT JOIN "order" ag ON ag.id = o."aggregateOrderId"
              WHERE o.type <> 'Aggregate' AND ($2::int IS NULL OR o.id = $2)
                AND ($2::int IS NOT NULL OR o.state = ANY($3::text[]))
                AND ($4 OR o.type = 'Seller')
              ORDER BY o."orderPlacedAt" NULLS LAST, o.id
              LIMIT 200`,
            [ctx.channelId, id, FULFILLABLE_STATES, inDefault],
        );
        if (!orders.length) return [];
        const lines: Array<{
            id: number;
            orderId: number;
            productVariantId: number;
            quantity: number;
            fulfilled: number;
            productName: string | null;
            variantName: string | null;
            sku: string;
            shipFrom: Array<{ id: number; name: string }> | null;
        }> = await db.query(
            `SELECT l.id, l."orderId", l."productVariantId", l.quantity,
                    COALESCE((SELECT sum(r.quantity) FROM order_line_reference r JOIN fulfillment f ON f.id = r."fulfillmentId"
                               WHERE r."orderLineId" = l.id AND r.discriminator = 'FulfillmentLine' AND f.state <> 'Cancelled'), 0)::int AS fulfilled,
                    pt.name AS "productName", vt.name AS "variantName", v.sku,
                    (SELECT json_agg(json_build_object('id', sl.id, 'name', sl.name) ORDER BY sl.id)
                       FROM stock_location sl
                      WHERE sl.id IN (SELECT m."stockLocationId" FROM stock_movement m
                                       WHERE m."orderLineId" = l.id AND m.type = 'ALLOCATION')) AS "shipFrom"
               FROM order_line l
               JOIN product_variant v ON v.id = l."productVariantId"
               LEFT JOIN LATERAL (SELECT name FROM product_translation WHERE "baseId" = v."productId"
                                   ORDER BY ("languageCode" = $2) DESC, id LIMIT 1) pt ON true
               LEFT JOIN LATERAL (SELECT name FROM product_variant_translation WHERE "baseId" = v.id
                                   ORDER BY ("languageCode" = $2) DESC, id LIMIT 1) vt ON true
              WHERE l."orderId" = ANY($1::int[]) AND l.quantity > 0
              ORDER BY l.id`,
            [orders.map(o => o.id), ctx.languageCode],
        );
        const views: FulfilmentOrderView[] = [];
        for (const o of orders) {
            const own = await Promise.all(
                lines
                    .filter(l => l.orderId === o.id)
                    .map(async l => {
                        // Without an allocation (Vendure allocates at placement), units ship from the producer's warehouse.
                        let shipFrom = (l.shipFrom ?? []).map(s => ({ id: String(s.id), name: s.name }));
                        if (!shipFrom.length) {
                            const warehouse = await this.stampService.producerWarehouseOf(
                                ctx,
                                l.productVariantId,
                            );
                            if (warehouse != null) {
                                const [row] = await db.query(
                                    `SELECT name FROM stock_location WHERE id = $1`,
                                    [warehouse],
                                );
                                shipFrom = [{ id: String(warehouse), name: row?.name ?? '' }];
                            }
                        }
                        return {
                            id: String(l.id),
                            productVariantId: String(l.productVariantId),
                            productName: l.productName ?? '',
                            variantName: l.variantName ?? '',
                            sku: l.sku,
                            quantity: l.quantity,
                            fulfilled: l.fulfilled,
                            remaining: Math.max(0, l.quantity - l.fulfilled),
                            shipFrom,
                        };
                    }),
            );
            const address = parseAddress(o.shippingAddress);
            const blocked = FULFILLABLE_STATES.includes(o.state as any)
                ? await this.sellerOrderService.fulfilmentRefusal(ctx, [o.id])
                : `OCOP_ORDER_NOT_FULFILLABLE: Đơn ${o.code} đang ở trạng thái ${o.state} (the order is ${o.state})`;
            views.push({
                id: String(o.id),
                code: o.code,
                customerOrderCode: o.customerOrderCode,
                state: o.state,
                orderPlacedAt: o.orderPlacedAt,
                shipToName: address.fullName || null,
                shipToProvince: address.province || null,
                units: own.reduce((sum, l) => sum + l.quantity, 0),
                remaining: own.reduce((sum, l) => sum + l.remaining, 0),
                blockedReason: blocked ?? null,
                lines: own,
            });
        }
        return views;
    }
}

/** Vendure keeps the address as JSON text. */
function parseAddress(text: string | null): Record<string, string> {
    try {
        return JSON.parse(text || '{}') ?? {};
    } catch {
        return {};
    }
}

function notFound() {
    return refusal('OCOP_ORDER_NOT_FOUND', 'Không tìm thấy đơn hàng', 'order not found');
}

function problem(code: string, reason: StampScanProblem, detail = ''): StampScanResult {
    return {
        code,
        ok: false,
        orderLineId: null,
        serial: null,
        problem: reason,
        message: scanMessage(reason, code, detail),
    };
}

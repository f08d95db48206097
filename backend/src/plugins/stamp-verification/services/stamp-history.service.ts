import { Injectable } from '@nestjs/common';
import { formatStampSerial } from '@ocop/shared';
import { RequestContext, TransactionalConnection } from '@vendure/core';
import { StampAlert } from '../../stamps/entities/stamp-alert.entity';

export type StampEventKind = 'ISSUED' | 'MOVED' | 'SOLD' | 'RETURNED' | 'VOIDED' | 'ALERT';

/** One thing that happened to a stamp, oldest first in {@link StampHistory.events}. */
export interface StampEvent {
    at: Date;
    kind: StampEventKind;
    /** ISSUED: the batch's; MOVED: where to; SOLD: where sold. */
    location: string | null;
    fromLocation: string | null;
    /** ONLINE or SALES_POINT, for sales. */
    channel: string | null;
    /** The customer's order code online, the POS sale's order code at a sales point. */
    orderCode: string | null;
    /** The producer's seller order that shipped it (online). */
    sellerOrderCode: string | null;
    /** RECEIVED / RETURNED (moves), the alert kind, the void reason. */
    detail: string | null;
}

export interface StampCheckDay {
    /** YYYY-MM-DD, Vietnam time. */
    day: string;
    checks: number;
    clients: number;
}

export interface StampCheckView {
    at: Date;
    via: string;
    result: string;
    /** Client number in order of first check: the same number is the same client (the hash stays hidden). */
    client: number;
}

export interface StampHistory {
    stampId: string;
    code: string;
    serial: string;
    status: string;
    productName: string | null;
    variantName: string | null;
    sku: string | null;
    lotCode: string;
    batchId: string;
    productionDate: string;
    expiryDate: string;
    currentLocation: string | null;
    /** Units of this variant that placed orders hold (reservations are per variant, ADR 0007). */
    variantUnitsReserved: number;
    events: StampEvent[];
    checkCount: number;
    checkClients: number;
    firstCheckAt: Date | null;
    lastCheckAt: Date | null;
    checksByDay: StampCheckDay[];
    recentChecks: StampCheckView[];
}

const MAX_DAYS = 90;
const RECENT_CHECKS = 50;

/**
 * Everything the register knows about one stamp, for the office following up an
 * alert: issue (batch, location), moves between locations, sales and the sales that
 * were undone (returns), voiding, alerts, and the public checks. Read with a handful of
 * indexed queries on the stamp's id.
 */
@Injectable()
export class StampHistoryService {
    constructor(private connection: TransactionalConnection) {}

    async historyOf(ctx: RequestContext, stampId: string | number): Promise<StampHistory | null> {
        const db = this.connection.getRepository(ctx, StampAlert).manager;
        const id = Number(stampId);
        if (!Number.isSafeInteger(id)) return null;
        const [stamp] = await db.query(
            `SELECT s.id, trim(s.code) AS code, s.serial, s.status, s."soldAt", s."soldChannel", s."soldWhere", s."orderCode",
                    s."orderLineId", s."voidReason", s."voidedAt", s."productVariantId",
                    so.code AS "sellerOrderCode", cur.name AS "currentLocation",
                    b.id AS "batchId", b."lotCode", b."productionDate"::text AS "productionDate", b."expiryDate"::text AS "expiryDate",
                    b."serialYear", b."createdAt" AS "issuedAt", b."stockLocationId" AS "batchLocationId",
                    v.sku, pt.name AS "productName", vt.name AS "variantName",
                    (SELECT COALESCE(sum(sl."stockAllocated"), 0) FROM stock_level sl WHERE sl."productVariantId" = s."productVariantId")::int AS reserved
               FROM stamp s
               JOIN stamp_batch b ON b.id = s."batchId"
               JOIN product_variant v ON v.id = s."productVariantId"
               LEFT JOIN stock_location cur ON cur.id = s."stockLocationId"
               LEFT JOIN order_line ol ON ol.id = s."orderLineId"
               LEFT JOIN "order" so ON so.id = ol."orderId"
               LEFT JOIN LATERAL (SELECT name FROM product_translation WHERE "baseId" = v."productId"
                                   ORDER BY ("languageCode" = $2) DESC, id LIMIT 1) pt ON true
               LEFT JOIN LATERAL (SELECT name FROM product_variant_translation WHERE "baseId" = v.id
                                   ORDER BY ("languageCode" = $2) DESC, id LIMIT 1) vt ON true
              WHERE s.id = $1`,
            [id, ctx.languageCode],
        );
        if (!stamp) return null;
        const moves: Array<{ movedAt: Date; kind: string; fromName: string | null; toName: string | null }> =
            await db.query(
                `SELECT m."movedAt", m.kind, f.name AS "fromName", t.name AS "toName", m."fromLocationId"
                   FROM stamp_move m
                   LEFT JOIN stock_location f ON f.id = m."fromLocationId"
                   LEFT JOIN stock_location t ON t.id = m."toLocationId"
                  WHERE m."stampId" = $1 ORDER BY m."movedAt", m.id`,
                [id],
            );
        const returns: Array<{
            soldAt: Date | null;
            soldChannel: string | null;
            soldWhere: string | null;
            orderCode: string | null;
            sellerOrderCode: string | null;
            returnedAt: Date;
        }> = await db.query(
            `SELECT r."soldAt", r."soldChannel", r."soldWhere", r."orderCode", so.code AS "sellerOrderCode", r."returnedAt"
               FROM stamp_return r
               LEFT JOIN order_line ol ON ol.id = r."orderLineId"
               LEFT JOIN "order" so ON so.id = ol."orderId"
              WHERE r."stampId" = $1 ORDER BY r."returnedAt", r.id`,
            [id],
        );
        const alerts: Array<{ createdAt: Date; kind: string; detail: string }> = await db.query(
            `SELECT "createdAt", kind, detail FROM stamp_alert WHERE "stampId" = $1 ORDER BY "createdAt", id`,
            [id],
        );
        const [issueLocation] = await db.query(
            `SELECT name FROM stock_location WHERE id = COALESCE($1::int,
                 (SELECT "fromLocationId" FROM stamp_move WHERE "stampId" = $2 ORDER BY "movedAt", id LIMIT 1),
                 (SELECT "stockLocationId" FROM stamp WHERE id = $2))`,
            [stamp.batchLocationId, id],
        );

        const events: StampEvent[] = [
            {
                at: stamp.issuedAt,
                kind: 'ISSUED',
                location: issueLocation?.name ?? null,
                fromLocation: null,
                channel: null,
                orderCode: null,
                sellerOrderCode: null,
                detail: `${stamp.lotCode} · #${stamp.batchId}`,
            },
            ...moves.map(m => ({
                at: m.movedAt,
                kind: 'MOVED' as const,
                location: m.toName,
                fromLocation: m.fromName,
                channel: null,
                orderCode: null,
                sellerOrderCode: null,
                detail: m.kind,
            })),
            ...returns.flatMap(r => [
                {
                    at: r.soldAt ?? r.returnedAt,
                    kind: 'SOLD' as const,
                    location: r.soldWhere,
                    fromLocation: null,
                    channel: r.soldChannel,
                    orderCode: r.orderCode,
                    sellerOrderCode: r.sellerOrderCode,
                    detail: null,
                },
                {
                    at: r.returnedAt,
                    kind: 'RETURNED' as const,
                    location: null,
                    fromLocation: null,
                    channel: r.soldChannel,
                    orderCode: r.orderCode,
                    sellerOrderCode: r.sellerOrderCode,
                    detail: null,
                },
            ]),
            ...alerts.map(a => ({
                at: a.createdAt,
                kind: 'ALERT' as const,
                location: null,
                fromLocation: null,
                channel: null,
                orderCode: null,
                sellerOrderCode: null,
                detail: `${a.kind}: ${a.detail}`,
            })),
        ];
        if (stamp.status === 'SOLD') {
            events.push({
                at: stamp.soldAt,
                kind: 'SOLD',
                location: stamp.soldWhere,
                fromLocation: null,
                channel: stamp.soldChannel,
                orderCode: stamp.orderCode,
                sellerOrderCode: stamp.sellerOrderCode,
                detail: null,
            });
        }
        if (stamp.status === 'VOID') {
            events.push({
                at: stamp.voidedAt,
                kind: 'VOIDED',
                location: null,
                fromLocation: null,
                channel: null,
                orderCode: null,
                sellerOrderCode: null,
                detail: stamp.voidReason,
            });
        }
        // Same instant: the order things happen in (a sale before its alert, an issue before all).
        const rank: Record<StampEventKind, number> = {
            ISSUED: 0,
            MOVED: 1,
            SOLD: 2,
            RETURNED: 3,
            VOIDED: 4,
            ALERT: 5,
        };
        events.sort(
            (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || rank[a.kind] - rank[b.kind],
        );

        const [totals] = await db.query(
            `SELECT count(*)::int AS checks, count(DISTINCT "clientHash")::int AS clients,
                    min("checkedAt") AS first, max("checkedAt") AS last
               FROM stamp_check WHERE "stampId" = $1`,
            [id],
        );
        const byDay: StampCheckDay[] = await db.query(
            `SELECT to_char("checkedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day,
                    count(*)::int AS checks, count(DISTINCT "clientHash")::int AS clients
               FROM stamp_check WHERE "stampId" = $1
              GROUP BY 1 ORDER BY 1 DESC LIMIT ${MAX_DAYS}`,
            [id],
        );
        const recent: StampCheckView[] = await db.query(
            `WITH numbered AS (
                SELECT c.id, c."checkedAt", c.via, c.result,
                       dense_rank() OVER (ORDER BY f.first, c."clientHash")::int AS client
                  FROM stamp_check c
                  JOIN (SELECT "clientHash", min("checkedAt") AS first FROM stamp_check WHERE "stampId" = $1 GROUP BY 1) f
                    ON f."clientHash" = c."clientHash"
                 WHERE c."stampId" = $1)
             SELECT "checkedAt" AS at, via, result, client FROM numbered ORDER BY "checkedAt" DESC, id DESC LIMIT ${RECENT_CHECKS}`,
            [id],
        );

        return {
            stampId: String(stamp.id),
            code: stamp.code,
            serial: safeSerial(stamp.serialYear, stamp.serial),
            status: stamp.status,
            productName: stamp.productName,
            variantName: stamp.variantName,
            sku: stamp.sku,
            lotCode: stamp.lotCode,
            batchId: String(stamp.batchId),
            productionDate: stamp.productionDate,
            expiryDate: stamp.expiryDate,
            currentLocation: stamp.currentLocation,
            variantUnitsReserved: stamp.reserved,
            events,
            checkCount: totals.checks,
            checkClients: totals.clients,
            firstCheckAt: totals.first,
            lastCheckAt: totals.last,
            checksByDay: byDay,
            recentChecks: recent,
        };
    }
}

function safeSerial(year: number, serial: string | number): string {
    try {
        return formatStampSerial(Number(year), Number(serial));
    } catch {
        return `HT-${year}-${serial}`;
    }
}

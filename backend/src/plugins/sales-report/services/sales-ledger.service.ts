import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { findHaTinhArea } from '@ocop/shared';
import {
    EventBus,
    ID,
    Logger,
    Order,
    OrderLine,
    OrderLineEvent,
    OrderStateTransitionEvent,
    PaymentStateTransitionEvent,
    ProcessContext,
    RefundStateTransitionEvent,
    TransactionalConnection,
} from '@vendure/core';
import { OrderType } from '@vendure/common/lib/generated-types';
import { merge, Subscription } from 'rxjs';
import { EntityManager } from 'typeorm';
import { vietnamDate } from '../../../vietnam-time';
import { DAY_LOCK_SPACE, loggerCtx, NONE_KEY, ONLINE_KEY, ORDER_LOCK_SPACE } from '../constants';
import { PosOrderChangedEvent } from '../../pos/events';
import { SalesLine } from '../entities/sales-line.entity';

/** Payments whose money the buyer has handed over or promised (cash on delivery). */
const PAID_STATES = ['Settled', 'Authorized'];

/** Whole đồng in minor units. */
const round100 = (amount: number) => Math.round(amount / 100) * 100;

/** Days since the epoch: the second key of a day's advisory lock. */
const dayKey = (day: string) => Math.round(Date.parse(day) / 86_400_000);

type LedgerRow = Omit<SalesLine, 'id'>;

/**
 * The roll-up of the given days (`$1`, a date array) from the ledger: one
 * GROUPING SETS pass per call. Exported for the benchmark, which times it.
 */
export const ROLL_UP_SQL = `INSERT INTO sales_day ("soldOn", dimension, key, revenue, vat, units, orders)
     SELECT "soldOn",
            CASE WHEN GROUPING(channel) = 0 THEN 'CHANNEL'
                 WHEN GROUPING(area) = 0 THEN 'AREA'
                 WHEN GROUPING(producer) = 0 THEN 'PRODUCER'
                 WHEN GROUPING("productGroup") = 0 THEN 'PRODUCT_GROUP'
                 WHEN GROUPING(stars) = 0 THEN 'STARS'
                 WHEN GROUPING("salesPoint") = 0 THEN 'SALES_POINT'
                 WHEN GROUPING("productId") = 0 THEN 'PRODUCT'
                 ELSE 'TOTAL' END,
            COALESCE(channel, area, producer, "productGroup", stars, "salesPoint", "productId"::text, 'ALL'),
            sum(revenue), sum(vat), sum(units), count(DISTINCT "orderId")
       FROM sales_line
      WHERE "soldOn" = ANY($1::date[])
      GROUP BY GROUPING SETS (("soldOn"), ("soldOn", channel), ("soldOn", area), ("soldOn", producer),
               ("soldOn", "productGroup"), ("soldOn", stars), ("soldOn", "salesPoint"), ("soldOn", "productId"))`;

/**
 * Adds (`$2` = 1) or takes away (`$2` = -1) one order's ledger rows (`$1`) to or
 * from the daily roll-up. Revenue, VAT and units add up; an order counts once
 * in each key it has rows in, so its distinct-order count is 1 per key: the
 * roll-up stays what {@link ROLL_UP_SQL} would compute, at the cost of one
 * order's rows instead of a whole day's. Keys left with no order are deleted
 * by the caller. Exported for the benchmark.
 */
export const CONTRIBUTION_SQL = `INSERT INTO sales_day AS d ("soldOn", dimension, key, revenue, vat, units, orders)
     SELECT "soldOn", k.dimension, k.key, $2::int * sum(revenue), $2::int * sum(vat), $2::int * sum(units), $2::int
       FROM sales_line,
            LATERAL (VALUES ('TOTAL', 'ALL'), ('CHANNEL', channel), ('AREA', area), ('PRODUCER', producer),
                            ('PRODUCT_GROUP', "productGroup"), ('STARS', stars), ('SALES_POINT', "salesPoint"),
                            ('PRODUCT', "productId"::text)) AS k(dimension, key)
      WHERE "orderId" = $1
      GROUP BY "soldOn", k.dimension, k.key
      ORDER BY "soldOn", k.dimension, k.key
     ON CONFLICT ("soldOn", dimension, key) DO UPDATE
        SET revenue = d.revenue + EXCLUDED.revenue, vat = d.vat + EXCLUDED.vat,
            units = d.units + EXCLUDED.units, orders = d.orders + EXCLUDED.orders`;

/**
 * Keeps the sales ledger and its daily roll-up in step with the orders (ADR 0019).
 * Every change that moves money or units of a placed order (state transitions,
 * line cancellations, payments, refunds) rewrites that order's ledger rows from
 * the order as committed, and moves its contribution in the daily roll-up.
 * A rewrite is idempotent, so a missed event is repaired by `refreshPeriod`,
 * which the monthly report runs before it reads.
 */
@Injectable()
export class SalesLedgerService implements OnApplicationBootstrap, OnModuleDestroy {
    private subscription?: Subscription;
    private pending = new Set<Promise<void>>();

    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
        private processContext: ProcessContext,
    ) {}

    onApplicationBootstrap() {
        if (!this.processContext.isServer) return;
        this.subscription = merge(
            this.eventBus.ofType(OrderStateTransitionEvent),
            this.eventBus.ofType(OrderLineEvent),
            this.eventBus.ofType(PaymentStateTransitionEvent),
            this.eventBus.ofType(RefundStateTransitionEvent),
        ).subscribe(event => {
            const order = event.order;
            if (!order?.orderPlacedAt && order?.type !== OrderType.Seller) return;
            this.track(this.refreshOrder(order.id));
        });
        // POS orders are written in their final state, without Vendure's order events (ADR 0016).
        this.subscription.add(
            this.eventBus
                .ofType(PosOrderChangedEvent)
                .subscribe(event => this.track(this.refreshOrder(event.orderId))),
        );
    }

    onModuleDestroy() {
        this.subscription?.unsubscribe();
    }

    /** Resolves once every ledger write started by an event so far has finished. */
    async settled(): Promise<void> {
        while (this.pending.size) await Promise.allSettled([...this.pending]);
    }

    private track(work: Promise<void>) {
        const tracked = work.catch(e =>
            Logger.error(`Sales ledger refresh failed: ${e?.message ?? e}`, loggerCtx, e?.stack),
        );
        this.pending.add(tracked);
        void tracked.finally(() => this.pending.delete(tracked));
    }

    /**
     * Rewrites the ledger rows of every order sold (or previously booked) in a
     * period, Vietnam days included: the repair for anything an event missed.
     * Returns how many orders were looked at.
     */
    async refreshPeriod(from: string, to: string): Promise<number> {
        await this.settled();
        const rows: Array<{ id: number }> = await this.connection.rawConnection.query(
            `SELECT o.id FROM "order" o
              WHERE o.type <> 'Seller' AND o."orderPlacedAt" >= ($1::date - 1) AND o."orderPlacedAt" < ($2::date + 2)
             UNION SELECT DISTINCT "orderId" FROM sales_line WHERE "soldOn" BETWEEN $1::date AND $2::date`,
            [from, to],
        );
        for (const { id } of rows) await this.refreshOrder(id);
        const days: string[] = [];
        for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
            days.push(new Date(t).toISOString().slice(0, 10));
        }
        await this.rollUp(days);
        return rows.length;
    }

    /** Rewrites one order's ledger rows (a seller order stands for its aggregate) and the roll-up of its days. */
    async refreshOrder(orderId: ID): Promise<void> {
        await this.connection.rawConnection.transaction(async manager => {
            const order = await manager.getRepository(Order).findOne({
                where: { id: orderId },
                relations: { lines: { productVariant: true }, payments: { refunds: true } },
            });
            if (!order) return;
            if (order.type === OrderType.Seller) {
                if (order.aggregateOrderId) await this.rewrite(manager, order.aggregateOrderId);
                return;
            }
            await this.rewrite(manager, order.id, order);
        });
    }

    private async rewrite(manager: EntityManager, orderId: ID, loaded?: Order) {
        await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [ORDER_LOCK_SPACE, Number(orderId)]);
        const order =
            loaded ??
            (await manager.getRepository(Order).findOne({
                where: { id: orderId },
                relations: { lines: { productVariant: true }, payments: { refunds: true } },
            }));
        if (!order) return;
        const rows = order.orderPlacedAt ? await this.ledgerRows(manager, order) : [];
        const old: Array<{ day: string }> = await manager.query(
            `SELECT DISTINCT "soldOn"::text AS day FROM sales_line WHERE "orderId" = $1`,
            [order.id],
        );
        const days = [...new Set([...old.map(r => r.day), ...rows.map(r => r.soldOn)])].sort();
        for (const day of days) {
            await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [DAY_LOCK_SPACE, dayKey(day)]);
        }
        if (old.length) {
            await manager.query(CONTRIBUTION_SQL, [order.id, -1]);
            await manager.query(`DELETE FROM sales_line WHERE "orderId" = $1`, [order.id]);
        }
        if (rows.length) {
            await manager.getRepository(SalesLine).insert(rows);
            await manager.query(CONTRIBUTION_SQL, [order.id, 1]);
        }
        if (old.length) {
            await manager.query(`DELETE FROM sales_day WHERE "soldOn" = ANY($1::date[]) AND orders = 0`, [
                days,
            ]);
        }
    }

    /**
     * Recomputes the daily roll-up of the given days from the ledger in one
     * transaction, under the days' locks: the repair for a roll-up that drifted.
     */
    async rollUp(days: string[]) {
        const sorted = [...new Set(days)].sort();
        await this.connection.rawConnection.transaction(async manager => {
            for (const day of sorted) {
                await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [DAY_LOCK_SPACE, dayKey(day)]);
            }
            await manager.query(`DELETE FROM sales_day WHERE "soldOn" = ANY($1::date[])`, [sorted]);
            await manager.query(ROLL_UP_SQL, [sorted]);
        });
    }

    /** The order's sold lines, net of cancellations (its own and its seller orders') and of refunds. */
    private async ledgerRows(manager: EntityManager, order: Order): Promise<LedgerRow[]> {
        const soldAt = order.orderPlacedAt as Date;
        const soldOn = vietnamDate(soldAt);
        const point: Array<{ code: string; kind: string }> = await manager.query(
            `SELECT sp.code, sp.kind FROM "order" o JOIN sales_point sp ON sp.id = o."customFieldsSalespointid"
              WHERE o.id = $1`,
            [order.id],
        );
        const channel = point[0]?.kind ?? ONLINE_KEY;
        const salesPoint = point[0]?.code ?? ONLINE_KEY;

        const lines = order.lines.filter(l => l.quantity > 0);
        const units = await this.unitsAfterSellerCancellations(manager, order, lines);
        const producers = await this.producersOf(
            manager,
            lines.map(l => l.sellerChannelId).filter((id): id is ID => id != null),
        );
        const certificates = await this.certificatesAt(
            manager,
            lines.map(l => l.productVariant.productId),
            soldOn,
            soldAt,
        );

        const priced = lines.map(line => {
            const q = units.get(line.id) ?? line.quantity;
            const revenue =
                q === line.quantity
                    ? line.proratedLinePriceWithTax
                    : round100(line.proratedUnitPriceWithTax * q);
            const net = q === line.quantity ? line.proratedLinePrice : round100(line.proratedUnitPrice * q);
            return { line, units: q, revenue, vat: revenue - net };
        });
        if (point.length) await this.subtractPosReturns(manager, order, priced);
        this.subtractRefunds(order, priced);

        return priced
            .filter(p => p.units !== 0 || p.revenue !== 0)
            .map(({ line, units: q, revenue, vat }) => {
                const producer = line.sellerChannelId
                    ? producers.get(String(line.sellerChannelId))
                    : undefined;
                const certificate = certificates.get(String(line.productVariant.productId));
                return {
                    orderId: Number(order.id),
                    orderLineId: Number(line.id),
                    soldAt,
                    soldOn,
                    channel,
                    salesPoint,
                    producer: producer?.code ?? NONE_KEY,
                    area: (producer && findHaTinhArea(producer.area)?.code) ?? NONE_KEY,
                    productGroup: certificate?.productGroup ?? NONE_KEY,
                    stars: certificate ? String(certificate.stars) : NONE_KEY,
                    productId: Number(line.productVariant.productId),
                    productVariantId: Number(line.productVariantId),
                    units: q,
                    revenue,
                    vat,
                };
            });
    }

    /**
     * ADR 0011: cancelling part of a seller order is not mirrored into the
     * aggregate, so a line counts at most the units its producer still has to ship.
     */
    private async unitsAfterSellerCancellations(manager: EntityManager, order: Order, lines: OrderLine[]) {
        const result = new Map<ID, number>();
        if (order.type !== OrderType.Aggregate) return result;
        const sellerLines: Array<{ variant: number; quantity: number }> = await manager.query(
            `SELECT l."productVariantId" AS variant, sum(l.quantity)::int AS quantity
               FROM order_line l JOIN "order" s ON s.id = l."orderId"
              WHERE s."aggregateOrderId" = $1 AND s.type = 'Seller'
              GROUP BY l."productVariantId"`,
            [order.id],
        );
        if (!sellerLines.length) return result;
        const left = new Map(sellerLines.map(r => [String(r.variant), r.quantity]));
        for (const line of lines) {
            const available = left.get(String(line.productVariantId)) ?? 0;
            const q = Math.min(line.quantity, available);
            left.set(String(line.productVariantId), available - q);
            result.set(line.id, q);
        }
        return result;
    }

    /**
     * A unit returned at the counter (ADR 0016) comes off its line: one unit and its share of
     * the line's revenue and VAT. POS returns are not Vendure refunds, and the stamp_return
     * rows of the order's stamps say which variants came back.
     */
    private async subtractPosReturns(
        manager: EntityManager,
        order: Order,
        priced: Array<{ line: OrderLine; units: number; revenue: number; vat: number }>,
    ) {
        const returned: Array<{ variant: number; units: number }> = await manager.query(
            `SELECT st."productVariantId" AS variant, count(*)::int AS units
               FROM pos_refund r JOIN pos_sale s ON s.id = r."posSaleId"
               CROSS JOIN LATERAL jsonb_array_elements_text(r."stampCodes") AS c(code)
               JOIN stamp st ON trim(st.code) = c.code
              WHERE s."orderId" = $1
              GROUP BY st."productVariantId"`,
            [order.id],
        );
        for (const { variant, units } of returned) {
            let left = units;
            for (const p of priced) {
                if (left <= 0) break;
                if (String(p.line.productVariantId) !== String(variant) || p.units <= 0) continue;
                const take = Math.min(left, p.units);
                const after = p.units - take;
                const revenue = after === 0 ? 0 : round100((p.revenue * after) / p.units);
                p.vat = p.revenue === 0 ? 0 : round100((p.vat * revenue) / p.revenue);
                p.revenue = revenue;
                p.units = after;
                left -= take;
            }
        }
    }

    /**
     * Money refunded beyond what cancellations already took off the order (a
     * refund for a cancelled line only returns an overpayment) comes off the
     * lines in proportion to their revenue, in whole đồng, VAT in step.
     */
    private subtractRefunds(order: Order, priced: Array<{ revenue: number; vat: number }>) {
        const payments = order.payments ?? [];
        const paid = payments.filter(p => PAID_STATES.includes(p.state)).reduce((s, p) => s + p.amount, 0);
        const refunded = payments
            .flatMap(p => p.refunds ?? [])
            .filter(r => r.state === 'Settled')
            .reduce((s, r) => s + r.total, 0);
        const goods = priced.reduce((s, p) => s + p.revenue, 0);
        const overpaid = Math.max(0, paid - (goods + order.shippingWithTax));
        const extra = Math.min(goods, Math.max(0, refunded - overpaid));
        if (extra <= 0 || goods <= 0) return;
        const steps = extra / 100;
        const shares = priced.map((p, i) => {
            const exact = (steps * p.revenue) / goods;
            return { i, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
        });
        let left = steps - shares.reduce((s, x) => s + x.whole, 0);
        for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || a.i - b.i)) {
            if (left <= 0) break;
            share.whole += 1;
            left -= 1;
        }
        for (const { i, whole } of shares) {
            const p = priced[i];
            const after = p.revenue - whole * 100;
            p.vat = p.revenue === 0 ? 0 : round100((p.vat * after) / p.revenue);
            p.revenue = after;
        }
    }

    private async producersOf(manager: EntityManager, channelIds: ID[]) {
        const map = new Map<string, { code: string; area: string }>();
        if (!channelIds.length) return map;
        const rows: Array<{ channelId: number; code: string; area: string }> = await manager.query(
            `SELECT "channelId", code, area FROM producer WHERE "channelId" = ANY($1::int[])`,
            [[...new Set(channelIds.map(Number))]],
        );
        for (const r of rows) map.set(String(r.channelId), { code: r.code, area: r.area });
        return map;
    }

    /**
     * The certificate each product held at the time of sale: valid on the sale's
     * Vietnam day and not revoked before the sale; the highest stars if two overlap.
     */
    private async certificatesAt(manager: EntityManager, productIds: ID[], day: string, at: Date) {
        const map = new Map<string, { stars: number; productGroup: string }>();
        if (!productIds.length) return map;
        const rows: Array<{ productId: number; stars: number; productGroup: string }> = await manager.query(
            `SELECT DISTINCT ON ("productId") "productId", stars, "productGroup" FROM certificate
              WHERE "productId" = ANY($1::int[]) AND "issuedAt" <= $2::date AND "validUntil" >= $2::date
                AND (status <> 'REVOKED' OR "revokedAt" > $3)
              ORDER BY "productId", stars DESC, "issuedAt" DESC`,
            [[...new Set(productIds.map(Number))], day, at],
        );
        for (const r of rows) map.set(String(r.productId), { stars: r.stars, productGroup: r.productGroup });
        return map;
    }
}

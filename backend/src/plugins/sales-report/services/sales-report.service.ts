import { Injectable } from '@nestjs/common';
import { HA_TINH_AREAS } from '@ocop/shared';
import { ID, TransactionalConnection } from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { PRODUCT_GROUPS } from '../../certification/config/criteria-data';
import { SalesPointService } from '../../sales-points/services/sales-point.service';
import { Dimension, DIMENSIONS, NONE_KEY, ONLINE_KEY } from '../constants';
import { refusal } from '../errors';
import { checkPeriod } from '../period';
import { SalesFigureRow, SalesReportFigures } from '../types';
import { SalesLedgerService } from './sales-ledger.service';

/** Dimensions of the report, in the order of its sheets, with their API names. */
export const REPORT_DIMENSIONS: Array<{
    dimension: Dimension;
    field: keyof SalesReportFigures;
    title: string;
}> = [
    { dimension: 'CHANNEL', field: 'byChannel', title: 'Theo kênh bán' },
    { dimension: 'AREA', field: 'byArea', title: 'Theo địa bàn' },
    { dimension: 'PRODUCER', field: 'byProducer', title: 'Theo chủ thể' },
    { dimension: 'PRODUCT_GROUP', field: 'byProductGroup', title: 'Theo nhóm sản phẩm' },
    { dimension: 'STARS', field: 'byStars', title: 'Theo hạng sao' },
    { dimension: 'SALES_POINT', field: 'bySalesPoint', title: 'Theo điểm bán' },
];

const CHANNEL_LABELS: Record<string, string> = {
    ONLINE: 'Trực tuyến',
    SHOWROOM: 'Điểm giới thiệu và bán sản phẩm OCOP',
    FAIR_BOOTH: 'Gian hàng hội chợ',
};

/** The report's one query: a period's days of the roll-up summed per dimension and key. Exported for the benchmark. */
export const REPORT_SQL = `SELECT dimension, key, sum(revenue) AS revenue, sum(vat) AS vat, sum(units) AS units, sum(orders) AS orders
  FROM sales_day WHERE "soldOn" BETWEEN $1::date AND $2::date AND dimension <> 'PRODUCT'
 GROUP BY dimension, key`;

interface DayRow {
    key: string;
    revenue: string;
    vat: string;
    units: string;
    orders: string;
}

export interface TrendRow extends SalesFigureRow {
    /** YYYY-MM */
    month: string;
}

/**
 * Reads the sales figures (ADR 0019) from the daily roll-up: the report of a
 * period, trends by month and top products. Each figure is summed over Vietnam
 * days, so every dimension adds up to the total.
 */
@Injectable()
export class SalesReportService {
    constructor(
        private connection: TransactionalConnection,
        private ledger: SalesLedgerService,
        private salesPointService: SalesPointService,
    ) {}

    async report(from: string, to: string): Promise<SalesReportFigures> {
        checkPeriod(from, to);
        await this.ledger.settled();
        const rows: Array<DayRow & { dimension: Dimension }> = await this.connection.rawConnection.query(
            REPORT_SQL,
            [from, to],
        );
        const labels = await this.labels();
        const total = rows.find(r => r.dimension === 'TOTAL');
        const figures: SalesReportFigures = {
            from,
            to,
            revenue: Number(total?.revenue ?? 0),
            vat: Number(total?.vat ?? 0),
            units: Number(total?.units ?? 0),
            orders: Number(total?.orders ?? 0),
            byChannel: [],
            byArea: [],
            byProducer: [],
            byProductGroup: [],
            byStars: [],
            bySalesPoint: [],
        };
        for (const { dimension, field } of REPORT_DIMENSIONS) {
            const list = rows
                .filter(r => r.dimension === dimension)
                .map(r => toFigure(r, labels(dimension, r.key)));
            (figures[field] as SalesFigureRow[]) = this.arrange(dimension, list, labels);
        }
        return figures;
    }

    /** Figures of each month of the period for one dimension (TOTAL for the overall trend). */
    async trend(from: string, to: string, dimension: Dimension): Promise<TrendRow[]> {
        checkPeriod(from, to);
        if (!DIMENSIONS.includes(dimension)) {
            throw refusal('OCOP_REPORT_DIMENSION_INVALID', 'Chiều báo cáo không hợp lệ', 'unknown dimension');
        }
        await this.ledger.settled();
        const rows: Array<DayRow & { month: string }> = await this.connection.rawConnection.query(
            `SELECT to_char("soldOn", 'YYYY-MM') AS month, key, sum(revenue) AS revenue, sum(vat) AS vat,
                    sum(units) AS units, sum(orders) AS orders
               FROM sales_day WHERE "soldOn" BETWEEN $1::date AND $2::date AND dimension = $3
              GROUP BY 1, 2 ORDER BY 1, sum(revenue) DESC, 2`,
            [from, to, dimension],
        );
        const labels = await this.labels();
        return rows.map(r => ({ month: r.month, ...toFigure(r, labels(dimension, r.key)) }));
    }

    /** Best-selling products of the period by revenue. */
    async topProducts(from: string, to: string, take: number): Promise<SalesFigureRow[]> {
        checkPeriod(from, to);
        await this.ledger.settled();
        const rows: DayRow[] = await this.connection.rawConnection.query(
            `SELECT key, sum(revenue) AS revenue, sum(vat) AS vat, sum(units) AS units, sum(orders) AS orders
               FROM sales_day WHERE "soldOn" BETWEEN $1::date AND $2::date AND dimension = 'PRODUCT'
              GROUP BY key ORDER BY sum(revenue) DESC, sum(units) DESC, key LIMIT $3`,
            [from, to, Math.max(1, Math.min(take, 100))],
        );
        const names = await this.productNames(rows.map(r => r.key));
        return rows.map(r => toFigure(r, names.get(r.key) ?? `#${r.key}`));
    }

    /**
     * A producer's own figures: its ledger rows only, by channel, sales point,
     * stars and product. Producers have no roll-up of their own; their rows are few.
     */
    async producerReport(from: string, to: string, channelId: ID) {
        checkPeriod(from, to);
        await this.ledger.settled();
        const [producer] = await this.connection.rawConnection.query(
            `SELECT code FROM producer WHERE "channelId" = $1`,
            [channelId],
        );
        if (!producer) return undefined;
        const code: string = producer.code;
        const rows: Array<DayRow & { dimension: string }> = await this.connection.rawConnection.query(
            `SELECT CASE WHEN GROUPING(channel) = 0 THEN 'CHANNEL' WHEN GROUPING("salesPoint") = 0 THEN 'SALES_POINT'
                         WHEN GROUPING(stars) = 0 THEN 'STARS' WHEN GROUPING("productId") = 0 THEN 'PRODUCT'
                         ELSE 'TOTAL' END AS dimension,
                    COALESCE(channel, "salesPoint", stars, "productId"::text, 'ALL') AS key,
                    sum(revenue) AS revenue, sum(vat) AS vat, sum(units) AS units, count(DISTINCT "orderId") AS orders
               FROM sales_line WHERE producer = $1 AND "soldOn" BETWEEN $2::date AND $3::date
              GROUP BY GROUPING SETS ((), (channel), ("salesPoint"), (stars), ("productId"))`,
            [code, from, to],
        );
        const labels = await this.labels();
        const names = await this.productNames(rows.filter(r => r.dimension === 'PRODUCT').map(r => r.key));
        const total = rows.find(r => r.dimension === 'TOTAL');
        const pick = (dimension: Dimension) =>
            this.arrange(
                dimension,
                rows
                    .filter(r => r.dimension === dimension)
                    .map(r =>
                        toFigure(
                            r,
                            dimension === 'PRODUCT' ? (names.get(r.key) ?? r.key) : labels(dimension, r.key),
                        ),
                    ),
                labels,
            );
        return {
            from,
            to,
            revenue: Number(total?.revenue ?? 0),
            vat: Number(total?.vat ?? 0),
            units: Number(total?.units ?? 0),
            orders: Number(total?.orders ?? 0),
            byChannel: pick('CHANNEL'),
            bySalesPoint: pick('SALES_POINT'),
            byStars: pick('STARS'),
            byProduct: pick('PRODUCT'),
        };
    }

    /** Directive checks at a glance (D1, D4, D6). `today` is a Vietnam calendar day. */
    async directiveChecks(
        ctx: Parameters<SalesPointService['areasWithoutShowroom']>[0],
        today = vietnamDate(),
    ) {
        const raw = this.connection.rawConnection;
        const expiring = await raw.query(
            `SELECT c."certificateNumber", c.stars, c."validUntil"::text AS "validUntil", c."productId",
                    (c."validUntil" - $1::date) AS "daysLeft"
               FROM certificate c
              WHERE c.status = 'ACTIVE' AND c."validUntil" BETWEEN $1::date AND ($1::date + 90)
              ORDER BY c."validUntil", c."certificateNumber"`,
            [today],
        );
        const names = await this.productNames(expiring.map((c: any) => String(c.productId)));
        const certificates = expiring.map((c: any) => ({
            certificateNumber: c.certificateNumber,
            stars: c.stars,
            validUntil: c.validUntil,
            daysLeft: Number(c.daysLeft),
            productName: names.get(String(c.productId)) ?? '',
        }));
        const stamps = await raw.query(
            `SELECT p.code, p."legalName",
                    count(s.id)::int AS issued,
                    count(s.id) FILTER (WHERE s.status = 'SOLD')::int AS sold,
                    count(s.id) FILTER (WHERE s.status = 'VOID')::int AS voided
               FROM producer p
               JOIN product_channels_channel pc ON pc."channelId" = p."channelId"
               JOIN product_variant v ON v."productId" = pc."productId"
               JOIN stamp s ON s."productVariantId" = v.id
              GROUP BY p.code, p."legalName" ORDER BY p."legalName"`,
        );
        const [{ open }] = await raw.query(
            `SELECT count(*)::int AS open FROM stamp_alert WHERE NOT resolved`,
        );
        return {
            areasWithoutShowroom: await this.salesPointService.areasWithoutShowroom(ctx),
            certificatesExpiringIn30Days: certificates.filter((c: any) => c.daysLeft <= 30),
            certificatesExpiringIn90Days: certificates,
            stampsByProducer: stamps.map((s: any) => ({
                producerCode: s.code,
                producerName: s.legalName,
                issued: s.issued,
                sold: s.sold,
                voided: s.voided,
                unsold: s.issued - s.sold - s.voided,
            })),
            openCounterfeitAlerts: open,
        };
    }

    /** Channels and areas are listed whole, in their fixed order; the rest by revenue. */
    private arrange(
        dimension: Dimension,
        list: SalesFigureRow[],
        labels: (d: Dimension, key: string) => string,
    ): SalesFigureRow[] {
        const fixed =
            dimension === 'CHANNEL'
                ? Object.keys(CHANNEL_LABELS)
                : dimension === 'AREA'
                  ? HA_TINH_AREAS.map(a => a.code)
                  : dimension === 'STARS'
                    ? ['5', '4', '3']
                    : undefined;
        if (fixed) {
            const byKey = new Map(list.map(r => [r.key, r]));
            const rows = fixed.map(key => byKey.get(key) ?? zero(key, labels(dimension, key)));
            return [...rows, ...list.filter(r => !fixed.includes(r.key))];
        }
        return list.sort(
            (a, b) =>
                b.revenue - a.revenue || collator.compare(a.label, b.label) || a.key.localeCompare(b.key),
        );
    }

    private async labels(): Promise<(dimension: Dimension, key: string) => string> {
        const raw = this.connection.rawConnection;
        const producers = new Map<string, string>(
            (await raw.query(`SELECT code, "legalName" FROM producer`)).map((p: any) => [
                p.code,
                p.legalName,
            ]),
        );
        const points = new Map<string, string>(
            (await raw.query(`SELECT code, name FROM sales_point`)).map((p: any) => [p.code, p.name]),
        );
        const groups = new Map(PRODUCT_GROUPS.map(g => [g.code, g.name]));
        const areas = new Map(HA_TINH_AREAS.map(a => [a.code, a.name]));
        return (dimension, key) => {
            switch (dimension) {
                case 'CHANNEL':
                    return CHANNEL_LABELS[key] ?? key;
                case 'AREA':
                    return areas.get(key) ?? 'Ngoài các địa bàn của tỉnh';
                case 'PRODUCER':
                    return producers.get(key) ?? 'Không thuộc chủ thể OCOP nào';
                case 'PRODUCT_GROUP':
                    return groups.get(key) ?? 'Chưa có chứng nhận OCOP';
                case 'STARS':
                    return key === NONE_KEY ? 'Chưa có chứng nhận OCOP' : `${key} sao`;
                case 'SALES_POINT':
                    return key === ONLINE_KEY ? 'Trực tuyến' : (points.get(key) ?? key);
                default:
                    return key === 'ALL' ? 'Tổng cộng' : key;
            }
        };
    }

    private async productNames(ids: string[]): Promise<Map<string, string>> {
        if (!ids.length) return new Map();
        const rows = await this.connection.rawConnection.query(
            `SELECT p.id, coalesce(vi.name, en.name, '') AS name FROM product p
               LEFT JOIN product_translation vi ON vi."baseId" = p.id AND vi."languageCode" = 'vi'
               LEFT JOIN product_translation en ON en."baseId" = p.id AND en."languageCode" = 'en'
              WHERE p.id = ANY($1::int[])`,
            [ids.map(Number)],
        );
        return new Map(rows.map((r: any) => [String(r.id), r.name]));
    }
}

const collator = new Intl.Collator('vi');

function toFigure(r: DayRow, label: string): SalesFigureRow {
    return {
        key: r.key,
        label,
        revenue: Number(r.revenue),
        vat: Number(r.vat),
        units: Number(r.units),
        orders: Number(r.orders),
    };
}

function zero(key: string, label: string): SalesFigureRow {
    return { key, label, revenue: 0, vat: 0, units: 0, orders: 0 };
}

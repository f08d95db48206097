import ExcelJS from 'exceljs';
import gql from 'graphql-tag';
import { findHaTinhArea } from '@ocop/shared';
import { ModuleRef } from '@nestjs/core';
import { getConfig, Injector } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { Buyer } from './utils/checkout';
import { adminAs, DEMO_PRODUCERS, freshVariantOf, OFFICE_EMAIL, Sql, sqlOf } from './utils/marketplace';
import { startTestServer, TestServer } from './utils/test-server';
import { monthBefore } from '../src/plugins/sales-report/period';
import { vietnamDate } from '../src/vietnam-time';

const FIGURE = 'key label revenue vat units orders';
const REPORT = gql`
    query ($input: SalesReportInput!) {
        salesReport(input: $input) {
            from to revenue vat units orders
            byChannel { ${FIGURE} }
            byArea { ${FIGURE} }
            byProducer { ${FIGURE} }
            byProductGroup { ${FIGURE} }
            byStars { ${FIGURE} }
            bySalesPoint { ${FIGURE} }
        }
    }
`;
const ORDER = gql`
    query ($id: ID!) {
        order(id: $id) {
            id
            code
            lines {
                id
                quantity
                linePrice
                linePriceWithTax
                productVariant {
                    id
                }
            }
            sellerOrders {
                id
            }
            payments {
                id
            }
        }
    }
`;
const DIMENSIONS = [
    'byChannel',
    'byArea',
    'byProducer',
    'byProductGroup',
    'byStars',
    'bySalesPoint',
] as const;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

interface Line {
    variant: string;
    units: number;
    revenue: number;
    vat: number;
}

/**
 * The sales report (ADR 0019) over orders with known totals: online and POS
 * (showroom, fair booth), two producers in two areas, a split cart, a cancelled
 * order, a producer's cancelled seller order and a refund; checked against the
 * API and the XLSX cells to the đồng.
 */
describe('sales report', () => {
    let server: TestServer;
    let sql: Sql;
    const used = new Set<string>();
    let a: string; // Hươu Tuấn Hậu, Hương Sơn
    let b: string; // Chè xanh Sơn Kim, moved to Can Lộc for the test
    let office: SimpleGraphQLClient;
    let department: SimpleGraphQLClient;
    let producerA: SimpleGraphQLClient;
    const expected: Array<
        Line & { order: string; channel: string; point: string; producer: string; day: string }
    > = [];

    beforeAll(async () => {
        server = await startTestServer('sales_report', { demoData: true });
        await server.adminClient.asSuperAdmin();
        sql = sqlOf(server);
        a = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used, 20);
        b = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, used, 20);
        await sql(
            `UPDATE producer SET area = 'Can Lộc' WHERE "channelId" = (SELECT id FROM channel WHERE code = $1)`,
            [DEMO_PRODUCERS.che.token],
        );
        office = await adminAs(server, OFFICE_EMAIL);
        producerA = await adminAs(server, DEMO_PRODUCERS.huou.email, DEMO_PRODUCERS.huou.token);
        department = await staff('industry-trade', 'sct.report@ocop.vn');
    }, 600_000);
    afterAll(() => server?.close());

    async function staff(role: string, email: string) {
        const [{ id }] = await sql(`SELECT id FROM role WHERE code = $1`, [role]);
        await server.adminClient.query(
            gql`
                mutation ($input: CreateAdministratorInput!) {
                    createAdministrator(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    emailAddress: email,
                    firstName: 'Cán bộ',
                    lastName: 'Sở',
                    password: 'ocop-demo',
                    roleIds: [id],
                },
            },
        );
        return adminAs(server, email);
    }

    /** Places a cash-on-delivery order, then moves it to its sale time (and sales point) as the POS would have. */
    async function sell(lines: Array<[string, number]>, soldAt: string, point?: string) {
        const buyer = new Buyer(server);
        await buyer.readyToPay(lines);
        const paid = await buyer.pay();
        if (!paid.placed) throw new Error(paid.error);
        await sql(
            `UPDATE "order" SET "orderPlacedAt" = $2,
                    "customFieldsSalespointid" = (SELECT id FROM sales_point WHERE code = $3)
              WHERE id = $1 OR "aggregateOrderId" = $1`,
            [paid.orderId, soldAt, point ?? null],
        );
        return (await server.adminClient.query(ORDER, { id: paid.orderId })).order;
    }

    function book(order: any, day: string, channel: string, point: string, units?: Record<string, number>) {
        for (const line of order.lines) {
            const q = units?.[line.productVariant.id] ?? line.quantity;
            const unitWithTax = line.linePriceWithTax / line.quantity;
            const unitNet = line.linePrice / line.quantity;
            const revenue = Math.round((unitWithTax * q) / 100) * 100;
            expected.push({
                order: order.id,
                variant: line.productVariant.id,
                units: q,
                revenue,
                vat: revenue - Math.round((unitNet * q) / 100) * 100,
                channel,
                point,
                producer: line.productVariant.id === a ? 'A' : 'B',
                day,
            });
        }
    }

    it('adds up online and counter sales by Vietnam day, net of cancellations and refunds', async () => {
        const [showroom] = await sql(
            `SELECT code FROM sales_point WHERE kind = 'SHOWROOM' AND active ORDER BY id LIMIT 1`,
        );
        const [booth] = await sql(
            `SELECT code FROM sales_point WHERE kind = 'FAIR_BOOTH' ORDER BY id LIMIT 1`,
        );

        // A split cart online: 00:30 on 1 November in Hà Tĩnh is still 31 October in UTC.
        const split = await sell(
            [
                [a, 2],
                [b, 1],
            ],
            '2026-10-31T17:30:00Z',
        );
        book(split, '2026-11-01', 'ONLINE', 'ONLINE');
        // Over the counter at a showroom, and at a fair booth.
        book(
            await sell([[a, 1]], '2026-11-15T03:00:00Z', showroom.code),
            '2026-11-15',
            'SHOWROOM',
            showroom.code,
        );
        book(
            await sell([[b, 3]], '2026-11-20T09:00:00Z', booth.code),
            '2026-11-20',
            'FAIR_BOOTH',
            booth.code,
        );
        // Outside the period: 00:30 on 1 December in Hà Tĩnh, 30 November in UTC.
        await sell([[a, 1]], '2026-11-30T17:30:00Z');

        // Cancelled by the office: counts nothing.
        const cancelled = await sell([[a, 1]], '2026-11-05T02:00:00Z');
        const { cancelOrder } = await office.query(
            gql`
                mutation ($id: ID!) {
                    cancelOrder(input: { orderId: $id, reason: "Khách hủy" }) {
                        ... on Order {
                            state
                        }
                        ... on ErrorResult {
                            message
                        }
                    }
                }
            `,
            { id: cancelled.id },
        );
        expect(cancelOrder.state).toBe('Cancelled');

        // A producer cancels its seller order of a split cart: only the other producer's part counts.
        const halfCancelled = await sell(
            [
                [a, 1],
                [b, 2],
            ],
            '2026-11-10T02:00:00Z',
        );
        const [sellerB] = await sql(
            `SELECT o.id FROM "order" o JOIN order_line l ON l."orderId" = o.id
              WHERE o."aggregateOrderId" = $1 AND l."productVariantId" = $2`,
            [halfCancelled.id, b],
        );
        const producerB = await adminAs(server, DEMO_PRODUCERS.che.email, DEMO_PRODUCERS.che.token);
        const cancelB = await producerB.query(
            gql`
                mutation ($id: ID!) {
                    cancelOrder(input: { orderId: $id, reason: "Hết hàng" }) {
                        ... on Order {
                            state
                        }
                        ... on ErrorResult {
                            message
                        }
                    }
                }
            `,
            { id: sellerB.id },
        );
        expect(cancelB.cancelOrder.state).toBe('Cancelled');
        book(halfCancelled, '2026-11-10', 'ONLINE', 'ONLINE', { [b]: 0 });

        // Paid, then 50.000 ₫ refunded without a cancellation (a damaged box): it comes off the revenue.
        const refunded = await sell([[a, 2]], '2026-11-25T02:00:00Z');
        const payment = refunded.payments[0].id;
        await office.query(
            gql`
                mutation ($id: ID!) {
                    settlePayment(id: $id) {
                        ... on Payment {
                            state
                        }
                    }
                }
            `,
            { id: payment },
        );
        const { refundOrder } = await office.query(
            gql`
                mutation ($input: RefundOrderInput!) {
                    refundOrder(input: $input) {
                        ... on Refund {
                            id
                            state
                            total
                        }
                        ... on ErrorResult {
                            errorCode
                            message
                        }
                    }
                }
            `,
            {
                input: {
                    paymentId: payment,
                    amount: 5_000_000,
                    shipping: 0,
                    adjustment: 0,
                    lines: [],
                    reason: 'Hộp bị móp',
                },
            },
        );
        expect(refundOrder.total).toBe(5_000_000);
        if (refundOrder.state !== 'Settled') {
            const { settleRefund } = await office.query(
                gql`
                    mutation ($id: ID!) {
                        settleRefund(input: { id: $id, transactionId: "CK-0001" }) {
                            ... on Refund {
                                state
                            }
                            ... on ErrorResult {
                                message
                            }
                        }
                    }
                `,
                { id: refundOrder.id },
            );
            expect(settleRefund.state).toBe('Settled');
        }
        const [refundLine] = refunded.lines;
        const refundedRevenue = refundLine.linePriceWithTax - 5_000_000;
        expected.push({
            order: refunded.id,
            variant: a,
            units: 2,
            revenue: refundedRevenue,
            vat:
                Math.round(
                    ((refundLine.linePriceWithTax - refundLine.linePrice) * refundedRevenue) /
                        refundLine.linePriceWithTax /
                        100,
                ) * 100,
            channel: 'ONLINE',
            point: 'ONLINE',
            producer: 'A',
            day: '2026-11-25',
        });

        // Certificates as data: both valid all month, B's revoked on 18 November, so the
        // booth sale of the 20th counts as uncertified and the online sale of the 1st with its stars.
        const certificateOf = async (variant: string) =>
            (
                await sql(
                    `SELECT c.id, c.stars, c."productGroup" FROM certificate c
                       JOIN product_variant v ON v."productId" = c."productId"
                      WHERE v.id = $1 AND c.status = 'ACTIVE' ORDER BY c.stars DESC LIMIT 1`,
                    [variant],
                )
            )[0];
        const certificateA = await certificateOf(a);
        const certificateB = await certificateOf(b);
        await sql(
            `UPDATE certificate SET "issuedAt" = '2025-01-01', "validUntil" = '2027-12-31' WHERE id = ANY($1::int[])`,
            [[certificateA.id, certificateB.id]],
        );
        await sql(
            `UPDATE certificate SET status = 'REVOKED', "revokedAt" = '2026-11-18T00:00:00+07:00' WHERE id = $1`,
            [certificateB.id],
        );
        const certificateAt = (e: (typeof expected)[number]) =>
            e.producer === 'A' ? certificateA : e.day < '2026-11-18' ? certificateB : undefined;

        // The SQL moves above bypass the order events: the office repairs the ledger, as the monthly task does.
        await office.query(
            gql`
                mutation ($input: SalesReportInput!) {
                    refreshSalesLedger(input: $input)
                }
            `,
            { input: { from: '2026-10-01', to: '2026-12-31' } },
        );
        const { salesReport } = await department.query(REPORT, { input: NOVEMBER });

        const sum = (rows: typeof expected, f: 'revenue' | 'vat' | 'units') =>
            rows.reduce((s, r) => s + r[f], 0);
        const orders = (rows: typeof expected) =>
            new Set(rows.filter(r => r.units > 0).map(r => r.order)).size;
        expect(salesReport.revenue).toBe(sum(expected, 'revenue'));
        expect(salesReport.vat).toBe(sum(expected, 'vat'));
        expect(salesReport.units).toBe(sum(expected, 'units'));
        expect(salesReport.orders).toBe(5);

        for (const dimension of DIMENSIONS) {
            const rows = salesReport[dimension] as any[];
            expect([dimension, rows.reduce((s, r) => s + r.revenue, 0)]).toEqual([
                dimension,
                salesReport.revenue,
            ]);
            expect([dimension, rows.reduce((s, r) => s + r.vat, 0)]).toEqual([dimension, salesReport.vat]);
            expect([dimension, rows.reduce((s, r) => s + r.units, 0)]).toEqual([
                dimension,
                salesReport.units,
            ]);
        }

        const row = (dimension: (typeof DIMENSIONS)[number], key: string) =>
            (salesReport[dimension] as any[]).find(r => r.key === key);
        for (const channel of ['ONLINE', 'SHOWROOM', 'FAIR_BOOTH']) {
            const mine = expected.filter(e => e.channel === channel);
            expect(row('byChannel', channel)).toMatchObject({
                revenue: sum(mine, 'revenue'),
                vat: sum(mine, 'vat'),
                units: sum(mine, 'units'),
                orders: orders(mine),
            });
        }
        expect(row('bySalesPoint', showroom.code).revenue).toBe(
            sum(
                expected.filter(e => e.point === showroom.code),
                'revenue',
            ),
        );
        const areaA = findHaTinhArea('Hương Sơn')!.code;
        const areaB = findHaTinhArea('Can Lộc')!.code;
        expect(row('byArea', areaA).revenue).toBe(
            sum(
                expected.filter(e => e.producer === 'A'),
                'revenue',
            ),
        );
        expect(row('byArea', areaB)).toMatchObject({
            label: 'Can Lộc',
            revenue: sum(
                expected.filter(e => e.producer === 'B'),
                'revenue',
            ),
            units: sum(
                expected.filter(e => e.producer === 'B'),
                'units',
            ),
        });

        // Stars and group of the certificate valid at the time of sale, every row to the đồng.
        const byKey = (key: (e: (typeof expected)[number]) => string) => {
            const groups = new Map<string, typeof expected>();
            for (const e of expected) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
            return [...groups].map(([k, rows]) => [
                k,
                sum(rows, 'revenue'),
                sum(rows, 'vat'),
                sum(rows, 'units'),
            ]);
        };
        const nonZero = (dimension: (typeof DIMENSIONS)[number]) =>
            (salesReport[dimension] as any[])
                .filter(r => r.revenue || r.units)
                .map(r => [r.key, r.revenue, r.vat, r.units])
                .sort();
        expect(nonZero('byStars')).toEqual(
            byKey(e => String(certificateAt(e)?.stars ?? 'NONE'))
                .filter(r => r[1] || r[3])
                .sort(),
        );
        expect(nonZero('byProductGroup')).toEqual(
            byKey(e => certificateAt(e)?.productGroup ?? 'NONE')
                .filter(r => r[1] || r[3])
                .sort(),
        );
        expect(row('byStars', 'NONE').units).toBe(3);
        expect(salesReport.revenue).toBeGreaterThan(0);
    });

    it('writes the same figures to the XLSX, to the đồng, with Vietnamese headings', async () => {
        const { salesReport } = await office.query(REPORT, { input: NOVEMBER });
        const { generateSalesReport } = await office.query(
            gql`
                mutation ($input: SalesReportInput!) {
                    generateSalesReport(input: $input) {
                        id
                        kind
                        xlsxUrl
                        pdfUrl
                        figures {
                            revenue
                        }
                    }
                }
            `,
            { input: NOVEMBER },
        );
        expect(generateSalesReport).toMatchObject({
            kind: 'ON_DEMAND',
            figures: { revenue: salesReport.revenue },
        });
        const base = `http://127.0.0.1:${server.port}`;
        const res = await department.fetch(base + generateSalesReport.xlsxUrl);
        expect(res.status).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
        const summary = book.getWorksheet('Tổng hợp')!;
        expect(summary.getCell('A5').value).toBe('Doanh thu (đồng, gồm VAT)');
        expect(summary.getCell('B5').value).toBe(salesReport.revenue / 100);
        expect(summary.getCell('B6').value).toBe(salesReport.vat / 100);
        const sheets: Array<[string, (typeof DIMENSIONS)[number]]> = [
            ['Theo kênh bán', 'byChannel'],
            ['Theo địa bàn', 'byArea'],
            ['Theo chủ thể', 'byProducer'],
            ['Theo nhóm sản phẩm', 'byProductGroup'],
            ['Theo hạng sao', 'byStars'],
            ['Theo điểm bán', 'bySalesPoint'],
        ];
        for (const [title, dimension] of sheets) {
            const sheet = book.getWorksheet(title)!;
            expect(sheet.getRow(1).values).toEqual([
                undefined,
                'Mã',
                'Tên',
                'Doanh thu (đồng, gồm VAT)',
                'Trong đó thuế GTGT (đồng)',
                'Số lượng (đơn vị)',
                'Số đơn hàng',
            ]);
            const cells = (salesReport[dimension] as any[]).map((r, i) => {
                const values = sheet.getRow(i + 2).values as any[];
                return values.slice(1);
            });
            expect(cells).toEqual(
                (salesReport[dimension] as any[]).map(r => [
                    r.key,
                    r.label,
                    r.revenue / 100,
                    r.vat / 100,
                    r.units,
                    r.orders,
                ]),
            );
        }
        const pdf = await office.fetch(base + generateSalesReport.pdfUrl);
        expect(pdf.status).toBe(200);
        expect(
            Buffer.from(await pdf.arrayBuffer())
                .subarray(0, 5)
                .toString(),
        ).toBe('%PDF-');

        const onTheFly = await department.fetch(
            `${base}/sales-reports/period/report.xlsx?from=2026-11-01&to=2026-11-30`,
        );
        expect(onTheFly.status).toBe(200);
    });

    it('keeps the month before on the 1st, once, with the figures of the API', async () => {
        const task = getConfig().schedulerOptions.tasks.find(t => t.id === 'monthly-sales-report')!;
        expect(task.options.schedule).toBe('0 1-23 1 * *');
        const injector = new Injector(server.app.get(ModuleRef));
        const month = monthBefore(vietnamDate());
        const first = await task.execute(injector);
        expect(first).toMatchObject(month);
        expect(await task.execute(injector)).toMatchObject({ ...month, kept: 'already' });
        const { salesReports } = await department.query(gql`
            query {
                salesReports {
                    items {
                        id
                        kind
                        periodFrom
                        periodTo
                        xlsxUrl
                        figures {
                            revenue
                            units
                            byArea {
                                key
                                revenue
                            }
                        }
                    }
                }
            }
        `);
        const monthly = salesReports.items.filter((r: any) => r.kind === 'MONTHLY');
        expect(monthly).toHaveLength(1);
        expect(monthly[0]).toMatchObject({ periodFrom: month.from, periodTo: month.to });
        const { salesReport } = await department.query(REPORT, { input: month });
        expect(monthly[0].figures.revenue).toBe(salesReport.revenue);
        expect(monthly[0].figures.byArea).toEqual(
            salesReport.byArea.map((r: any) => ({ key: r.key, revenue: r.revenue })),
        );
        const file = await department.fetch(`http://127.0.0.1:${server.port}${monthly[0].xlsxUrl}`);
        expect(file.status).toBe(200);
        expect((await producerA.fetch(`http://127.0.0.1:${server.port}${monthly[0].xlsxUrl}`)).status).toBe(
            403,
        );
    });

    it('charts: months, top products and the directive checks', async () => {
        const { salesTrend } = await department.query(
            gql`
                query ($input: SalesTrendInput!) {
                    salesTrend(input: $input) {
                        month
                        key
                        revenue
                        units
                    }
                }
            `,
            { input: { from: '2026-10-01', to: '2026-11-30', dimension: 'CHANNEL' } },
        );
        const { salesReport } = await department.query(REPORT, { input: NOVEMBER });
        const november = salesTrend.filter((r: any) => r.month === '2026-11');
        expect(november.reduce((s: number, r: any) => s + r.revenue, 0)).toBe(salesReport.revenue);
        expect(salesTrend.filter((r: any) => r.month === '2026-10')).toEqual([]);

        const { topProducts } = await department.query(
            gql`
                query ($input: TopProductsInput!) {
                    topProducts(input: $input) {
                        key
                        label
                        revenue
                        units
                    }
                }
            `,
            { input: { ...NOVEMBER, take: 1 } },
        );
        const [best] = await sql(
            `SELECT "productId"::text AS key, sum(revenue)::bigint AS revenue FROM sales_line
              WHERE "soldOn" BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
        );
        expect(topProducts).toHaveLength(1);
        expect(topProducts[0]).toMatchObject({ key: best.key, revenue: Number(best.revenue) });
        expect(topProducts[0].label).not.toBe('');

        const { directiveChecks } = await department.query(gql`
            query {
                directiveChecks {
                    areasWithoutShowroom
                    certificatesExpiringIn30Days {
                        certificateNumber
                        daysLeft
                    }
                    certificatesExpiringIn90Days {
                        certificateNumber
                        daysLeft
                    }
                    stampsByProducer {
                        producerCode
                        issued
                        sold
                        voided
                        unsold
                    }
                    openCounterfeitAlerts
                }
            }
        `);
        expect(directiveChecks.areasWithoutShowroom.length).toBeGreaterThan(0);
        expect(directiveChecks.certificatesExpiringIn30Days.every((c: any) => c.daysLeft <= 30)).toBe(true);
        expect(directiveChecks.certificatesExpiringIn90Days.every((c: any) => c.daysLeft <= 90)).toBe(true);
        const [stampsA] = await sql(
            `SELECT p.code, count(*)::int AS issued, count(*) FILTER (WHERE s.status = 'VOID')::int AS voided
               FROM stamp s JOIN product_variant v ON v.id = s."productVariantId"
               JOIN product_channels_channel pc ON pc."productId" = v."productId"
               JOIN producer p ON p."channelId" = pc."channelId"
               JOIN channel c ON c.id = p."channelId" AND c.code = $1
              GROUP BY p.code`,
            [DEMO_PRODUCERS.huou.token],
        );
        expect(
            directiveChecks.stampsByProducer.find((p: any) => p.producerCode === stampsA.code),
        ).toMatchObject({
            issued: stampsA.issued,
            voided: stampsA.voided,
        });
        const [{ open }] = await sql(`SELECT count(*)::int AS open FROM stamp_alert WHERE NOT resolved`);
        expect(directiveChecks.openCounterfeitAlerts).toBe(open);
    });

    it('books a sale the moment it is placed, through the order events', async () => {
        const today = { from: vietnamDate(), to: vietnamDate() };
        const before = (await office.query(REPORT, { input: today })).salesReport;
        const buyer = new Buyer(server);
        // Only A: B's certificate was revoked above, and the listing gate refuses it now.
        await buyer.readyToPay([[a, 2]]);
        const paid = await buyer.pay();
        if (!paid.placed) throw new Error(paid.error);
        const { order } = await server.adminClient.query(ORDER, { id: paid.orderId });
        const after = (await office.query(REPORT, { input: today })).salesReport;
        expect(after.revenue - before.revenue).toBe(
            order.lines.reduce((s: number, l: any) => s + l.linePriceWithTax, 0),
        );
        expect(after.orders - before.orders).toBe(1);
        expect(after.units - before.units).toBe(2);
    });

    it('books a cancellation made after the report through the order events', async () => {
        const before = (await office.query(REPORT, { input: NOVEMBER })).salesReport;
        const target = expected.find(e => e.channel === 'SHOWROOM')!;
        const { cancelOrder } = await office.query(
            gql`
                mutation ($id: ID!) {
                    cancelOrder(input: { orderId: $id, reason: "Trả hàng tại quầy" }) {
                        ... on Order {
                            state
                        }
                        ... on ErrorResult {
                            message
                        }
                    }
                }
            `,
            { id: target.order },
        );
        expect(cancelOrder.state).toBe('Cancelled');
        const after = (await office.query(REPORT, { input: NOVEMBER })).salesReport;
        expect(after.revenue).toBe(before.revenue - target.revenue);
        expect(after.byChannel.find((r: any) => r.key === 'SHOWROOM').revenue).toBe(0);
    });

    it('refuses figures to producers and buyers to Industry and Trade', async () => {
        await expect(producerA.query(REPORT, { input: NOVEMBER })).rejects.toThrow(
            /not currently authorized/i,
        );
        await expect(
            department.query(gql`
                query {
                    orders {
                        items {
                            customer {
                                emailAddress
                            }
                            shippingAddress {
                                fullName
                                phoneNumber
                            }
                        }
                    }
                }
            `),
        ).rejects.toThrow(/not currently authorized/i);
        await expect(
            department.query(
                gql`
                    mutation ($input: SalesReportInput!) {
                        generateSalesReport(input: $input) {
                            id
                        }
                    }
                `,
                { input: NOVEMBER },
            ),
        ).rejects.toThrow(/not currently authorized/i);
        const base = `http://127.0.0.1:${server.port}`;
        expect(
            (await producerA.fetch(`${base}/sales-reports/period/report.xlsx?from=2026-11-01&to=2026-11-30`))
                .status,
        ).toBe(403);
        expect(
            (await fetch(`${base}/sales-reports/period/report.pdf?from=2026-11-01&to=2026-11-30`)).status,
        ).toBe(403);
        await expect(
            office.query(REPORT, { input: { from: '2026-11-31', to: '2026-12-01' } }),
        ).rejects.toThrow(/OCOP_REPORT_DATE_INVALID/);
        await expect(
            office.query(REPORT, { input: { from: '2026-12-01', to: '2026-11-01' } }),
        ).rejects.toThrow(/OCOP_REPORT_PERIOD_INVALID/);
    });

    it('gives a producer its own figures only', async () => {
        const { producerSalesReport } = await producerA.query(
            gql`
                query ($input: SalesReportInput!) {
                    producerSalesReport(input: $input) {
                        revenue
                        units
                        byProduct {
                            key
                            revenue
                        }
                    }
                }
            `,
            { input: NOVEMBER },
        );
        const { salesReport } = await office.query(REPORT, { input: NOVEMBER });
        const [{ code }] = await sql(
            `SELECT p.code FROM producer p JOIN channel c ON c.id = p."channelId" WHERE c.code = $1`,
            [DEMO_PRODUCERS.huou.token],
        );
        const own = salesReport.byProducer.find((r: any) => r.key === code);
        expect(producerSalesReport.revenue).toBe(own.revenue);
        expect(producerSalesReport.units).toBe(own.units);
        expect(producerSalesReport.revenue).toBeLessThan(salesReport.revenue);
    });

    it('hides the codes of unsold stamps from everyone but the office', async () => {
        const STAMPS = gql`
            query {
                stampBatches {
                    items {
                        stamps(options: { take: 1000 }) {
                            items {
                                code
                                status
                            }
                        }
                    }
                }
            }
        `;
        const codes = async (client: SimpleGraphQLClient) =>
            (await client.query(STAMPS)).stampBatches.items.flatMap((b: any) => b.stamps.items);
        const producerStamps = await codes(producerA);
        expect(producerStamps.some((s: any) => s.status === 'ISSUED')).toBe(true);
        expect(producerStamps.filter((s: any) => s.status === 'ISSUED' && s.code !== null)).toEqual([]);
        const officeStamps = await codes(office);
        expect(officeStamps.filter((s: any) => s.status === 'ISSUED' && s.code === null)).toEqual([]);
        const departmentStamps = await codes(department);
        expect(departmentStamps.some((s: any) => s.status === 'ISSUED')).toBe(true);
        expect(departmentStamps.filter((s: any) => s.status === 'ISSUED' && s.code !== null)).toEqual([]);
    });
});

import { Trans, useLingui } from '@lingui/react/macro';
import {
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
} from '@vendure/dashboard';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorLine, Stars, useAdminQuery } from '../../../dashboard/ocop-dashboard';
import {
    ChannelTrendChart,
    FIGURE,
    Figure,
    FigureTable,
    money,
    monthsBefore,
    monthsBetween,
    Period,
    PeriodPicker,
    thisMonth,
    Totals,
    TrendRow,
    VolumeTrendChart,
} from './sales-ui';

const REPORT = `
    query SalesAnalytics($input: SalesReportInput!, $top: TopProductsInput!) {
        salesReport(input: $input) {
            from to revenue vat units orders
            byChannel { ${FIGURE} }
            bySalesPoint { ${FIGURE} }
            byArea { ${FIGURE} }
            byProducer { ${FIGURE} }
            byProductGroup { ${FIGURE} }
            byStars { ${FIGURE} }
        }
        topProducts(input: $top) { ${FIGURE} }
    }
`;
const TRENDS = `
    query SalesTrends($channel: SalesTrendInput!, $total: SalesTrendInput!) {
        byChannel: salesTrend(input: $channel) { month key revenue units orders }
        total: salesTrend(input: $total) { month key revenue units orders }
    }
`;
const CHECKS = `
    query DirectiveChecks {
        directiveChecks {
            areasWithoutShowroom
            certificatesExpiringIn30Days { certificateNumber }
            certificatesExpiringIn90Days { certificateNumber productName stars validUntil daysLeft }
            stampsByProducer { producerCode producerName issued sold voided unsold }
            openCounterfeitAlerts
        }
    }
`;

/** Months of history the trend charts show, ending with the month the period ends in. */
const TREND_MONTHS = 12;

function DirectiveChecks() {
    const { t } = useLingui();
    const checks = useAdminQuery<any>(['ocop-directive-checks'], CHECKS);
    const c = checks.data?.directiveChecks;
    if (checks.error) return <ErrorLine error={checks.error} />;
    if (!c) return null;
    const link = 'text-sm underline underline-offset-2';
    return (
        <div className="flex flex-col gap-8">
            <div className="grid gap-6 md:grid-cols-2">
                <section aria-label={t`Areas without a showroom (D4)`} className="flex flex-col gap-2">
                    <h3 className="font-semibold">
                        <Trans>Areas without an active showroom (D4)</Trans>:{' '}
                        <span data-testid="areas-without-showroom">{c.areasWithoutShowroom.length}</span>
                    </h3>
                    {c.areasWithoutShowroom.length ? (
                        <ul className="list-disc pl-5 text-sm">
                            {c.areasWithoutShowroom.map((area: string) => (
                                <li key={area}>{area}</li>
                            ))}
                        </ul>
                    ) : (
                        <p className="text-sm">
                            <Trans>Every area has an active showroom.</Trans>
                        </p>
                    )}
                    <Link className={link} to="/ocop-sales-points">
                        <Trans>Showrooms and fairs →</Trans>
                    </Link>
                </section>
                <section aria-label={t`Open counterfeit alerts`} className="flex flex-col gap-2">
                    <h3 className="font-semibold">
                        <Trans>Open counterfeit alerts</Trans>:{' '}
                        <span
                            data-testid="open-alerts"
                            className={c.openCounterfeitAlerts ? 'text-destructive' : ''}
                        >
                            {c.openCounterfeitAlerts}
                        </span>
                    </h3>
                    <Link className={link} to="/ocop-stamp-alerts">
                        <Trans>Counterfeit alerts →</Trans>
                    </Link>
                </section>
            </div>
            <section aria-label={t`Certificates expiring soon`} className="flex flex-col gap-2">
                <h3 className="font-semibold">
                    <Trans>
                        Certificates expiring: {c.certificatesExpiringIn30Days.length} within 30 days,{' '}
                        {c.certificatesExpiringIn90Days.length} within 90 days
                    </Trans>
                </h3>
                {c.certificatesExpiringIn90Days.length > 0 && (
                    <Table aria-label={t`Certificates expiring within 90 days`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Certificate</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Product</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Valid until</Trans>
                                </TableHead>
                                <TableHead className="text-right">
                                    <Trans>Days left</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {c.certificatesExpiringIn90Days.slice(0, 10).map((cert: any) => (
                                <TableRow key={cert.certificateNumber}>
                                    <TableCell className="font-mono text-xs">
                                        {cert.certificateNumber}
                                    </TableCell>
                                    <TableCell>
                                        {cert.productName} <Stars stars={cert.stars} />
                                    </TableCell>
                                    <TableCell>{cert.validUntil}</TableCell>
                                    <TableCell
                                        className={`text-right ${cert.daysLeft <= 30 ? 'text-destructive' : ''}`}
                                    >
                                        {cert.daysLeft}
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                )}
                <div className="flex gap-4">
                    <Link className={link} to="/ocop-certificates" search={{ filter: 'expiring30' }}>
                        <Trans>Expiring in 30 days →</Trans>
                    </Link>
                    <Link className={link} to="/ocop-certificates" search={{ filter: 'expiring90' }}>
                        <Trans>Expiring in 90 days →</Trans>
                    </Link>
                </div>
            </section>
            <section aria-label={t`Stamps issued and sold`} className="flex flex-col gap-2">
                <h3 className="font-semibold">
                    <Trans>Stamps issued and sold, per producer (D1)</Trans>
                </h3>
                <Table aria-label={t`Stamps per producer`}>
                    <TableHeader>
                        <TableRow>
                            <TableHead>
                                <Trans>Producer</Trans>
                            </TableHead>
                            <TableHead className="text-right">
                                <Trans>Issued stamps</Trans>
                            </TableHead>
                            <TableHead className="text-right">
                                <Trans>Sold</Trans>
                            </TableHead>
                            <TableHead className="text-right">
                                <Trans>Void</Trans>
                            </TableHead>
                            <TableHead className="text-right">
                                <Trans>Unsold</Trans>
                            </TableHead>
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {c.stampsByProducer.map((s: any) => (
                            <TableRow key={s.producerCode}>
                                <TableCell>{s.producerName}</TableCell>
                                <TableCell className="text-right tabular-nums">{s.issued}</TableCell>
                                <TableCell className="text-right tabular-nums">{s.sold}</TableCell>
                                <TableCell className="text-right tabular-nums">{s.voided}</TableCell>
                                <TableCell className="text-right tabular-nums">{s.unsold}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
                <Link className={link} to="/ocop-stamp-batches">
                    <Trans>Stamp batches →</Trans>
                </Link>
            </section>
        </div>
    );
}

function TopProducts({ rows }: { rows: Figure[] }) {
    const { t } = useLingui();
    return (
        <Table aria-label={t`Top products`}>
            <TableHeader>
                <TableRow>
                    <TableHead className="w-8">#</TableHead>
                    <TableHead>
                        <Trans>Product</Trans>
                    </TableHead>
                    <TableHead className="text-right">
                        <Trans>Revenue</Trans>
                    </TableHead>
                    <TableHead className="text-right">
                        <Trans>Units</Trans>
                    </TableHead>
                </TableRow>
            </TableHeader>
            <TableBody>
                {rows.length === 0 && (
                    <TableRow>
                        <TableCell colSpan={4} className="text-muted-foreground">
                            <Trans>No sales in this period.</Trans>
                        </TableCell>
                    </TableRow>
                )}
                {rows.map((row, i) => (
                    <TableRow key={row.key}>
                        <TableCell>{i + 1}</TableCell>
                        <TableCell>{row.label}</TableCell>
                        <TableCell className="text-right tabular-nums">{money(row.revenue)}</TableCell>
                        <TableCell className="text-right tabular-nums">{row.units}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
}

/** Sales analytics for the office and Industry and Trade (ReadSalesReport). */
export function AnalyticsPage() {
    const { t } = useLingui();
    const [period, setPeriod] = useState<Period>(thisMonth);
    const report = useAdminQuery<any>(['ocop-sales-report', period.from, period.to], REPORT, {
        input: period,
        top: { ...period, take: 10 },
    });
    const trendFrom = monthsBefore(period.to, TREND_MONTHS - 1);
    const trendInput = { from: trendFrom, to: period.to };
    const trends = useAdminQuery<{ byChannel: TrendRow[]; total: TrendRow[] }>(
        ['ocop-sales-trend', trendFrom, period.to],
        TRENDS,
        { channel: { ...trendInput, dimension: 'CHANNEL' }, total: { ...trendInput, dimension: 'TOTAL' } },
    );
    const r = report.data?.salesReport;
    const months = monthsBetween(trendFrom, period.to);
    const tables: Array<[string, string, string, string, boolean]> = [
        ['byChannel', 'CHANNEL', t`By channel`, t`Channel`, true],
        ['bySalesPoint', 'SALES_POINT', t`By sales point`, t`Sales point`, true],
        ['byArea', 'AREA', t`By area (former district)`, t`Area`, false],
        ['byProducer', 'PRODUCER', t`By producer`, t`Producer`, false],
        ['byProductGroup', 'PRODUCT_GROUP', t`By product group`, t`Product group`, false],
        ['byStars', 'STARS', t`By OCOP stars`, t`Stars`, false],
    ];
    return (
        <Page pageId="ocop-analytics">
            <PageTitle>
                <Trans>Sales analytics</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="full" blockId="period" title={<Trans>Period</Trans>}>
                    <div className="flex flex-col gap-4">
                        <PeriodPicker value={period} onChange={setPeriod} />
                        <ErrorLine error={report.error} />
                        {r && <Totals figures={r} />}
                    </div>
                </PageBlock>
                <PageBlock column="full" blockId="trend" title={<Trans>Last {TREND_MONTHS} months</Trans>}>
                    <ErrorLine error={trends.error} />
                    {trends.data && (
                        <div className="grid gap-6 xl:grid-cols-2">
                            <ChannelTrendChart rows={trends.data.byChannel} months={months} />
                            <VolumeTrendChart rows={trends.data.total} months={months} />
                        </div>
                    )}
                </PageBlock>
                {r && (
                    <PageBlock column="full" blockId="breakdowns" title={<Trans>Breakdowns</Trans>}>
                        <div className="grid gap-8 2xl:grid-cols-2">
                            {tables.map(([field, dimension, title, heading, ordersAddUp]) => (
                                <section key={field} className="flex flex-col gap-2">
                                    <h3 className="font-semibold">{title}</h3>
                                    <FigureTable
                                        title={title}
                                        nameHeading={heading}
                                        dimension={dimension}
                                        rows={r[field]}
                                        total={r}
                                        ordersAddUp={ordersAddUp}
                                    />
                                </section>
                            ))}
                        </div>
                    </PageBlock>
                )}
                {report.data && (
                    <PageBlock column="full" blockId="top-products" title={<Trans>Top products</Trans>}>
                        <TopProducts rows={report.data.topProducts} />
                    </PageBlock>
                )}
                <PageBlock
                    column="full"
                    blockId="directive-checks"
                    title={<Trans>Directive checks at a glance</Trans>}
                >
                    <DirectiveChecks />
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

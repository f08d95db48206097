import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
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
    usePermissions,
} from '@vendure/dashboard';
import { useState } from 'react';
import {
    downloadWithSession,
    ErrorLine,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';
import { money, monthOf, monthsBefore, Period, PeriodPicker, thisMonth } from './sales-ui';

const KEPT = `
    query KeptSalesReports {
        salesReports(options: { take: 100 }) {
            totalItems
            items { id createdAt kind periodFrom periodTo xlsxUrl pdfUrl figures { revenue vat units orders } }
        }
    }
`;
const GENERATE = `
    mutation GenerateSalesReport($input: SalesReportInput!) {
        generateSalesReport(input: $input) { id periodFrom periodTo }
    }
`;

const fileName = (from: string, to: string, format: string) => `bao-cao-ban-hang-${from}-${to}.${format}`;

/**
 * The monthly reports of directive D7 as kept on the 1st, and a report of any period:
 * everyone who reads sales downloads it; the office (ManageSalesReports) may keep it.
 */
export function SalesReportsPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canKeep = hasPermissions(['ManageSalesReports']);
    // This month, as on the analytics page; the month the monthly report covers is one click away.
    const [period, setPeriod] = useState<Period>(thisMonth);
    const kept = useAdminQuery<any>(['ocop-sales-reports'], KEPT);
    const generate = useAdminMutation<{ input: Period }>(GENERATE, ['ocop-sales-reports']);
    const [downloadError, setDownloadError] = useState<unknown>(null);
    const [downloading, setDownloading] = useState<string | null>(null);
    const download = (path: string, name: string) => {
        setDownloadError(null);
        setDownloading(path);
        downloadWithSession(path, name)
            .catch(setDownloadError)
            .finally(() => setDownloading(null));
    };
    const periodPath = (format: string) =>
        `/sales-reports/period/report.${format}?from=${period.from}&to=${period.to}`;
    return (
        <Page pageId="ocop-sales-reports">
            <PageTitle>
                <Trans>Sales reports</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="full" blockId="period-report" title={<Trans>Report for a period</Trans>}>
                    <form
                        aria-label={t`Report for a period`}
                        className="flex flex-col gap-3"
                        onSubmit={e => {
                            e.preventDefault();
                            generate.mutate({ input: period });
                        }}
                    >
                        <div className="flex flex-wrap items-end gap-3">
                            <PeriodPicker value={period} onChange={setPeriod} />
                            <Button
                                type="button"
                                variant="outline"
                                onClick={() => setPeriod(monthOf(monthsBefore(thisMonth().from, 1)))}
                            >
                                <Trans>Last month</Trans>
                            </Button>
                        </div>
                        <div className="flex flex-wrap items-center gap-2">
                            <Button
                                type="button"
                                disabled={downloading !== null}
                                onClick={() =>
                                    download(periodPath('xlsx'), fileName(period.from, period.to, 'xlsx'))
                                }
                            >
                                <Trans>Download XLSX</Trans>
                            </Button>
                            <Button
                                type="button"
                                variant="outline"
                                disabled={downloading !== null}
                                onClick={() =>
                                    download(periodPath('pdf'), fileName(period.from, period.to, 'pdf'))
                                }
                            >
                                <Trans>Download PDF</Trans>
                            </Button>
                            {canKeep && (
                                <Button type="submit" variant="secondary" disabled={generate.isPending}>
                                    <Trans>Generate and keep</Trans>
                                </Button>
                            )}
                            {downloading && (
                                <span role="status" className="text-sm text-muted-foreground">
                                    <Trans>Preparing the file…</Trans>
                                </span>
                            )}
                            {generate.isSuccess && (
                                <span role="status" className="text-sm">
                                    <Trans>
                                        Report {generate.data.generateSalesReport.periodFrom} –{' '}
                                        {generate.data.generateSalesReport.periodTo} kept
                                    </Trans>
                                </span>
                            )}
                        </div>
                        {!canKeep && (
                            <p className="text-xs text-muted-foreground">
                                <Trans>
                                    Files of a period are written when downloaded; the coordination office
                                    keeps reports.
                                </Trans>
                            </p>
                        )}
                        <ErrorLine error={generate.error ?? downloadError} />
                    </form>
                </PageBlock>
                <PageBlock column="full" blockId="kept-reports" title={<Trans>Kept reports</Trans>}>
                    <ErrorLine error={kept.error} />
                    <Table aria-label={t`Kept reports`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Period</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Kind</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Written</Trans>
                                </TableHead>
                                <TableHead className="text-right">
                                    <Trans>Revenue</Trans>
                                </TableHead>
                                <TableHead className="text-right">
                                    <Trans>Orders</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Files</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {kept.data?.salesReports.items.length === 0 && (
                                <TableRow>
                                    <TableCell colSpan={6} className="text-muted-foreground">
                                        <Trans>
                                            No report kept yet: the monthly report is kept on the 1st of each
                                            month.
                                        </Trans>
                                    </TableCell>
                                </TableRow>
                            )}
                            {(kept.data?.salesReports.items ?? []).map((r: any) => (
                                <TableRow key={r.id}>
                                    <TableCell>
                                        {r.periodFrom} – {r.periodTo}
                                    </TableCell>
                                    <TableCell>{r.kind === 'MONTHLY' ? t`Monthly` : t`On request`}</TableCell>
                                    <TableCell>{new Date(r.createdAt).toLocaleString()}</TableCell>
                                    <TableCell className="text-right tabular-nums">
                                        {money(r.figures.revenue)}
                                    </TableCell>
                                    <TableCell className="text-right tabular-nums">
                                        {r.figures.orders}
                                    </TableCell>
                                    <TableCell className="flex flex-wrap gap-1">
                                        <Button
                                            size="sm"
                                            variant="outline"
                                            aria-label={t`XLSX of ${r.periodFrom} – ${r.periodTo}`}
                                            onClick={() =>
                                                download(
                                                    r.xlsxUrl,
                                                    fileName(r.periodFrom, r.periodTo, 'xlsx'),
                                                )
                                            }
                                        >
                                            XLSX
                                        </Button>
                                        <Button
                                            size="sm"
                                            variant="outline"
                                            aria-label={t`PDF of ${r.periodFrom} – ${r.periodTo}`}
                                            onClick={() =>
                                                download(r.pdfUrl, fileName(r.periodFrom, r.periodTo, 'pdf'))
                                            }
                                        >
                                            PDF
                                        </Button>
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

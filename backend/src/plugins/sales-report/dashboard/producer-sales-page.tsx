import { Trans, useLingui } from '@lingui/react/macro';
import { Page, PageBlock, PageLayout, PageTitle } from '@vendure/dashboard';
import { useState } from 'react';
import { ErrorLine, useAdminQuery } from '../../../dashboard/ocop-dashboard';
import { FIGURE, FigureTable, Period, PeriodPicker, thisMonth, Totals } from './sales-ui';

const PRODUCER_REPORT = `
    query ProducerSales($input: SalesReportInput!) {
        producerSalesReport(input: $input) {
            from to revenue vat units orders
            byChannel { ${FIGURE} }
            bySalesPoint { ${FIGURE} }
            byStars { ${FIGURE} }
            byProduct { ${FIGURE} }
        }
    }
`;

/**
 * A producer's own sales (ReadProducerSales): the server answers only in the producer's
 * own channel and only with its own ledger rows, whatever this page asks.
 */
export function ProducerSalesPage() {
    const { t } = useLingui();
    const [period, setPeriod] = useState<Period>(thisMonth);
    const report = useAdminQuery<any>(['ocop-producer-sales', period.from, period.to], PRODUCER_REPORT, {
        input: period,
    });
    const r = report.data?.producerSalesReport;
    const tables: Array<[string, string, string, string, boolean]> = [
        ['byProduct', 'PRODUCT', t`By product`, t`Product`, false],
        ['byChannel', 'CHANNEL', t`By channel`, t`Channel`, true],
        ['bySalesPoint', 'SALES_POINT', t`By sales point`, t`Sales point`, true],
        ['byStars', 'STARS', t`By OCOP stars`, t`Stars`, false],
    ];
    return (
        <Page pageId="ocop-producer-sales">
            <PageTitle>
                <Trans>My sales</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="full" blockId="period" title={<Trans>Period</Trans>}>
                    <div className="flex flex-col gap-4">
                        <PeriodPicker value={period} onChange={setPeriod} />
                        <ErrorLine error={report.error} />
                        {r && <Totals figures={r} />}
                    </div>
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
            </PageLayout>
        </Page>
    );
}

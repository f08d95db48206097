import { Trans, useLingui } from '@lingui/react/macro';
import {
    defineDashboardExtension,
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
import { Store } from 'lucide-react';
import { ErrorLine, ocopNav, StatusBadge, useAdminQuery } from '../../../dashboard/ocop-dashboard';

const SALES_POINTS = `
    query SalesPointsOverview {
        salesPoints(options: { take: 200 }) {
            totalItems
            items { id code name kind area commune phone active fair { name } }
        }
        tradeFairs(options: { take: 100 }) { totalItems items { id code name venue startsOn endsOn organiser active } }
        areasWithoutShowroom
    }
`;

function SalesPointsPage() {
    const { t } = useLingui();
    const data = useAdminQuery<any>(['ocop-sales-points'], SALES_POINTS);
    const missing: string[] = data.data?.areasWithoutShowroom ?? [];
    return (
        <Page pageId="ocop-sales-points">
            <PageTitle>
                <Trans>Showrooms and trade fairs</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="side" blockId="d4" title={<Trans>Areas without a showroom (D4)</Trans>}>
                    {missing.length ? (
                        <ul className="list-disc pl-5 text-sm">
                            {missing.map(area => (
                                <li key={area}>{area}</li>
                            ))}
                        </ul>
                    ) : (
                        <p className="text-sm">
                            <Trans>Every area has an active showroom.</Trans>
                        </p>
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="sales-points" title={<Trans>Sales points</Trans>}>
                    <ErrorLine error={data.error} />
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Code</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Name</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Kind</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Area</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(data.data?.salesPoints.items ?? []).map((s: any) => (
                                <TableRow key={s.id}>
                                    <TableCell className="font-mono text-xs">{s.code}</TableCell>
                                    <TableCell>{s.name}</TableCell>
                                    <TableCell>
                                        {s.kind === 'SHOWROOM'
                                            ? t`Showroom`
                                            : t`Fair booth · ${s.fair?.name ?? ''}`}
                                    </TableCell>
                                    <TableCell>
                                        {s.commune}, {s.area}
                                    </TableCell>
                                    <TableCell>
                                        <StatusBadge tone={s.active ? 'good' : 'plain'}>
                                            {s.active ? t`Open` : t`Closed`}
                                        </StatusBadge>
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
                <PageBlock column="main" blockId="fairs" title={<Trans>Trade fairs</Trans>}>
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Name</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Venue</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Dates</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Organiser</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(data.data?.tradeFairs.items ?? []).map((f: any) => (
                                <TableRow key={f.id}>
                                    <TableCell>{f.name}</TableCell>
                                    <TableCell>{f.venue}</TableCell>
                                    <TableCell>
                                        {f.startsOn} → {f.endsOn}
                                    </TableCell>
                                    <TableCell>{f.organiser ?? '—'}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-sales-points',
            id: 'ocop-sales-points',
            title: 'Showrooms and fairs',
            icon: Store,
            order: 400,
            requiresPermission: ['ManageSalesPoints', 'ManageTradeFairs'],
        },
    ]),
    routes: [{ path: '/ocop-sales-points', component: () => <SalesPointsPage /> }],
});

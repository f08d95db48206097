import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
    defineDashboardExtension,
    Link,
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
import { ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { StampAlertPage } from './stamp-alert-page';
import {
    ErrorLine,
    ocopNav,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';

const ALERTS = `
    query StampAlerts($options: StampAlertListOptions) {
        stampAlerts(options: $options) { totalItems items { id createdAt kind detail resolved code serial productName variantName } }
    }
`;
const RESOLVE = `mutation ResolveStampAlert($id: ID!) { resolveStampAlert(id: $id) { id resolved } }`;

function StampAlertsPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canResolve = hasPermissions(['ReadStampAlerts']);
    const seesPosConflicts = hasPermissions(['ReadPosConflicts']);
    const [resolved, setResolved] = useState(false);
    const alerts = useAdminQuery<any>(['ocop-stamp-alerts', resolved], ALERTS, { options: { resolved } });
    const resolve = useAdminMutation<{ id: string }>(RESOLVE, ['ocop-stamp-alerts']);
    const kinds: Record<string, string> = {
        MANY_CLIENTS: t`Checked from too many places after sale`,
        REUSE_ATTEMPT: t`Sold stamp offered again (POS sync)`,
        RESERVATION_SHORT: t`Void hit units promised to orders`,
        COUNTERFEIT_SUSPECT: t`Suspicious scan at a sales point`,
    };
    return (
        <Page pageId="ocop-stamp-alerts">
            <PageTitle>
                <Trans>Counterfeit alerts</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="alerts">
                    <div className="mb-3 flex gap-2">
                        <Button
                            size="sm"
                            variant={resolved ? 'outline' : 'default'}
                            onClick={() => setResolved(false)}
                        >
                            <Trans>Open</Trans>
                        </Button>
                        <Button
                            size="sm"
                            variant={resolved ? 'default' : 'outline'}
                            onClick={() => setResolved(true)}
                        >
                            <Trans>Resolved</Trans>
                        </Button>
                    </div>
                    {seesPosConflicts && (
                        <p className="mb-3 text-sm text-muted-foreground">
                            <Trans>
                                What else POS sales ran into when they synced (prices, payments, stock), and
                                every suspicious scan at a sales point:
                            </Trans>{' '}
                            <Link to={'/ocop-pos-conflicts' as any} className="underline">
                                <Trans>POS conflicts</Trans>
                            </Link>
                        </p>
                    )}
                    <ErrorLine error={alerts.error ?? resolve.error} />
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Raised</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Kind</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Stamp</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Product</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Detail</Trans>
                                </TableHead>
                                {canResolve && <TableHead />}
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(alerts.data?.stampAlerts.items ?? []).map((a: any) => (
                                <TableRow key={a.id}>
                                    <TableCell>{new Date(a.createdAt).toLocaleString()}</TableCell>
                                    <TableCell>
                                        <StatusBadge tone={a.resolved ? 'plain' : 'bad'}>
                                            {kinds[a.kind] ?? a.kind}
                                        </StatusBadge>
                                    </TableCell>
                                    <TableCell className="font-mono text-xs">
                                        {a.serial}
                                        <br />
                                        <a
                                            href={`/v/${a.code}`}
                                            target="_blank"
                                            rel="noreferrer"
                                            className="underline"
                                        >
                                            <Trans>Stamp page</Trans>
                                        </a>
                                    </TableCell>
                                    <TableCell>
                                        {a.productName} {a.variantName && `· ${a.variantName}`}
                                    </TableCell>
                                    <TableCell>
                                        {a.detail}
                                        <br />
                                        <Link to={`/ocop-stamp-alerts/${a.id}` as any} className="underline">
                                            <Trans>Stamp history</Trans>
                                        </Link>
                                    </TableCell>
                                    {canResolve && (
                                        <TableCell>
                                            {!a.resolved && (
                                                <Button
                                                    size="sm"
                                                    onClick={() => resolve.mutate({ id: a.id })}
                                                >
                                                    <Trans>Resolve</Trans>
                                                </Button>
                                            )}
                                        </TableCell>
                                    )}
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
            url: '/ocop-stamp-alerts',
            id: 'ocop-stamp-alerts',
            title: 'Counterfeit alerts',
            icon: ShieldAlert,
            order: 350,
            requiresPermission: 'ReadStampAlerts',
        },
    ]),
    routes: [
        {
            path: '/ocop-stamp-alerts',
            component: () => <StampAlertsPage />,
        },
        {
            path: '/ocop-stamp-alerts/$id',
            component: route => <StampAlertPage alertId={(route.useParams() as { id: string }).id} />,
        },
    ],
});

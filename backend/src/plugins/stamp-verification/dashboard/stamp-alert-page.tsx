import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
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
} from '@vendure/dashboard';
import { ErrorLine, StatusBadge, useAdminMutation, useAdminQuery } from '../../../dashboard/ocop-dashboard';

const ALERT = `
    query StampAlertWithHistory($id: ID!) {
        stampAlert(id: $id) {
            id createdAt kind detail resolved code serial productName variantName
            history {
                stampId code serial status productName variantName sku lotCode batchId productionDate expiryDate
                currentLocation variantUnitsReserved
                events { at kind location fromLocation channel orderCode sellerOrderCode detail }
                checkCount checkClients firstCheckAt lastCheckAt
                checksByDay { day checks clients }
                recentChecks { at via result client }
            }
        }
    }
`;
const RESOLVE = `mutation ResolveStampAlert($id: ID!) { resolveStampAlert(id: $id) { id resolved } }`;

/** One alert with the stamp's whole history (issue 9): the office decides from this page. */
export function StampAlertPage({ alertId }: { alertId: string }) {
    const { t } = useLingui();
    const alert = useAdminQuery<any>(['ocop-stamp-alerts', 'one', alertId], ALERT, { id: alertId });
    const resolve = useAdminMutation<{ id: string }>(RESOLVE, ['ocop-stamp-alerts']);
    const a = alert.data?.stampAlert;
    const h = a?.history;
    const statusText: Record<string, string> = { ISSUED: t`Unsold`, SOLD: t`Sold`, VOID: t`Void` };
    const channelText = (c: string | null) =>
        c === 'ONLINE' ? t`online order` : c === 'SALES_POINT' ? t`POS sale` : '';

    function describe(e: any): string {
        switch (e.kind) {
            case 'ISSUED':
                return t`Issued, lot ${e.detail}, at ${e.location ?? '—'}`;
            case 'MOVED':
                return e.detail === 'RETURNED'
                    ? t`Sent back from ${e.fromLocation ?? '—'} to ${e.location ?? '—'}`
                    : t`Received at ${e.location ?? '—'} from ${e.fromLocation ?? '—'}`;
            case 'SOLD': {
                const how = channelText(e.channel);
                const seller = e.sellerOrderCode ? ` (${e.sellerOrderCode})` : '';
                return t`Sold: ${how} ${e.orderCode ?? ''}${seller} at ${e.location ?? '—'}`;
            }
            case 'RETURNED':
                return t`Returned: the sale ${e.orderCode ?? ''} was undone, the stamp is unsold again`;
            case 'VOIDED':
                return t`Voided: ${e.detail ?? ''}`;
            case 'ALERT':
                return t`Alert: ${e.detail ?? ''}`;
            default:
                return e.kind;
        }
    }

    return (
        <Page pageId="ocop-stamp-alert">
            <PageTitle>
                {a ? <Trans>Stamp {a.serial}: history</Trans> : <Trans>Stamp history</Trans>}
            </PageTitle>
            <PageLayout>
                <PageBlock column="side" blockId="stamp" title={<Trans>Stamp</Trans>}>
                    <ErrorLine error={alert.error ?? resolve.error} />
                    {alert.isSuccess && !a && (
                        <p role="alert" className="text-sm">
                            <Trans>No such alert.</Trans>
                        </p>
                    )}
                    {h && (
                        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                            <dt className="font-medium">
                                <Trans>Serial</Trans>
                            </dt>
                            <dd className="font-mono">{h.serial}</dd>
                            <dt className="font-medium">
                                <Trans>Code</Trans>
                            </dt>
                            <dd className="font-mono text-xs">
                                <a
                                    href={`/v/${h.code}`}
                                    target="_blank"
                                    rel="noreferrer"
                                    className="underline"
                                >
                                    {h.code}
                                </a>
                            </dd>
                            <dt className="font-medium">
                                <Trans>Status</Trans>
                            </dt>
                            <dd>
                                <StatusBadge
                                    tone={
                                        h.status === 'ISSUED' ? 'plain' : h.status === 'SOLD' ? 'good' : 'bad'
                                    }
                                >
                                    {statusText[h.status] ?? h.status}
                                </StatusBadge>
                            </dd>
                            <dt className="font-medium">
                                <Trans>Product</Trans>
                            </dt>
                            <dd>
                                {h.productName} · {h.variantName}{' '}
                                <span className="font-mono text-xs">{h.sku}</span>
                            </dd>
                            <dt className="font-medium">
                                <Trans>Lot</Trans>
                            </dt>
                            <dd>
                                {h.lotCode} ({h.productionDate} → {h.expiryDate})
                            </dd>
                            <dt className="font-medium">
                                <Trans>Now at</Trans>
                            </dt>
                            <dd>{h.currentLocation ?? '—'}</dd>
                            <dt className="font-medium">
                                <Trans>Checks</Trans>
                            </dt>
                            <dd>
                                <Trans>
                                    {h.checkCount} checks from {h.checkClients} clients
                                </Trans>
                            </dd>
                            <dt className="font-medium">
                                <Trans>Reserved</Trans>
                            </dt>
                            <dd>
                                <Trans>
                                    {h.variantUnitsReserved} units of this variant held by placed orders
                                </Trans>
                            </dd>
                        </dl>
                    )}
                    {a && (
                        <div className="mt-3 flex flex-col gap-2 text-sm">
                            <p>{a.detail}</p>
                            {!a.resolved && (
                                <div>
                                    <Button size="sm" onClick={() => resolve.mutate({ id: a.id })}>
                                        <Trans>Resolve</Trans>
                                    </Button>
                                </div>
                            )}
                            <Link to={'/ocop-stamp-alerts' as any} className="underline">
                                <Trans>Back to alerts</Trans>
                            </Link>
                        </div>
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="events" title={<Trans>What happened to this stamp</Trans>}>
                    <Table aria-label={t`Stamp history`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>When</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Event</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(h?.events ?? []).map((e: any, i: number) => (
                                <TableRow key={i} data-kind={e.kind}>
                                    <TableCell className="whitespace-nowrap">
                                        {new Date(e.at).toLocaleString()}
                                    </TableCell>
                                    <TableCell className="whitespace-normal">{describe(e)}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
                <PageBlock column="main" blockId="checks" title={<Trans>Public checks</Trans>}>
                    {h && h.checkCount === 0 && (
                        <p className="text-sm text-muted-foreground">
                            <Trans>Nobody has checked this stamp.</Trans>
                        </p>
                    )}
                    {h && h.checkCount > 0 && (
                        <div className="grid gap-4 md:grid-cols-2">
                            <Table aria-label={t`Checks per day`}>
                                <TableHeader>
                                    <TableRow>
                                        <TableHead>
                                            <Trans>Day</Trans>
                                        </TableHead>
                                        <TableHead>
                                            <Trans>Checks</Trans>
                                        </TableHead>
                                        <TableHead>
                                            <Trans>Clients</Trans>
                                        </TableHead>
                                    </TableRow>
                                </TableHeader>
                                <TableBody>
                                    {h.checksByDay.map((d: any) => (
                                        <TableRow key={d.day}>
                                            <TableCell>{d.day}</TableCell>
                                            <TableCell>{d.checks}</TableCell>
                                            <TableCell>{d.clients}</TableCell>
                                        </TableRow>
                                    ))}
                                </TableBody>
                            </Table>
                            <Table aria-label={t`Latest checks`}>
                                <TableHeader>
                                    <TableRow>
                                        <TableHead>
                                            <Trans>Time</Trans>
                                        </TableHead>
                                        <TableHead>
                                            <Trans>Client</Trans>
                                        </TableHead>
                                        <TableHead>
                                            <Trans>Result</Trans>
                                        </TableHead>
                                    </TableRow>
                                </TableHeader>
                                <TableBody>
                                    {h.recentChecks.map((c: any, i: number) => (
                                        <TableRow key={i}>
                                            <TableCell className="whitespace-nowrap">
                                                {new Date(c.at).toLocaleString()}
                                            </TableCell>
                                            <TableCell>#{c.client}</TableCell>
                                            <TableCell>
                                                {c.result} · {c.via}
                                            </TableCell>
                                        </TableRow>
                                    ))}
                                </TableBody>
                            </Table>
                        </div>
                    )}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
    Input,
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
import { FormEvent, useState } from 'react';
import {
    ErrorLine,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
    vietnamDateTime,
} from '../../../dashboard/ocop-dashboard';
import { SalesPointCell, SalesPointFilter, useManagedSalesPoints } from './common';

const CONFLICTS = `
    query PosConflictList($resolved: Boolean, $salesPointId: ID) {
        posConflicts(resolved: $resolved, salesPointId: $salesPointId) {
            id salesPointId code message stampCode orderCode createdAt resolved resolution
        }
    }
`;
const SUSPECT = `
    query PosSuspectScanList($salesPointId: ID) {
        posSuspectScans(salesPointId: $salesPointId) { id scanned status salesPointId detail createdAt }
    }
`;
const RESOLVE = `mutation ResolvePosConflict($id: ID!, $note: String!) { resolvePosConflict(id: $id, note: $note) { id resolved } }`;

function ResolveForm({ id, onDone }: { id: string; onDone: () => void }) {
    const { t } = useLingui();
    const resolve = useAdminMutation<{ id: string; note: string }>(RESOLVE, ['ocop-pos-conflicts']);
    const [note, setNote] = useState('');
    const submit = (event: FormEvent) => {
        event.preventDefault();
        resolve.mutate({ id, note }, { onSuccess: onDone });
    };
    return (
        <form onSubmit={submit} aria-label={t`Resolve conflict ${id}`} className="flex flex-col gap-2">
            <Input
                name="note"
                required
                maxLength={1000}
                placeholder={t`How it was sorted out`}
                aria-label={t`How it was sorted out`}
                value={note}
                onChange={e => setNote(e.target.value)}
            />
            <div className="flex gap-2">
                <Button size="sm" type="submit" disabled={resolve.isPending}>
                    <Trans>Resolve</Trans>
                </Button>
                <Button size="sm" type="button" variant="ghost" onClick={onDone}>
                    <Trans>Cancel</Trans>
                </Button>
            </div>
            <ErrorLine error={resolve.error} />
        </form>
    );
}

/**
 * What synced sales ran into (the sale is always kept) and, for the office, stamps scanned at
 * a sales point that cannot be on its shelf. Known stamps of those scans are also counterfeit
 * alerts, with the stamp's whole history: this page links there rather than repeating it.
 */
export function PosConflictsPage() {
    const { t, i18n } = useLingui();
    const { hasPermissions } = usePermissions();
    const seesScans = hasPermissions(['ReadStampAlerts']);
    const { points, byId, error: pointsError } = useManagedSalesPoints();
    const [salesPointId, setSalesPointId] = useState('');
    const [resolved, setResolved] = useState(false);
    const [resolving, setResolving] = useState('');
    const conflicts = useAdminQuery<any>(['ocop-pos-conflicts', resolved, salesPointId], CONFLICTS, {
        resolved,
        salesPointId: salesPointId || null,
    });
    const scans = useAdminQuery<any>(
        ['ocop-pos-suspect-scans', salesPointId],
        SUSPECT,
        { salesPointId: salesPointId || null },
        seesScans,
    );
    const when = (iso: string | null) => vietnamDateTime(iso, i18n.locale);
    const kinds: Record<string, string> = {
        STAMP_ALREADY_SOLD: t`Stamp sold before`,
        STAMP_VOID: t`Void stamp`,
        STAMP_UNKNOWN: t`Unknown stamp`,
        STAMP_WRONG_PRODUCT: t`Stamp of another product`,
        STAMP_ELSEWHERE: t`Stamp registered elsewhere`,
        PRODUCT_NOT_SELLABLE: t`Product not sellable`,
        UNITS_PROMISED_ONLINE: t`Units promised to online orders`,
        STOCK_BELOW_ZERO: t`Stock below zero`,
        PRICE_CHANGED: t`Price changed`,
        PAYMENT_MISMATCH: t`Payments differ from the total`,
        SHIFT_CLOSED: t`Shift already closed`,
    };
    const scanStatus: Record<string, string> = {
        UNKNOWN: t`Not in the stamp register`,
        SOLD: t`Already sold`,
        VOID: t`Void`,
        ELSEWHERE: t`Registered at another location`,
    };
    const rows: any[] = conflicts.data?.posConflicts ?? [];
    return (
        <Page pageId="ocop-pos-conflicts">
            <PageTitle>
                <Trans>POS conflicts and suspicious scans</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock
                    column="full"
                    blockId="conflicts"
                    title={<Trans>Conflicts found when sales synced</Trans>}
                >
                    <SalesPointFilter points={points} value={salesPointId} onChange={setSalesPointId} />
                    <div className="mb-3 flex gap-2">
                        <Button
                            size="sm"
                            variant={resolved ? 'outline' : 'default'}
                            aria-pressed={!resolved}
                            onClick={() => setResolved(false)}
                        >
                            <Trans>Open</Trans>
                        </Button>
                        <Button
                            size="sm"
                            variant={resolved ? 'default' : 'outline'}
                            aria-pressed={resolved}
                            onClick={() => setResolved(true)}
                        >
                            <Trans>Resolved</Trans>
                        </Button>
                    </div>
                    <ErrorLine error={conflicts.error ?? pointsError} />
                    <Table aria-label={t`Conflicts found when sales synced`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Synced · order</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Sales point</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Kind</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Detail</Trans>
                                </TableHead>
                                <TableHead />
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {rows.map(c => (
                                <TableRow key={c.id}>
                                    <TableCell>
                                        {when(c.createdAt)}
                                        <span className="block font-mono text-xs text-muted-foreground">
                                            {c.orderCode}
                                        </span>
                                    </TableCell>
                                    <TableCell className="min-w-48 whitespace-normal">
                                        <SalesPointCell
                                            point={byId.get(c.salesPointId)}
                                            id={c.salesPointId}
                                        />
                                    </TableCell>
                                    <TableCell>
                                        <StatusBadge tone={c.resolved ? 'plain' : 'wait'}>
                                            {kinds[c.code] ?? c.code}
                                        </StatusBadge>
                                    </TableCell>
                                    <TableCell className="min-w-64 max-w-md whitespace-normal text-sm">
                                        {c.message}
                                        {c.stampCode && (
                                            <>
                                                <br />
                                                <a
                                                    href={`/v/${c.stampCode}`}
                                                    target="_blank"
                                                    rel="noreferrer"
                                                    className="underline"
                                                >
                                                    <Trans>Stamp page</Trans>
                                                </a>
                                            </>
                                        )}
                                        {c.resolution && (
                                            <p className="mt-1 text-muted-foreground">
                                                <Trans>Resolution: {c.resolution}</Trans>
                                            </p>
                                        )}
                                    </TableCell>
                                    <TableCell>
                                        {!c.resolved &&
                                            (resolving === c.id ? (
                                                <ResolveForm id={c.id} onDone={() => setResolving('')} />
                                            ) : (
                                                <Button
                                                    size="sm"
                                                    variant="outline"
                                                    onClick={() => setResolving(c.id)}
                                                >
                                                    <Trans>Resolve</Trans>
                                                </Button>
                                            ))}
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                    {conflicts.isSuccess && !rows.length && (
                        <p className="mt-3 text-sm">
                            {resolved ? (
                                <Trans>No resolved conflicts.</Trans>
                            ) : (
                                <Trans>No open conflicts.</Trans>
                            )}
                        </p>
                    )}
                </PageBlock>
                {seesScans && (
                    <PageBlock
                        column="full"
                        blockId="suspect-scans"
                        title={<Trans>Suspicious scans at sales points</Trans>}
                    >
                        <p className="mb-3 text-sm text-muted-foreground">
                            <Trans>
                                A stamp scanned at a sales point that cannot be a unit on its shelf. When the
                                stamp exists, it is also a counterfeit alert with the stamp&apos;s whole
                                history:
                            </Trans>{' '}
                            <Link to={'/ocop-stamp-alerts' as any} className="underline">
                                <Trans>Counterfeit alerts</Trans>
                            </Link>
                        </p>
                        <ErrorLine error={scans.error} />
                        <Table aria-label={t`Suspicious scans at sales points`}>
                            <TableHeader>
                                <TableRow>
                                    <TableHead>
                                        <Trans>Scanned</Trans>
                                    </TableHead>
                                    <TableHead>
                                        <Trans>Sales point</Trans>
                                    </TableHead>
                                    <TableHead>
                                        <Trans>What was scanned</Trans>
                                    </TableHead>
                                    <TableHead>
                                        <Trans>Finding</Trans>
                                    </TableHead>
                                </TableRow>
                            </TableHeader>
                            <TableBody>
                                {(scans.data?.posSuspectScans ?? []).map((s: any) => (
                                    <TableRow key={s.id}>
                                        <TableCell>{when(s.createdAt)}</TableCell>
                                        <TableCell className="min-w-48 whitespace-normal">
                                            <SalesPointCell
                                                point={byId.get(s.salesPointId)}
                                                id={s.salesPointId}
                                            />
                                        </TableCell>
                                        <TableCell className="max-w-xs whitespace-normal break-all font-mono text-xs">
                                            {s.scanned}
                                        </TableCell>
                                        <TableCell className="min-w-64 whitespace-normal">
                                            <StatusBadge tone="bad">
                                                {scanStatus[s.status] ?? s.status}
                                            </StatusBadge>
                                            <p className="mt-1 text-xs text-muted-foreground">{s.detail}</p>
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </PageBlock>
                )}
            </PageLayout>
        </Page>
    );
}

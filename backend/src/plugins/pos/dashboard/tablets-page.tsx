import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
    ConfirmationDialog,
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
import { useState } from 'react';
import {
    ErrorLine,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
    vietnamDateTime,
} from '../../../dashboard/ocop-dashboard';
import { SalesPointCell, SalesPointFilter, useManagedSalesPoints } from './common';

const TABLETS = `
    query PosTablets($salesPointId: ID) {
        posTablets(salesPointId: $salesPointId) {
            id name salesPointId enrolledAt revokedAt lastSeenAt enrolledBy { id name }
        }
    }
`;
const REVOKE = `mutation RevokePosTablet($id: ID!) { revokePosTablet(id: $id) { id revokedAt } }`;

interface TabletRow {
    id: string;
    name: string;
    salesPointId: string;
    enrolledAt: string;
    revokedAt: string | null;
    lastSeenAt: string | null;
    enrolledBy: { id: string; name: string } | null;
}

/** Tablets enrolled to the sales points the user manages; a lost or replaced one is revoked here. */
export function PosTabletsPage() {
    const { t, i18n } = useLingui();
    const { points, byId, error: pointsError } = useManagedSalesPoints();
    const [salesPointId, setSalesPointId] = useState('');
    const [revoked, setRevoked] = useState('');
    const tablets = useAdminQuery<{ posTablets: TabletRow[] }>(['ocop-pos-tablets', salesPointId], TABLETS, {
        salesPointId: salesPointId || null,
    });
    const revoke = useAdminMutation<{ id: string }>(REVOKE, ['ocop-pos-tablets']);
    const when = (iso: string | null) => vietnamDateTime(iso, i18n.locale);
    const rows = tablets.data?.posTablets ?? [];
    return (
        <Page pageId="ocop-pos-tablets">
            <PageTitle>
                <Trans>POS tablets</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="full" blockId="tablets">
                    <SalesPointFilter points={points} value={salesPointId} onChange={setSalesPointId} />
                    <p className="mb-3 text-sm text-muted-foreground">
                        <Trans>
                            A tablet is enrolled on the tablet itself, in the POS app, with a sales point
                            manager&apos;s login.
                        </Trans>
                    </p>
                    {revoked && (
                        <p role="status" className="mb-3 text-sm text-green-700">
                            {t`Revoked: ${revoked}. It can no longer sign in or send sales.`}
                        </p>
                    )}
                    <ErrorLine error={tablets.error ?? pointsError ?? revoke.error} />
                    <Table aria-label={t`POS tablets`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Tablet</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Sales point</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Enrolled</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Last seen (sync)</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                                <TableHead />
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {rows.map(tablet => (
                                <TableRow key={tablet.id}>
                                    <TableCell>{tablet.name}</TableCell>
                                    <TableCell className="min-w-48 whitespace-normal">
                                        <SalesPointCell
                                            point={byId.get(tablet.salesPointId)}
                                            id={tablet.salesPointId}
                                        />
                                    </TableCell>
                                    <TableCell className="whitespace-normal text-sm">
                                        <span className="whitespace-nowrap">{when(tablet.enrolledAt)}</span>
                                        <br />
                                        {tablet.enrolledBy && (
                                            <span className="text-muted-foreground">
                                                {t`by ${tablet.enrolledBy.name}`}
                                            </span>
                                        )}
                                    </TableCell>
                                    <TableCell>{when(tablet.lastSeenAt)}</TableCell>
                                    <TableCell>
                                        <StatusBadge tone={tablet.revokedAt ? 'plain' : 'good'}>
                                            {tablet.revokedAt
                                                ? t`Revoked ${when(tablet.revokedAt)}`
                                                : t`In use`}
                                        </StatusBadge>
                                    </TableCell>
                                    <TableCell>
                                        {!tablet.revokedAt && (
                                            <ConfirmationDialog
                                                title={t`Revoke the tablet “${tablet.name}”?`}
                                                description={t`It stops working at once: it can no longer sign in, sell or send sales. Sales it has not sent yet stay on it and can no longer be sent, so sync it first if you still have it. To use it again, enrol it anew with a manager's login.`}
                                                confirmText={t`Revoke`}
                                                cancelText={t`Cancel`}
                                                onConfirm={() =>
                                                    revoke.mutate(
                                                        { id: tablet.id },
                                                        { onSuccess: () => setRevoked(tablet.name) },
                                                    )
                                                }
                                            >
                                                <Button
                                                    size="sm"
                                                    variant="destructive"
                                                    aria-label={t`Revoke ${tablet.name}`}
                                                >
                                                    <Trans>Revoke</Trans>
                                                </Button>
                                            </ConfirmationDialog>
                                        )}
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                    {tablets.isSuccess && !rows.length && (
                        <p className="mt-3 text-sm">
                            <Trans>No tablet enrolled yet.</Trans>
                        </p>
                    )}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

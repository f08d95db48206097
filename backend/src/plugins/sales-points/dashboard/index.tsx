import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
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
    usePermissions,
} from '@vendure/dashboard';
import { Store } from 'lucide-react';
import { useState } from 'react';
import { ErrorLine, ocopNav, StatusBadge, useAdminQuery } from '../../../dashboard/ocop-dashboard';
import { SALES_POINT_EDIT_FIELDS, SalesPointForm, TradeFairForm } from './forms';

const SALES_POINTS = `
    query SalesPointsOverview {
        salesPoints(options: { take: 200 }) {
            totalItems
            items { id code name kind area commune phone active fairId fair { name } ${SALES_POINT_EDIT_FIELDS} }
        }
        tradeFairs(options: { take: 100 }) { totalItems items { id code name venue province startsOn endsOn organiser active } }
        areasWithoutShowroom
    }
`;

type Editing =
    | { type: 'point'; point?: any; kind: 'SHOWROOM' | 'FAIR_BOOTH'; fairId?: string }
    | { type: 'fair'; fair?: any }
    | null;

function SalesPointsPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canShowrooms = hasPermissions(['ManageSalesPoints']);
    const canFairs = canShowrooms || hasPermissions(['ManageTradeFairs']);
    const [editing, setEditing] = useState<Editing>(null);
    const done = () => setEditing(null);
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
                {editing && (
                    <PageBlock column="main" blockId="edit">
                        {editing.type === 'point' ? (
                            <SalesPointForm
                                key={editing.point?.id ?? `new-${editing.kind}-${editing.fairId ?? ''}`}
                                point={editing.point}
                                kind={editing.kind}
                                fairId={editing.fairId}
                                onDone={done}
                            />
                        ) : (
                            <TradeFairForm
                                key={editing.fair?.id ?? 'new-fair'}
                                fair={editing.fair}
                                onDone={done}
                            />
                        )}
                    </PageBlock>
                )}
                <PageBlock column="main" blockId="sales-points" title={<Trans>Sales points</Trans>}>
                    <ErrorLine error={data.error} />
                    {canShowrooms && (
                        <div className="mb-3">
                            <Button size="sm" onClick={() => setEditing({ type: 'point', kind: 'SHOWROOM' })}>
                                <Trans>New showroom</Trans>
                            </Button>
                        </div>
                    )}
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
                                <TableHead />
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
                                    <TableCell>
                                        {(s.kind === 'SHOWROOM' ? canShowrooms : canFairs) && (
                                            <Button
                                                size="sm"
                                                variant="outline"
                                                aria-label={t`Edit ${s.code}`}
                                                onClick={() =>
                                                    setEditing({ type: 'point', point: s, kind: s.kind })
                                                }
                                            >
                                                <Trans>Edit</Trans>
                                            </Button>
                                        )}
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
                <PageBlock column="main" blockId="fairs" title={<Trans>Trade fairs</Trans>}>
                    {canFairs && (
                        <div className="mb-3">
                            <Button size="sm" onClick={() => setEditing({ type: 'fair' })}>
                                <Trans>New trade fair</Trans>
                            </Button>
                        </div>
                    )}
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
                                <TableHead />
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
                                    <TableCell className="flex flex-wrap gap-1">
                                        {canFairs && (
                                            <>
                                                <Button
                                                    size="sm"
                                                    variant="outline"
                                                    aria-label={t`Edit ${f.code}`}
                                                    onClick={() => setEditing({ type: 'fair', fair: f })}
                                                >
                                                    <Trans>Edit</Trans>
                                                </Button>
                                                <Button
                                                    size="sm"
                                                    variant="outline"
                                                    onClick={() =>
                                                        setEditing({
                                                            type: 'point',
                                                            kind: 'FAIR_BOOTH',
                                                            fairId: f.id,
                                                        })
                                                    }
                                                >
                                                    <Trans>Add booth</Trans>
                                                </Button>
                                            </>
                                        )}
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

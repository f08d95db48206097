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
import { Factory } from 'lucide-react';
import {
    ErrorLine,
    ocopNav,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';

const PRODUCERS = `
    query Producers {
        producers(options: { take: 200 }) { totalItems items { id code legalName type commune area phone email active } }
        producerApplications(status: PENDING) { id createdAt legalName type commune area contactName phone email story }
    }
`;
const SET_ACTIVE = `mutation SetProducerActive($id: ID!, $active: Boolean!) { setProducerActive(id: $id, active: $active) { id active } }`;
const APPROVE = `
    mutation ApproveProducerApplication($input: ApproveProducerApplicationInput!) {
        approveProducerApplication(input: $input) { id status producerId }
    }
`;
const REJECT = `mutation RejectProducerApplication($id: ID!, $note: String!) { rejectProducerApplication(id: $id, note: $note) { id status } }`;

function ProducersPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canManage = hasPermissions(['ManageProducers']);
    const data = useAdminQuery<any>(['ocop-producers'], PRODUCERS);
    const setActive = useAdminMutation<{ id: string; active: boolean }>(SET_ACTIVE, ['ocop-producers']);
    const approve = useAdminMutation<{ input: { id: string; code: string } }>(APPROVE, ['ocop-producers']);
    const reject = useAdminMutation<{ id: string; note: string }>(REJECT, ['ocop-producers']);
    const applications = data.data?.producerApplications ?? [];
    return (
        <Page pageId="ocop-producers">
            <PageTitle>
                <Trans>OCOP producers</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="applications" title={<Trans>Applications waiting</Trans>}>
                    <ErrorLine error={data.error ?? setActive.error ?? approve.error ?? reject.error} />
                    {applications.length === 0 ? (
                        <p className="text-muted-foreground">
                            <Trans>No application is waiting.</Trans>
                        </p>
                    ) : (
                        <Table>
                            <TableHeader>
                                <TableRow>
                                    <TableHead>
                                        <Trans>Applicant</Trans>
                                    </TableHead>
                                    <TableHead>
                                        <Trans>Area</Trans>
                                    </TableHead>
                                    <TableHead>
                                        <Trans>Contact</Trans>
                                    </TableHead>
                                    {canManage && <TableHead />}
                                </TableRow>
                            </TableHeader>
                            <TableBody>
                                {applications.map((a: any) => (
                                    <TableRow key={a.id}>
                                        <TableCell>
                                            <strong>{a.legalName}</strong> ({a.type})
                                            <p className="text-sm">{a.story}</p>
                                        </TableCell>
                                        <TableCell>
                                            {a.commune}, {a.area}
                                        </TableCell>
                                        <TableCell>
                                            {a.contactName} · {a.phone} · {a.email}
                                        </TableCell>
                                        {canManage && (
                                            <TableCell className="flex gap-1">
                                                <Button
                                                    size="sm"
                                                    onClick={() => {
                                                        const code = window.prompt(
                                                            t`Producer code (e.g. hs-huou-tuan-hau)`,
                                                        );
                                                        if (code)
                                                            approve.mutate({ input: { id: a.id, code } });
                                                    }}
                                                >
                                                    <Trans>Approve</Trans>
                                                </Button>
                                                <Button
                                                    size="sm"
                                                    variant="destructive"
                                                    onClick={() => {
                                                        const note = window.prompt(
                                                            t`Why is the application rejected?`,
                                                        );
                                                        if (note) reject.mutate({ id: a.id, note });
                                                    }}
                                                >
                                                    <Trans>Reject</Trans>
                                                </Button>
                                            </TableCell>
                                        )}
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="producers" title={<Trans>Producers</Trans>}>
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
                                    <Trans>Area</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Phone</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                                {canManage && <TableHead />}
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(data.data?.producers.items ?? []).map((p: any) => (
                                <TableRow key={p.id}>
                                    <TableCell className="font-mono text-xs">{p.code}</TableCell>
                                    <TableCell>{p.legalName}</TableCell>
                                    <TableCell>
                                        {p.commune}, {p.area}
                                    </TableCell>
                                    <TableCell>{p.phone}</TableCell>
                                    <TableCell>
                                        <StatusBadge tone={p.active ? 'good' : 'bad'}>
                                            {p.active ? t`Active` : t`Suspended`}
                                        </StatusBadge>
                                    </TableCell>
                                    {canManage && (
                                        <TableCell>
                                            <Button
                                                size="sm"
                                                variant={p.active ? 'destructive' : 'outline'}
                                                onClick={() => {
                                                    if (
                                                        !p.active ||
                                                        window.confirm(
                                                            t`Suspend ${p.legalName}? All its products go off sale.`,
                                                        )
                                                    )
                                                        setActive.mutate({ id: p.id, active: !p.active });
                                                }}
                                            >
                                                {p.active ? t`Suspend` : t`Reactivate`}
                                            </Button>
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
            url: '/ocop-producers',
            id: 'ocop-producers',
            title: 'Producers',
            icon: Factory,
            order: 100,
            requiresPermission: ['ManageProducers', 'ReadProducers'],
        },
    ]),
    routes: [
        {
            path: '/ocop-producers',
            component: () => <ProducersPage />,
        },
    ],
});

import { Trans, useLingui } from '@lingui/react/macro';
import {
    api,
    Button,
    defineDashboardExtension,
    Input,
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
import { Stamp } from 'lucide-react';
import { FormEvent, useEffect, useMemo, useState } from 'react';
import {
    addDays,
    downloadWithSession,
    ErrorLine,
    Field,
    nativeSelectClass,
    ocopNav,
    useAdminMutation,
    useAdminQuery,
    vietnamToday,
} from '../../../dashboard/ocop-dashboard';

const BATCHES = `
    query StampBatches {
        stampBatches(options: { take: 100 }) {
            totalItems
            items {
                id
                createdAt
                quantity
                lotCode
                productionDate
                expiryDate
                firstSerial
                lastSerial
                productVariant { id sku name product { name } }
            }
        }
    }
`;
const VARIANTS = `
    query StampableVariants {
        productVariants(options: { take: 200, sort: { sku: ASC } }) {
            items { id sku name product { name } }
        }
    }
`;
const ISSUE = `
    mutation IssueStampBatch($input: IssueStampBatchInput!) {
        issueStampBatch(input: $input) { id quantity firstSerial lastSerial }
    }
`;
const VOID_RANGE = `
    mutation VoidStampRange($batchId: ID!, $fromSerial: String!, $toSerial: String!, $reason: String!) {
        voidStampRange(batchId: $batchId, fromSerial: $fromSerial, toSerial: $toSerial, reason: $reason) {
            voided alreadyVoid sold notFound
        }
    }
`;

const PROGRESS = `query StampIssueProgress($key: String!) { stampIssueProgress(key: $key) { done total } }`;

/**
 * Issuing runs as one request; the server counts the stamps written so far under the form's
 * key, and the bar shows that share. Another instance may answer the poll (null): the bar then
 * only shows that the issue is under way.
 */
function IssuingProgress({ quantity, progressKey }: { quantity: number; progressKey: string }) {
    const [seconds, setSeconds] = useState(0);
    const [share, setShare] = useState<number | null>(null);
    useEffect(() => {
        const timer = setInterval(() => setSeconds(s => s + 1), 1000);
        const poll = setInterval(() => {
            (api.query(PROGRESS as any, { key: progressKey } as any) as Promise<any>)
                .then(result => {
                    const p = result?.stampIssueProgress;
                    if (p && p.total > 0) setShare(Math.floor((p.done * 100) / p.total));
                })
                .catch(() => undefined);
        }, 500);
        return () => {
            clearInterval(timer);
            clearInterval(poll);
        };
    }, [progressKey]);
    return (
        <div className="flex flex-col gap-1" role="status" aria-live="polite">
            <div
                className="h-2 w-full overflow-hidden rounded bg-muted"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={share ?? undefined}
            >
                {share == null ? (
                    <div className="h-full w-1/3 animate-pulse rounded bg-primary" />
                ) : (
                    <div
                        className="h-full rounded bg-primary transition-all"
                        style={{ width: `${share}%` }}
                    />
                )}
            </div>
            <span className="text-sm text-muted-foreground">
                {share == null ? (
                    <Trans>
                        Issuing {quantity} stamps… {seconds} s
                    </Trans>
                ) : (
                    <Trans>
                        Issuing {quantity} stamps… {share}% · {seconds} s
                    </Trans>
                )}
            </span>
        </div>
    );
}

function IssueBatchForm() {
    const { t } = useLingui();
    const variants = useAdminQuery<any>(['ocop-stamp-variants'], VARIANTS);
    const issue = useAdminMutation<{ input: any }>(ISSUE, ['ocop-stamp-batches']);
    const today = vietnamToday();
    const [filter, setFilter] = useState('');
    const [form, setForm] = useState({
        productVariantId: '',
        quantity: '100',
        lotCode: '',
        productionDate: today,
        expiryDate: addDays(today, 365),
    });
    const options = useMemo(() => {
        const text = filter.trim().toLowerCase();
        return (variants.data?.productVariants.items ?? []).filter((v: any) =>
            `${v.sku} ${v.product.name} ${v.name}`.toLowerCase().includes(text),
        );
    }, [variants.data, filter]);
    const [progressKey, setProgressKey] = useState('');
    const submit = (event: FormEvent) => {
        event.preventDefault();
        // randomUUID needs a secure context; a dashboard opened over plain http on the LAN has none.
        const key =
            globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
        setProgressKey(key);
        issue.mutate({ input: { ...form, quantity: Number(form.quantity), progressKey: key } });
    };
    return (
        <form onSubmit={submit} className="grid gap-3 md:grid-cols-3" aria-label={t`Issue a stamp batch`}>
            <Field label={<Trans>Find a variant (SKU or name)</Trans>}>
                <Input value={filter} onChange={e => setFilter(e.target.value)} />
            </Field>
            <Field label={<Trans>Product variant</Trans>}>
                <select
                    name="productVariantId"
                    required
                    className={nativeSelectClass}
                    value={form.productVariantId}
                    onChange={e => setForm({ ...form, productVariantId: e.target.value })}
                >
                    <option value="">{t`Choose…`}</option>
                    {options.map((v: any) => (
                        <option key={v.id} value={v.id}>
                            {v.sku} · {v.name}
                        </option>
                    ))}
                </select>
            </Field>
            <Field label={<Trans>Quantity</Trans>}>
                <Input
                    name="quantity"
                    type="number"
                    min={1}
                    max={100000}
                    required
                    value={form.quantity}
                    onChange={e => setForm({ ...form, quantity: e.target.value })}
                />
            </Field>
            <Field label={<Trans>Lot code</Trans>}>
                <Input
                    name="lotCode"
                    required
                    value={form.lotCode}
                    onChange={e => setForm({ ...form, lotCode: e.target.value })}
                />
            </Field>
            <Field label={<Trans>Production date</Trans>}>
                <Input
                    name="productionDate"
                    type="date"
                    required
                    value={form.productionDate}
                    onChange={e => setForm({ ...form, productionDate: e.target.value })}
                />
            </Field>
            <Field label={<Trans>Expiry date</Trans>}>
                <Input
                    name="expiryDate"
                    type="date"
                    required
                    value={form.expiryDate}
                    onChange={e => setForm({ ...form, expiryDate: e.target.value })}
                />
            </Field>
            <div className="flex flex-col gap-2 md:col-span-3">
                <div>
                    <Button type="submit" disabled={issue.isPending}>
                        <Trans>Issue stamps</Trans>
                    </Button>
                </div>
                {issue.isPending && (
                    <IssuingProgress quantity={Number(form.quantity)} progressKey={progressKey} />
                )}
                {issue.isSuccess && (
                    <p role="status" className="text-sm">
                        <Trans>
                            Issued {issue.data.issueStampBatch.quantity} stamps:{' '}
                            {issue.data.issueStampBatch.firstSerial} – {issue.data.issueStampBatch.lastSerial}
                        </Trans>
                    </p>
                )}
                <ErrorLine error={issue.error} />
            </div>
        </form>
    );
}

function VoidRangeForm({ batch }: { batch: any }) {
    const { t } = useLingui();
    const voidRange = useAdminMutation<any>(VOID_RANGE, ['ocop-stamp-batches']);
    const [form, setForm] = useState({
        fromSerial: batch.firstSerial,
        toSerial: batch.firstSerial,
        reason: '',
    });
    const result = voidRange.data?.voidStampRange;
    return (
        <form
            className="flex flex-wrap items-end gap-2"
            aria-label={t`Void a range of batch ${batch.lotCode}`}
            onSubmit={e => {
                e.preventDefault();
                voidRange.mutate({ batchId: batch.id, ...form });
            }}
        >
            <Field label={<Trans>From serial</Trans>}>
                <Input
                    value={form.fromSerial}
                    onChange={e => setForm({ ...form, fromSerial: e.target.value })}
                />
            </Field>
            <Field label={<Trans>To serial</Trans>}>
                <Input value={form.toSerial} onChange={e => setForm({ ...form, toSerial: e.target.value })} />
            </Field>
            <Field label={<Trans>Reason</Trans>}>
                <Input
                    required
                    value={form.reason}
                    onChange={e => setForm({ ...form, reason: e.target.value })}
                />
            </Field>
            <Button type="submit" variant="destructive" disabled={voidRange.isPending}>
                <Trans>Void range</Trans>
            </Button>
            {result && (
                <span role="status" className="text-sm">
                    <Trans>
                        Voided {result.voided}, already void {result.alreadyVoid}, sold (kept) {result.sold}
                    </Trans>
                </span>
            )}
            <ErrorLine error={voidRange.error} />
        </form>
    );
}

function StampBatchesPage() {
    const { hasPermissions } = usePermissions();
    const canManage = hasPermissions(['ManageStamps']);
    const batches = useAdminQuery<any>(['ocop-stamp-batches'], BATCHES);
    const [voiding, setVoiding] = useState<string | null>(null);
    const [downloadError, setDownloadError] = useState<unknown>(null);
    const download = (id: string, file: string) =>
        downloadWithSession(`/stamps/batches/${id}/${file}`, `stamp-batch-${id}-${file}`).catch(
            setDownloadError,
        );
    return (
        <Page pageId="ocop-stamp-batches">
            <PageTitle>
                <Trans>Stamp batches</Trans>
            </PageTitle>
            <PageLayout>
                {canManage && (
                    <PageBlock column="main" blockId="issue" title={<Trans>Issue a stamp batch</Trans>}>
                        <IssueBatchForm />
                    </PageBlock>
                )}
                <PageBlock column="main" blockId="batches" title={<Trans>Issued batches</Trans>}>
                    <ErrorLine error={batches.error ?? downloadError} />
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Issued</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Product</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Lot</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Serials</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Quantity</Trans>
                                </TableHead>
                                {canManage && (
                                    <TableHead>
                                        <Trans>Print files</Trans>
                                    </TableHead>
                                )}
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(batches.data?.stampBatches.items ?? []).flatMap((batch: any) => [
                                <TableRow key={batch.id}>
                                    <TableCell>{new Date(batch.createdAt).toLocaleDateString()}</TableCell>
                                    <TableCell>
                                        {batch.productVariant
                                            ? `${batch.productVariant.product.name} · ${batch.productVariant.name}`
                                            : '—'}
                                    </TableCell>
                                    <TableCell>{batch.lotCode}</TableCell>
                                    <TableCell className="font-mono text-xs">
                                        {batch.firstSerial} – {batch.lastSerial}
                                    </TableCell>
                                    <TableCell>{batch.quantity}</TableCell>
                                    {canManage && (
                                        <TableCell className="flex flex-wrap gap-1">
                                            <Button
                                                size="sm"
                                                variant="outline"
                                                onClick={() => download(batch.id, 'stamps.csv')}
                                            >
                                                <Trans>CSV</Trans>
                                            </Button>
                                            <Button
                                                size="sm"
                                                variant="outline"
                                                onClick={() => download(batch.id, 'labels.pdf')}
                                            >
                                                <Trans>Label PDF</Trans>
                                            </Button>
                                            <Button
                                                size="sm"
                                                variant="ghost"
                                                onClick={() =>
                                                    setVoiding(voiding === batch.id ? null : batch.id)
                                                }
                                            >
                                                <Trans>Void…</Trans>
                                            </Button>
                                        </TableCell>
                                    )}
                                </TableRow>,
                                voiding === batch.id ? (
                                    <TableRow key={`${batch.id}-void`}>
                                        <TableCell colSpan={6}>
                                            <VoidRangeForm batch={batch} />
                                        </TableCell>
                                    </TableRow>
                                ) : null,
                            ])}
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
            url: '/ocop-stamp-batches',
            id: 'ocop-stamp-batches',
            title: 'Stamp batches',
            icon: Stamp,
            order: 300,
            requiresPermission: 'ReadStamps',
        },
    ]),
    routes: [
        {
            path: '/ocop-stamp-batches',
            component: () => <StampBatchesPage />,
        },
    ],
});

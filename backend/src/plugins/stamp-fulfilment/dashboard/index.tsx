import { Trans, useLingui } from '@lingui/react/macro';
import {
    api,
    Button,
    buttonVariants,
    defineDashboardExtension,
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
} from '@vendure/dashboard';
import { PackageCheck } from 'lucide-react';
import { FormEvent, lazy, Suspense, useCallback, useRef, useState } from 'react';
import {
    ErrorLine,
    errorText,
    Field,
    ocopNav,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';

const CameraScanner = lazy(() => import('./camera-scanner'));

const ORDER_FIELDS = `
    id code customerOrderCode state orderPlacedAt shipToName shipToProvince units remaining blockedReason
    lines { id productVariantId productName variantName sku quantity fulfilled remaining shipFrom { id name } }
`;
const ORDERS = `query SellerOrdersToFulfil { sellerOrdersToFulfil { ${ORDER_FIELDS} } }`;
const ORDER = `query SellerOrderToFulfil($orderId: ID!) { sellerOrderToFulfil(orderId: $orderId) { ${ORDER_FIELDS} } }`;
const CHECK = `
    query CheckFulfilmentStamp($orderId: ID!, $code: String!, $alreadyScanned: [String!]) {
        checkFulfilmentStamp(orderId: $orderId, code: $code, alreadyScanned: $alreadyScanned) {
            code ok orderLineId serial problem message
        }
    }
`;
const FULFIL = `
    mutation FulfilSellerOrderWithStamps($input: FulfilSellerOrderWithStampsInput!) {
        fulfilSellerOrderWithStamps(input: $input) { orderCode stampCount fulfillment { id state method trackingCode } }
    }
`;

interface Line {
    id: string;
    productName: string;
    variantName: string;
    sku: string;
    quantity: number;
    remaining: number;
    shipFrom: Array<{ id: string; name: string }>;
}

function OrdersToFulfilPage() {
    const { t } = useLingui();
    const orders = useAdminQuery<any>(['ocop-fulfil'], ORDERS);
    const items: any[] = orders.data?.sellerOrdersToFulfil ?? [];
    return (
        <Page pageId="ocop-fulfil">
            <PageTitle>
                <Trans>Orders to pack</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="orders">
                    <ErrorLine error={orders.error} />
                    {orders.isSuccess && items.length === 0 && (
                        <p className="text-sm text-muted-foreground">
                            <Trans>Nothing to pack: every order has shipped.</Trans>
                        </p>
                    )}
                    <Table aria-label={t`Orders to pack`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Order</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Ship to</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Units to pack</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                                <TableHead />
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {items.map(o => (
                                <TableRow key={o.id}>
                                    <TableCell>
                                        <span className="font-medium">{o.customerOrderCode}</span>
                                        <br />
                                        <span className="font-mono text-xs text-muted-foreground">
                                            {o.code}
                                        </span>
                                        <br />
                                        <span className="text-xs text-muted-foreground">
                                            <Trans>Placed</Trans>{' '}
                                            {o.orderPlacedAt
                                                ? new Date(o.orderPlacedAt).toLocaleString()
                                                : '—'}
                                        </span>
                                    </TableCell>
                                    <TableCell className="whitespace-normal">
                                        {o.shipToName ?? '—'}
                                        {o.shipToProvince && `, ${o.shipToProvince}`}
                                    </TableCell>
                                    <TableCell>
                                        {o.remaining} / {o.units}
                                    </TableCell>
                                    <TableCell>
                                        {o.blockedReason ? (
                                            <StatusBadge tone="wait">{t`Waiting for payment`}</StatusBadge>
                                        ) : (
                                            <StatusBadge tone="good">{t`Ready to pack`}</StatusBadge>
                                        )}
                                    </TableCell>
                                    <TableCell>
                                        <Link
                                            to={`/ocop-fulfil/${o.id}` as any}
                                            className={buttonVariants({
                                                size: 'sm',
                                                variant: o.blockedReason ? 'outline' : 'default',
                                            })}
                                        >
                                            <Trans>Pack</Trans>
                                        </Link>
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

type ScanNote = { ok: boolean; message: string };

function PackOrderPage({ orderId }: { orderId: string }) {
    const { t } = useLingui();
    const order = useAdminQuery<any>(['ocop-fulfil', orderId], ORDER, { orderId });
    const fulfil = useAdminMutation<{ input: any }>(FULFIL, ['ocop-fulfil']);
    const [scanned, setScanned] = useState<Record<string, Array<{ code: string; serial: string }>>>({});
    const [entry, setEntry] = useState('');
    const [note, setNote] = useState<ScanNote | null>(null);
    const [checking, setChecking] = useState(false);
    const [camera, setCamera] = useState(false);
    const [method, setMethod] = useState('');
    const [trackingCode, setTrackingCode] = useState('');
    const field = useRef<HTMLInputElement>(null);
    const data = order.data?.sellerOrderToFulfil;
    const lines: Line[] = (data?.lines ?? []).filter((l: Line) => l.remaining > 0);
    const allCodes = Object.values(scanned).flatMap(list => list.map(s => s.code));
    const complete = lines.length > 0 && lines.every(l => (scanned[l.id]?.length ?? 0) === l.remaining);

    const scan = useCallback(
        async (text: string) => {
            const value = text.trim();
            if (!value) return;
            setChecking(true);
            try {
                const result: any = await api.query(
                    CHECK as any,
                    {
                        orderId,
                        code: value,
                        alreadyScanned: allCodes,
                    } as any,
                );
                const check = result.checkFulfilmentStamp;
                if (check.ok) {
                    setScanned(prev => ({
                        ...prev,
                        [check.orderLineId]: [
                            ...(prev[check.orderLineId] ?? []),
                            { code: check.code, serial: check.serial },
                        ],
                    }));
                }
                setNote({ ok: check.ok, message: check.message });
            } catch (e) {
                setNote({ ok: false, message: errorText(e) });
            } finally {
                setChecking(false);
                setEntry('');
                field.current?.focus();
            }
        },
        [orderId, allCodes],
    );

    const submitScan = (event: FormEvent) => {
        event.preventDefault();
        void scan(entry);
    };
    const remove = (lineId: string, code: string) =>
        setScanned(prev => ({ ...prev, [lineId]: (prev[lineId] ?? []).filter(s => s.code !== code) }));
    const create = () =>
        fulfil.mutate(
            {
                input: {
                    orderId,
                    method,
                    trackingCode,
                    lines: lines.map(l => ({
                        orderLineId: l.id,
                        stampCodes: (scanned[l.id] ?? []).map(s => s.code),
                    })),
                },
            },
            {
                onSuccess: () => {
                    setScanned({});
                    setNote(null);
                    void order.refetch();
                },
            },
        );
    const done = fulfil.data?.fulfilSellerOrderWithStamps;

    return (
        <Page pageId="ocop-fulfil-order">
            <PageTitle>
                {data ? (
                    <Trans>
                        Pack order {data.customerOrderCode} ({data.code})
                    </Trans>
                ) : (
                    <Trans>Pack order</Trans>
                )}
            </PageTitle>
            <PageLayout>
                <PageBlock column="side" blockId="ship-to" title={<Trans>Ship to</Trans>}>
                    <p className="text-sm">
                        {data?.shipToName ?? '—'}
                        {data?.shipToProvince && `, ${data.shipToProvince}`}
                    </p>
                    <p className="mt-2 text-sm">
                        <Link to={'/ocop-fulfil' as any} className="underline">
                            <Trans>Back to orders to pack</Trans>
                        </Link>
                    </p>
                </PageBlock>
                <PageBlock column="main" blockId="scan" title={<Trans>Scan one stamp per unit</Trans>}>
                    <ErrorLine error={order.error} />
                    {data?.blockedReason && (
                        <p role="alert" className="mb-3 text-sm text-destructive">
                            {data.blockedReason}
                        </p>
                    )}
                    <form
                        onSubmit={submitScan}
                        className="flex flex-wrap items-end gap-2"
                        aria-label={t`Scan a stamp`}
                    >
                        <Field label={<Trans>Stamp code or QR link (scanner, camera or keyboard)</Trans>}>
                            <Input
                                ref={field}
                                name="stampCode"
                                autoFocus
                                autoComplete="off"
                                className="w-96 font-mono"
                                value={entry}
                                disabled={!lines.length}
                                onChange={e => setEntry(e.target.value)}
                            />
                        </Field>
                        <Button type="submit" disabled={checking || !entry.trim()}>
                            <Trans>Add</Trans>
                        </Button>
                        <Button
                            type="button"
                            variant="outline"
                            onClick={() => setCamera(true)}
                            disabled={!lines.length}
                        >
                            <Trans>Camera</Trans>
                        </Button>
                    </form>
                    {note && (
                        <p
                            role={note.ok ? 'status' : 'alert'}
                            className={`mt-2 text-sm ${note.ok ? 'text-green-700' : 'text-destructive'}`}
                        >
                            {note.message}
                        </p>
                    )}
                    {camera && (
                        <Suspense fallback={null}>
                            <CameraScanner
                                onResult={text => {
                                    setCamera(false);
                                    void scan(text);
                                }}
                                onClose={() => setCamera(false)}
                            />
                        </Suspense>
                    )}
                    <Table aria-label={t`Units to pack`} className="mt-4">
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Product</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Ships from</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Stamps scanned</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {lines.map(l => {
                                const list = scanned[l.id] ?? [];
                                return (
                                    <TableRow key={l.id} data-line={l.id}>
                                        <TableCell className="whitespace-normal">
                                            {l.productName} · {l.variantName}
                                            <br />
                                            <span className="font-mono text-xs text-muted-foreground">
                                                {l.sku}
                                            </span>
                                        </TableCell>
                                        <TableCell className="whitespace-normal">
                                            {l.shipFrom.map(s => s.name).join(', ') || '—'}
                                        </TableCell>
                                        <TableCell>
                                            <StatusBadge tone={list.length === l.remaining ? 'good' : 'wait'}>
                                                {`${list.length} / ${l.remaining}`}
                                            </StatusBadge>
                                            <div className="mt-1 flex flex-wrap font-mono text-xs">
                                                {list.map(s => (
                                                    <span
                                                        key={s.code}
                                                        className="mr-2 inline-flex items-center gap-1"
                                                    >
                                                        {s.serial}
                                                        <button
                                                            type="button"
                                                            className="text-muted-foreground hover:text-destructive"
                                                            aria-label={t`Remove ${s.serial}`}
                                                            onClick={() => remove(l.id, s.code)}
                                                        >
                                                            ×
                                                        </button>
                                                    </span>
                                                ))}
                                            </div>
                                        </TableCell>
                                    </TableRow>
                                );
                            })}
                        </TableBody>
                    </Table>
                    {data && lines.length === 0 && (
                        <p className="mt-3 text-sm">
                            <Trans>Every unit of this order has shipped.</Trans>
                        </p>
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="fulfil" title={<Trans>Create the fulfilment</Trans>}>
                    <div className="flex flex-wrap items-end gap-2">
                        <Field label={<Trans>Method or carrier</Trans>}>
                            <Input name="method" value={method} onChange={e => setMethod(e.target.value)} />
                        </Field>
                        <Field label={<Trans>Tracking code</Trans>}>
                            <Input
                                name="trackingCode"
                                value={trackingCode}
                                onChange={e => setTrackingCode(e.target.value)}
                            />
                        </Field>
                        <Button
                            type="button"
                            onClick={create}
                            disabled={!complete || fulfil.isPending || !!data?.blockedReason}
                        >
                            <Trans>Create fulfilment</Trans>
                        </Button>
                    </div>
                    {!complete && lines.length > 0 && (
                        <p className="mt-2 text-sm text-muted-foreground">
                            <Trans>Scan a stamp for every unit first.</Trans>
                        </p>
                    )}
                    {done && (
                        <p role="status" className="mt-2 text-sm">
                            <Trans>
                                Fulfilment created for {done.orderCode}: {done.stampCount} stamps sold
                            </Trans>
                        </p>
                    )}
                    <ErrorLine error={fulfil.error} />
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-fulfil',
            id: 'ocop-fulfil',
            title: 'Orders to pack',
            icon: PackageCheck,
            order: 150,
            requiresPermission: 'FulfilWithStamps',
        },
    ]),
    routes: [
        { path: '/ocop-fulfil', component: () => <OrdersToFulfilPage /> },
        {
            path: '/ocop-fulfil/$id',
            component: route => <PackOrderPage orderId={(route.useParams() as { id: string }).id} />,
        },
    ],
});

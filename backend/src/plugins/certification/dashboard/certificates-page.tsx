import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
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
import { FormEvent, useMemo, useState } from 'react';
import {
    addDays,
    ErrorLine,
    Field,
    nativeSelectClass,
    Stars,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
    vietnamToday,
} from '../../../dashboard/ocop-dashboard';

const CERTIFICATES = `
    query Certificates {
        certificates {
            totalItems
            items {
                id certificateNumber decisionNumber stars score productGroup issuedAt validUntil status revokedReason
                product { id name }
                scan { id preview source }
            }
        }
    }
`;
const REVOKE = `
    mutation RevokeCertificate($id: ID!, $reason: String!) {
        revokeCertificate(id: $id, reason: $reason) { id status }
    }
`;
const CERTIFY = `
    mutation CertifyProduct($input: CertifyProductInput!) {
        certifyProduct(input: $input) { id certificateNumber validUntil }
    }
`;
const PRODUCTS = `
    query CertifiableProducts { products(options: { take: 200, sort: { name: ASC } }) { items { id name } } }
`;
const CRITERIA = `query CriteriaCodes { criteriaVersions { code } }`;

const FILTERS = ['all', 'expiring30', 'expiring90', 'revoked'] as const;
type Filter = (typeof FILTERS)[number];

function CertifyForm() {
    const { t } = useLingui();
    const products = useAdminQuery<any>(['ocop-products'], PRODUCTS);
    const criteria = useAdminQuery<any>(['ocop-criteria-codes'], CRITERIA);
    const certify = useAdminMutation<{ input: any }>(CERTIFY, ['ocop-certificates']);
    const [form, setForm] = useState({
        productId: '',
        certificateNumber: '',
        decisionNumber: '',
        stars: '3',
        score: '60',
        issuedAt: vietnamToday(),
        criteriaVersion: '',
        productGroup: 'FOOD',
    });
    const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
        setForm({ ...form, [key]: e.target.value });
    const submit = (e: FormEvent) => {
        e.preventDefault();
        certify.mutate({
            input: {
                ...form,
                stars: Number(form.stars),
                score: Number(form.score),
                criteriaVersion: form.criteriaVersion || criteria.data?.criteriaVersions[0]?.code,
            },
        });
    };
    return (
        <form onSubmit={submit} className="grid gap-3 md:grid-cols-4" aria-label={t`Certify a product`}>
            <Field label={<Trans>Product</Trans>}>
                <select
                    required
                    className={nativeSelectClass}
                    value={form.productId}
                    onChange={set('productId')}
                >
                    <option value="">{t`Choose…`}</option>
                    {(products.data?.products.items ?? []).map((p: any) => (
                        <option key={p.id} value={p.id}>
                            {p.name}
                        </option>
                    ))}
                </select>
            </Field>
            <Field label={<Trans>Certificate number</Trans>}>
                <Input required value={form.certificateNumber} onChange={set('certificateNumber')} />
            </Field>
            <Field label={<Trans>Decision number</Trans>}>
                <Input required value={form.decisionNumber} onChange={set('decisionNumber')} />
            </Field>
            <Field label={<Trans>Issued on</Trans>}>
                <Input type="date" required value={form.issuedAt} onChange={set('issuedAt')} />
            </Field>
            <Field label={<Trans>Stars</Trans>}>
                <Input type="number" min={1} max={5} required value={form.stars} onChange={set('stars')} />
            </Field>
            <Field label={<Trans>Score</Trans>}>
                <Input type="number" min={0} max={100} required value={form.score} onChange={set('score')} />
            </Field>
            <Field label={<Trans>Criteria version</Trans>}>
                <select
                    className={nativeSelectClass}
                    value={form.criteriaVersion}
                    onChange={set('criteriaVersion')}
                >
                    {(criteria.data?.criteriaVersions ?? []).map((c: any) => (
                        <option key={c.code} value={c.code}>
                            {c.code}
                        </option>
                    ))}
                </select>
            </Field>
            <Field label={<Trans>Product group</Trans>}>
                <select
                    className={nativeSelectClass}
                    value={form.productGroup}
                    onChange={set('productGroup')}
                >
                    {['FOOD', 'DRINK', 'HERBAL', 'HANDICRAFT', 'ORNAMENTAL', 'TOURISM'].map(g => (
                        <option key={g} value={g}>
                            {g}
                        </option>
                    ))}
                </select>
            </Field>
            <div className="md:col-span-4 flex items-center gap-3">
                <Button type="submit" disabled={certify.isPending}>
                    <Trans>Certify</Trans>
                </Button>
                {certify.isSuccess && (
                    <span role="status">
                        <Trans>
                            Certificate {certify.data.certifyProduct.certificateNumber} valid until{' '}
                            {certify.data.certifyProduct.validUntil}
                        </Trans>
                    </span>
                )}
                <ErrorLine error={certify.error} />
            </div>
        </form>
    );
}

export function CertificatesPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canManage = hasPermissions(['ManageCertificates']);
    const certificates = useAdminQuery<any>(['ocop-certificates'], CERTIFICATES);
    const revoke = useAdminMutation<{ id: string; reason: string }>(REVOKE, ['ocop-certificates']);
    // The analytics page links here with `?filter=expiring30` (directive checks at a glance).
    const [filter, setFilter] = useState<Filter>(() => {
        const asked = new URLSearchParams(window.location.search).get('filter');
        return FILTERS.includes(asked as Filter) ? (asked as Filter) : 'all';
    });
    const today = vietnamToday();
    const rows = useMemo(() => {
        const items = certificates.data?.certificates.items ?? [];
        const within = (days: number) => (c: any) =>
            c.status === 'ACTIVE' && c.validUntil >= today && c.validUntil <= addDays(today, days);
        if (filter === 'expiring30') return items.filter(within(30));
        if (filter === 'expiring90') return items.filter(within(90));
        if (filter === 'revoked') return items.filter((c: any) => c.status === 'REVOKED');
        return items;
    }, [certificates.data, filter, today]);
    const filters: Array<[Filter, string]> = [
        ['all', t`All`],
        ['expiring30', t`Expiring in 30 days`],
        ['expiring90', t`Expiring in 90 days`],
        ['revoked', t`Revoked`],
    ];
    return (
        <Page pageId="ocop-certificates">
            <PageTitle>
                <Trans>OCOP certificates</Trans>
            </PageTitle>
            <PageLayout>
                {canManage && (
                    <PageBlock column="main" blockId="certify" title={<Trans>Certify a product</Trans>}>
                        <CertifyForm />
                    </PageBlock>
                )}
                <PageBlock column="main" blockId="certificates" title={<Trans>Certificates</Trans>}>
                    <div
                        className="mb-3 flex flex-wrap gap-2"
                        role="group"
                        aria-label={t`Filter certificates`}
                    >
                        {filters.map(([key, label]) => (
                            <Button
                                key={key}
                                size="sm"
                                variant={filter === key ? 'default' : 'outline'}
                                aria-pressed={filter === key}
                                onClick={() => setFilter(key)}
                            >
                                {label}
                            </Button>
                        ))}
                    </div>
                    <ErrorLine error={certificates.error ?? revoke.error} />
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Number</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Product</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Stars</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Valid</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Scan</Trans>
                                </TableHead>
                                {canManage && <TableHead />}
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {rows.map((c: any) => (
                                <TableRow key={c.id}>
                                    <TableCell>{c.certificateNumber}</TableCell>
                                    <TableCell>{c.product?.name ?? '—'}</TableCell>
                                    <TableCell>
                                        <Stars stars={c.stars} /> ({c.score})
                                    </TableCell>
                                    <TableCell>
                                        {c.issuedAt} → {c.validUntil}
                                    </TableCell>
                                    <TableCell>
                                        <StatusBadge
                                            tone={
                                                c.status === 'ACTIVE'
                                                    ? 'good'
                                                    : c.status === 'REVOKED'
                                                      ? 'bad'
                                                      : 'plain'
                                            }
                                        >
                                            {c.status === 'ACTIVE'
                                                ? t`Active`
                                                : c.status === 'REVOKED'
                                                  ? t`Revoked`
                                                  : t`Expired`}
                                        </StatusBadge>
                                    </TableCell>
                                    <TableCell>
                                        {c.scan ? (
                                            <a
                                                href={c.scan.source}
                                                target="_blank"
                                                rel="noreferrer"
                                                className="underline"
                                            >
                                                <Trans>Open</Trans>
                                            </a>
                                        ) : (
                                            '—'
                                        )}
                                    </TableCell>
                                    {canManage && (
                                        <TableCell>
                                            {c.status === 'ACTIVE' && (
                                                <Button
                                                    size="sm"
                                                    variant="destructive"
                                                    onClick={() => {
                                                        const reason = window.prompt(
                                                            t`Why is certificate ${c.certificateNumber} revoked?`,
                                                        );
                                                        if (reason) revoke.mutate({ id: c.id, reason });
                                                    }}
                                                >
                                                    <Trans>Revoke</Trans>
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

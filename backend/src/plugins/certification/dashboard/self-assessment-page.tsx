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
    Textarea,
} from '@vendure/dashboard';
import { FormEvent, useState } from 'react';
import {
    ErrorLine,
    Field,
    nativeSelectClass,
    Stars,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';

const PRODUCTS = `query OwnProducts { products(options: { take: 200, sort: { name: ASC } }) { items { id name } } }`;
const CRITERIA = `
    query Criteria {
        criteriaVersions {
            code decision effectiveFrom effectiveUntil
            parts { code name maxPoints criteria { code name maxPoints mandatory } }
            starBands { minScore stars }
        }
    }
`;
const HISTORY = `
    query SelfAssessmentHistory($productId: ID!) {
        selfAssessments(productId: $productId) {
            id createdAt criteriaVersion totalScore stars certifiedStars failedMandatory note
            partScores { part name points maxPoints }
        }
        certificates(options: { productId: $productId, status: ACTIVE }) { items { stars validUntil } }
    }
`;
const SUBMIT = `
    mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
        submitSelfAssessment(input: $input) { id totalScore stars failedMandatory }
    }
`;

export function SelfAssessmentPage() {
    const { t } = useLingui();
    const products = useAdminQuery<any>(['ocop-own-products'], PRODUCTS);
    const criteria = useAdminQuery<any>(['ocop-criteria'], CRITERIA);
    const [chosenProductId, setProductId] = useState('');
    const productId = chosenProductId || products.data?.products.items[0]?.id || '';
    const [versionCode, setVersionCode] = useState('');
    const [points, setPoints] = useState<Record<string, string>>({});
    const [note, setNote] = useState('');
    const history = useAdminQuery<any>(
        ['ocop-self-assessments', productId],
        HISTORY,
        { productId },
        !!productId,
    );
    const submit = useAdminMutation<{ input: any }>(SUBMIT, ['ocop-self-assessments']);
    const versions = criteria.data?.criteriaVersions ?? [];
    const version = versions.find((v: any) => v.code === versionCode) ?? versions[0];
    const total = Object.values(points).reduce((sum, p) => sum + (Number(p) || 0), 0);
    const certified = history.data?.certificates.items[0];
    const onSubmit = (e: FormEvent) => {
        e.preventDefault();
        const scores = version.parts.flatMap((part: any) =>
            part.criteria.map((c: any) => ({ criterionCode: c.code, points: Number(points[c.code] ?? 0) })),
        );
        submit.mutate({ input: { productId, criteriaVersion: version.code, scores, note } });
    };
    return (
        <Page pageId="ocop-self-assessment">
            <PageTitle>
                <Trans>Self-assessment</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock
                    column="main"
                    blockId="form"
                    title={<Trans>Score a product against the OCOP criteria</Trans>}
                >
                    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label={t`Self-assessment`}>
                        <div className="grid gap-3 md:grid-cols-2">
                            <Field label={<Trans>Product</Trans>}>
                                <select
                                    name="productId"
                                    className={nativeSelectClass}
                                    value={productId}
                                    onChange={e => setProductId(e.target.value)}
                                >
                                    {(products.data?.products.items ?? []).map((p: any) => (
                                        <option key={p.id} value={p.id}>
                                            {p.name}
                                        </option>
                                    ))}
                                </select>
                            </Field>
                            <Field label={<Trans>Criteria version</Trans>}>
                                <select
                                    className={nativeSelectClass}
                                    value={version?.code ?? ''}
                                    onChange={e => setVersionCode(e.target.value)}
                                >
                                    {versions.map((v: any) => (
                                        <option key={v.code} value={v.code}>
                                            {v.code} ({v.decision})
                                        </option>
                                    ))}
                                </select>
                            </Field>
                        </div>
                        {version?.parts.map((part: any) => (
                            <fieldset key={part.code} className="rounded-md border p-3">
                                <legend className="px-1 font-medium">
                                    {part.code}. {part.name} ({part.maxPoints})
                                </legend>
                                <div className="grid gap-2 md:grid-cols-2">
                                    {part.criteria.map((c: any) => (
                                        <Field
                                            key={c.code}
                                            label={
                                                <>
                                                    {c.code} {c.name} (≤ {c.maxPoints})
                                                    {c.mandatory ? ' *' : ''}
                                                </>
                                            }
                                        >
                                            <Input
                                                type="number"
                                                min={0}
                                                max={c.maxPoints}
                                                name={`criterion-${c.code}`}
                                                value={points[c.code] ?? ''}
                                                onChange={e =>
                                                    setPoints({ ...points, [c.code]: e.target.value })
                                                }
                                            />
                                        </Field>
                                    ))}
                                </div>
                            </fieldset>
                        ))}
                        <Field label={<Trans>Note (what to improve)</Trans>}>
                            <Textarea value={note} onChange={e => setNote(e.target.value)} />
                        </Field>
                        <div className="flex items-center gap-4">
                            <Button type="submit" disabled={!productId || !version || submit.isPending}>
                                <Trans>Save self-assessment</Trans>
                            </Button>
                            <span>
                                <Trans>Total so far: {total} / 100</Trans>
                            </span>
                            {submit.isSuccess && (
                                <span role="status">
                                    <Trans>
                                        Saved: {submit.data.submitSelfAssessment.totalScore} points,{' '}
                                        {submit.data.submitSelfAssessment.stars}★
                                    </Trans>
                                </span>
                            )}
                        </div>
                        <ErrorLine error={submit.error} />
                    </form>
                </PageBlock>
                <PageBlock column="side" blockId="certified" title={<Trans>Certified stars</Trans>}>
                    {certified ? (
                        <p>
                            <Stars stars={certified.stars} />{' '}
                            <Trans>valid until {certified.validUntil}</Trans>
                        </p>
                    ) : (
                        <p className="text-muted-foreground">
                            <Trans>No active certificate</Trans>
                        </p>
                    )}
                </PageBlock>
                <PageBlock column="main" blockId="history" title={<Trans>History</Trans>}>
                    <Table aria-label={t`Self-assessment history`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Date</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Criteria</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Parts</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Total</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Self-assessed</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Certified</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Note</Trans>
                                </TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(history.data?.selfAssessments ?? []).map((a: any) => (
                                <TableRow key={a.id}>
                                    <TableCell>{new Date(a.createdAt).toLocaleString()}</TableCell>
                                    <TableCell>{a.criteriaVersion}</TableCell>
                                    <TableCell>
                                        {a.partScores
                                            .map((p: any) => `${p.part} ${p.points}/${p.maxPoints}`)
                                            .join(' · ')}
                                    </TableCell>
                                    <TableCell>{a.totalScore}</TableCell>
                                    <TableCell>
                                        {a.stars ? <Stars stars={a.stars} /> : t`Mandatory criterion failed`}
                                    </TableCell>
                                    <TableCell>
                                        <Stars stars={a.certifiedStars} />
                                    </TableCell>
                                    <TableCell>{a.note}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { formatVnd } from '@ocop/shared';
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
import { FileClock } from 'lucide-react';
import { useState } from 'react';
import {
    ErrorLine,
    nativeSelectClass,
    ocopNav,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
} from '../../../dashboard/ocop-dashboard';

const OPTIONS = `options { optionId groupName name }`;
const CONTENTS = `translations { languageCode name slug description } assets { id preview name } featuredAssetChanged ${OPTIONS}`;
const CHANGES = `
    query ProductChanges($options: ProductChangeListOptions) {
        productChanges(options: $options) {
            totalItems
            items {
                id updatedAt kind status decisionNote productId
                product { id name featuredAsset { preview } }
                productContents { ${CONTENTS} }
                variants { variantId name contents { ${CONTENTS} } }
                newVariant { variantId name sku price currencyCode enabled deleted ${OPTIONS} }
            }
        }
    }
`;
const APPROVE = `mutation ApproveProductChange($id: ID!) { approveProductChange(id: $id) { id status } }`;
const REJECT = `mutation RejectProductChange($id: ID!, $note: String!) { rejectProductChange(id: $id, note: $note) { id status } }`;

/** "Quy cách: Hộp 200 g · Màu: Đỏ" */
function OptionList({ options }: { options?: any[] | null }) {
    if (!options?.length) return null;
    return (
        <span>
            {options.map((o: any) => (
                <span key={o.optionId} className="mr-2 inline-block">
                    <span className="text-muted-foreground">{o.groupName}:</span> {o.name}
                </span>
            ))}
        </span>
    );
}

function Contents({ contents }: { contents: any }) {
    if (!contents) return null;
    return (
        <ul className="flex flex-col gap-1 text-sm">
            {(contents.translations ?? []).map((tr: any) => (
                <li key={tr.languageCode}>
                    <span className="uppercase text-muted-foreground">{tr.languageCode}</span>{' '}
                    {tr.name && <strong>{tr.name}</strong>} {tr.description && <span>{tr.description}</span>}
                </li>
            ))}
            {contents.assets && (
                <li className="flex gap-1">
                    {contents.assets.map((a: any) => (
                        <img
                            key={a.id}
                            src={`${a.preview}?preset=tiny`}
                            alt={a.name}
                            className="h-10 w-10 rounded object-cover"
                        />
                    ))}
                </li>
            )}
            {contents.options && (
                <li>
                    <span className="text-muted-foreground">
                        <Trans>Options</Trans>:
                    </span>{' '}
                    <OptionList options={contents.options} />
                </li>
            )}
        </ul>
    );
}

/** A variant its producer added: what the office decides to let be sold under the certificate. */
function NewVariant({ variant }: { variant: any }) {
    if (!variant) return null;
    return (
        <div className="flex flex-col gap-1 text-sm">
            <span>
                <strong>{variant.name}</strong> <span className="text-muted-foreground">· {variant.sku}</span>
            </span>
            <OptionList options={variant.options} />
            <span>
                {variant.currencyCode === 'VND'
                    ? formatVnd(variant.price)
                    : `${variant.price / 100} ${variant.currencyCode}`}
                {!variant.enabled && (
                    <span className="text-muted-foreground">
                        {' '}
                        · <Trans>disabled by its producer</Trans>
                    </span>
                )}
            </span>
            {variant.deleted && (
                <span className="text-muted-foreground">
                    <Trans>Deleted by its producer</Trans>
                </span>
            )}
        </div>
    );
}

function Proposal({ change }: { change: any }) {
    if (change.kind === 'NEW_VARIANT') {
        return (
            <div className="flex flex-col gap-1">
                <StatusBadge tone="plain">
                    <Trans>New variant</Trans>
                </StatusBadge>
                <NewVariant variant={change.newVariant} />
            </div>
        );
    }
    return (
        <>
            <Contents contents={change.productContents} />
            {change.variants.map((v: any) => (
                <div key={v.variantId} className="mt-1">
                    <span className="text-muted-foreground">
                        <Trans>Variant {v.name ?? v.variantId}</Trans>:
                    </span>
                    <Contents contents={v.contents} />
                </div>
            ))}
        </>
    );
}

function ProductChangesPage() {
    const { t } = useLingui();
    const { hasPermissions } = usePermissions();
    const canReview = hasPermissions(['ReviewProductChanges']);
    const [status, setStatus] = useState('PENDING');
    const changes = useAdminQuery<any>(['ocop-product-changes', status], CHANGES, {
        options: { status: status || undefined },
    });
    const approve = useAdminMutation<{ id: string }>(APPROVE, ['ocop-product-changes']);
    const reject = useAdminMutation<{ id: string; note: string }>(REJECT, ['ocop-product-changes']);
    const statusLabel: Record<string, string> = {
        PENDING: t`Waiting`,
        APPROVED: t`Approved`,
        REJECTED: t`Rejected`,
    };
    return (
        <Page pageId="ocop-product-changes">
            <PageTitle>
                <Trans>Changes to certified products</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="changes">
                    <p className="mb-3 text-sm text-muted-foreground">
                        <Trans>
                            Name, description, images and variants of a certified product change only when the
                            office approves; the marketplace and the stamp page show the approved version
                            until then. Prices and stock change at once.
                        </Trans>{' '}
                        <Trans>
                            A new variant of a certified product is not sold, online or in the showrooms,
                            until the office approves it; a rejected one stays off sale and its producer may
                            delete it.
                        </Trans>
                    </p>
                    <label className="mb-3 flex items-center gap-2 text-sm">
                        <Trans>Show</Trans>
                        <select
                            className={nativeSelectClass}
                            value={status}
                            onChange={e => setStatus(e.target.value)}
                        >
                            <option value="PENDING">{statusLabel.PENDING}</option>
                            <option value="APPROVED">{statusLabel.APPROVED}</option>
                            <option value="REJECTED">{statusLabel.REJECTED}</option>
                            <option value="">{t`All`}</option>
                        </select>
                    </label>
                    <ErrorLine error={changes.error ?? approve.error ?? reject.error} />
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Product (as approved)</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Proposed</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Status</Trans>
                                </TableHead>
                                {canReview && <TableHead />}
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {(changes.data?.productChanges.items ?? []).map((change: any) => (
                                <TableRow key={change.id}>
                                    <TableCell>{change.product?.name ?? change.productId}</TableCell>
                                    <TableCell>
                                        <Proposal change={change} />
                                    </TableCell>
                                    <TableCell>
                                        <StatusBadge
                                            tone={
                                                change.status === 'APPROVED'
                                                    ? 'good'
                                                    : change.status === 'REJECTED'
                                                      ? 'bad'
                                                      : 'wait'
                                            }
                                        >
                                            {statusLabel[change.status]}
                                        </StatusBadge>
                                        {change.decisionNote && (
                                            <p className="text-sm">{change.decisionNote}</p>
                                        )}
                                    </TableCell>
                                    {canReview && (
                                        <TableCell className="flex gap-1">
                                            {change.status === 'PENDING' && (
                                                <>
                                                    <Button
                                                        size="sm"
                                                        onClick={() => approve.mutate({ id: change.id })}
                                                    >
                                                        <Trans>Approve</Trans>
                                                    </Button>
                                                    <Button
                                                        size="sm"
                                                        variant="destructive"
                                                        onClick={() => {
                                                            const note = window.prompt(
                                                                t`Why is this change rejected?`,
                                                            );
                                                            if (note) reject.mutate({ id: change.id, note });
                                                        }}
                                                    >
                                                        <Trans>Reject</Trans>
                                                    </Button>
                                                </>
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

/** On a product's page: its changes and new variants waiting for the office, if any. */
function PendingChangeBlock({ context }: { context: any }) {
    const productId = context.entity?.id;
    const changes = useAdminQuery<any>(
        ['ocop-product-changes', 'product', productId],
        CHANGES,
        {
            options: { productId, status: 'PENDING' },
        },
        !!productId,
    );
    const pending: any[] = changes.data?.productChanges.items ?? [];
    if (!pending.length) return null;
    return (
        <div role="status" className="flex flex-col gap-2 text-sm">
            <p>
                <Trans>
                    A change to this certified product is waiting for the office. The marketplace and the
                    stamp page show the approved version until then.
                </Trans>
            </p>
            {pending.map(change => (
                <Proposal key={change.id} change={change} />
            ))}
        </div>
    );
}

export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-product-changes',
            id: 'ocop-product-changes',
            title: 'Changes to certified products',
            icon: FileClock,
            order: 150,
            requiresPermission: ['ReviewProductChanges', 'UpdateProduct'],
        },
    ]),
    routes: [
        {
            path: '/ocop-product-changes',
            component: () => <ProductChangesPage />,
        },
    ],
    pageBlocks: [
        {
            id: 'ocop-pending-change',
            title: 'Waiting for approval',
            location: {
                pageId: 'product-detail',
                column: 'side',
                position: { blockId: 'enabled-toggle', order: 'after' },
            },
            component: PendingChangeBlock,
        },
    ],
});

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, sortVietnamese } from '@ocop/shared';
import { usePos } from '../../app/usePos';
import { lookupStamp } from '../../data/api';
import { db, type StaffRecord, type VariantRecord } from '../../data/db';
import { cartTotal, lineFromVariant, lineNet, percentOf, subtotal, vatByRate } from '../../sale/cart';
import { parseScan } from '../../sale/scan';
import { checkStamp } from '../../sale/stamp-check';
import { formatVnd, groupLabel } from '../../ui/format';
import { ManagerApproval } from '../../ui/ManagerApproval';
import { useCart } from './useCart';

const CameraScanner = lazy(() => import('./CameraScanner'));

type Notice = { tone: 'info' | 'warn' | 'danger'; text: string };
type DiscountTarget = { kind: 'line'; index: number } | { kind: 'cart' };

/** Scanning, the product grid and the cart: the screen the cashier lives on. */
export function SaleScreen() {
    const { t } = useTranslation();
    const pos = usePos();
    const { cart, update } = useCart();
    const [variants, setVariants] = useState<VariantRecord[]>([]);
    const [group, setGroup] = useState<string>('');
    const [query, setQuery] = useState('');
    const [scan, setScan] = useState('');
    const [notice, setNotice] = useState<Notice>();
    const [camera, setCamera] = useState(false);
    const [discountFor, setDiscountFor] = useState<DiscountTarget>();
    const [approval, setApproval] = useState<{ target: DiscountTarget; percent: number }>();
    const scanRef = useRef<HTMLInputElement>(null);
    const scanStarted = useRef(false);

    useEffect(() => {
        void db.variants.toArray().then(all => setVariants(sortVietnamese(all, v => v.name)));
    }, []);

    // Scan-to-line: the mark pair the browser benchmark reads.
    useEffect(() => {
        if (!scanStarted.current) return;
        scanStarted.current = false;
        performance.mark('pos-scan-line');
        performance.measure('pos-scan-to-line', 'pos-scan-start', 'pos-scan-line');
    }, [cart.lines.length]);

    const groups = useMemo(() => sortVietnamese([...new Set(variants.map(v => v.group))]), [variants]);
    const shown = useMemo(() => {
        const words = foldVietnamese(query).split(' ').filter(Boolean);
        return variants.filter(
            v => (!group || v.group === group) && words.every(w => v.searchKey.includes(w)),
        );
    }, [variants, group, query]);
    const awaiting = variants.find(v => v.id === cart.awaitingVariantId);

    async function handleScan(raw: string) {
        const input = parseScan(raw);
        setScan('');
        if (input.kind === 'unreadable') {
            setNotice({ tone: 'warn', text: t('sale.unreadable', { text: input.text }) });
            return;
        }
        if (input.kind === 'ean') {
            const variant = await db.variants.where('ean').equals(input.ean).first();
            if (!variant) setNotice({ tone: 'warn', text: t('sale.unknownEan', { ean: input.ean }) });
            else pickVariant(variant);
            return;
        }
        let verdict = await checkStamp(input.code, cart.lines);
        if (!verdict.ok && verdict.problem === 'IN_CART') {
            setNotice({ tone: 'warn', text: t('sale.stampInCart', { code: input.code }) });
            return;
        }
        if (!verdict.ok && navigator.onLine) {
            // The server knows more (stock received since the last refresh) and records the office alert.
            const found = await lookupStamp(pos.tablet, input.code).catch(() => undefined);
            if (
                found &&
                !found.suspect &&
                found.status === 'ISSUED' &&
                found.locatedHere &&
                found.productVariantId
            ) {
                const variant = await db.variants.get(found.productVariantId);
                if (variant && verdict.problem === 'NOT_HERE') {
                    await db.stamps.put({ code: input.code, productVariantId: variant.id });
                    verdict = { ok: true, variant };
                }
            } else if (found) {
                const problem = found.status === 'ISSUED' ? 'ELSEWHERE' : found.status;
                setNotice({ tone: 'danger', text: t(`sale.suspectServer.${problem}`, { code: input.code }) });
                return;
            }
        }
        if (!verdict.ok) {
            setNotice({
                tone: 'danger',
                text: t(`sale.suspect.${verdict.problem as 'SOLD'}`, { code: input.code }),
            });
            return;
        }
        if (awaiting && awaiting.id !== verdict.variant.id) {
            setNotice({
                tone: 'warn',
                text: t('sale.otherProduct', { scanned: verdict.variant.name, awaiting: awaiting.name }),
            });
        } else setNotice({ tone: 'info', text: t('sale.added', { name: verdict.variant.name }) });
        scanStarted.current = true;
        update(c => ({
            ...c,
            lines: [...c.lines, lineFromVariant(verdict.variant, input.code)],
            awaitingVariantId: c.awaitingVariantId === verdict.variant.id ? undefined : c.awaitingVariantId,
        }));
    }

    function pickVariant(variant: VariantRecord) {
        update(c => ({ ...c, awaitingVariantId: variant.id }));
        setNotice({ tone: 'info', text: t('sale.scanStampOf', { name: variant.name }) });
        scanRef.current?.focus();
    }

    function applyDiscount(target: DiscountTarget, percent: number, approver?: StaffRecord) {
        const needsApproval =
            percent > pos.tablet.settings.discountApprovalPercent && pos.staff.role !== 'MANAGER';
        if (needsApproval && !approver) {
            setApproval({ target, percent });
            return;
        }
        update(c => {
            const approvedByStaffId =
                percent > 0 && (approver ?? pos.staff.role === 'MANAGER')
                    ? (approver ?? pos.staff).id
                    : c.approvedByStaffId;
            if (target.kind === 'cart') {
                return {
                    ...c,
                    cartDiscountPercent: percent,
                    cartDiscount: percentOf(subtotal(c.lines), percent),
                    approvedByStaffId,
                };
            }
            const lines = c.lines.map((l, i) =>
                i === target.index
                    ? { ...l, discountPercent: percent, discount: percentOf(l.unitPriceWithTax, percent) }
                    : l,
            );
            return {
                ...c,
                lines,
                cartDiscount: percentOf(subtotal(lines), c.cartDiscountPercent),
                approvedByStaffId,
            };
        });
        setDiscountFor(undefined);
        setApproval(undefined);
    }

    function removeLine(index: number) {
        update(c => {
            const lines = c.lines.filter((_, i) => i !== index);
            return { ...c, lines, cartDiscount: percentOf(subtotal(lines), c.cartDiscountPercent) };
        });
    }

    const total = cartTotal(cart.lines, cart.cartDiscount);
    const vat = vatByRate(cart.lines, cart.cartDiscount);

    return (
        <div className="sale-screen">
            <section className="catalogue" aria-label={t('sale.catalogue')}>
                <input
                    className="search"
                    type="search"
                    placeholder={t('sale.search')}
                    aria-label={t('sale.search')}
                    value={query}
                    onChange={e => setQuery(e.target.value)}
                />
                <div className="chips" role="tablist">
                    <button
                        type="button"
                        className={group ? 'chip' : 'chip active'}
                        onClick={() => setGroup('')}
                    >
                        {t('sale.allGroups')}
                    </button>
                    {groups.map(g => (
                        <button
                            type="button"
                            key={g}
                            className={g === group ? 'chip active' : 'chip'}
                            onClick={() => setGroup(g)}
                        >
                            {groupLabel(g)}
                        </button>
                    ))}
                </div>
                <div className="product-grid">
                    {shown.map(v => (
                        <button
                            type="button"
                            key={v.id}
                            className={v.id === cart.awaitingVariantId ? 'product awaiting' : 'product'}
                            onClick={() => pickVariant(v)}
                        >
                            <span className="product-name">{v.name}</span>
                            <span className="product-producer">{v.producerName}</span>
                            <span className="product-price">{formatVnd(v.priceWithTax)}</span>
                        </button>
                    ))}
                    {!shown.length && <p className="muted">{t('sale.noProducts')}</p>}
                </div>
            </section>

            <section className="cart" aria-label={t('sale.cart')}>
                <form
                    className="scan-row"
                    onSubmit={e => {
                        e.preventDefault();
                        performance.mark('pos-scan-start');
                        void handleScan(scan);
                    }}
                >
                    <input
                        ref={scanRef}
                        className="scan"
                        autoFocus
                        data-testid="scan-input"
                        placeholder={t('sale.scanPlaceholder')}
                        aria-label={t('sale.scanPlaceholder')}
                        value={scan}
                        onChange={e => setScan(e.target.value)}
                        autoComplete="off"
                        autoCapitalize="characters"
                    />
                    <button type="button" className="btn" onClick={() => setCamera(true)}>
                        {t('sale.camera')}
                    </button>
                </form>
                {notice && (
                    <p
                        className={`notice ${notice.tone}`}
                        role={notice.tone === 'danger' ? 'alert' : 'status'}
                        data-testid="notice"
                    >
                        {notice.text}
                    </p>
                )}
                {awaiting && (
                    <p className="notice info">
                        {t('sale.scanStampOf', { name: awaiting.name })}{' '}
                        <button
                            type="button"
                            className="link"
                            onClick={() => update(c => ({ ...c, awaitingVariantId: undefined }))}
                        >
                            {t('common.cancel')}
                        </button>
                    </p>
                )}
                <ol className="lines" data-testid="cart-lines">
                    {cart.lines.map((line, i) => (
                        <li key={line.stampCode} className="line">
                            <div className="line-main">
                                <strong>{line.name}</strong>
                                <small className="mono">{line.stampCode}</small>
                                {line.discount > 0 && (
                                    <small>
                                        {t('sale.lineDiscount', {
                                            percent: line.discountPercent,
                                            amount: formatVnd(line.discount),
                                        })}
                                    </small>
                                )}
                            </div>
                            <span className="amount">{formatVnd(lineNet(line))}</span>
                            <button
                                type="button"
                                className="btn small"
                                onClick={() => setDiscountFor({ kind: 'line', index: i })}
                            >
                                %
                            </button>
                            <button
                                type="button"
                                className="btn small danger"
                                aria-label={t('sale.remove')}
                                onClick={() => removeLine(i)}
                            >
                                ✕
                            </button>
                        </li>
                    ))}
                    {!cart.lines.length && <li className="muted empty">{t('sale.empty')}</li>}
                </ol>
                <div className="totals">
                    <div className="row spread">
                        <span>{t('sale.subtotal')}</span>
                        <span className="amount">{formatVnd(subtotal(cart.lines))}</span>
                    </div>
                    <div className="row spread">
                        <button
                            type="button"
                            className="link"
                            disabled={!cart.lines.length}
                            onClick={() => setDiscountFor({ kind: 'cart' })}
                        >
                            {cart.cartDiscount
                                ? t('sale.cartDiscountPercent', { percent: cart.cartDiscountPercent })
                                : t('sale.cartDiscount')}
                        </button>
                        <span className="amount">
                            {cart.cartDiscount ? `−${formatVnd(cart.cartDiscount)}` : ''}
                        </span>
                    </div>
                    {vat.map(row => (
                        <div className="row spread muted" key={row.rate}>
                            <span>{t('sale.vatIncluded', { rate: row.rate })}</span>
                            <span className="amount">{formatVnd(row.vat)}</span>
                        </div>
                    ))}
                    <div className="row spread total-row">
                        <span>{t('sale.total')}</span>
                        <span className="amount" data-testid="cart-total">
                            {formatVnd(total)}
                        </span>
                    </div>
                </div>
                <button
                    type="button"
                    className="btn primary big pay"
                    disabled={!cart.lines.length}
                    onClick={() => pos.setView('tender')}
                >
                    {t('sale.pay', { total: formatVnd(total) })}
                </button>
            </section>

            {discountFor && (
                <DiscountDialog
                    title={
                        discountFor.kind === 'cart'
                            ? t('sale.cartDiscount')
                            : t('sale.discountFor', { name: cart.lines[discountFor.index]?.name })
                    }
                    threshold={pos.tablet.settings.discountApprovalPercent}
                    onApply={p => applyDiscount(discountFor, p)}
                    onCancel={() => setDiscountFor(undefined)}
                />
            )}
            {approval && (
                <ManagerApproval
                    reason={t('approval.discount', { percent: approval.percent })}
                    onApproved={m => applyDiscount(approval.target, approval.percent, m)}
                    onCancel={() => setApproval(undefined)}
                />
            )}
            {camera && (
                <Suspense fallback={null}>
                    <CameraScanner
                        onResult={text => {
                            setCamera(false);
                            performance.mark('pos-scan-start');
                            void handleScan(text);
                        }}
                        onClose={() => setCamera(false)}
                    />
                </Suspense>
            )}
        </div>
    );
}

function DiscountDialog({
    title,
    threshold,
    onApply,
    onCancel,
}: {
    title: string;
    threshold: number;
    onApply: (percent: number) => void;
    onCancel: () => void;
}) {
    const { t } = useTranslation();
    const [percent, setPercent] = useState('');
    const value = Math.min(100, Number(percent) || 0);
    return (
        <div className="modal" role="dialog" aria-modal="true" aria-label={title}>
            <div className="modal-body">
                <h2>{title}</h2>
                <div className="chips">
                    {[0, 5, 10, 15, 20, 30].map(p => (
                        <button type="button" key={p} className="chip" onClick={() => onApply(p)}>
                            {p}%
                        </button>
                    ))}
                </div>
                <label>
                    {t('sale.discountPercent')}
                    <input
                        inputMode="numeric"
                        value={percent}
                        onChange={e => setPercent(e.target.value.replace(/\D/g, ''))}
                    />
                </label>
                <p className="muted">{t('sale.approvalAbove', { percent: threshold })}</p>
                <div className="row">
                    <button type="button" className="btn" onClick={onCancel}>
                        {t('common.cancel')}
                    </button>
                    <button type="button" className="btn primary" onClick={() => onApply(value)}>
                        {t('common.apply')}
                    </button>
                </div>
            </div>
        </div>
    );
}

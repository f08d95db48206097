import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { db, type SalePayment, type SaleRecord } from '../../data/db';
import { cartTotal, change, paid } from '../../sale/cart';
import { dongInputText, formatVnd, parseDongInput } from '../../ui/format';
import { useCart } from '../sale/useCart';

const VietQrCode = lazy(() => import('./VietQrCode'));

type Method = SalePayment['method'];

/** Quick cash buttons: the notes buyers hand over most, above the amount due. */
function cashSuggestions(due: number): number[] {
    const notes = [1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000];
    const out = new Set<number>([due]);
    for (const note of notes) {
        const rounded = Math.ceil(due / note) * note;
        if (rounded > due) out.add(rounded);
        if (out.size >= 4) break;
    }
    return [...out];
}

/** Payment: cash with change, card on the external terminal, VietQR on screen, or a split across them. */
export default function TenderScreen() {
    const { t } = useTranslation();
    const pos = usePos();
    const { cart, clear } = useCart();
    const total = cartTotal(cart.lines, cart.cartDiscount);
    const [payments, setPayments] = useState<SalePayment[]>([]);
    const [method, setMethod] = useState<Method>('cash');
    const remaining = Math.max(0, total - paid(payments));
    const [amountText, setAmountText] = useState(dongInputText(total));
    const [reference, setReference] = useState('');
    const [buyerTaxCode, setBuyerTaxCode] = useState('');
    const [error, setError] = useState('');
    const [saving, setSaving] = useState(false);
    const amount = parseDongInput(amountText);

    function choose(m: Method) {
        setMethod(m);
        setAmountText(dongInputText(remaining));
        setReference('');
        setError('');
    }

    function addPayment() {
        if (!(amount > 0)) return setError(t('tender.amountRequired'));
        if (method === 'card' && !reference.trim()) return setError(t('tender.referenceRequired'));
        if (method !== 'cash' && amount > remaining) return setError(t('tender.tooMuch'));
        const applied = Math.min(amount, remaining);
        const payment: SalePayment =
            method === 'cash'
                ? { method, amount: applied, given: amount }
                : { method, amount: applied, reference: reference.trim() || undefined };
        const next = [...payments, payment];
        setPayments(next);
        setError('');
        const left = Math.max(0, total - paid(next));
        setAmountText(dongInputText(left));
        setReference('');
    }

    async function complete() {
        if (buyerTaxCode && !/^\d{10}(-\d{3})?$/.test(buyerTaxCode.trim()))
            return setError(t('tender.badTaxCode'));
        setSaving(true);
        const sale: SaleRecord = {
            clientSaleId: crypto.randomUUID(),
            soldAt: new Date().toISOString(),
            salesPointId: pos.tablet.salesPoint.id,
            shiftId: pos.shift?.id ?? '',
            staffId: pos.staff.id,
            staffName: pos.staff.name,
            lines: cart.lines,
            stampCodes: cart.lines.map(l => l.stampCode),
            cartDiscount: cart.cartDiscount,
            cartDiscountPercent: cart.cartDiscountPercent,
            approvedByStaffId: cart.approvedByStaffId,
            payments,
            total,
            buyerTaxCode: buyerTaxCode.trim() || undefined,
            status: 'PENDING',
            attempts: 0,
        };
        // The sale exists from this moment, network or not: the outbox is the record.
        await db.sales.add(sale);
        clear();
        pos.setLastSale(sale);
        pos.setView('receipt');
    }

    const vietqrAmount = method === 'vietqr' && amount > 0 ? Math.min(amount, remaining) : 0;
    const settings = pos.tablet.settings;

    return (
        <div className="tender-screen">
            <section className="card">
                <div className="row spread total-row">
                    <span>{t('tender.due')}</span>
                    <span className="amount" data-testid="tender-total">
                        {formatVnd(total)}
                    </span>
                </div>
                <ul className="payments" data-testid="payments">
                    {payments.map((p, i) => (
                        <li key={i} className="row spread">
                            <span>
                                {t(`tender.method.${p.method}`)}
                                {p.reference ? ` · ${p.reference}` : ''}
                                {p.given && p.given > p.amount
                                    ? ` · ${t('tender.given', { amount: formatVnd(p.given) })}`
                                    : ''}
                            </span>
                            <span className="amount">{formatVnd(p.amount)}</span>
                            <button
                                type="button"
                                className="btn small danger"
                                aria-label={t('sale.remove')}
                                onClick={() => setPayments(payments.filter((_, j) => j !== i))}
                            >
                                ✕
                            </button>
                        </li>
                    ))}
                </ul>
                <div className="row spread">
                    <span>{t('tender.remaining')}</span>
                    <span className="amount" data-testid="remaining">
                        {formatVnd(remaining)}
                    </span>
                </div>
                {change(payments) > 0 && (
                    <div className="row spread change-row">
                        <span>{t('tender.change')}</span>
                        <span className="amount" data-testid="change">
                            {formatVnd(change(payments))}
                        </span>
                    </div>
                )}
                <label>
                    {t('tender.buyerTaxCode')}
                    <input
                        inputMode="numeric"
                        value={buyerTaxCode}
                        onChange={e => setBuyerTaxCode(e.target.value)}
                    />
                </label>
            </section>

            <section className="card">
                <div className="tabs" role="tablist">
                    {(['cash', 'card', 'vietqr'] as const).map(m => (
                        <button
                            type="button"
                            role="tab"
                            aria-selected={m === method}
                            key={m}
                            className={m === method ? 'tab active' : 'tab'}
                            onClick={() => choose(m)}
                        >
                            {t(`tender.method.${m}`)}
                        </button>
                    ))}
                </div>
                {remaining > 0 ? (
                    <>
                        <label>
                            {method === 'cash' ? t('tender.given') : t('tender.amount')}
                            <input
                                className="amount-input"
                                inputMode="numeric"
                                data-testid="amount-input"
                                value={amountText}
                                onChange={e => setAmountText(e.target.value)}
                            />
                        </label>
                        {method === 'cash' && (
                            <div className="chips">
                                {cashSuggestions(remaining).map(a => (
                                    <button
                                        type="button"
                                        key={a}
                                        className="chip"
                                        onClick={() => setAmountText(dongInputText(a))}
                                    >
                                        {formatVnd(a)}
                                    </button>
                                ))}
                            </div>
                        )}
                        {method === 'card' && (
                            <label>
                                {t('tender.reference')}
                                <input
                                    value={reference}
                                    onChange={e => setReference(e.target.value)}
                                    data-testid="reference"
                                />
                            </label>
                        )}
                        {method === 'vietqr' &&
                            (settings.vietqrBankBin && settings.vietqrAccountNumber && vietqrAmount > 0 ? (
                                <Suspense fallback={<p>{t('common.loading')}</p>}>
                                    <VietQrCode
                                        bankBin={settings.vietqrBankBin}
                                        accountNumber={settings.vietqrAccountNumber}
                                        accountName={settings.vietqrAccountName}
                                        amount={vietqrAmount}
                                        purpose={`POS ${pos.tablet.salesPoint.name}`}
                                    />
                                </Suspense>
                            ) : (
                                <p className="muted">{t('tender.noVietQr')}</p>
                            ))}
                        <button
                            type="button"
                            className="btn primary big"
                            onClick={addPayment}
                            data-testid="add-payment"
                        >
                            {method === 'vietqr' ? t('tender.confirmTransfer') : t('tender.addPayment')}
                        </button>
                    </>
                ) : (
                    <p className="notice info">{t('tender.fullyPaid')}</p>
                )}
                {error && (
                    <p className="error" role="alert">
                        {error}
                    </p>
                )}
                <div className="row">
                    <button type="button" className="btn big" onClick={() => pos.setView('sale')}>
                        {t('tender.back')}
                    </button>
                    <button
                        type="button"
                        className="btn primary big"
                        disabled={remaining > 0 || saving}
                        onClick={() => void complete()}
                        data-testid="complete-sale"
                    >
                        {t('tender.complete')}
                    </button>
                </div>
            </section>
        </div>
    );
}

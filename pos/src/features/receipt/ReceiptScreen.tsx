import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { db, type SaleRecord } from '../../data/db';
import { change, lineNet, subtotal, vatByRate } from '../../sale/cart';
import { formatDateTime, formatVnd } from '../../ui/format';

/** The receipt on screen, printable on 80 mm paper (print CSS hides everything else). */
export default function ReceiptScreen() {
    const { t, i18n } = useTranslation();
    const pos = usePos();
    const [sale, setSale] = useState<SaleRecord | undefined>(pos.lastSale);

    // The sync may finish while the receipt is shown: pick up the order code.
    useEffect(() => {
        if (!pos.lastSale) return;
        const id = pos.lastSale.clientSaleId;
        const timer = setInterval(() => void db.sales.get(id).then(setSale), 1000);
        return () => clearInterval(timer);
    }, [pos.lastSale]);

    if (!sale) return null;
    const vat = vatByRate(sale.lines, sale.cartDiscount);
    return (
        <div className="receipt-screen">
            <article className="receipt-paper" data-testid="receipt">
                <header>
                    <h2>{pos.tablet.salesPoint.name}</h2>
                    <p>{t('receipt.title')}</p>
                    <p>{formatDateTime(sale.soldAt, i18n.language)}</p>
                    <p>
                        {t('receipt.cashier')}: {sale.staffName}
                    </p>
                    <p className="mono small" data-testid="receipt-order">
                        {sale.orderCode
                            ? `${t('receipt.order')}: ${sale.orderCode}`
                            : t('receipt.pendingSync')}
                    </p>
                    <p className="mono small">{sale.clientSaleId}</p>
                </header>
                <table>
                    <tbody>
                        {sale.lines.map(line => (
                            <tr key={line.stampCode}>
                                <td>
                                    {line.name}
                                    <br />
                                    <small className="mono">
                                        {t('receipt.stamp')} {line.stampCode}
                                    </small>
                                    {line.discount > 0 && (
                                        <small>
                                            <br />
                                            {t('sale.lineDiscount', {
                                                percent: line.discountPercent,
                                                amount: formatVnd(line.discount),
                                            })}
                                        </small>
                                    )}
                                </td>
                                <td className="amount">{formatVnd(lineNet(line))}</td>
                            </tr>
                        ))}
                    </tbody>
                    <tfoot>
                        <tr>
                            <td>{t('sale.subtotal')}</td>
                            <td className="amount">{formatVnd(subtotal(sale.lines))}</td>
                        </tr>
                        {sale.cartDiscount > 0 && (
                            <tr>
                                <td>
                                    {t('sale.cartDiscountPercent', { percent: sale.cartDiscountPercent })}
                                </td>
                                <td className="amount">−{formatVnd(sale.cartDiscount)}</td>
                            </tr>
                        )}
                        <tr className="total-row">
                            <td>{t('sale.total')}</td>
                            <td className="amount" data-testid="receipt-total">
                                {formatVnd(sale.total)}
                            </td>
                        </tr>
                        {vat.map(row => (
                            <tr key={row.rate}>
                                <td>
                                    {t('receipt.vatRow', { rate: row.rate, gross: formatVnd(row.gross) })}
                                </td>
                                <td className="amount">{formatVnd(row.vat)}</td>
                            </tr>
                        ))}
                        {sale.payments.map((p, i) => (
                            <tr key={i}>
                                <td>
                                    {t(`tender.method.${p.method}`)}
                                    {p.reference ? ` (${p.reference})` : ''}
                                    {p.given ? ` · ${t('tender.given', { amount: formatVnd(p.given) })}` : ''}
                                </td>
                                <td className="amount">{formatVnd(p.amount)}</td>
                            </tr>
                        ))}
                        {change(sale.payments) > 0 && (
                            <tr>
                                <td>{t('tender.change')}</td>
                                <td className="amount" data-testid="receipt-change">
                                    {formatVnd(change(sale.payments))}
                                </td>
                            </tr>
                        )}
                    </tfoot>
                </table>
                {sale.buyerTaxCode && (
                    <p>
                        {t('receipt.buyerTaxCode')}: {sale.buyerTaxCode}
                    </p>
                )}
                <p className="thanks">{t('receipt.thanks')}</p>
            </article>
            <div className="row no-print">
                <button type="button" className="btn big" onClick={() => window.print()}>
                    {t('receipt.print')}
                </button>
                <button
                    type="button"
                    className="btn primary big"
                    data-testid="new-sale"
                    onClick={() => pos.setView('sale')}
                >
                    {t('receipt.newSale')}
                </button>
            </div>
        </div>
    );
}

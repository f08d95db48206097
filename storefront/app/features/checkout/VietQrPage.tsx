import { formatVnd } from '@ocop/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import { CopyButton } from './CopyButton';
import { formatMoment } from './format';
import type { VietQrDetails } from './order';

export interface VietQrPageData {
    lang: Lang;
    code: string;
    state: string;
    details: VietQrDetails | null;
    /** Inline SVG of the payload, drawn on the server. */
    svg: string | null;
}

const PAID_STATES = ['PaymentSettled', 'PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'];

/** The bank-transfer page: a large QR, the same data to copy, the deadline and what follows. */
export function VietQrPage({ data }: { data: VietQrPageData }) {
    const { lang, code, state, details, svg } = data;
    const { t } = useTranslation('order');
    const orderLink = (
        <p>
            <Link to={pathFor(lang, 'orders', code)}>{t('vietqr.viewOrder')}</Link>
        </p>
    );
    if (!details || !svg) {
        return (
            <div className="wrap page">
                <h1>{t('vietqr.title', { code })}</h1>
                <p>{t('vietqr.notVietQr')}</p>
                {orderLink}
            </div>
        );
    }
    const amount = formatVnd(details.amount);
    const deadline = formatMoment(details.expiresAt, lang);
    if (state === 'Cancelled' || PAID_STATES.includes(state)) {
        return (
            <div className="wrap page">
                <h1>{t('vietqr.title', { code })}</h1>
                <p className={`notice ${state === 'Cancelled' ? 'notice-error' : 'notice-ok'}`}>
                    {state === 'Cancelled' ? t('vietqr.expired') : t('vietqr.settled')}
                </p>
                {orderLink}
            </div>
        );
    }
    const rows: {
        key: string;
        label: string;
        value: string;
        shown?: string;
        hint?: string;
        copy?: boolean;
    }[] = [
        { key: 'bank', label: t('vietqr.bank'), value: details.bankName },
        { key: 'account', label: t('vietqr.accountNumber'), value: details.accountNumber, copy: true },
        { key: 'name', label: t('vietqr.accountName'), value: details.accountName },
        {
            key: 'amount',
            label: t('vietqr.amount'),
            value: String(details.amountDong),
            shown: amount,
            hint: t('vietqr.amountExact'),
            copy: true,
        },
        {
            key: 'reference',
            label: t('vietqr.reference'),
            value: details.reference,
            hint: t('vietqr.referenceHint'),
            copy: true,
        },
    ];
    return (
        <div className="wrap page vietqr-page">
            <p className="notice notice-ok order-thanks" role="status">
                {t('thanks')}
            </p>
            <h1>{t('vietqr.title', { code })}</h1>
            <p>{t('vietqr.intro')}</p>
            <div className="vietqr-layout">
                <figure className="qr">
                    <div
                        className="qr-code"
                        role="img"
                        aria-label={t('vietqr.qrLabel', {
                            amount,
                            bank: details.bankName,
                            account: details.accountNumber,
                            reference: details.reference,
                        })}
                        dangerouslySetInnerHTML={{ __html: svg }}
                    />
                    <figcaption>
                        <span className="qr-amount">{amount}</span>
                        <span className="meta">
                            {t('vietqr.deadline')}: <strong>{deadline}</strong>
                        </span>
                    </figcaption>
                </figure>
                <section aria-labelledby="manual-title" className="transfer">
                    <h2 id="manual-title">{t('vietqr.manual')}</h2>
                    <dl className="transfer-fields">
                        {rows.map(row => (
                            <div key={row.key} className="transfer-row">
                                <dt>{row.label}</dt>
                                <dd>
                                    <span className="transfer-value" id={`qr-${row.key}`}>
                                        {row.shown ?? row.value}
                                    </span>
                                    {row.copy ? <CopyButton value={row.value} field={row.label} /> : null}
                                    {row.hint ? <span className="field-hint">{row.hint}</span> : null}
                                </dd>
                            </div>
                        ))}
                        <div className="transfer-row">
                            <dt>{t('vietqr.deadline')}</dt>
                            <dd>
                                <span className="transfer-value">{deadline}</span>
                            </dd>
                        </div>
                    </dl>
                </section>
            </div>
            <section className="panel" aria-labelledby="after-title">
                <h2 id="after-title">{t('vietqr.whatNext')}</h2>
                <ol>
                    <li>{t('vietqr.step1')}</li>
                    <li>{t('vietqr.step2')}</li>
                    <li>{t('vietqr.step3', { deadline })}</li>
                </ol>
            </section>
            {orderLink}
        </div>
    );
}

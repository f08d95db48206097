import { formatVnd } from '@ocop/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import { accountPath } from '../account/paths';
import { formatMoment } from './format';
import { publicPart, stateKeys, type OrderView, type PaymentView } from './order';
import { OrderSummary } from './OrderSummary';

export interface OrderPageData {
    lang: Lang;
    order: OrderView;
    signedIn: boolean;
    /** Back from Stripe's page, the backend not yet told (webhook): "processing". */
    processing: boolean;
    /** Stripe said the card payment failed. */
    cardFailed: boolean;
    justPlaced: boolean;
}

const PAID_STATES = ['PaymentSettled', 'PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'];

/** The last payment that counts (not declined or cancelled), else the last one. */
export function currentPayment(order: OrderView): PaymentView | undefined {
    const payments = order.payments ?? [];
    return (
        [...payments].reverse().find(p => !['Declined', 'Cancelled', 'Error'].includes(p.state)) ??
        payments.at(-1)
    );
}

/** The confirmation page: code, state, payment, address, lines and totals, and what comes next. */
export function OrderPage({ data }: { data: OrderPageData }) {
    const { lang, order, signedIn, processing, cardFailed, justPlaced } = data;
    const { t } = useTranslation(['order', 'checkout']);
    const payment = currentPayment(order);
    const method = payment?.method ?? (processing ? 'stripe' : undefined);
    const paid = PAID_STATES.includes(order.state);
    const amount = formatVnd(order.totalWithTax);
    const a = order.shippingAddress;
    const vietqr = method === 'vietqr' ? publicPart(payment) : undefined;
    const keys = stateKeys(order.state, method, payment?.state);
    return (
        <div className="wrap page order-page">
            {justPlaced && !order.active ? (
                <p className="notice notice-ok order-thanks" role="status">
                    {t('thanks')}
                </p>
            ) : null}
            <h1>{t('title', { code: order.code })}</h1>
            <dl className="order-facts">
                <dt>{t('codeLabel')}</dt>
                <dd className="order-code">{order.code}</dd>
                {order.orderPlacedAt ? (
                    <>
                        <dt>{t('placedAt')}</dt>
                        <dd>{formatMoment(order.orderPlacedAt, lang)}</dd>
                    </>
                ) : null}
                <dt>{t('status')}</dt>
                <dd>
                    <span className={`badge badge-${order.state}`}>
                        {t(`states.${keys.state as 'Delivered'}`, { defaultValue: order.state })}
                    </span>
                </dd>
                {method ? (
                    <>
                        <dt>{t('payment')}</dt>
                        <dd>
                            {t(`methods.${method as 'vietqr'}`, { defaultValue: method })}
                            {payment && keys.payment !== 'CashOnDelivery'
                                ? ` · ${t(`paymentStates.${keys.payment as 'Settled'}`, { defaultValue: payment.state })}`
                                : ''}
                        </dd>
                    </>
                ) : null}
            </dl>

            <section className="panel next-steps" aria-labelledby="next-title">
                <h2 id="next-title">{t('nextTitle')}</h2>
                {order.state === 'Cancelled' ? (
                    <p>{t('next.cancelled')}</p>
                ) : cardFailed ? (
                    <p className="notice notice-error" role="alert">
                        {t('checkout:errors.PAYMENT_DECLINED_ERROR')}{' '}
                        <Link to={pathFor(lang, 'checkout')}>{t('checkout:stripe.back')}</Link>
                    </p>
                ) : processing && !paid ? (
                    <p className="notice notice-info" role="status">
                        {t('next.processing')}
                    </p>
                ) : paid ? (
                    <p>{t('next.paid')}</p>
                ) : method === 'vietqr' ? (
                    <>
                        <p>
                            {t('next.vietqrPending', {
                                amount,
                                reference: String(vietqr?.reference ?? order.code),
                                deadline: formatMoment(String(vietqr?.expiresAt ?? ''), lang),
                            })}
                        </p>
                        <p>
                            <Link className="button" to={pathFor(lang, 'orders', order.code, 'vietqr')}>
                                {t('next.vietqrPay')}
                            </Link>
                        </p>
                    </>
                ) : method === 'cash-on-delivery' ? (
                    <p>{t('next.cash-on-delivery', { amount })}</p>
                ) : null}
                {order.customer?.emailAddress && !order.active ? (
                    <p className="meta">{t('next.email', { email: order.customer.emailAddress })}</p>
                ) : null}
                <p className="meta">{t('next.stamps')}</p>
            </section>

            <div className="checkout-layout">
                <div>
                    <section className="panel" aria-labelledby="delivery-title">
                        <h2 id="delivery-title">{t('delivery')}</h2>
                        <address>
                            {a?.fullName} · {a?.phoneNumber}
                            <br />
                            {[a?.streetLine1, a?.city, a?.province].filter(Boolean).join(', ')}
                        </address>
                        {order.shippingLines[0] ? (
                            <p className="meta">
                                {t('shippingMethod')}: {order.shippingLines[0].shippingMethod.name}
                            </p>
                        ) : null}
                    </section>
                    <p className="order-links">
                        <Link to={pathFor(lang, 'products')}>{t('continueShopping')}</Link>
                        {signedIn ? <Link to={accountPath(lang, 'home')}>{t('myOrders')}</Link> : null}
                    </p>
                </div>
                <OrderSummary order={order} lang={lang} />
            </div>
        </div>
    );
}

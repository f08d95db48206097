import { formatVnd } from '@ocop/shared';
import { Form, Link, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import type { SavedAddress } from '../account/account.server';
import { accountPath } from '../account/paths';
import type { AddressInput, FieldErrors } from './address';
import { AddressFields } from './AddressForm';
import type { PaymentQuote, ShippingQuote } from './checkout.server';
import { Field, FormError } from './Field';
import type { OrderView } from './order';
import { OrderSummary } from './OrderSummary';

export type CheckoutStep = 'contact' | 'shipping' | 'payment';

export interface CheckoutOutcome {
    step: CheckoutStep;
    /** Translated, for the whole step. */
    message?: string;
    /** i18n keys under `checkout:fieldErrors`, per field. */
    fieldErrors?: FieldErrors;
    /** Translated error of the email field (the address has an account). */
    emailMessage?: string;
    values?: Partial<AddressInput> & { emailAddress?: string };
}

export interface CheckoutPageData {
    lang: Lang;
    order: OrderView;
    customer: {
        emailAddress: string;
        name: string;
        phoneNumber: string | null;
        addresses: SavedAddress[];
    } | null;
    step: CheckoutStep;
    shippingMethods: ShippingQuote[];
    paymentMethods: PaymentQuote[];
}

const STEPS: CheckoutStep[] = ['contact', 'shipping', 'payment'];

/**
 * Checkout on one page in three steps, each a plain form posted to the route's action; the
 * order itself says which step is open, so it works without JavaScript and after a reload.
 */
export function CheckoutPage({ data, outcome }: { data: CheckoutPageData; outcome?: CheckoutOutcome }) {
    const { lang, order, step } = data;
    const { t } = useTranslation('checkout');
    const current = outcome?.step ?? step;
    const stepLabel = { contact: t('stepContact'), shipping: t('stepShipping'), payment: t('stepPayment') };
    return (
        <div className="wrap page checkout-page">
            <h1>{t('title')}</h1>
            <ol className="steps" aria-label={t('steps')}>
                {STEPS.map((s, i) => {
                    const done = STEPS.indexOf(current) > i;
                    return (
                        <li
                            key={s}
                            className={done ? 'step-done' : s === current ? 'step-current' : undefined}
                            aria-current={s === current ? 'step' : undefined}
                        >
                            <span className="step-n" aria-hidden="true">
                                {done ? '✓' : i + 1}
                            </span>{' '}
                            {stepLabel[s]}
                            {done ? <span className="sr-only"> ({t('stepDone')})</span> : null}
                        </li>
                    );
                })}
            </ol>
            <div className="checkout-layout">
                <div className="checkout-main">
                    <section id="contact" className="step-panel" aria-labelledby="h-contact">
                        <h2 id="h-contact">{t('contactTitle')}</h2>
                        {current === 'contact' ? (
                            <ContactStep data={data} outcome={outcome} />
                        ) : (
                            <ContactSummary data={data} />
                        )}
                    </section>
                    <section id="shipping" className="step-panel" aria-labelledby="h-shipping">
                        <h2 id="h-shipping">{t('shippingTitle')}</h2>
                        {current === 'shipping' ? (
                            <ShippingStep data={data} outcome={outcome} />
                        ) : current === 'payment' ? (
                            <ShippingSummary data={data} />
                        ) : null}
                    </section>
                    <section id="payment" className="step-panel" aria-labelledby="h-payment">
                        <h2 id="h-payment">{t('paymentTitle')}</h2>
                        {current === 'payment' ? <PaymentStep data={data} outcome={outcome} /> : null}
                    </section>
                </div>
                <OrderSummary order={order} lang={lang} editable />
            </div>
        </div>
    );
}

function useSubmitting(intent: string) {
    const navigation = useNavigation();
    return navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
}

function ContactStep({ data, outcome }: { data: CheckoutPageData; outcome?: CheckoutOutcome }) {
    const { lang, order, customer } = data;
    const { t } = useTranslation('checkout');
    const submitting = useSubmitting('contact');
    const saved = customer?.addresses ?? [];
    const fromOrder = order.shippingAddress?.streetLine1 ? order.shippingAddress : undefined;
    const fromBook = saved[0];
    const values: Partial<AddressInput> & { emailAddress?: string } = outcome?.values ?? {
        fullName:
            fromOrder?.fullName ?? fromBook?.fullName ?? customer?.name ?? customerFullName(order) ?? '',
        phoneNumber:
            fromOrder?.phoneNumber ??
            fromBook?.phoneNumber ??
            customer?.phoneNumber ??
            order.customer?.phoneNumber ??
            '',
        streetLine1: fromOrder?.streetLine1 ?? fromBook?.streetLine1 ?? '',
        city: fromOrder?.city ?? fromBook?.city ?? '',
        province: fromOrder?.province ?? fromBook?.province ?? '',
        emailAddress: order.customer?.emailAddress ?? '',
    };
    const errors = outcome?.step === 'contact' ? outcome.fieldErrors : undefined;
    const emailError = errors?.emailAddress
        ? t(`fieldErrors.${errors.emailAddress as 'emailRequired'}`)
        : outcome?.emailMessage;
    const next = encodeURIComponent(pathFor(lang, 'checkout'));
    return (
        <>
            {customer ? (
                <p>{t('signedInAs', { email: customer.emailAddress })}</p>
            ) : (
                <p className="meta">
                    {t('guestNote')} {t('haveAccount')}{' '}
                    <Link to={`${accountPath(lang, 'signIn')}?next=${next}`}>{t('signIn')}</Link>
                </p>
            )}
            {saved.length > 0 ? (
                <div className="saved-addresses">
                    <h3>{t('savedAddresses')}</h3>
                    <ul role="list" className="list-plain">
                        {saved.map(a => (
                            <li key={a.id}>
                                <Form method="post" className="saved-address">
                                    <input type="hidden" name="intent" value="contact" />
                                    <input type="hidden" name="fullName" value={a.fullName ?? ''} />
                                    <input type="hidden" name="phoneNumber" value={a.phoneNumber ?? ''} />
                                    <input type="hidden" name="streetLine1" value={a.streetLine1} />
                                    <input type="hidden" name="city" value={a.city ?? ''} />
                                    <input type="hidden" name="province" value={a.province ?? ''} />
                                    <address>
                                        {a.fullName} · {a.phoneNumber}
                                        <br />
                                        {[a.streetLine1, a.city, a.province].filter(Boolean).join(', ')}
                                    </address>
                                    <button type="submit" className="button-secondary">
                                        {t('useSaved')}
                                    </button>
                                </Form>
                            </li>
                        ))}
                    </ul>
                    <h3>{t('otherAddress')}</h3>
                </div>
            ) : null}
            <Form method="post" className="form-stack" noValidate>
                <input type="hidden" name="intent" value="contact" />
                <FormError message={outcome?.step === 'contact' ? outcome.message : undefined} />
                {!customer ? (
                    <Field
                        id="co-email"
                        name="emailAddress"
                        type="email"
                        inputMode="email"
                        autoComplete="email"
                        label={t('email')}
                        hint={t('emailHint')}
                        required
                        defaultValue={values.emailAddress ?? ''}
                        error={emailError}
                    />
                ) : null}
                <AddressFields idPrefix="co" values={values} errors={errors} />
                <button type="submit" className="button button-block" disabled={submitting}>
                    {t('continueToShipping')}
                </button>
            </Form>
        </>
    );
}

function customerFullName(order: OrderView): string | undefined {
    const c = order.customer;
    return c ? [c.lastName, c.firstName].filter(Boolean).join(' ') : undefined;
}

function ContactSummary({ data }: { data: CheckoutPageData }) {
    const { order } = data;
    const { t } = useTranslation('checkout');
    const a = order.shippingAddress;
    return (
        <div className="step-summary">
            <address>
                {order.customer?.emailAddress}
                <br />
                {a?.fullName} · {a?.phoneNumber}
                <br />
                {[a?.streetLine1, a?.city, a?.province].filter(Boolean).join(', ')}
            </address>
            <Link to="?edit=contact#contact" className="button-secondary">
                {t('change')}
            </Link>
        </div>
    );
}

function ShippingStep({ data, outcome }: { data: CheckoutPageData; outcome?: CheckoutOutcome }) {
    const { order, shippingMethods } = data;
    const { t } = useTranslation('checkout');
    const submitting = useSubmitting('shipping');
    const chosen = order.shippingLines[0]?.shippingMethod.id ?? shippingMethods[0]?.id;
    const error =
        outcome?.step === 'shipping' && outcome.fieldErrors?.shipping
            ? t(`fieldErrors.${outcome.fieldErrors.shipping as 'shippingRequired'}`)
            : undefined;
    if (shippingMethods.length === 0) return <p className="notice notice-error">{t('noShipping')}</p>;
    return (
        <Form method="post" className="form-stack">
            <input type="hidden" name="intent" value="shipping" />
            <FormError message={outcome?.step === 'shipping' ? outcome.message : undefined} />
            <fieldset className="choices" aria-describedby={error ? 'ship-error' : 'ship-hint'}>
                <legend>
                    {order.shippingAddress?.province
                        ? t('shippingFor', { province: order.shippingAddress.province })
                        : t('stepShipping')}
                </legend>
                <p id="ship-hint" className="field-hint">
                    {t('shippingHint')}
                </p>
                {shippingMethods.map(m => {
                    const parcels = Number(m.metadata?.parcels ?? 0);
                    const perParcel = Number(m.metadata?.perParcel ?? 0);
                    return (
                        <label key={m.id} className="choice">
                            <input
                                type="radio"
                                name="shippingMethodId"
                                value={m.id}
                                defaultChecked={m.id === chosen}
                            />
                            <span className="choice-text">
                                <span className="choice-name">{m.name}</span>
                                {m.description ? (
                                    <span className="meta">{stripHtml(m.description)}</span>
                                ) : null}
                                {parcels > 0 && perParcel > 0 ? (
                                    <span className="meta">
                                        {t('parcels', { count: parcels, price: formatVnd(perParcel) })}
                                    </span>
                                ) : null}
                            </span>
                            <span className="price">{formatVnd(m.priceWithTax)}</span>
                        </label>
                    );
                })}
                {error ? (
                    <p id="ship-error" className="field-error">
                        {error}
                    </p>
                ) : null}
            </fieldset>
            <button type="submit" className="button button-block" disabled={submitting}>
                {t('continueToPayment')}
            </button>
        </Form>
    );
}

function ShippingSummary({ data }: { data: CheckoutPageData }) {
    const { order } = data;
    const { t } = useTranslation('checkout');
    const line = order.shippingLines[0];
    return (
        <div className="step-summary">
            <p>
                {line?.shippingMethod.name} ·{' '}
                <span className="price">{formatVnd(order.shippingWithTax)}</span>
            </p>
            <Link to="?edit=shipping#shipping" className="button-secondary">
                {t('change')}
            </Link>
        </div>
    );
}

function PaymentStep({ data, outcome }: { data: CheckoutPageData; outcome?: CheckoutOutcome }) {
    const { order, paymentMethods } = data;
    const { t } = useTranslation('checkout');
    const submitting = useSubmitting('pay');
    const error =
        outcome?.step === 'payment' && outcome.fieldErrors?.payment
            ? t(`fieldErrors.${outcome.fieldErrors.payment as 'paymentRequired'}`)
            : undefined;
    if (paymentMethods.length === 0) return <p className="notice notice-error">{t('noPayment')}</p>;
    return (
        <Form method="post" className="form-stack">
            <input type="hidden" name="intent" value="pay" />
            <FormError message={outcome?.step === 'payment' ? outcome.message : undefined} />
            <fieldset className="choices" aria-describedby={error ? 'pay-error' : undefined}>
                <legend>{t('choosePayment')}</legend>
                {paymentMethods.map((m, i) => (
                    <label key={m.code} className="choice">
                        <input type="radio" name="method" value={m.code} defaultChecked={i === 0} />
                        <span className="choice-text">
                            <span className="choice-name">{m.name}</span>
                            <span className="meta">
                                {t(`paymentNotes.${m.code as 'vietqr'}`, {
                                    defaultValue: stripHtml(m.description),
                                })}
                            </span>
                        </span>
                    </label>
                ))}
                {error ? (
                    <p id="pay-error" className="field-error">
                        {error}
                    </p>
                ) : null}
            </fieldset>
            <p className="total-line">
                {t('total')}: <span className="price price-large">{formatVnd(order.totalWithTax)}</span>
            </p>
            <button type="submit" className="button button-block button-large" disabled={submitting}>
                {submitting ? t('placing') : t('placeOrder')}
            </button>
        </Form>
    );
}

function stripHtml(s: string): string {
    return s.replace(/<[^>]+>/g, '').trim();
}

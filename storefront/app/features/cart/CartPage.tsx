import { formatVnd } from '@ocop/shared';
import { Form, Link, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import { assetUrl } from '../../ui/format';
import { groupByProducer, lineImage, type OrderLineView, type OrderView } from '../checkout/order';

export interface CartPageData {
    lang: Lang;
    order: OrderView | null;
}

export type CartOutcome = { ok: false; lineId: string; message: string } | { ok: true; lineId: string };

/** The cart: one block per producer's parcel, quantities changed by plain forms (no JS needed). */
export function CartPage({ data, outcome }: { data: CartPageData; outcome?: CartOutcome }) {
    const { lang, order } = data;
    const { t } = useTranslation('cartPage');
    const lines = order?.lines ?? [];
    if (!order || lines.length === 0) {
        return (
            <div className="wrap page cart-page">
                <h1>{t('title')}</h1>
                <p className="empty">{t('empty')}</p>
                <p>
                    <Link className="button" to={pathFor(lang, 'products')}>
                        {t('browse')}
                    </Link>
                </p>
            </div>
        );
    }
    const groups = groupByProducer(lines);
    return (
        <div className="wrap page cart-page">
            <h1>
                {t('title')}{' '}
                <span className="count-note">({t('items', { count: order.totalQuantity })})</span>
            </h1>
            <p className="notice notice-info" id="parcels-note">
                {t('parcels', { count: groups.length })}
            </p>
            <div className="checkout-layout">
                <div className="cart-groups">
                    {groups.map((group, i) => (
                        <section
                            key={group.producer ?? ''}
                            className="parcel"
                            aria-labelledby={`parcel-${i}`}
                        >
                            <h2 id={`parcel-${i}`} className="parcel-title">
                                {group.producer
                                    ? t('parcel', { n: i + 1, producer: group.producer })
                                    : t('parcelUnknown', { n: i + 1 })}
                            </h2>
                            <ul className="cart-lines" role="list">
                                {group.lines.map(line => (
                                    <CartLine
                                        key={line.id}
                                        line={line}
                                        lang={lang}
                                        outcome={outcome?.lineId === line.id ? outcome : undefined}
                                    />
                                ))}
                            </ul>
                        </section>
                    ))}
                    <p className="meta">{t('stampNote')}</p>
                </div>
                <aside className="summary" aria-labelledby="cart-summary">
                    <h2 id="cart-summary">{t('summary')}</h2>
                    <dl className="totals">
                        <dt>{t('subtotal')}</dt>
                        <dd>{formatVnd(order.subTotalWithTax)}</dd>
                        <dt>{t('shipping')}</dt>
                        <dd className="totals-note">{t('shippingNote')}</dd>
                    </dl>
                    <p className="meta">{t('vatIncluded')}</p>
                    <p>
                        <Link className="button button-block" to={pathFor(lang, 'checkout')}>
                            {t('checkout')}
                        </Link>
                    </p>
                    <p>
                        <Link to={pathFor(lang, 'products')}>{t('continueShopping')}</Link>
                    </p>
                </aside>
            </div>
        </div>
    );
}

function CartLine({ line, lang, outcome }: { line: OrderLineView; lang: Lang; outcome?: CartOutcome }) {
    const { t } = useTranslation('cartPage');
    const navigation = useNavigation();
    const busy = navigation.state !== 'idle' && navigation.formData?.get('lineId') === line.id;
    const product = line.productVariant.product;
    const name = product.name;
    const variantName = line.productVariant.name !== name ? line.productVariant.name : undefined;
    const image = lineImage(line);
    const errorId = `line-${line.id}-error`;
    return (
        <li className="cart-line" aria-busy={busy || undefined}>
            <div className="line-image">
                {image ? (
                    <img src={assetUrl(image, 160)} width={80} height={80} alt="" loading="lazy" />
                ) : null}
            </div>
            <div className="line-info">
                <h3 className="line-name">
                    <Link to={pathFor(lang, 'products', product.slug)}>{name}</Link>
                </h3>
                {variantName ? <p className="meta">{t('variant', { name: variantName })}</p> : null}
                <p className="meta">
                    {t('unitPrice')}: <span className="price">{formatVnd(line.unitPriceWithTax)}</span>
                </p>
            </div>
            <Form method="post" preventScrollReset className="line-controls">
                <input type="hidden" name="lineId" value={line.id} />
                <input type="hidden" name="current" value={line.quantity} />
                {/* The first submit button answers Enter in the quantity box: it must be "update". */}
                <button type="submit" name="intent" value="adjust" className="button-secondary qty-update">
                    {t('update')}
                </button>
                <div className="qty-stepper">
                    <button
                        type="submit"
                        name="intent"
                        value="decrease"
                        className="qty-step"
                        aria-label={t('decrease', { name })}
                    >
                        −
                    </button>
                    <input
                        name="quantity"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={99}
                        defaultValue={line.quantity}
                        key={line.quantity}
                        aria-label={t('quantityOf', { name })}
                        aria-invalid={outcome && !outcome.ok ? true : undefined}
                        aria-describedby={outcome && !outcome.ok ? errorId : undefined}
                    />
                    <button
                        type="submit"
                        name="intent"
                        value="increase"
                        className="qty-step"
                        aria-label={t('increase', { name })}
                    >
                        +
                    </button>
                </div>
                <button
                    type="submit"
                    name="intent"
                    value="remove"
                    className="button-link qty-remove"
                    aria-label={t('removeLabel', { name })}
                >
                    {t('remove')}
                </button>
            </Form>
            <p className="line-total">
                <span className="sr-only">{t('lineTotal')}: </span>
                <span className="price">{formatVnd(line.linePriceWithTax)}</span>
            </p>
            {outcome && !outcome.ok ? (
                <p role="alert" id={errorId} className="field-error line-error">
                    {outcome.message}
                </p>
            ) : null}
        </li>
    );
}

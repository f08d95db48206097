import { formatVnd } from '@ocop/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import { assetUrl } from '../../ui/format';
import { groupByProducer, lineImage, type OrderView } from './order';

/** Lines by parcel (one per producer) and the totals, VAT included. */
export function OrderSummary({
    order,
    lang,
    editable,
    headingLevel = 2,
}: {
    order: OrderView;
    lang: Lang;
    editable?: boolean;
    headingLevel?: 2 | 3;
}) {
    const { t } = useTranslation('checkout');
    const groups = groupByProducer(order.lines);
    const Heading = `h${headingLevel}` as 'h2';
    const SubHeading = `h${headingLevel + 1}` as 'h3';
    const hasShipping = order.shippingLines.length > 0;
    // Goods and delivery come as separate tax lines; the buyer reads one amount per rate.
    const vatByRate = new Map<number, number>();
    for (const line of order.taxSummary) {
        if (line.taxTotal > 0)
            vatByRate.set(line.taxRate, (vatByRate.get(line.taxRate) ?? 0) + line.taxTotal);
    }
    const vat = [...vatByRate].map(([taxRate, taxTotal]) => ({ taxRate, taxTotal }));
    return (
        <section className="summary" aria-labelledby={`summary-${order.code}`}>
            <Heading id={`summary-${order.code}`}>
                {t('summaryTitle')}{' '}
                <span className="count-note">({t('items', { count: order.totalQuantity })})</span>
            </Heading>
            {groups.map((group, i) => (
                <div key={group.producer ?? ''} className="summary-parcel">
                    <SubHeading className="parcel-title">
                        {group.producer ? t('parcelFrom', { producer: group.producer }) : t('parcelOther')}
                    </SubHeading>
                    <ul className="summary-lines" role="list">
                        {group.lines.map(line => {
                            const image = lineImage(line);
                            const name = line.productVariant.product.name;
                            const variant =
                                line.productVariant.name !== name ? line.productVariant.name : null;
                            return (
                                <li key={line.id} className="summary-line">
                                    {image ? (
                                        <img
                                            src={assetUrl(image, 112)}
                                            width={56}
                                            height={56}
                                            alt=""
                                            loading="lazy"
                                        />
                                    ) : (
                                        <span className="summary-noimg" />
                                    )}
                                    <span className="summary-name">
                                        {name}
                                        {variant ? <span className="meta"> · {variant}</span> : null}
                                        <span className="meta summary-qty">
                                            {t('quantityShort', { count: line.quantity })} ×{' '}
                                            {formatVnd(line.unitPriceWithTax)}
                                        </span>
                                    </span>
                                    <span className="price">{formatVnd(line.linePriceWithTax)}</span>
                                </li>
                            );
                        })}
                    </ul>
                    {i < groups.length - 1 ? <hr /> : null}
                </div>
            ))}
            <dl className="totals">
                <dt>{t('subtotal')}</dt>
                <dd>{formatVnd(order.subTotalWithTax)}</dd>
                <dt>
                    {t('shipping')}
                    {hasShipping ? ` (${t('parcelCount', { count: groups.length })})` : ''}
                </dt>
                <dd className={hasShipping ? undefined : 'totals-note'}>
                    {hasShipping ? formatVnd(order.shippingWithTax) : t('shippingLater')}
                </dd>
                <dt className="totals-grand">{t('total')}</dt>
                <dd className="totals-grand">{formatVnd(order.totalWithTax)}</dd>
            </dl>
            <p className="meta">
                {t('vatIncluded')}{' '}
                {vat.map(v => t('vatOf', { rate: v.taxRate, amount: formatVnd(v.taxTotal) })).join(' ')}
            </p>
            {editable ? (
                <p>
                    <Link to={pathFor(lang, 'cart')}>{t('editCart')}</Link>
                </p>
            ) : null}
        </section>
    );
}

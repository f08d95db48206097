import { useState } from 'react';
import { Form, Link, useNavigation, useRouteLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import { formatDay } from '@ocop/shared';
import { assetSrcSet, assetUrl } from '../../ui/format';
import { Price } from '../../ui/Price';
import type { ProductCardData } from '../../ui/product-card';
import { ProductGrid } from '../../ui/ProductCard';
import { Stars } from '../../ui/Stars';
import type { Producer } from '../producers/producers.server';
import type { ProductDetail, QualityDocument, StockLevel } from './product.server';

export interface ProductPageData {
    lang: Lang;
    product: ProductDetail;
    producer?: Producer;
    documents?: QualityDocument[];
    related: ProductCardData[];
    publicApiUrl: string;
    selectedVariantId?: string;
    added?: boolean;
}

/** What the add-to-cart action answers when it does not redirect: Vendure's error, in words. */
export type AddToCartOutcome = { ok: false; message: string; variantId: string };

export function ProductPage({ data, outcome }: { data: ProductPageData; outcome?: AddToCartOutcome }) {
    const { lang, product, producer, documents, related, publicApiUrl } = data;
    const { t } = useTranslation(['product', 'common', 'layout']);
    const { t: tc } = useTranslation('cart');
    const navigation = useNavigation();
    const cartCount = useRouteLoaderData<{ cartCount: number }>('root')?.cartCount ?? 0;
    const adding = navigation.state !== 'idle' && navigation.formMethod === 'POST';
    const initial =
        outcome?.variantId ??
        data.selectedVariantId ??
        (product.variants.find(v => v.stockLevel !== 'OUT_OF_STOCK') ?? product.variants[0]).id;
    const [selectedId, setSelectedId] = useState(initial);
    const selected = product.variants.find(v => v.id === selectedId) ?? product.variants[0];
    const [main, ...more] = product.images;
    const ocop = product.ocop;

    return (
        <div className="wrap page product">
            <nav aria-label={t('common:breadcrumb')} className="breadcrumb">
                <ol>
                    <li>
                        <Link to={pathFor(lang, 'home')}>{t('common:home')}</Link>
                    </li>
                    <li>
                        <Link to={pathFor(lang, 'products')}>{t('layout:products')}</Link>
                    </li>
                    <li aria-current="page">{product.name}</li>
                </ol>
            </nav>
            <div className="product-top">
                <section className="gallery" aria-label={t('gallery')}>
                    {main ? (
                        <img
                            className="gallery-main"
                            src={assetUrl(main.preview, 600)}
                            srcSet={assetSrcSet(main.preview, [390, 640, 800])}
                            sizes="(min-width: 900px) 460px, calc(100vw - 2rem)"
                            width={600}
                            height={600}
                            alt={t('imageAlt', { name: product.name, n: 1 })}
                            loading="eager"
                            fetchPriority="high"
                        />
                    ) : null}
                    {more.length ? (
                        <ul className="thumbs" role="list">
                            {more.map((img, i) => (
                                <li key={img.preview}>
                                    <a href={assetUrl(img.preview, 800)}>
                                        <img
                                            src={assetUrl(img.preview, 160)}
                                            width={80}
                                            height={80}
                                            alt={t('imageAlt', { name: product.name, n: i + 2 })}
                                            loading="lazy"
                                            decoding="async"
                                        />
                                    </a>
                                </li>
                            ))}
                        </ul>
                    ) : null}
                </section>
                <div className="buy">
                    <h1>{product.name}</h1>
                    {ocop ? <Stars count={ocop.stars} large /> : null}
                    <p className="buy-price">
                        <Price min={selected.priceWithTax} className="price price-large" />
                    </p>
                    <p className={`stock stock-${selected.stockLevel.toLowerCase().replace(/_/g, '-')}`}>
                        {t(`stock.${selected.stockLevel as StockLevel}`)}
                    </p>
                    <Form method="post" preventScrollReset className="buy-form">
                        <input type="hidden" name="intent" value="add" />
                        <fieldset className="variants">
                            <legend>{t('chooseVariant')}</legend>
                            {product.variants.map(v => (
                                <label key={v.id} className="variant">
                                    <input
                                        type="radio"
                                        name="variantId"
                                        value={v.id}
                                        checked={v.id === selected.id}
                                        onChange={() => setSelectedId(v.id)}
                                    />
                                    <span className="variant-name">{v.name}</span>
                                    <Price min={v.priceWithTax} className="variant-price" />
                                    {v.stockLevel !== 'IN_STOCK' ? (
                                        <span className="variant-stock">{t(`stock.${v.stockLevel}`)}</span>
                                    ) : null}
                                </label>
                            ))}
                        </fieldset>
                        <div className="qty-row">
                            <label htmlFor="qty">{tc('quantity')}</label>
                            <input
                                id="qty"
                                name="quantity"
                                type="number"
                                min={1}
                                max={99}
                                defaultValue={1}
                                inputMode="numeric"
                            />
                            <button type="submit" className="button" disabled={adding}>
                                {adding ? tc('adding') : tc('addToCart')}
                            </button>
                        </div>
                        {outcome ? (
                            <p role="alert" className="notice notice-error">
                                {outcome.message}
                            </p>
                        ) : data.added && !adding ? (
                            <p role="status" className="notice notice-ok">
                                {tc('added', { count: cartCount })}{' '}
                                <Link to={pathFor(lang, 'cart')}>{tc('viewCart')}</Link>
                            </p>
                        ) : null}
                    </Form>
                    {ocop ? (
                        <section className="certificate" aria-labelledby="p-cert">
                            <h2 id="p-cert">{t('certificate')}</h2>
                            <dl>
                                <dt>{t('certificateNumber')}</dt>
                                <dd>{ocop.certificateNumber}</dd>
                                <dt>{t('validUntil')}</dt>
                                <dd>
                                    <time dateTime={ocop.validUntil}>{formatDay(ocop.validUntil, lang)}</time>
                                </dd>
                                <dt>{t('group')}</dt>
                                <dd>
                                    {t(`groups.${ocop.productGroup as 'FOOD'}`, {
                                        defaultValue: ocop.productGroup,
                                    })}
                                </dd>
                                <dt>{t('area')}</dt>
                                <dd>{ocop.area}</dd>
                            </dl>
                        </section>
                    ) : null}
                </div>
            </div>
            <section aria-labelledby="p-desc" className="prose">
                <h2 id="p-desc">{t('description')}</h2>
                {product.description.split(/\n+/).map((para, i) => (
                    <p key={i}>{para}</p>
                ))}
            </section>
            {producer || ocop ? (
                <section aria-labelledby="p-producer" className="panel producer-card">
                    <h2 id="p-producer">{t('producerCard')}</h2>
                    <p className="producer-name">{producer?.name ?? ocop?.producerName}</p>
                    {producer ? (
                        <>
                            <p>
                                {t(`producerTypes.${producer.type as 'OTHER'}`, {
                                    defaultValue: t('producerTypes.OTHER'),
                                })}{' '}
                                · {producer.commune} · {producer.area}
                            </p>
                            {producer.story ? <p>{producer.story}</p> : null}
                            <p>
                                <Link to={pathFor(lang, 'producers', producer.code)}>
                                    {t('producerPage')}
                                </Link>
                            </p>
                        </>
                    ) : (
                        <p>{ocop?.area}</p>
                    )}
                </section>
            ) : null}
            <section aria-labelledby="p-stamp" className="panel stamp-panel">
                <h2 id="p-stamp">{t('stampTitle')}</h2>
                <p>{t('stampText')}</p>
                <p>
                    <a href={`${publicApiUrl}/v/`}>{t('stampLink')}</a>
                </p>
            </section>
            {documents?.length ? (
                <section aria-labelledby="p-docs" className="panel">
                    <h2 id="p-docs">{t('qualityDocuments')}</h2>
                    <ul>
                        {documents.map(d => (
                            <li key={`${d.kind}-${d.number}`}>
                                <strong>
                                    {t(`documentKinds.${d.kind as 'QUALITY_DECLARATION'}`, {
                                        defaultValue: d.kind,
                                    })}
                                </strong>{' '}
                                {t('documentLine', {
                                    number: d.number,
                                    issuer: d.issuer,
                                    date: formatDay(d.issuedOn, lang),
                                })}
                                {d.validUntil
                                    ? ` ${t('documentUntil', { date: formatDay(d.validUntil, lang) })}`
                                    : ''}
                            </li>
                        ))}
                    </ul>
                </section>
            ) : null}
            {related.length ? (
                <section aria-labelledby="p-related">
                    <h2 id="p-related">{t('related')}</h2>
                    <ProductGrid products={related} lang={lang} />
                </section>
            ) : null}
        </div>
    );
}

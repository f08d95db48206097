import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import type { ProductCardData } from '../../ui/product-card';
import { ProductGrid } from '../../ui/ProductCard';
import type { Producer } from './producers.server';

export function ProducersPage({
    lang,
    areas,
}: {
    lang: Lang;
    areas?: { area: string; producers: Producer[] }[];
}) {
    const { t } = useTranslation(['producers', 'product', 'layout']);
    return (
        <div className="wrap page">
            <h1>{t('title')}</h1>
            {areas ? (
                <>
                    <p>{t('intro')}</p>
                    {areas.map((group, gi) => (
                        <section key={group.area} aria-labelledby={`a-${gi}`}>
                            <h2 id={`a-${gi}`}>{group.area}</h2>
                            <ul className="list-plain" role="list">
                                {group.producers.map(p => (
                                    <li key={p.code}>
                                        <h3>
                                            <Link to={pathFor(lang, 'producers', p.code)}>{p.name}</Link>
                                        </h3>
                                        <p className="meta">
                                            {t(`product:producerTypes.${p.type as 'OTHER'}`, {
                                                defaultValue: t('product:producerTypes.OTHER'),
                                            })}{' '}
                                            · {p.commune} · {t('products', { count: p.productCount })}
                                        </p>
                                    </li>
                                ))}
                            </ul>
                        </section>
                    ))}
                </>
            ) : (
                <p className="empty">
                    {t('unavailable')} <Link to={pathFor(lang, 'products')}>{t('layout:products')}</Link>
                </p>
            )}
        </div>
    );
}

export function ProducerPage({
    lang,
    producer,
    products,
}: {
    lang: Lang;
    producer: Producer;
    products: ProductCardData[];
}) {
    const { t } = useTranslation(['producers', 'product', 'common']);
    return (
        <div className="wrap page">
            <nav aria-label={t('common:breadcrumb')} className="breadcrumb">
                <ol>
                    <li>
                        <Link to={pathFor(lang, 'home')}>{t('common:home')}</Link>
                    </li>
                    <li>
                        <Link to={pathFor(lang, 'producers')}>{t('allProducers')}</Link>
                    </li>
                    <li aria-current="page">{producer.name}</li>
                </ol>
            </nav>
            <h1>{producer.name}</h1>
            <dl className="facts">
                <dt>{t('type')}</dt>
                <dd>
                    {t(`product:producerTypes.${producer.type as 'OTHER'}`, {
                        defaultValue: t('product:producerTypes.OTHER'),
                    })}
                </dd>
                <dt>{t('commune')}</dt>
                <dd>{producer.commune}</dd>
                <dt>{t('area')}</dt>
                <dd>{producer.area}</dd>
            </dl>
            {producer.story ? (
                <section aria-labelledby="pr-story" className="prose">
                    <h2 id="pr-story">{t('story')}</h2>
                    {producer.story.split(/\n+/).map((para, i) => (
                        <p key={i}>{para}</p>
                    ))}
                </section>
            ) : null}
            <section aria-labelledby="pr-products">
                <h2 id="pr-products">{t('productsOf')}</h2>
                <ProductGrid products={products} lang={lang} eagerCount={2} />
            </section>
        </div>
    );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import type { ProductCardData } from '../../ui/product-card';
import { ProductGrid } from '../../ui/ProductCard';
import type { HomeLink } from './home.server';

export interface HomeData {
    lang: Lang;
    featured: ProductCardData[];
    newest: ProductCardData[];
    brands: HomeLink[];
    areas: HomeLink[];
}

export function HomePage({ lang, featured, newest, brands, areas }: HomeData) {
    const { t } = useTranslation('home');
    const catalogue = pathFor(lang, 'products');
    return (
        <>
            <section className="hero">
                <div className="wrap">
                    <h1>{t('heroTitle')}</h1>
                    <p>{t('heroText')}</p>
                    <Link className="button" to={catalogue}>
                        {t('heroCta')}
                    </Link>
                </div>
            </section>
            <div className="wrap page">
                <section aria-labelledby="h-featured">
                    <h2 id="h-featured">{t('featured')}</h2>
                    <ProductGrid products={featured} lang={lang} eagerCount={2} />
                </section>
                <section aria-labelledby="h-brands">
                    <h2 id="h-brands">{t('brands')}</h2>
                    <ul className="chips" role="list">
                        {brands.map(b => (
                            <li key={b.key}>
                                <Link to={`${catalogue}?${b.query}`} className="chip chip-large">
                                    {b.label ?? t(`brand.${b.key as 'deer'}`)}
                                </Link>
                            </li>
                        ))}
                    </ul>
                </section>
                <section aria-labelledby="h-new">
                    <h2 id="h-new">{t('newProducts')}</h2>
                    <ProductGrid products={newest} lang={lang} />
                </section>
                <section aria-labelledby="h-areas">
                    <h2 id="h-areas">{t('areas')}</h2>
                    <ul className="chips" role="list">
                        {areas.map(a => (
                            <li key={a.key}>
                                <Link to={`${catalogue}?${a.query}`} className="chip">
                                    {a.label}
                                    {a.count ? (
                                        <span className="chip-count">
                                            {' '}
                                            · {t('areaCount', { count: a.count })}
                                        </span>
                                    ) : null}
                                </Link>
                            </li>
                        ))}
                    </ul>
                </section>
            </div>
        </>
    );
}

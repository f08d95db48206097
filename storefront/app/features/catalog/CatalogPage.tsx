import { Form, Link, useSubmit } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import type { ProductCardData } from '../../ui/product-card';
import { ProductGrid } from '../../ui/ProductCard';
import { brandTerms } from './brands';
import type { FacetGroup } from './catalog.server';
import { catalogHref, PRICE_BANDS, SORTS, type CatalogQuery, type PriceBand } from './query';

export interface CatalogData {
    lang: Lang;
    query: CatalogQuery;
    total: number;
    pages: number;
    items: ProductCardData[];
    facetGroups: FacetGroup[];
    featured?: ProductCardData[];
}

export function CatalogPage({ lang, query, total, pages, items, facetGroups, featured }: CatalogData) {
    const { t } = useTranslation(['catalog', 'common']);
    const submit = useSubmit();
    const base = pathFor(lang, 'products');
    const href = (change: Record<string, string | undefined>) => `${base}${catalogHref(query, change)}`;
    const activeFilters = Object.keys(query.facets).length + (query.price ? 1 : 0);
    const pageHref = (page: number) =>
        `${base}${catalogHref(query, { page: page > 1 ? String(page) : undefined })}`;

    return (
        <div className="wrap page">
            <div className="catalog-head">
                <h1>{query.q ? t('titleSearch', { q: query.q }) : t('title')}</h1>
                <p className="result-count" role="status">
                    {t('results', { count: total })}
                </p>
            </div>
            <div className="catalog-layout">
                <details className="filters" open={activeFilters > 0 || undefined}>
                    <summary>
                        {t('filters')}
                        {activeFilters ? ` (${activeFilters})` : ''}
                    </summary>
                    <div className="filters-body">
                        <Form
                            method="get"
                            action={base}
                            className="sort-form"
                            onChange={e => void submit(e.currentTarget)}
                        >
                            {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
                            {Object.entries(query.facets).map(([k, v]) => (
                                <input key={k} type="hidden" name={k} value={v} />
                            ))}
                            {query.price ? <input type="hidden" name="price" value={query.price} /> : null}
                            <label htmlFor="sort">{t('sortLabel')}</label>
                            <select id="sort" name="sort" defaultValue={query.sort}>
                                {SORTS.map(s => (
                                    <option key={s} value={s}>
                                        {t(`sort.${s}`)}
                                    </option>
                                ))}
                            </select>
                            <noscript>
                                <button type="submit" className="button">
                                    {t('apply')}
                                </button>
                            </noscript>
                        </Form>
                        {facetGroups.map(group =>
                            group.values.length ? (
                                <section key={group.key} aria-labelledby={`f-${group.key}`}>
                                    <h3 id={`f-${group.key}`}>{t(`facet.${group.key}`)}</h3>
                                    <ul className="chips" role="list">
                                        {group.values.map(v => (
                                            <li key={v.id}>
                                                <Link
                                                    to={href({
                                                        [group.key]: v.selected ? undefined : v.code,
                                                    })}
                                                    className="chip"
                                                    aria-current={v.selected ? 'true' : undefined}
                                                    aria-label={
                                                        v.selected
                                                            ? t('removeFilter', { name: v.name })
                                                            : undefined
                                                    }
                                                >
                                                    {v.name}
                                                    <span className="chip-count">&nbsp;({v.count})</span>
                                                </Link>
                                            </li>
                                        ))}
                                    </ul>
                                </section>
                            ) : null,
                        )}
                        <section aria-labelledby="f-price">
                            <h3 id="f-price">{t('facet.price')}</h3>
                            <ul className="chips" role="list">
                                {(Object.keys(PRICE_BANDS) as PriceBand[]).map(band => (
                                    <li key={band}>
                                        <Link
                                            to={href({ price: query.price === band ? undefined : band })}
                                            className="chip"
                                            aria-current={query.price === band ? 'true' : undefined}
                                        >
                                            {t(`price.${band}`)}
                                        </Link>
                                    </li>
                                ))}
                            </ul>
                        </section>
                        {activeFilters ? (
                            <p>
                                <Link
                                    to={href({
                                        brand: undefined,
                                        group: undefined,
                                        stars: undefined,
                                        area: undefined,
                                        producer: undefined,
                                        price: undefined,
                                    })}
                                >
                                    {t('clearFilters')}
                                </Link>
                            </p>
                        ) : null}
                    </div>
                </details>
                <div>
                    {items.length ? (
                        <ProductGrid products={items} lang={lang} eagerCount={2} />
                    ) : (
                        <div className="empty">
                            <h2>{t('emptyTitle')}</h2>
                            <p>{t('emptyText')}</p>
                            <ul className="chips" role="list" aria-label={t('tryThese')}>
                                {brandTerms(lang).map(term => (
                                    <li key={term}>
                                        <Link to={`${base}?q=${encodeURIComponent(term)}`} className="chip">
                                            {term}
                                        </Link>
                                    </li>
                                ))}
                            </ul>
                            {activeFilters ? (
                                <p>
                                    <Link
                                        to={`${base}${catalogHref({ ...query, facets: {}, price: undefined }, {})}`}
                                    >
                                        {t('clearFilters')}
                                    </Link>
                                </p>
                            ) : null}
                        </div>
                    )}
                    {!items.length && featured?.length ? (
                        <section aria-labelledby="c-featured">
                            <h2 id="c-featured">{t('common:featured')}</h2>
                            <ProductGrid products={featured} lang={lang} />
                        </section>
                    ) : null}
                    {pages > 1 ? (
                        <nav aria-label={t('common:pagination')} className="pagination">
                            <ul>
                                {query.page > 1 ? (
                                    <li>
                                        <Link to={pageHref(query.page - 1)} rel="prev">
                                            <span aria-hidden="true">‹ </span>
                                            {t('common:previous')}
                                        </Link>
                                    </li>
                                ) : null}
                                {pageWindow(query.page, pages).map(n => (
                                    <li key={n}>
                                        <Link
                                            to={pageHref(n)}
                                            aria-current={n === query.page ? 'page' : undefined}
                                            aria-label={t('common:page', { page: n })}
                                        >
                                            {n}
                                        </Link>
                                    </li>
                                ))}
                                {query.page < pages ? (
                                    <li>
                                        <Link to={pageHref(query.page + 1)} rel="next">
                                            {t('common:next')}
                                            <span aria-hidden="true"> ›</span>
                                        </Link>
                                    </li>
                                ) : null}
                            </ul>
                        </nav>
                    ) : null}
                </div>
            </div>
        </div>
    );
}

/** Page numbers to link: the first, the last and two either side of the current one. */
function pageWindow(page: number, pages: number): number[] {
    return Array.from({ length: pages }, (_, i) => i + 1).filter(
        n => n === 1 || n === pages || Math.abs(n - page) <= 2,
    );
}

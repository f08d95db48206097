import { Form, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';
import type { ProductCardData } from '../../ui/product-card';
import { ProductGrid } from '../../ui/ProductCard';

/** Thrown with a 404 by loaders so the error page can still offer products. */
export interface NotFoundData {
    featured?: ProductCardData[];
}

/** The 404 page (and, with `failed`, the error page): a way on instead of a dead end. */
export function NotFound({ lang, data, failed }: { lang: Lang; data?: NotFoundData; failed?: boolean }) {
    const { t } = useTranslation();
    return (
        <div className="wrap page">
            <h1>{failed ? t('errorTitle') : t('notFoundTitle')}</h1>
            <p>{failed ? t('errorText') : t('notFoundText')}</p>
            {!failed ? (
                <Form method="get" action={pathFor(lang, 'products')} className="search inline-search">
                    <label htmlFor="nf-q">{t('notFoundSearch')}</label>
                    <div className="search-field">
                        <input id="nf-q" name="q" type="search" placeholder={t('searchPlaceholder')} />
                    </div>
                    <button type="submit">{t('searchButton')}</button>
                </Form>
            ) : null}
            <p>
                <Link to={pathFor(lang, 'home')}>{t('backHome')}</Link>
            </p>
            {data?.featured?.length ? (
                <section aria-labelledby="nf-featured">
                    <h2 id="nf-featured">{t('featured')}</h2>
                    <ProductGrid products={data.featured} lang={lang} />
                </section>
            ) : null}
        </div>
    );
}

import { useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext } from '../api/shop.server';
import { loadCatalog } from '../features/catalog/catalog.server';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { parseCatalogQuery } from '../features/catalog/query';
import { catalogueOverview, featuredOf } from '../features/home/home.server';
import { seoMeta } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    const query = parseCatalogQuery(new URL(request.url));
    const result = await loadCatalog(ctx, query);
    const featured = result.items.length ? undefined : featuredOf(await catalogueOverview(ctx), 4);
    const filtered = !!query.q || Object.keys(query.facets).length > 0 || !!query.price;
    return {
        lang: ctx.lang,
        ...result,
        featured,
        seo: pageSeo(request, ctx.lang, {
            title: `${query.q ? t('catalog:titleSearch', { q: query.q }) : t('catalog:title')} | ${t('siteName')}`,
            description: t('catalog:description'),
            query: query.page > 1 && !filtered ? `?page=${query.page}` : '',
            noindex: filtered,
            image: result.items[0]?.image,
        }),
    };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Catalog() {
    const data = useLoaderData<typeof loader>();
    return <CatalogPage {...data} />;
}

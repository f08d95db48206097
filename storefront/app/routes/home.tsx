import { sortVietnamese } from '@ocop/shared';
import { useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext } from '../api/shop.server';
import { areaLinks, brandLinks, catalogueOverview, featuredOf } from '../features/home/home.server';
import { HomePage } from '../features/home/HomePage';
import { seoMeta } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    const products = await catalogueOverview(ctx);
    const [brands, areas] = await Promise.all([brandLinks(ctx), areaLinks(ctx, products)]);
    const featured = featuredOf(products);
    return {
        lang: ctx.lang,
        featured,
        newest: products.slice(0, 8),
        brands,
        areas: sortVietnamese(areas, a => a.label ?? a.key),
        seo: pageSeo(request, ctx.lang, {
            title: t('home:title'),
            description: t('home:description'),
            image: featured[0]?.image,
        }),
    };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Home() {
    const data = useLoaderData<typeof loader>();
    return <HomePage {...data} />;
}

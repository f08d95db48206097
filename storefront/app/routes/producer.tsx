import { foldVietnamese } from '@ocop/shared';
import { data, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext } from '../api/shop.server';
import { facetIndex, FACETS, searchProducts } from '../features/catalog/search.server';
import { catalogueOverview, featuredOf } from '../features/home/home.server';
import type { NotFoundData } from '../features/layout/NotFound';
import { getProducer } from '../features/producers/producers.server';
import { ProducerPage } from '../features/producers/ProducersPage';
import { seoMeta, summary } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';

export async function loader({ request, params }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const producer = await getProducer(ctx, params.code ?? '');
    if (!producer) {
        const featured = featuredOf(await catalogueOverview(ctx).catch(() => []), 4);
        throw data<NotFoundData>({ featured }, { status: 404 });
    }
    // Their products: the `ocop-producer` facet when it exists, else by name in the overview.
    const value = (await facetIndex(ctx)).get(FACETS.producer)?.find(v => v.code === producer.code);
    const products = value
        ? (await searchProducts(ctx, { take: 48, facetValueIds: [[value.id]] })).items
        : (await catalogueOverview(ctx)).filter(
              p => p.producerName && foldVietnamese(p.producerName) === foldVietnamese(producer.name),
          );
    const t = tFor(ctx.lang);
    return {
        lang: ctx.lang,
        producer,
        products,
        seo: pageSeo(request, ctx.lang, {
            title: t('producers:producerTitle', { name: producer.name }),
            description: producer.story
                ? summary(producer.story)
                : t('producers:producerDescription', {
                      name: producer.name,
                      commune: producer.commune,
                      area: producer.area,
                  }),
            image: products[0]?.image,
        }),
    };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Producer() {
    const data = useLoaderData<typeof loader>();
    return <ProducerPage {...data} />;
}

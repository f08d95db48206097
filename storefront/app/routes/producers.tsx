import { sortVietnamese } from '@ocop/shared';
import { useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext } from '../api/shop.server';
import { listProducers, type Producer } from '../features/producers/producers.server';
import { ProducersPage } from '../features/producers/ProducersPage';
import { seoMeta } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    const producers = await listProducers(ctx);
    let areas: { area: string; producers: Producer[] }[] | undefined;
    if (producers) {
        const byArea = new Map<string, Producer[]>();
        for (const p of producers.filter(p => p.productCount > 0)) {
            byArea.set(p.area, [...(byArea.get(p.area) ?? []), p]);
        }
        areas = sortVietnamese([...byArea], ([area]) => area).map(([area, list]) => ({
            area,
            producers: sortVietnamese(list, p => p.name),
        }));
    }
    return {
        lang: ctx.lang,
        areas,
        seo: pageSeo(request, ctx.lang, {
            title: `${t('producers:title')} | ${t('siteName')}`,
            description: t('producers:description'),
        }),
    };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Producers() {
    const data = useLoaderData<typeof loader>();
    return <ProducersPage {...data} />;
}

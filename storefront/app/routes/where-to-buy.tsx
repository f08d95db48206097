import { sortVietnamese } from '@ocop/shared';
import { useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext } from '../api/shop.server';
import { listSalesPoints, type SalesPoint } from '../features/sales-points/sales-points.server';
import { WhereToBuyPage } from '../features/sales-points/WhereToBuyPage';
import { seoMeta } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    const points = await listSalesPoints(ctx);
    // Showrooms by area (Vietnamese order); fair booths after them in the API's order (by fair start).
    let areas: { area: string; points: SalesPoint[] }[] | undefined;
    if (points) {
        const byArea = new Map<string, SalesPoint[]>();
        const booths: SalesPoint[] = [];
        for (const p of points) {
            if (p.fair) {
                booths.push(p);
                continue;
            }
            const area = p.area || p.province || '—';
            byArea.set(area, [...(byArea.get(area) ?? []), p]);
        }
        areas = sortVietnamese([...byArea], ([area]) => area).map(([area, list]) => ({
            area,
            points: sortVietnamese(list, p => p.name),
        }));
        if (booths.length) areas.push({ area: t('salesPoints:fairs'), points: booths });
    }
    return {
        lang: ctx.lang,
        areas,
        seo: pageSeo(request, ctx.lang, {
            title: `${t('salesPoints:title')} | ${t('siteName')}`,
            description: t('salesPoints:description'),
        }),
    };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function WhereToBuy() {
    const data = useLoaderData<typeof loader>();
    return <WhereToBuyPage {...data} />;
}

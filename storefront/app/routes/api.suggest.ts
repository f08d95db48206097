import type { LoaderFunctionArgs } from 'react-router';
import { searchProducts, normaliseTerm } from '../features/catalog/search.server';
import type { Lang } from '../i18n/paths';

/** Suggestions for the header search box: up to 6 products matching the words typed. */
export async function loader({ request }: LoaderFunctionArgs) {
    const url = new URL(request.url);
    const lang: Lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
    const term = normaliseTerm(url.searchParams.get('q'));
    if (term.length < 2) return Response.json({ items: [] });
    const res = await searchProducts({ lang }, { term, take: 6 }).catch(() => undefined);
    return Response.json(
        { items: res?.items.map(i => ({ slug: i.slug, name: i.name })) ?? [] },
        { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
}

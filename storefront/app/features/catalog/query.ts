import { nfc } from '@ocop/shared';

/** The catalogue's URL parameters (shared by the loader and the page's links). */
export const PAGE_SIZE = 24;
/** Price bands in đồng (lower bound inclusive, upper exclusive). */
export const PRICE_BANDS = {
    'lt-100': [0, 100_000],
    '100-300': [100_000, 300_000],
    '300-1000': [300_000, 1_000_000],
    'gte-1000': [1_000_000, Infinity],
} as const;
export type PriceBand = keyof typeof PRICE_BANDS;
export const SORTS = ['relevance', 'price-asc', 'price-desc', 'name'] as const;
export type Sort = (typeof SORTS)[number];

/** URL parameter names of the OCOP facets (`?area=huong-son`). */
export const FACET_PARAMS = ['brand', 'group', 'stars', 'area', 'producer'] as const;
export type FacetParam = (typeof FACET_PARAMS)[number];

export interface CatalogQuery {
    q: string;
    facets: Partial<Record<FacetParam, string>>;
    price?: PriceBand;
    sort: Sort;
    page: number;
}

export function parseCatalogQuery(url: URL): CatalogQuery {
    const p = url.searchParams;
    const facets: CatalogQuery['facets'] = {};
    for (const key of FACET_PARAMS) {
        const v = p.get(key)?.trim();
        if (v) facets[key] = v;
    }
    const price = p.get('price') as PriceBand | null;
    const sort = p.get('sort') as Sort | null;
    const page = Math.floor(Number(p.get('page') ?? 1));
    return {
        q: nfc(p.get('q') ?? '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 100),
        facets,
        price: price && price in PRICE_BANDS ? price : undefined,
        sort: sort && SORTS.includes(sort) ? sort : 'relevance',
        page: Number.isFinite(page) && page >= 1 ? Math.min(page, 1000) : 1,
    };
}

/** The catalogue's query string with some parameters changed (undefined removes; page resets). */
export function catalogHref(
    query: CatalogQuery,
    change: Partial<Record<string, string | undefined>>,
): string {
    const params = new URLSearchParams();
    const merged: Record<string, string | undefined> = {
        q: query.q || undefined,
        ...query.facets,
        price: query.price,
        sort: query.sort === 'relevance' ? undefined : query.sort,
        page: undefined,
        ...change,
    };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `?${s}` : '';
}

import { sortVietnamese } from '@ocop/shared';
import type { ShopContext } from '../../api/shop.server';
import type { ProductCardData } from '../../ui/product-card';
import { PAGE_SIZE, PRICE_BANDS, type CatalogQuery } from './query';
import {
    facetIndex,
    FACETS,
    FACET_KEYS,
    searchProducts,
    type FacetKey,
    type FacetValueCount,
} from './search.server';

/** A price filter or the Vietnamese name order reads at most this many results. */
const SCAN_LIMIT = 1000;

export interface FacetGroup {
    key: FacetKey;
    values: (FacetValueCount & { selected: boolean })[];
}

export interface CatalogResult {
    query: CatalogQuery;
    total: number;
    pages: number;
    items: ProductCardData[];
    facetGroups: FacetGroup[];
}

/**
 * The catalogue page: facet filters by value code (mapped to ids through the facet index;
 * an unknown code is ignored), sort and page through the Shop API search. A price band or
 * the name order (Vietnamese collation, which the database does not know) reads the matching
 * results in pages of 100 and filters/sorts here.
 */
export async function loadCatalog(ctx: ShopContext, query: CatalogQuery): Promise<CatalogResult> {
    const index = await facetIndex(ctx);
    const facetValueIds: string[][] = [];
    for (const key of FACET_KEYS) {
        const code = query.facets[key];
        const value = code ? index.get(FACETS[key])?.find(v => v.code === code) : undefined;
        if (value) facetValueIds.push([value.id]);
        else delete query.facets[key];
    }
    const sort = query.sort === 'relevance' ? undefined : query.sort;
    const base = { term: query.q, facetValueIds, inStock: undefined };
    let total: number;
    let items: ProductCardData[];
    let facetValues: FacetValueCount[];
    if (!query.price && query.sort !== 'name') {
        const res = await searchProducts(ctx, {
            ...base,
            sort,
            take: PAGE_SIZE,
            skip: (query.page - 1) * PAGE_SIZE,
        });
        ({ total, items, facetValues } = res);
    } else {
        const first = await searchProducts(ctx, { ...base, sort, take: 100 });
        let all = first.items;
        for (let skip = 100; skip < Math.min(first.total, SCAN_LIMIT); skip += 100) {
            all = all.concat((await searchProducts(ctx, { ...base, sort, take: 100, skip })).items);
        }
        if (query.price) {
            const [lo, hi] = PRICE_BANDS[query.price];
            all = all.filter(p => p.priceMin / 100 < hi && p.priceMax / 100 >= lo);
        }
        if (query.sort === 'name') all = sortVietnamese(all, p => p.name);
        total = all.length;
        items = all.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE);
        facetValues = first.facetValues;
    }
    const facetGroups: FacetGroup[] = FACET_KEYS.filter(key => index.has(FACETS[key])).map(key => {
        const selectedCode = query.facets[key];
        const here = facetValues.filter(v => v.facetCode === FACETS[key]);
        const selected = index.get(FACETS[key])!.find(v => v.code === selectedCode);
        if (selected && !here.some(v => v.code === selected.code)) here.push({ ...selected, count: 0 });
        const ordered =
            key === 'stars'
                ? here.sort((a, b) => b.code.localeCompare(a.code, 'en', { numeric: true }))
                : sortVietnamese(here, v => v.name);
        return { key, values: ordered.map(v => ({ ...v, selected: v.code === selectedCode })) };
    });
    return { query, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), items, facetGroups };
}

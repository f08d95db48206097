import { nfc } from '@ocop/shared';
import { graphql } from '../../api/graphql';
import { cached, shopQuery, type ShopContext } from '../../api/shop.server';
import type { ProductCardData } from '../../ui/product-card';

/** Facet codes the backend's OCOP facets use; each is optional until it exists. */
export const FACETS = {
    brand: 'ocop-brand',
    stars: 'ocop-stars',
    group: 'ocop-group',
    area: 'ocop-area',
    producer: 'ocop-producer',
} as const;
export type FacetKey = keyof typeof FACETS;

const searchProductsQuery = graphql(`
    query SearchProducts($input: SearchInput!) {
        search(input: $input) {
            totalItems
            items {
                productId
                slug
                productName
                productAsset {
                    preview
                }
                priceWithTax {
                    ... on PriceRange {
                        min
                        max
                    }
                    ... on SinglePrice {
                        value
                    }
                }
                inStock
            }
            facetValues {
                count
                facetValue {
                    id
                    code
                    name
                    facet {
                        code
                    }
                }
            }
        }
    }
`);

const productBadgesQuery = graphql(`
    query ProductBadges($ids: [String!]!, $take: Int!) {
        products(options: { filter: { id: { in: $ids } }, take: $take }) {
            items {
                id
                ocop {
                    stars
                    producerName
                    area
                    productGroup
                }
            }
        }
    }
`);

export interface FacetValueCount {
    id: string;
    code: string;
    name: string;
    facetCode: string;
    count: number;
}

export interface SearchInput {
    term?: string;
    facetValueIds?: string[][];
    take: number;
    skip?: number;
    sort?: 'price-asc' | 'price-desc' | 'name';
    inStock?: boolean;
    /** Also read each hit's OCOP badge (one more query); default true. */
    badges?: boolean;
}

export interface SearchResult {
    total: number;
    items: ProductCardData[];
    facetValues: FacetValueCount[];
}

interface RawHit {
    productId: string;
    slug: string;
    productName: string;
    productAsset?: { preview: string } | null;
    priceWithTax: { min?: number; max?: number; value?: number };
    inStock?: boolean | null;
}

/** Search terms arrive in any Unicode form (NFD from some keyboards): the API expects NFC. */
export function normaliseTerm(term: string | null | undefined): string {
    return nfc(term ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100);
}

/** The Shop API search, grouped by product, with each hit's OCOP badge. */
export async function searchProducts(ctx: ShopContext, input: SearchInput): Promise<SearchResult> {
    const sort =
        input.sort === 'price-asc'
            ? { price: 'ASC' as const }
            : input.sort === 'price-desc'
              ? { price: 'DESC' as const }
              : input.sort === 'name'
                ? { name: 'ASC' as const }
                : undefined;
    const term = normaliseTerm(input.term);
    const res = await shopQuery(ctx, searchProductsQuery, {
        input: {
            term: term || undefined,
            groupByProduct: true,
            take: input.take,
            skip: input.skip ?? 0,
            sort,
            inStock: input.inStock,
            facetValueFilters: input.facetValueIds?.filter(ids => ids.length).map(ids => ({ or: ids })),
        },
    });
    const hits = res.search.items as RawHit[];
    const badges =
        input.badges === false
            ? new Map<string, Badge>()
            : await ocopBadges(
                  ctx,
                  hits.map(h => h.productId),
              );
    return {
        total: res.search.totalItems as number,
        items: hits.map(h => toCard(h, badges.get(h.productId))),
        facetValues: (
            res.search.facetValues as {
                count: number;
                facetValue: { id: string; code: string; name: string; facet: { code: string } };
            }[]
        ).map(f => ({
            id: f.facetValue.id,
            code: f.facetValue.code,
            name: f.facetValue.name,
            facetCode: f.facetValue.facet.code,
            count: f.count,
        })),
    };
}

type Badge = { stars: number; producerName: string; area: string; productGroup: string };

async function ocopBadges(ctx: ShopContext, ids: string[]): Promise<Map<string, Badge>> {
    if (!ids.length) return new Map();
    const res = await shopQuery(ctx, productBadgesQuery, { ids, take: ids.length });
    const items = res.products.items as { id: string; ocop: Badge | null }[];
    return new Map(items.filter(i => i.ocop).map(i => [i.id, i.ocop!]));
}

function toCard(h: RawHit, badge: Badge | undefined): ProductCardData {
    const min = h.priceWithTax.min ?? h.priceWithTax.value ?? 0;
    const max = h.priceWithTax.max ?? h.priceWithTax.value ?? min;
    return {
        productId: h.productId,
        slug: h.slug,
        name: h.productName,
        image: h.productAsset?.preview,
        priceMin: min,
        priceMax: max,
        inStock: h.inStock !== false,
        stars: badge?.stars,
        producerName: badge?.producerName,
        area: badge?.area,
        group: badge?.productGroup,
    };
}

/**
 * Every OCOP facet value among listed products, per facet code (counts over the whole
 * catalogue). Kept 60 s: it maps the catalogue's URL codes (`?area=huong-son`) to ids and
 * tells which facets exist at all.
 */
export function facetIndex(ctx: ShopContext): Promise<Map<string, FacetValueCount[]>> {
    return cached(`facets:${ctx.lang}`, 60_000, async () => {
        const res = await searchProducts({ lang: ctx.lang }, { take: 0 });
        const byFacet = new Map<string, FacetValueCount[]>();
        for (const fv of res.facetValues) {
            const list = byFacet.get(fv.facetCode) ?? [];
            list.push(fv);
            byFacet.set(fv.facetCode, list);
        }
        return byFacet;
    });
}

export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

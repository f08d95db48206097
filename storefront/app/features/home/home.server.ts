import { foldVietnamese } from '@ocop/shared';
import { graphql } from '../../api/graphql';
import { pendingOperation } from '../../api/pending';
import { cached, optionalQuery, shopQuery, type ShopContext } from '../../api/shop.server';
import type { ProductCardData } from '../../ui/product-card';
import { COLLECTIVE_BRANDS } from '../catalog/brands';
import { facetIndex, FACETS, searchProducts } from '../catalog/search.server';

const catalogueOverviewQuery = graphql(`
    query CatalogueOverview {
        products(options: { take: 100, sort: { createdAt: DESC } }) {
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

/**
 * The newest listed products (up to 100) with price, image, stock and OCOP badge, cached: the
 * same for everyone. Prices and images come from the search index (one fast query) rather
 * than from each product's variants, whose stock levels cost a second or more to compute.
 */
export function catalogueOverview(ctx: ShopContext): Promise<ProductCardData[]> {
    return cached(`overview:${ctx.lang}`, 30_000, async () => {
        const anon = { lang: ctx.lang };
        const [listed, found] = await Promise.all([
            shopQuery(anon, catalogueOverviewQuery),
            searchProducts(anon, { take: 100, badges: false }),
        ]);
        const hits = new Map(found.items.map(card => [card.productId, card]));
        return listed.products.items.flatMap(p => {
            const card = hits.get(p.id);
            if (!card) return [];
            return [
                {
                    ...card,
                    stars: p.ocop?.stars,
                    producerName: p.ocop?.producerName,
                    area: p.ocop?.area,
                    group: p.ocop?.productGroup,
                },
            ];
        });
    });
}

/** 4–5★ products first, most stars first, newest first within. */
export function featuredOf(products: ProductCardData[], take = 8): ProductCardData[] {
    return products
        .filter(p => (p.stars ?? 0) >= 4)
        .sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0))
        .slice(0, take);
}

export interface HomeLink {
    key: string;
    label?: string;
    /** Catalogue query string, e.g. `brand=cam-ha-tinh` or `q=cam`. */
    query: string;
    count?: number;
}

const collectiveBrandsQuery = pendingOperation<{
    collectiveBrands: { code: string; name: string; productCount: number }[];
}>(`
    query CollectiveBrands {
        collectiveBrands {
            code
            name
            productCount
        }
    }
`);

/**
 * The province's collective brands: from the Shop API's `collectiveBrands` when it has them
 * (those with products on sale), else the four known ones. Each links to the `ocop-brand`
 * facet filter when its value exists (exact), otherwise to a search for its words.
 */
export async function brandLinks(ctx: ShopContext): Promise<HomeLink[]> {
    const [index, listed] = await Promise.all([
        facetIndex(ctx),
        cached(`brands:${ctx.lang}`, 60_000, () =>
            optionalQuery({ lang: ctx.lang }, collectiveBrandsQuery).catch(() => undefined),
        ),
    ]);
    const values = index.get(FACETS.brand) ?? [];
    const brands = listed?.collectiveBrands.filter(b => b.productCount > 0);
    if (brands?.length) {
        return brands.map(b => {
            const value = values.find(v => v.code === b.code);
            return {
                key: b.code,
                label: b.name,
                query: value ? `brand=${encodeURIComponent(value.code)}` : `q=${encodeURIComponent(b.name)}`,
                count: b.productCount,
            };
        });
    }
    return COLLECTIVE_BRANDS.map(b => {
        // Facet value codes and Vietnamese names carry the Vietnamese words.
        const words = foldVietnamese(b.term.vi);
        const value = values.find(
            v =>
                foldVietnamese(v.name).includes(words) ||
                foldVietnamese(v.code.replace(/-/g, ' ')).includes(words),
        );
        return value
            ? { key: b.key, query: `brand=${encodeURIComponent(value.code)}`, count: value.count }
            : { key: b.key, query: `q=${encodeURIComponent(b.term[ctx.lang])}` };
    });
}

/** Former districts with products: `ocop-area` facet values, else the areas named on the products. */
export async function areaLinks(ctx: ShopContext, products: ProductCardData[]): Promise<HomeLink[]> {
    const areas = (await facetIndex(ctx)).get(FACETS.area);
    if (areas?.length) {
        return areas.map(a => ({
            key: a.code,
            label: a.name,
            query: `area=${encodeURIComponent(a.code)}`,
            count: a.count,
        }));
    }
    const counts = new Map<string, number>();
    for (const p of products) if (p.area) counts.set(p.area, (counts.get(p.area) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({
        key: name,
        label: name,
        query: `q=${encodeURIComponent(name)}`,
        count,
    }));
}

import { foldVietnamese, minorToDong } from '@ocop/shared';
import { graphql } from '../../api/graphql';
import { pendingOperation } from '../../api/pending';
import { optionalQuery, shopQuery, type ShopContext } from '../../api/shop.server';
import type { Lang } from '../../i18n/paths';
import type { ProductCardData } from '../../ui/product-card';
import { FACETS, searchProducts } from '../catalog/search.server';
import { catalogueOverview } from '../home/home.server';
import { getProducer, listProducers, type Producer } from '../producers/producers.server';

const productDetailQuery = graphql(`
    query ProductDetail($slug: String!) {
        product(slug: $slug) {
            id
            name
            slug
            description
            featuredAsset {
                preview
                width
                height
            }
            assets {
                preview
                width
                height
            }
            translations {
                languageCode
                slug
            }
            ocop {
                stars
                certificateNumber
                validUntil
                productGroup
                producerName
                area
            }
            facetValues {
                id
                code
                name
                facet {
                    code
                }
            }
            variants {
                id
                name
                sku
                priceWithTax
                stockLevel
            }
        }
    }
`);

const qualityDocumentsQuery = pendingOperation<
    { product: { qualityDocuments: QualityDocument[] } | null },
    { slug: string }
>(`
    query ProductQualityDocuments($slug: String!) {
        product(slug: $slug) {
            qualityDocuments {
                kind
                number
                issuer
                issuedOn
                validUntil
            }
        }
    }
`);

export type StockLevel = 'IN_STOCK' | 'LOW_STOCK' | 'OUT_OF_STOCK';

export interface ProductDetail {
    id: string;
    name: string;
    slug: string;
    description: string;
    images: { preview: string; width: number; height: number }[];
    translations: { languageCode: string; slug: string }[];
    ocop: {
        stars: number;
        certificateNumber: string;
        validUntil: string;
        productGroup: string;
        producerName: string;
        area: string;
    } | null;
    facetValues: { id: string; code: string; name: string; facet: { code: string } }[];
    variants: { id: string; name: string; sku: string; priceWithTax: number; stockLevel: StockLevel }[];
}

/** A listed product, or null (unknown, or not sellable: the Shop API hides those). */
export async function getProduct(ctx: ShopContext, slug: string): Promise<ProductDetail | null> {
    const res = await shopQuery(ctx, productDetailQuery, { slug });
    const p = res.product as
        | (Omit<ProductDetail, 'images'> & {
              featuredAsset?: ProductDetail['images'][number] | null;
              assets: ProductDetail['images'];
          })
        | null;
    if (!p || !p.variants.length) return null;
    const images = [...(p.featuredAsset ? [p.featuredAsset] : []), ...p.assets];
    const unique = images.filter((a, i) => images.findIndex(b => b.preview === a.preview) === i);
    return { ...p, images: unique, description: stripTags(p.description) };
}

/** Descriptions are authored as plain text or simple HTML; pages show text. */
function stripTags(html: string): string {
    return html
        .replace(/<\/(p|li|br)>/gi, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .trim();
}

/** A quality declaration or food-safety certificate (Shop API `Product.qualityDocuments`). */
export interface QualityDocument {
    /** QUALITY_DECLARATION or FOOD_SAFETY_CERTIFICATE */
    kind: string;
    number: string;
    issuer: string;
    issuedOn: string;
    validUntil?: string | null;
}

/** Documents (test reports, certificates) when the Shop API has them; else undefined. */
export async function getQualityDocuments(
    ctx: ShopContext,
    slug: string,
): Promise<QualityDocument[] | undefined> {
    const res = await optionalQuery(ctx, qualityDocumentsQuery, { slug }).catch(() => undefined);
    const docs = (res?.product as { qualityDocuments?: QualityDocument[] } | null | undefined)
        ?.qualityDocuments;
    return docs?.length ? docs : undefined;
}

/**
 * The producer behind a product: by its `ocop-producer` facet value code, else by name
 * among the listed producers; undefined when the Shop API cannot tell yet.
 */
export async function producerOf(ctx: ShopContext, product: ProductDetail): Promise<Producer | undefined> {
    const code = product.facetValues.find(f => f.facet.code === FACETS.producer)?.code;
    if (code) {
        const producer = await getProducer(ctx, code).catch(() => undefined);
        if (producer) return producer;
    }
    const name = product.ocop?.producerName;
    if (!name) return undefined;
    const all = await listProducers(ctx).catch(() => undefined);
    const match = all?.find(p => foldVietnamese(p.name) === foldVietnamese(name));
    if (!match) return undefined;
    return (await getProducer(ctx, match.code).catch(() => undefined)) ?? match;
}

/**
 * Up to 4 other products: same producer first, then same group, then same area; through the OCOP
 * facets when they exist, else from the cached catalogue overview.
 */
export async function relatedProducts(ctx: ShopContext, product: ProductDetail): Promise<ProductCardData[]> {
    const facetIds = ['producer', 'group'].flatMap(key =>
        product.facetValues.filter(f => f.facet.code === FACETS[key as 'producer' | 'group']).map(f => f.id),
    );
    let candidates: ProductCardData[];
    if (facetIds.length) {
        candidates = (await searchProducts(ctx, { take: 9, facetValueIds: [facetIds] })).items;
    } else {
        candidates = await catalogueOverview(ctx);
    }
    const { producerName, area, productGroup } = product.ocop ?? {};
    const score = (c: ProductCardData) =>
        (c.producerName === producerName ? 4 : 0) +
        (c.group === productGroup ? 2 : 0) +
        (c.area === area ? 1 : 0);
    return candidates
        .filter(c => c.productId !== product.id && score(c) > 0)
        .sort((a, b) => score(b) - score(a))
        .slice(0, 4);
}

const AVAILABILITY: Record<StockLevel, string> = {
    IN_STOCK: 'https://schema.org/InStock',
    LOW_STOCK: 'https://schema.org/LimitedAvailability',
    OUT_OF_STOCK: 'https://schema.org/OutOfStock',
};

/** schema.org Product with one Offer per variant (price in whole đồng, VND). */
export function productJsonLd(product: ProductDetail, url: string, image: string | undefined, lang: Lang) {
    return {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: product.name,
        description: product.description,
        url,
        inLanguage: lang,
        ...(image ? { image: [image] } : {}),
        sku: product.variants[0]?.sku,
        ...(product.ocop
            ? {
                  brand: { '@type': 'Brand', name: product.ocop.producerName },
                  additionalProperty: [
                      { '@type': 'PropertyValue', name: 'OCOP', value: `${product.ocop.stars}★` },
                      {
                          '@type': 'PropertyValue',
                          name: lang === 'vi' ? 'Số chứng nhận OCOP' : 'OCOP certificate',
                          value: product.ocop.certificateNumber,
                      },
                  ],
              }
            : {}),
        offers: product.variants.map(v => ({
            '@type': 'Offer',
            name: v.name,
            sku: v.sku,
            price: String(minorToDong(v.priceWithTax)),
            priceCurrency: 'VND',
            availability: AVAILABILITY[v.stockLevel] ?? AVAILABILITY.IN_STOCK,
            url,
        })),
    };
}

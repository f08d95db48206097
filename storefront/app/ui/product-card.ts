/** What a product tile needs, whichever query it came from (search hit or product list). */
export interface ProductCardData {
    productId: string;
    slug: string;
    name: string;
    /** Vendure asset preview URL (resized through its query string). */
    image?: string;
    /** Lowest and highest variant price with tax, in minor units. */
    priceMin: number;
    priceMax: number;
    inStock: boolean;
    stars?: number;
    producerName?: string;
    area?: string;
    /** OCOP product group code (FOOD, DRINK, HERBAL…). */
    group?: string;
}

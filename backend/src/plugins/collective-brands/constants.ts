/** Stable key of a brand: lower-case letters, digits and hyphens. */
export const BRAND_CODE = /^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$/;
/** Join table of CollectiveBrand.products (TypeORM's name for the relation). */
export const BRAND_PRODUCTS_TABLE = 'collective_brand_products_product';

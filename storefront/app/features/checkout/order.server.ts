import { graphql } from '../../api/graphql';
import { shopQuery, type ShopContext } from '../../api/shop.server';
import type { OrderView } from './order';

/*
 * The order as the cart, checkout, payment and confirmation pages show it. The same
 * selection is spelled out in each document (no fragments): the code generator's typed
 * documents and the plain strings of api/graphql.ts then send exactly what is written.
 */

const activeOrderQuery = graphql(`
    query ActiveOrderView {
        activeOrder {
            id
            code
            state
            active
            totalQuantity
            subTotalWithTax
            shippingWithTax
            totalWithTax
            orderPlacedAt
            customer {
                id
                emailAddress
                firstName
                lastName
                phoneNumber
            }
            shippingAddress {
                fullName
                phoneNumber
                streetLine1
                city
                province
                countryCode
            }
            shippingLines {
                priceWithTax
                shippingMethod {
                    id
                    code
                    name
                }
            }
            taxSummary {
                taxRate
                taxTotal
            }
            payments {
                id
                method
                state
                amount
                metadata
                createdAt
            }
            lines {
                id
                quantity
                unitPriceWithTax
                linePriceWithTax
                featuredAsset {
                    preview
                }
                productVariant {
                    id
                    name
                    product {
                        id
                        name
                        slug
                        featuredAsset {
                            preview
                        }
                        ocop {
                            producerName
                            stars
                        }
                    }
                }
            }
        }
    }
`);

const orderByCodeQuery = graphql(`
    query OrderByCodeView($code: String!) {
        orderByCode(code: $code) {
            id
            code
            state
            active
            totalQuantity
            subTotalWithTax
            shippingWithTax
            totalWithTax
            orderPlacedAt
            customer {
                id
                emailAddress
                firstName
                lastName
                phoneNumber
            }
            shippingAddress {
                fullName
                phoneNumber
                streetLine1
                city
                province
                countryCode
            }
            shippingLines {
                priceWithTax
                shippingMethod {
                    id
                    code
                    name
                }
            }
            taxSummary {
                taxRate
                taxTotal
            }
            payments {
                id
                method
                state
                amount
                metadata
                createdAt
            }
            lines {
                id
                quantity
                unitPriceWithTax
                linePriceWithTax
                featuredAsset {
                    preview
                }
                productVariant {
                    id
                    name
                    product {
                        id
                        name
                        slug
                        featuredAsset {
                            preview
                        }
                        ocop {
                            producerName
                            stars
                        }
                    }
                }
            }
        }
    }
`);

export async function getActiveOrder(ctx: ShopContext): Promise<OrderView | null> {
    // Without a session there is no cart: no API call (and no anonymous session created).
    if (!ctx.token) return null;
    const res = await shopQuery(ctx, activeOrderQuery);
    return (res.activeOrder as OrderView | null) ?? null;
}

/**
 * The order of that code if this session may see it (Vendure: the customer's own order,
 * or a guest's for a while after placing it); null otherwise, and for unknown codes.
 */
export async function getOrderByCode(ctx: ShopContext, code: string): Promise<OrderView | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(code)) return null;
    try {
        const res = await shopQuery(ctx, orderByCodeQuery, { code });
        return (res.orderByCode as OrderView | null) ?? null;
    } catch (e) {
        // Someone else's order answers FORBIDDEN: to this visitor it does not exist.
        if ((e as { code?: string }).code === 'FORBIDDEN') return null;
        throw e;
    }
}

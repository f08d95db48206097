import { graphql } from '../../api/graphql';
import { shopQuery, type ShopContext } from '../../api/shop.server';
import type { OrderView } from './order';

/*
 * The order as the cart, checkout, payment and confirmation pages show it: one fragment,
 * so the active order and an order read by code can never drift apart. The generated
 * documents carry the fragment's definition, and shop.server.ts prints them whole.
 */

graphql(`
    fragment OrderViewFields on Order {
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
`);

const activeOrderQuery = graphql(`
    query ActiveOrderView {
        activeOrder {
            ...OrderViewFields
        }
    }
`);

const orderByCodeQuery = graphql(`
    query OrderByCodeView($code: String!) {
        orderByCode(code: $code) {
            ...OrderViewFields
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

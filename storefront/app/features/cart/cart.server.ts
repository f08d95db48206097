import { graphql } from '../../api/graphql';
import { shopQuery, type ShopContext } from '../../api/shop.server';
import type { Lang } from '../../i18n/paths';

const activeOrderCountQuery = graphql(`
    query ActiveOrderCount {
        activeOrder {
            id
            totalQuantity
        }
    }
`);

const addItemToOrderMutation = graphql(`
    mutation AddItemToOrder($productVariantId: ID!, $quantity: Int!) {
        addItemToOrder(productVariantId: $productVariantId, quantity: $quantity) {
            __typename
            ... on Order {
                id
                totalQuantity
            }
            ... on ErrorResult {
                errorCode
                message
            }
            ... on InsufficientStockError {
                quantityAvailable
            }
        }
    }
`);

/** Units in the visitor's cart (0 without a session: no API call then). */
export async function cartCount(ctx: ShopContext): Promise<number> {
    if (!ctx.token) return 0;
    const res = await shopQuery(ctx, activeOrderCountQuery);
    return (res.activeOrder?.totalQuantity as number | undefined) ?? 0;
}

export type AddToCartResult =
    | { ok: true; totalQuantity: number }
    | { ok: false; errorCode: string; message: string; quantityAvailable?: number };

/** `addItemToOrder`; Vendure's error results (out of stock, not sellable…) come back as values. */
export async function addToCart(
    ctx: ShopContext,
    variantId: string,
    quantity: number,
): Promise<AddToCartResult> {
    const res = await shopQuery(ctx, addItemToOrderMutation, { productVariantId: variantId, quantity });
    const r = res.addItemToOrder as {
        __typename: string;
        totalQuantity?: number;
        errorCode?: string;
        message?: string;
        quantityAvailable?: number;
    };
    if (r.__typename === 'Order') return { ok: true, totalQuantity: r.totalQuantity ?? 0 };
    return {
        ok: false,
        errorCode: r.errorCode ?? 'UNKNOWN_ERROR',
        message: r.message ?? '',
        quantityAvailable: r.quantityAvailable,
    };
}

/**
 * Our plugins' errors read `CODE: Vietnamese text (English text)`; shows the visitor's half.
 * Vendure's own messages are English only and are then replaced by our translation.
 */
export function localMessage(message: string, lang: Lang): string | undefined {
    const m = /^[A-Z0-9_]+:\s*(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/s.exec(message);
    if (!m) return undefined;
    return lang === 'vi' ? m[1] : m[2];
}

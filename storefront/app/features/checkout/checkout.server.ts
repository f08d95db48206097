import { findProvince } from '@ocop/shared';
import { graphql } from '../../api/graphql';
import { optionalQuery, shopQuery, type ShopContext } from '../../api/shop.server';
import { tFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/paths';
import { localMessage } from '../cart/cart.server';
import type { AddressInput } from './address';

/*
 * The Shop API's checkout mutations. Vendure answers expected failures (not enough stock,
 * a refused step) as error results, not errors: each function turns them into a sentence
 * in the visitor's language, so pages only show `{ ok: false, message }`.
 */

export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string; code: string };

interface ErrorResultShape {
    __typename: string;
    errorCode?: string;
    message?: string;
    quantityAvailable?: number;
    transitionError?: string;
    interceptorError?: string;
    eligibilityCheckerMessage?: string;
    paymentErrorMessage?: string;
}

/** A Vendure error result (or one of our `CODE: tiếng Việt (English)` messages) in words. */
export function errorMessage(lang: Lang, r: ErrorResultShape): string {
    const t = tFor(lang);
    const code = r.errorCode ?? 'UNKNOWN_ERROR';
    const ours =
        localMessage(r.transitionError ?? '', lang) ??
        localMessage(r.interceptorError ?? '', lang) ??
        localMessage(r.paymentErrorMessage ?? '', lang) ??
        localMessage(r.message ?? '', lang);
    if (ours) return ours;
    if (code === 'INSUFFICIENT_STOCK_ERROR') {
        return t('checkout:errors.INSUFFICIENT_STOCK_ERROR', { count: r.quantityAvailable ?? 0 });
    }
    const key = `checkout:errors.${code}` as 'checkout:errors.UNKNOWN_ERROR';
    const text = t(key, { defaultValue: '' });
    return text || t('checkout:errors.UNKNOWN_ERROR', { message: r.message ?? code });
}

function outcome<T>(lang: Lang, r: ErrorResultShape, value: T): Outcome<T> {
    if (r.__typename === 'Order' || r.__typename === 'Success' || r.__typename === 'CurrentUser') {
        return { ok: true, value };
    }
    return { ok: false, message: errorMessage(lang, r), code: r.errorCode ?? 'UNKNOWN_ERROR' };
}

const adjustLineMutation = graphql(`
    mutation AdjustCartLine($lineId: ID!, $quantity: Int!) {
        adjustOrderLine(orderLineId: $lineId, quantity: $quantity) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on InsufficientStockError {
                quantityAvailable
            }
            ... on OrderInterceptorError {
                interceptorError
            }
        }
    }
`);

const removeLineMutation = graphql(`
    mutation RemoveCartLine($lineId: ID!) {
        removeOrderLine(orderLineId: $lineId) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on OrderInterceptorError {
                interceptorError
            }
        }
    }
`);

export async function adjustLine(ctx: ShopContext, lineId: string, quantity: number): Promise<Outcome> {
    const res = await shopQuery(ctx, adjustLineMutation, { lineId, quantity });
    return outcome(ctx.lang, res.adjustOrderLine as ErrorResultShape, undefined);
}

export async function removeLine(ctx: ShopContext, lineId: string): Promise<Outcome> {
    const res = await shopQuery(ctx, removeLineMutation, { lineId });
    return outcome(ctx.lang, res.removeOrderLine as ErrorResultShape, undefined);
}

const setCustomerMutation = graphql(`
    mutation SetOrderCustomer($input: CreateCustomerInput!) {
        setCustomerForOrder(input: $input) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

const setAddressMutation = graphql(`
    mutation SetOrderAddress($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

const transitionMutation = graphql(`
    mutation TransitionOrder($state: String!) {
        transitionOrderToState(state: $state) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on OrderStateTransitionError {
                transitionError
                fromState
                toState
            }
        }
    }
`);

/** Back to AddingItems when the order already went to payment and the buyer changes something. */
export async function reopenOrder(ctx: ShopContext, state: string): Promise<Outcome> {
    if (state !== 'ArrangingPayment') return { ok: true, value: undefined };
    return transition(ctx, 'AddingItems');
}

export async function transition(ctx: ShopContext, state: string): Promise<Outcome> {
    const res = await shopQuery(ctx, transitionMutation, { state });
    const r = res.transitionOrderToState as ErrorResultShape | null;
    if (!r)
        return { ok: false, message: errorMessage(ctx.lang, { __typename: 'x' }), code: 'NO_ACTIVE_ORDER' };
    return outcome(ctx.lang, r, undefined);
}

/** `Nguyễn Thị Lan` → family name `Nguyễn`, given names `Thị Lan` (Vietnamese order). */
export function splitVietnameseName(fullName: string): { firstName: string; lastName: string } {
    const parts = fullName.trim().split(/\s+/);
    if (parts.length < 2) return { firstName: parts[0] ?? '', lastName: '' };
    return { lastName: parts[0], firstName: parts.slice(1).join(' ') };
}

/** The guest's contact on the order (signed-in customers are already the order's customer). */
export async function setContact(
    ctx: ShopContext,
    contact: { emailAddress: string; fullName: string; phoneNumber: string },
): Promise<Outcome> {
    const res = await shopQuery(ctx, setCustomerMutation, {
        input: {
            emailAddress: contact.emailAddress,
            phoneNumber: contact.phoneNumber,
            ...splitVietnameseName(contact.fullName),
        },
    });
    return outcome(ctx.lang, res.setCustomerForOrder as ErrorResultShape, undefined);
}

/** The delivery address in the shape the backend checks (commune/ward in `city`, ADR 0015). */
export async function setAddress(ctx: ShopContext, address: AddressInput): Promise<Outcome> {
    const province = findProvince(address.province);
    const res = await shopQuery(ctx, setAddressMutation, {
        input: {
            fullName: address.fullName,
            phoneNumber: address.phoneNumber,
            streetLine1: address.streetLine1,
            city: address.city,
            province: province?.name ?? address.province,
            countryCode: 'VN',
        },
    });
    return outcome(ctx.lang, res.setOrderShippingAddress as ErrorResultShape, undefined);
}

const shippingMethodsQuery = graphql(`
    query EligibleShippingMethods {
        eligibleShippingMethods {
            id
            code
            name
            description
            priceWithTax
            metadata
        }
    }
`);

export interface ShippingQuote {
    id: string;
    code: string;
    name: string;
    description: string;
    priceWithTax: number;
    metadata: Record<string, unknown> | null;
}

export async function shippingMethods(ctx: ShopContext): Promise<ShippingQuote[]> {
    const res = await shopQuery(ctx, shippingMethodsQuery);
    return res.eligibleShippingMethods as ShippingQuote[];
}

const setShippingMutation = graphql(`
    mutation SetOrderShippingMethod($ids: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $ids) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export async function setShippingMethod(ctx: ShopContext, id: string): Promise<Outcome> {
    const res = await shopQuery(ctx, setShippingMutation, { ids: [id] });
    return outcome(ctx.lang, res.setOrderShippingMethod as ErrorResultShape, undefined);
}

const paymentMethodsQuery = graphql(`
    query EligiblePaymentMethods {
        eligiblePaymentMethods {
            id
            code
            name
            description
            isEligible
            eligibilityMessage
        }
    }
`);

const stripeKeyQuery = graphql(`
    query StripePublishableKey {
        stripePublishableKey
    }
`);

export interface PaymentQuote {
    id: string;
    code: string;
    name: string;
    description: string;
    isEligible: boolean;
    eligibilityMessage: string | null;
}

/** The payment codes the storefront knows how to take (a contract with the backend). */
export const PAYMENT_CODES = ['cash-on-delivery', 'vietqr', 'stripe'] as const;
export type PaymentCode = (typeof PAYMENT_CODES)[number];

/**
 * Payment methods this order may use. Card payment only when the backend has Stripe keys
 * (`stripePublishableKey` non-null); unknown codes are not offered.
 */
export async function paymentMethods(
    ctx: ShopContext,
): Promise<{ methods: PaymentQuote[]; stripeKey: string | null }> {
    const [res, key] = await Promise.all([
        shopQuery(ctx, paymentMethodsQuery),
        optionalQuery(ctx, stripeKeyQuery).catch(() => undefined),
    ]);
    const stripeKey = (key?.stripePublishableKey as string | null | undefined) ?? null;
    const methods = (res.eligiblePaymentMethods as PaymentQuote[]).filter(
        m =>
            (PAYMENT_CODES as readonly string[]).includes(m.code) &&
            m.isEligible &&
            (m.code !== 'stripe' || stripeKey),
    );
    methods.sort(
        (a, b) => PAYMENT_CODES.indexOf(a.code as PaymentCode) - PAYMENT_CODES.indexOf(b.code as PaymentCode),
    );
    return { methods, stripeKey };
}

const addPaymentMutation = graphql(`
    mutation AddPayment($input: PaymentInput!) {
        addPaymentToOrder(input: $input) {
            __typename
            ... on Order {
                code
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PaymentFailedError {
                paymentErrorMessage
            }
            ... on PaymentDeclinedError {
                paymentErrorMessage
            }
            ... on IneligiblePaymentMethodError {
                eligibilityCheckerMessage
            }
            ... on OrderStateTransitionError {
                transitionError
            }
        }
    }
`);

/** Places the order with this payment; the order's code on success. */
export async function addPayment(
    ctx: ShopContext,
    method: PaymentCode,
): Promise<Outcome<{ code: string; state: string }>> {
    const res = await shopQuery(ctx, addPaymentMutation, { input: { method, metadata: {} } });
    const r = res.addPaymentToOrder as ErrorResultShape & { code?: string; state?: string };
    return outcome(ctx.lang, r, { code: r.code ?? '', state: r.state ?? '' });
}

const stripeIntentMutation = graphql(`
    mutation CreateStripePaymentIntent {
        createStripePaymentIntent
    }
`);

/** Client secret of a PaymentIntent for the active order (ArrangingPayment). */
export async function createStripeIntent(ctx: ShopContext): Promise<string> {
    const res = await shopQuery(ctx, stripeIntentMutation);
    return res.createStripePaymentIntent as string;
}

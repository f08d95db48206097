import { redirect } from 'react-router';
import { graphql } from '../../api/graphql';
import {
    optionalQuery,
    sessionCookie,
    sessionHeaders,
    shopQuery,
    type ShopContext,
} from '../../api/shop.server';
import { errorMessage, splitVietnameseName, type Outcome } from '../checkout/checkout.server';
import type { AddressInput } from '../checkout/address';
import { accountPath } from './paths';

/*
 * The customer's account over the Shop API: sign-up with email verification, sign-in
 * (Vendure's native strategy; the session token it returns replaces the cookie), the
 * address book and the order history.
 */

const activeCustomerQuery = graphql(`
    query ActiveCustomerView {
        activeCustomer {
            id
            firstName
            lastName
            emailAddress
            phoneNumber
            addresses {
                id
                fullName
                phoneNumber
                streetLine1
                city
                province
                defaultShippingAddress
                defaultBillingAddress
            }
        }
    }
`);

export interface SavedAddress {
    id: string;
    fullName: string | null;
    phoneNumber: string | null;
    streetLine1: string;
    city: string | null;
    province: string | null;
    defaultShippingAddress: boolean | null;
    defaultBillingAddress: boolean | null;
}

export interface Customer {
    id: string;
    firstName: string;
    lastName: string;
    emailAddress: string;
    phoneNumber: string | null;
    addresses: SavedAddress[];
}

/** `Nguyễn` + `Thị Lan` → `Nguyễn Thị Lan` (family name first). */
export function customerName(c: { firstName: string; lastName: string }): string {
    return [c.lastName, c.firstName].filter(Boolean).join(' ');
}

/** The signed-in customer, or null (no API call without a session). */
export async function getCustomer(ctx: ShopContext): Promise<Customer | null> {
    if (!ctx.token) return null;
    const res = await shopQuery(ctx, activeCustomerQuery);
    const c = res.activeCustomer as Customer | null;
    if (!c) return null;
    const addresses = [...(c.addresses ?? [])].sort(
        (a, b) => Number(!!b.defaultShippingAddress) - Number(!!a.defaultShippingAddress),
    );
    return { ...c, addresses };
}

/** For account pages: the customer, or a redirect to sign-in that comes back here. */
export async function requireCustomer(ctx: ShopContext, request: Request): Promise<Customer> {
    const customer = await getCustomer(ctx);
    if (!customer) {
        const url = new URL(request.url);
        const next = encodeURIComponent(url.pathname + url.search);
        throw redirect(`${accountPath(ctx.lang, 'signIn')}?next=${next}`, { headers: sessionHeaders(ctx) });
    }
    return customer;
}

/** A return path inside the shop only (no open redirect to another site). */
export function safeNext(next: string | null | undefined, fallback: string): string {
    if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
    return next;
}

interface ResultShape {
    __typename: string;
    errorCode?: string;
    message?: string;
    validationErrorMessage?: string;
    authenticationError?: string;
}

function outcome(ctx: ShopContext, r: ResultShape): Outcome {
    if (r.__typename === 'Success' || r.__typename === 'CurrentUser') return { ok: true, value: undefined };
    return { ok: false, message: errorMessage(ctx.lang, r), code: r.errorCode ?? 'UNKNOWN_ERROR' };
}

const registerMutation = graphql(`
    mutation RegisterCustomer($input: RegisterCustomerInput!) {
        registerCustomerAccount(input: $input) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PasswordValidationError {
                validationErrorMessage
            }
        }
    }
`);

export async function register(
    ctx: ShopContext,
    input: { emailAddress: string; fullName: string; phoneNumber: string; password: string },
): Promise<Outcome> {
    const res = await shopQuery(ctx, registerMutation, {
        input: {
            emailAddress: input.emailAddress,
            phoneNumber: input.phoneNumber || undefined,
            password: input.password,
            ...splitVietnameseName(input.fullName),
        },
    });
    return outcome(ctx, res.registerCustomerAccount as ResultShape);
}

const verifyMutation = graphql(`
    mutation VerifyCustomer($token: String!, $password: String) {
        verifyCustomerAccount(token: $token, password: $password) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PasswordValidationError {
                validationErrorMessage
            }
        }
    }
`);

/** Verifies the address and signs the customer in (Vendure answers with a new session). */
export async function verify(ctx: ShopContext, token: string, password?: string): Promise<Outcome> {
    const res = await shopQuery(ctx, verifyMutation, { token, password: password || undefined });
    return outcome(ctx, res.verifyCustomerAccount as ResultShape);
}

const loginMutation = graphql(`
    mutation LogIn($username: String!, $password: String!, $rememberMe: Boolean) {
        login(username: $username, password: $password, rememberMe: $rememberMe) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export async function logIn(ctx: ShopContext, email: string, password: string): Promise<Outcome> {
    const res = await shopQuery(ctx, loginMutation, { username: email, password, rememberMe: true });
    return outcome(ctx, res.login as ResultShape);
}

const logoutMutation = graphql(`
    mutation LogOut {
        logout {
            success
        }
    }
`);

/** Ends the Vendure session and forgets the cookie. */
export async function logOut(ctx: ShopContext): Promise<HeadersInit> {
    if (ctx.token) await shopQuery(ctx, logoutMutation).catch(() => undefined);
    return { 'Set-Cookie': await sessionCookie.serialize('', { maxAge: 0 }) };
}

const requestResetMutation = graphql(`
    mutation RequestPasswordReset($email: String!) {
        requestPasswordReset(emailAddress: $email) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export async function requestReset(ctx: ShopContext, email: string): Promise<Outcome> {
    const res = await shopQuery(ctx, requestResetMutation, { email });
    const r = res.requestPasswordReset as ResultShape | null;
    // Vendure answers the same for unknown addresses: nobody learns who has an account.
    return r ? outcome(ctx, r) : { ok: true, value: undefined };
}

const resetMutation = graphql(`
    mutation ResetPassword($token: String!, $password: String!) {
        resetPassword(token: $token, password: $password) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PasswordValidationError {
                validationErrorMessage
            }
        }
    }
`);

export async function resetPassword(ctx: ShopContext, token: string, password: string): Promise<Outcome> {
    const res = await shopQuery(ctx, resetMutation, { token, password });
    return outcome(ctx, res.resetPassword as ResultShape);
}

const updateEmailMutation = graphql(`
    mutation UpdateCustomerEmail($token: String!) {
        updateCustomerEmailAddress(token: $token) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export async function confirmEmailChange(ctx: ShopContext, token: string): Promise<Outcome> {
    const res = await shopQuery(ctx, updateEmailMutation, { token });
    return outcome(ctx, res.updateCustomerEmailAddress as ResultShape);
}

const createAddressMutation = graphql(`
    mutation CreateCustomerAddress($input: CreateAddressInput!) {
        createCustomerAddress(input: $input) {
            id
        }
    }
`);

const updateAddressMutation = graphql(`
    mutation UpdateCustomerAddress($input: UpdateAddressInput!) {
        updateCustomerAddress(input: $input) {
            id
        }
    }
`);

const deleteAddressMutation = graphql(`
    mutation DeleteCustomerAddress($id: ID!) {
        deleteCustomerAddress(id: $id) {
            success
        }
    }
`);

export async function saveAddress(
    ctx: ShopContext,
    address: AddressInput,
    options: { id?: string; makeDefault?: boolean },
): Promise<void> {
    const fields = {
        fullName: address.fullName,
        phoneNumber: address.phoneNumber,
        streetLine1: address.streetLine1,
        city: address.city,
        province: address.province,
        countryCode: 'VN',
        ...(options.makeDefault ? { defaultShippingAddress: true, defaultBillingAddress: true } : {}),
    };
    if (options.id) await shopQuery(ctx, updateAddressMutation, { input: { id: options.id, ...fields } });
    else await shopQuery(ctx, createAddressMutation, { input: fields });
}

export async function makeDefaultAddress(ctx: ShopContext, id: string): Promise<void> {
    await shopQuery(ctx, updateAddressMutation, {
        input: { id, defaultShippingAddress: true, defaultBillingAddress: true },
    });
}

export async function deleteAddress(ctx: ShopContext, id: string): Promise<void> {
    await shopQuery(ctx, deleteAddressMutation, { id });
}

const ordersQuery = graphql(`
    query CustomerOrders($take: Int!, $skip: Int!) {
        activeCustomer {
            id
            orders(
                options: {
                    take: $take
                    skip: $skip
                    sort: { orderPlacedAt: DESC }
                    filter: { active: { eq: false } }
                }
            ) {
                totalItems
                items {
                    id
                    code
                    state
                    orderPlacedAt
                    totalWithTax
                    totalQuantity
                    payments {
                        method
                        state
                    }
                    lines {
                        id
                        quantity
                        productVariant {
                            id
                            name
                            product {
                                name
                                slug
                            }
                        }
                    }
                }
            }
        }
    }
`);

const stampCodesQuery = graphql(`
    query CustomerOrderStamps($take: Int!, $skip: Int!) {
        activeCustomer {
            id
            orders(
                options: {
                    take: $take
                    skip: $skip
                    sort: { orderPlacedAt: DESC }
                    filter: { active: { eq: false } }
                }
            ) {
                items {
                    id
                    lines {
                        id
                        stampCodes
                    }
                }
            }
        }
    }
`);

export interface CustomerOrder {
    id: string;
    code: string;
    state: string;
    orderPlacedAt: string | null;
    totalWithTax: number;
    totalQuantity: number;
    payments: { method: string; state: string }[] | null;
    lines: {
        id: string;
        quantity: number;
        stampCodes: string[];
        productVariant: { id: string; name: string; product: { name: string; slug: string } };
    }[];
}

export const ORDERS_PER_PAGE = 10;

/**
 * Placed orders, newest first, with the stamp codes of delivered units. The stamp codes
 * come from the seller-orders plugin; without it the history shows no codes.
 */
export async function customerOrders(
    ctx: ShopContext,
    page: number,
): Promise<{ items: CustomerOrder[]; total: number }> {
    const vars = { take: ORDERS_PER_PAGE, skip: (page - 1) * ORDERS_PER_PAGE };
    const [res, stamps] = await Promise.all([
        shopQuery(ctx, ordersQuery, vars),
        optionalQuery(ctx, stampCodesQuery, vars).catch(() => undefined),
    ]);
    const list = res.activeCustomer?.orders ?? { items: [], totalItems: 0 };
    const codes = new Map<string, string[]>();
    for (const o of (stamps?.activeCustomer?.orders?.items ?? []) as {
        lines: { id: string; stampCodes: string[] }[];
    }[]) {
        for (const l of o.lines) codes.set(l.id, l.stampCodes);
    }
    const items: CustomerOrder[] = list.items.map(o => ({
        ...o,
        lines: o.lines.map(l => ({ ...l, stampCodes: codes.get(l.id) ?? [] })),
    }));
    return { items, total: list.totalItems };
}

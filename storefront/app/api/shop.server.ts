import { createCookie, data } from 'react-router';
import { langOfPath, type Lang } from '../i18n/paths';
import { config } from './config.server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TypedDocumentString } from './graphql';

/**
 * The visitor's Vendure session: the bearer token Vendure hands out (`vendure-auth-token`
 * header) kept in an httpOnly cookie of the storefront. The browser never calls the Shop API
 * for the shop pages; loaders and actions forward the token (ADR 0014).
 */
export const sessionCookie = createCookie('ocop_session', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.secureCookies,
    // As long as the Vendure session it carries (SHOP_SESSION_DAYS, ADR 0023).
    maxAge: 60 * 60 * 24 * 30,
});

/** What a loader or action needs to call the Shop API for one request. */
export interface ShopContext {
    lang: Lang;
    token?: string;
    /** Set when Vendure issued or changed the session token: send it back as a cookie. */
    setCookie?: string;
}

export async function shopContext(request: Request): Promise<ShopContext> {
    const token = (await sessionCookie.parse(request.headers.get('cookie'))) as string | null;
    return { lang: langOfPath(new URL(request.url).pathname), token: token || undefined };
}

/** Headers that carry a renewed session cookie, if any. */
export function sessionHeaders(ctx: ShopContext): HeadersInit {
    return ctx.setCookie ? { 'Set-Cookie': ctx.setCookie } : {};
}

/** Loader/action data plus the session cookie when it changed. */
export function withSession<T>(ctx: ShopContext, value: T, init?: ResponseInit) {
    const headers = new Headers(init?.headers);
    if (ctx.setCookie) headers.append('Set-Cookie', ctx.setCookie);
    return data(value, { ...init, headers });
}

export class ShopApiError extends Error {
    constructor(
        message: string,
        readonly code?: string,
        readonly status?: number,
    ) {
        super(message);
    }
}

type Document<R, V> = TypedDocumentString<R, V> | TypedDocumentNode<R, V>;

const printed = new WeakMap<object, string>();

async function sourceOf(doc: Document<unknown, unknown>): Promise<string> {
    if (typeof doc === 'string' || doc instanceof String) return doc.toString();
    // A DocumentNode from the code generator: print it once (server only).
    let source = printed.get(doc);
    if (!source) {
        const { print } = await import('graphql');
        source = print(doc);
        printed.set(doc, source);
    }
    return source;
}

/**
 * One Shop API operation for this request, in the request's language, with the visitor's
 * session. Throws ShopApiError on HTTP or GraphQL errors (the first error's code kept).
 */
export async function shopQuery<R, V>(
    ctx: ShopContext,
    doc: Document<R, V>,
    variables?: NoInfer<V>,
): Promise<R> {
    const headers: Record<string, string> = {
        'content-type': 'application/json',
        'vendure-token': config.channelToken,
    };
    if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
    const res = await fetch(`${config.shopApiUrl}?languageCode=${ctx.lang}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: await sourceOf(doc as Document<unknown, unknown>), variables }),
        signal: AbortSignal.timeout(15_000),
    });
    const issued = res.headers.get('vendure-auth-token');
    if (issued && issued !== ctx.token) {
        ctx.token = issued;
        ctx.setCookie = await sessionCookie.serialize(issued);
    }
    const body = (await res.json().catch(() => undefined)) as
        { data?: R; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    if (body?.errors?.length) {
        const first = body.errors[0];
        throw new ShopApiError(first.message, first.extensions?.code, res.status);
    }
    if (!res.ok || !body?.data)
        throw new ShopApiError(`Shop API answered HTTP ${res.status}`, undefined, res.status);
    return body.data;
}

/**
 * For fields other branches are adding to the Shop API: answers undefined while the schema
 * lacks them (validation error), so the page renders without that part.
 */
export async function optionalQuery<R, V>(
    ctx: ShopContext,
    doc: Document<R, V>,
    variables?: NoInfer<V>,
): Promise<R | undefined> {
    // A schema without the field answers the same for a while: don't ask on every page.
    const key = await sourceOf(doc as Document<unknown, unknown>);
    if ((missingUntil.get(key) ?? 0) > Date.now()) return undefined;
    try {
        return await shopQuery(ctx, doc, variables);
    } catch (e) {
        if (e instanceof ShopApiError && e.code === 'GRAPHQL_VALIDATION_FAILED') {
            missingUntil.set(key, Date.now() + 60_000);
            return undefined;
        }
        throw e;
    }
}

const missingUntil = new Map<string, number>();

interface CacheEntry {
    freshUntil: number;
    value: Promise<unknown>;
    settled: boolean;
    refreshing?: boolean;
}
const cache = new Map<string, CacheEntry>();
/** A stale answer is still served (while a fresh one loads) for this long. */
const STALE_MS = 10 * 60_000;

/**
 * Catalogue-wide answers that are the same for every visitor (home overview, facet lists,
 * sitemap) are kept for a few seconds: they change rarely and every page needs them. Once
 * stale, the old answer is served while a new one loads in the background, so no visitor
 * waits for these queries after the first.
 */
export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && hit.freshUntil > now) return hit.value as Promise<T>;
    if (hit && hit.settled && hit.freshUntil + STALE_MS > now) {
        if (!hit.refreshing) {
            hit.refreshing = true;
            load().then(
                value =>
                    cache.set(key, {
                        freshUntil: Date.now() + ttlMs,
                        value: Promise.resolve(value),
                        settled: true,
                    }),
                () => (hit.refreshing = false),
            );
        }
        return hit.value as Promise<T>;
    }
    const entry: CacheEntry = { freshUntil: now + ttlMs, value: load(), settled: false };
    entry.value.then(
        () => (entry.settled = true),
        () => cache.delete(key),
    );
    cache.set(key, entry);
    if (cache.size > 500) for (const [k, v] of cache) if (v.freshUntil + STALE_MS <= now) cache.delete(k);
    return entry.value as Promise<T>;
}

/** An anonymous context in a language, for cached catalogue queries. */
export function anonymous(lang: Lang): ShopContext {
    return { lang };
}

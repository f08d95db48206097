import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Logger } from '@vendure/core';
import proxyAddr from 'proxy-addr';
import { checkClientOf } from './check-client';
import {
    PageLanguage,
    renderStampFormPage,
    renderStampPage,
    renderTooManyChecksPage,
} from '../page/stamp-page';
import { StampVerificationService } from '../services/stamp-verification.service';

/**
 * The page's own security headers. Express's (helmet, `api-guard`) never run for it, so
 * every one that matters to an HTML page is here, stricter where the page allows it:
 * no framing, no cross-origin reading, no referrer.
 */
const SECURITY_HEADERS = {
    'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: http:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-DNS-Prefetch-Control': 'off',
    'X-Download-Options': 'noopen',
    'X-Frame-Options': 'DENY',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'X-XSS-Protection': '0',
};
const HSTS = { 'Strict-Transport-Security': 'max-age=15552000; includeSubDomains' };

export interface StampPageOptions {
    /** PUBLIC_URL: its path prefix is the form's action. */
    publicUrl: string;
    /** The page's route, `/v`. */
    route: string;
    /** Production sends HSTS, as helmet does for the rest of the server. */
    production: boolean;
}

/**
 * `GET /v/<code>` — the page a stamp's QR opens, the hottest public URL of the system.
 * It is answered on the HTTP server's request event, ahead of Express (ADR 0029): none of
 * Express's router, cookie session, body parser or helmet runs for it, which halved what a
 * check allocates and made the garbage collector's pauses short. What it used from Express
 * it does itself: the client's address honours `trustProxy` through `proxy-addr`, the
 * library Express uses for `req.ip`, with Express's own compiled setting; the security
 * headers are its own.
 *
 * `GET /v?code=…` (the form on the page) redirects to `/v/<code>`.
 */
export class StampPage {
    private trust: (address: string, hop: number) => boolean = () => false;
    private readonly formAction: string;
    private readonly route: string;
    private readonly baseHeaders: Record<string, string>;

    constructor(
        { publicUrl, route, production }: StampPageOptions,
        private readonly service: StampVerificationService,
    ) {
        this.route = route;
        this.formAction = new URL(publicUrl).pathname.replace(/\/+$/, '') + route;
        this.baseHeaders = {
            'Content-Type': 'text/html; charset=utf-8',
            // Every check is logged and counted: a cached page would skip both.
            'Cache-Control': 'no-store',
            'X-Robots-Tag': 'noindex',
            ...SECURITY_HEADERS,
            ...(production ? HSTS : {}),
        };
    }

    /**
     * Puts the page in front of `app` (Express), which must be one of the server's request
     * listeners; the other listeners (Apollo's drain tracker) keep their places.
     */
    mount(server: Server, app: RequestListener & { get(setting: string): unknown }) {
        const listeners = server.listeners('request') as RequestListener[];
        if (!listeners.includes(app))
            throw new Error('The stamp page cannot be mounted: Express does not serve this HTTP server');
        const trust = app.get('trust proxy fn');
        if (typeof trust === 'function') this.trust = trust as (address: string, hop: number) => boolean;
        const route = this.route;
        const page: RequestListener = (req, res) => {
            const url = req.url ?? '';
            const next = url.charCodeAt(route.length);
            // `/v`, `/v/…` and `/v?…`, not `/vendor`; any case, as Express routed it (a QR
            // in alphanumeric mode is upper case).
            if (
                url.slice(0, route.length).toLowerCase() === route &&
                (url.length === route.length || next === 47 || next === 63)
            )
                this.handle(req, res);
            else app(req, res);
        };
        server.removeAllListeners('request');
        for (const listener of listeners) server.on('request', listener === app ? page : listener);
    }

    private handle(req: IncomingMessage, res: ServerResponse) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
            res.end('Method Not Allowed');
            return;
        }
        const service = this.service;
        const url = (req.url ?? '').slice(this.route.length);
        const queryStart = url.indexOf('?');
        const path = queryStart === -1 ? url : url.slice(0, queryStart);
        const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
        const lang: PageLanguage = query.get('lang') === 'en' ? 'en' : 'vi';
        let code: string;
        try {
            code = decodeURIComponent(path.replace(/^\/+|\/+$/g, ''));
        } catch {
            code = path;
        }
        if (!code) {
            const typed = query.get('code')?.trim();
            if (typed) {
                const location = `${this.formAction}/${encodeURIComponent(typed.slice(0, 40))}${lang === 'en' ? '?lang=en' : ''}`;
                res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
                res.end();
                return;
            }
            this.send(res, req, 200, renderStampFormPage(lang, this.formAction));
            return;
        }
        const client = checkClientOf({ ip: proxyAddr(req, this.trust), headers: req.headers });
        service
            .takeRateLimitToken(client)
            .then(async wait => {
                if (wait > 0) {
                    this.send(res, req, 429, renderTooManyChecksPage(lang, wait, this.formAction), {
                        'Retry-After': String(wait),
                    });
                    return;
                }
                const verification = await service.verify(code, client, 'PAGE', lang);
                this.send(
                    res,
                    req,
                    200,
                    renderStampPage(verification, { lang, code, formAction: this.formAction }),
                );
            })
            .catch((error: any) => {
                Logger.error(`Stamp page failed: ${error?.message}`, 'StampPage');
                if (res.headersSent) {
                    res.destroy();
                    return;
                }
                res.writeHead(500, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
                res.end('Internal Server Error');
            });
    }

    private send(
        res: ServerResponse,
        req: IncomingMessage,
        status: number,
        html: string,
        extra: Record<string, string> = {},
    ) {
        res.writeHead(status, {
            ...this.baseHeaders,
            ...extra,
            'Content-Length': String(Buffer.byteLength(html, 'utf8')),
        });
        if (req.method === 'HEAD') res.end();
        else res.end(html, 'utf8');
    }
}

import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@vendure/core';
import { checkClientOf } from '../api/check-client';
import {
    PageLanguage,
    renderStampFormPage,
    renderStampPage,
    renderTooManyChecksPage,
} from '../page/stamp-page';
import { StampVerificationService } from '../services/stamp-verification.service';

const BASE_HEADERS = {
    'Content-Type': 'text/html; charset=utf-8',
    // Every check is logged and counted: a cached page would skip both.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Robots-Tag': 'noindex',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: http:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

/**
 * `GET /v/<code>` — the page a stamp's QR opens. Mounted by Vendure as a
 * `beforeListen` middleware, i.e. straight on Express ahead of Nest's router,
 * guards and interceptors: the request costs one indexed read and a string
 * template. The service is attached once Nest has built it.
 *
 * `GET /v?code=…` (the form on the page) redirects to `/v/<code>`.
 */
export class StampPage {
    private service: StampVerificationService | undefined;
    private readonly formAction: string;

    constructor(publicUrl: string, route: string) {
        this.formAction = new URL(publicUrl).pathname.replace(/\/+$/, '') + route;
    }

    attach(service: StampVerificationService) {
        this.service = service;
    }

    readonly handler = (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
            res.end('Method Not Allowed');
            return;
        }
        const service = this.service;
        if (!service) {
            res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '5' });
            res.end('Service Unavailable');
            return;
        }
        const url = req.url;
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
        const client = checkClientOf(req);
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
                next(error);
            });
    };

    private send(
        res: Response,
        req: Request,
        status: number,
        html: string,
        extra: Record<string, string> = {},
    ) {
        const body = Buffer.from(html, 'utf8');
        res.writeHead(status, { ...BASE_HEADERS, ...extra, 'Content-Length': String(body.length) });
        res.end(req.method === 'HEAD' ? undefined : body);
    }
}

import { I18nError, LogLevel } from '@vendure/core';
import { StampCheckClient } from '../types';

/** The part of an Express request a check needs (Vendure and the app carry different @types/express). */
export interface ClientRequestLike {
    ip?: string;
    socket?: { remoteAddress?: string };
    headers: Record<string, string | string[] | undefined>;
}

/**
 * The client of a check as Express sees it. `req.ip` honours Vendure's
 * `apiOptions.trustProxy`: behind a reverse proxy set it, or every consumer
 * looks like the proxy (one rate limit, one "client").
 */
export function checkClientOf(req: ClientRequestLike | undefined): StampCheckClient {
    const userAgent = req?.headers['user-agent'];
    return {
        ip: req?.ip ?? req?.socket?.remoteAddress ?? '',
        userAgent: typeof userAgent === 'string' ? userAgent : undefined,
    };
}

/**
 * Over the per-client check allowance. Carries `extensions.http` so Apollo
 * answers with HTTP 429 and `Retry-After`, like the page does.
 */
export class TooManyStampChecksError extends I18nError {
    constructor(readonly retryAfterSeconds: number) {
        super(
            `Bạn kiểm tra tem quá nhiều lần, vui lòng thử lại sau ${retryAfterSeconds} giây (too many stamp checks, retry in ${retryAfterSeconds} s)`,
            {},
            'TOO_MANY_REQUESTS',
            LogLevel.Verbose,
        );
        (this.extensions as Record<string, unknown>).http = {
            status: 429,
            headers: new Map([['retry-after', String(retryAfterSeconds)]]),
        };
    }
}

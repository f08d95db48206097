import type { NextFunction, Request, Response } from 'express';

/**
 * Serves every Shop API request from the marketplace channel, whatever channel
 * token it names (ADR 0003). Producer channels and the default channel hold
 * products that are not (or not yet) for sale; a storefront or a curious client
 * must never reach them by sending another token.
 */
export function pinShopChannel(tokenKey: string, marketplaceToken: string) {
    return (req: Request, _res: Response, next: NextFunction) => {
        req.headers[tokenKey] = marketplaceToken;
        const queryStart = req.url.indexOf('?');
        if (queryStart !== -1) {
            const params = new URLSearchParams(req.url.slice(queryStart + 1));
            if (params.has(tokenKey)) {
                params.delete(tokenKey);
                const rest = params.toString();
                req.url = req.url.slice(0, queryStart) + (rest ? '?' + rest : '');
            }
        }
        next();
    };
}

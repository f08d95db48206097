import bodyParser from 'body-parser';
import type { NextFunction, Request, Response } from 'express';
import { Kind, OperationDefinitionNode, parse } from 'graphql';

/** Operations allowed the bulk body limit: one mutation of a signed-in office user. */
const BULK_OPERATIONS = new Set(['voidStamps']);

interface Limits {
    maxBodyBytes: number;
    maxBulkBodyBytes: number;
    adminApiPath: string;
    shopApiPath: string;
}

/**
 * JSON bodies of `/shop-api` and `/admin-api`, read here instead of by Nest's parser so
 * that a body over the limit answers 413 and a body that is not JSON (or not UTF-8, or
 * compressed with an unknown encoding) answers 400 / 415, in GraphQL's error shape;
 * Nest's exception filter would turn those into 500. A request with credentials to the
 * Admin API may send up to the bulk limit, but only for `voidStamps` (100,000 codes);
 * anything else over the normal limit is refused once its operation is known.
 */
export function apiBodyParser(limits: Limits) {
    const normal = bodyParser.json({ limit: limits.maxBodyBytes, verify: recordSize });
    const bulk = bodyParser.json({ limit: limits.maxBulkBodyBytes, verify: recordSize });
    const adminPrefix = `/${limits.adminApiPath}`;
    const shopPrefix = `/${limits.shopApiPath}`;
    return function apiBody(req: Request, res: Response, next: NextFunction) {
        // Other routes read their own bodies (the Stripe webhook needs the exact bytes).
        const api = req.path.startsWith(adminPrefix) || req.path.startsWith(shopPrefix);
        if (
            !api ||
            req.method !== 'POST' ||
            !/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')
        ) {
            return next();
        }
        const mayBeBulk =
            req.path.startsWith(adminPrefix) && !!(req.headers.authorization || req.headers.cookie);
        const parser = mayBeBulk ? bulk : normal;
        parser(req, res, (error?: any) => {
            if (error) return refuse(res, error, limits.maxBodyBytes);
            const size = (req as any).bodyBytes ?? 0;
            if (size > limits.maxBodyBytes && !isBulkOperation(req.body)) {
                return refuse(res, { status: 413, type: 'entity.too.large' }, limits.maxBodyBytes);
            }
            next();
        });
    };
}

function recordSize(req: any, _res: unknown, buf: Buffer) {
    req.bodyBytes = buf.length;
}

function isBulkOperation(body: unknown): boolean {
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || query.length > 10_000) return false;
    try {
        const operations = parse(query).definitions.filter(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        );
        return operations.every(
            op =>
                op.operation === 'mutation' &&
                op.selectionSet.selections.every(
                    s => s.kind === Kind.FIELD && BULK_OPERATIONS.has(s.name.value),
                ),
        );
    } catch {
        return false;
    }
}

function refuse(res: Response, error: { status?: number; type?: string }, maxBodyBytes: number) {
    const tooLarge = error.status === 413;
    const unsupported = error.status === 415;
    const status = tooLarge ? 413 : unsupported ? 415 : 400;
    const kb = Math.round(maxBodyBytes / 1024);
    const message = tooLarge
        ? `OCOP_REQUEST_TOO_LARGE: Yêu cầu lớn quá ${kb} KB (the request body is larger than ${kb} KB)`
        : unsupported
          ? 'OCOP_REQUEST_UNSUPPORTED: Bảng mã hoặc kiểu nén không được hỗ trợ, hãy gửi JSON UTF-8 (unsupported charset or encoding: send UTF-8 JSON)'
          : 'OCOP_REQUEST_MALFORMED: Nội dung yêu cầu không phải JSON hợp lệ (the request body is not valid JSON)';
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : unsupported ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    res.status(status)
        .setHeader('Connection', tooLarge ? 'close' : 'keep-alive')
        .json({ errors: [{ message, extensions: { code } }] });
}

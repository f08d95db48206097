import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@vendure/core';
import { loggerCtx } from '../constants';
import { StripeService } from '../services/stripe.service';

/** Stripe events are small; anything bigger is not from Stripe. */
const MAX_BODY_BYTES = 512 * 1024;

/**
 * `POST /payments/stripe`, mounted ahead of Nest's JSON body parser: the
 * signature is over the exact bytes Stripe sent, so the body is read raw here.
 */
export function stripeWebhookHandler(service: () => StripeService | undefined) {
    return (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'POST') return next();
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                res.status(413).json({ received: false, error: 'too large' });
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (res.headersSent) return;
            const stripe = service();
            if (!stripe) {
                res.status(503).json({ received: false, error: 'starting' });
                return;
            }
            stripe
                .handleWebhook(Buffer.concat(chunks), req.header('stripe-signature'))
                .then(({ status, body }) => res.status(status).json(body))
                .catch(e => {
                    Logger.error(`Stripe webhook failed: ${e.message}`, loggerCtx, e.stack);
                    // 500: Stripe retries later, and every step is idempotent.
                    res.status(500).json({ received: false, error: 'internal error' });
                });
        });
    };
}

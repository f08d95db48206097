import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** A PaymentIntent as Stripe's API returns it (the fields our server and Stripe.js read). */
export interface FakePaymentIntent {
    id: string;
    object: 'payment_intent';
    amount: number;
    amount_received: number;
    currency: string;
    status: 'requires_payment_method' | 'requires_confirmation' | 'processing' | 'succeeded' | 'canceled';
    client_secret: string;
    metadata: Record<string, string>;
    description: string | null;
    payment_method: string | null;
    payment_method_types: string[];
    automatic_payment_methods: { enabled: boolean } | null;
    latest_charge: string | null;
    last_payment_error: { code: string; message: string; type: string } | null;
    created: number;
    livemode: false;
}

export interface FakeStripeOptions {
    secretKey?: string;
    publishableKey?: string;
    webhookSecret?: string;
    /** Where `payment_intent.succeeded` is posted, signed, after a successful confirm (optional; settable later). */
    webhookUrl?: string;
}

export interface WebhookDelivery {
    status: number;
    body: any;
}

export interface FakeStripe {
    url: string;
    secretKey: string;
    publishableKey: string;
    webhookSecret: string;
    webhookUrl?: string;
    /** Every intent created, by id. */
    paymentIntents: Map<string, FakePaymentIntent>;
    /** Every request received, in order (method, path, form body). */
    requests: Array<{ method: string; path: string; body: Record<string, any> }>;
    /** A Stripe event object around a resource, as Stripe sends it. */
    event(type: string, object: object): Stripe.Event;
    /** Posts an event to the webhook URL with a real `Stripe-Signature` (or the given secret, to forge one). */
    sendWebhook(
        event: object,
        options?: { secret?: string; url?: string; signature?: string },
    ): Promise<WebhookDelivery>;
    close(): Promise<void>;
}

const API_VERSION = '2026-10-28.endive';

/**
 * A local stand-in for the parts of Stripe's HTTP API that card checkout uses:
 * `POST /v1/payment_intents`, `GET /v1/payment_intents/:id` and
 * `POST /v1/payment_intents/:id/confirm`, with Stripe's form-encoded bodies,
 * Bearer secret-key auth (or a publishable key plus client secret, as Stripe.js
 * confirms), idempotency keys, Stripe's error shapes, and webhook events signed
 * exactly as Stripe signs them (the SDK's own `generateTestHeaderString`).
 *
 * Test cards: `pm_card_visa` succeeds, `pm_card_chargeDeclined` is declined.
 */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
    const secretKey = options.secretKey ?? `sk_test_fake${randomBytes(12).toString('hex')}`;
    const publishableKey = options.publishableKey ?? `pk_test_fake${randomBytes(12).toString('hex')}`;
    const webhookSecret = options.webhookSecret ?? `whsec_fake${randomBytes(16).toString('hex')}`;
    const sdk = new Stripe(secretKey);
    const paymentIntents = new Map<string, FakePaymentIntent>();
    const idempotent = new Map<string, { status: number; body: unknown }>();
    const requests: FakeStripe['requests'] = [];

    const fake: FakeStripe = {
        url: '',
        secretKey,
        publishableKey,
        webhookSecret,
        webhookUrl: options.webhookUrl,
        paymentIntents,
        requests,
        event(type, object) {
            return {
                id: `evt_${randomBytes(12).toString('hex')}`,
                object: 'event',
                api_version: API_VERSION,
                created: Math.floor(Date.now() / 1000),
                data: { object },
                livemode: false,
                pending_webhooks: 1,
                request: { id: null, idempotency_key: null },
                type,
            } as unknown as Stripe.Event;
        },
        async sendWebhook(event, opts = {}) {
            const url = opts.url ?? fake.webhookUrl;
            if (!url) throw new Error('fake Stripe: no webhook URL');
            const payload = JSON.stringify(event, null, 2);
            const signature =
                opts.signature ??
                sdk.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? webhookSecret });
            const response = await fetch(url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json; charset=utf-8',
                    'stripe-signature': signature,
                    'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
                },
                body: payload,
            });
            const text = await response.text();
            let body: any = text;
            try {
                body = JSON.parse(text);
            } catch {
                /* not JSON */
            }
            return { status: response.status, body };
        },
        close: () => new Promise<void>(resolve => server.close(() => resolve())),
    };

    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', c => chunks.push(c));
        req.on('end', () => {
            void handle(req, Buffer.concat(chunks).toString('utf8'))
                .then(({ status, body }) => {
                    res.writeHead(status, {
                        'content-type': 'application/json',
                        'request-id': `req_${randomBytes(8).toString('hex')}`,
                        'stripe-version': API_VERSION,
                        'access-control-allow-origin': '*',
                        'access-control-allow-headers': 'authorization, content-type, stripe-version',
                    });
                    res.end(JSON.stringify(body));
                })
                .catch(e => {
                    res.writeHead(500, { 'content-type': 'application/json' });
                    res.end(JSON.stringify(apiError('api_error', String(e?.message ?? e))));
                });
        });
    });

    async function handle(
        req: http.IncomingMessage,
        raw: string,
    ): Promise<{ status: number; body: unknown }> {
        const url = new URL(req.url ?? '/', 'http://fake');
        const method = req.method ?? 'GET';
        if (method === 'OPTIONS') return { status: 204, body: {} };
        const body = parseForm(method === 'GET' ? url.search.slice(1) : raw);
        requests.push({ method, path: url.pathname, body });
        const auth = req.headers.authorization ?? '';
        const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
        const confirmMatch = /^\/v1\/payment_intents\/([^/]+)\/confirm$/.exec(url.pathname);
        const byPublishableKey =
            !bearer && body.key === publishableKey && confirmMatch && body.client_secret !== undefined;
        if (bearer !== secretKey && !byPublishableKey) {
            return {
                status: 401,
                body: apiError(
                    'invalid_request_error',
                    bearer
                        ? `Invalid API Key provided: ${bearer.slice(0, 8)}${'*'.repeat(8)}`
                        : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
                ),
            };
        }
        const key = req.headers['idempotency-key'];
        const idemKey = typeof key === 'string' && method === 'POST' ? `${url.pathname}|${key}` : undefined;
        if (idemKey && idempotent.has(idemKey)) return idempotent.get(idemKey)!;
        const result = route(method, url.pathname, body, confirmMatch?.[1]);
        if (idemKey && result.status < 500) idempotent.set(idemKey, result);
        return result;
    }

    function route(method: string, path: string, body: Record<string, any>, confirmId?: string) {
        if (method === 'POST' && path === '/v1/payment_intents') {
            const amount = Number(body.amount);
            if (!Number.isInteger(amount) || amount < 1) {
                return {
                    status: 400,
                    body: apiError('invalid_request_error', 'Invalid integer: amount', 'amount'),
                };
            }
            if (!body.currency) {
                return {
                    status: 400,
                    body: apiError('invalid_request_error', 'Missing required param: currency.', 'currency'),
                };
            }
            const id = `pi_${randomBytes(12).toString('hex')}`;
            const intent: FakePaymentIntent = {
                id,
                object: 'payment_intent',
                amount,
                amount_received: 0,
                currency: String(body.currency).toLowerCase(),
                status: 'requires_payment_method',
                client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
                metadata: body.metadata ?? {},
                description: body.description ?? null,
                payment_method: null,
                payment_method_types: ['card'],
                automatic_payment_methods: body.automatic_payment_methods
                    ? { enabled: body.automatic_payment_methods.enabled === 'true' }
                    : null,
                latest_charge: null,
                last_payment_error: null,
                created: Math.floor(Date.now() / 1000),
                livemode: false,
            };
            paymentIntents.set(id, intent);
            return { status: 200, body: intent };
        }
        const getMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
        if (method === 'GET' && getMatch) {
            const intent = paymentIntents.get(getMatch[1]);
            return intent ? { status: 200, body: intent } : missing(getMatch[1]);
        }
        if (method === 'POST' && confirmId) {
            const intent = paymentIntents.get(confirmId);
            if (!intent) return missing(confirmId);
            if (body.client_secret !== undefined && body.client_secret !== intent.client_secret) {
                return {
                    status: 400,
                    body: apiError('invalid_request_error', 'The client_secret provided does not match.'),
                };
            }
            if (intent.status === 'succeeded' || intent.status === 'canceled') {
                return {
                    status: 400,
                    body: apiError(
                        'invalid_request_error',
                        `This PaymentIntent's status is ${intent.status}, so it cannot be confirmed.`,
                        undefined,
                        'payment_intent_unexpected_state',
                    ),
                };
            }
            const paymentMethod = body.payment_method ?? body.payment_method_data?.type ?? 'pm_card_visa';
            intent.payment_method = String(paymentMethod);
            if (paymentMethod === 'pm_card_chargeDeclined') {
                intent.status = 'requires_payment_method';
                intent.last_payment_error = {
                    code: 'card_declined',
                    message: 'Your card was declined.',
                    type: 'card_error',
                };
                return {
                    status: 402,
                    body: apiError('card_error', 'Your card was declined.', undefined, 'card_declined'),
                };
            }
            intent.status = 'succeeded';
            intent.amount_received = intent.amount;
            intent.latest_charge = `ch_${randomBytes(12).toString('hex')}`;
            if (fake.webhookUrl) {
                // Like Stripe: the event follows the confirmation, asynchronously.
                const event = fake.event('payment_intent.succeeded', { ...intent });
                setTimeout(() => void fake.sendWebhook(event).catch(() => undefined), 20);
            }
            return { status: 200, body: intent };
        }
        return {
            status: 404,
            body: apiError('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`),
        };
    }

    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
}

function missing(id: string) {
    return {
        status: 404,
        body: apiError(
            'invalid_request_error',
            `No such payment_intent: '${id}'`,
            'intent',
            'resource_missing',
        ),
    };
}

function apiError(type: string, message: string, param?: string, code?: string) {
    return { error: { type, message, ...(param ? { param } : {}), ...(code ? { code } : {}) } };
}

/** Stripe's form encoding: `a=1&metadata[orderCode]=X&automatic_payment_methods[enabled]=true`. */
function parseForm(text: string): Record<string, any> {
    const result: Record<string, any> = {};
    for (const [key, value] of new URLSearchParams(text)) {
        const path = key.replace(/\]/g, '').split('[');
        let target = result;
        for (const part of path.slice(0, -1)) {
            target[part] = target[part] ?? {};
            target = target[part];
        }
        target[path[path.length - 1]] = value;
    }
    return result;
}

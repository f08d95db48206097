import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import {
    ActiveOrderService,
    ChannelService,
    isGraphQlErrorResult,
    Logger,
    Order,
    OrderService,
    Payment,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import Stripe from 'stripe';
import { STRIPE_CODE } from '../../store/constants';
import { loggerCtx, PAYMENTS_PLUGIN_OPTIONS } from '../constants';
import { PaymentsPluginOptions, StripeOptions } from '../types';

/** The answer to a webhook delivery: what Stripe gets back, and what we did. */
export interface WebhookOutcome {
    status: number;
    body: { received: boolean; outcome?: string; error?: string };
}

/**
 * Card payments with Stripe's Payment Element (ADR 0012). The Shop API creates a
 * PaymentIntent for the active order (VND is zero-decimal in Stripe: whole đồng);
 * the browser confirms it with Stripe; Stripe's signed `payment_intent.succeeded`
 * event then adds a Settled payment to the order, which places it. Only the
 * webhook settles: a client saying "I paid" proves nothing.
 */
@Injectable()
export class StripeService implements OnModuleInit {
    private stripe?: Stripe;
    private config?: StripeOptions;

    constructor(
        private connection: TransactionalConnection,
        private activeOrderService: ActiveOrderService,
        private orderService: OrderService,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        @Inject(PAYMENTS_PLUGIN_OPTIONS) private options: PaymentsPluginOptions,
    ) {}

    onModuleInit() {
        this.config = this.options.stripe;
        if (!this.config) return;
        const api = this.config.apiUrl ? new URL(this.config.apiUrl) : undefined;
        this.stripe = new Stripe(this.config.secretKey, {
            maxNetworkRetries: 2,
            timeout: 20_000,
            ...(api
                ? {
                      host: api.hostname,
                      port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
                      protocol: api.protocol.replace(':', '') as 'http' | 'https',
                  }
                : {}),
        });
    }

    get publishableKey(): string | null {
        return this.config?.publishableKey ?? null;
    }

    /**
     * A PaymentIntent for the active order at the payment step; its client secret
     * lets the Payment Element confirm it. The same order and amount always get
     * the same intent (Stripe idempotency), so two tabs cannot charge twice.
     */
    async createPaymentIntent(ctx: RequestContext): Promise<string> {
        if (!this.stripe) {
            throw new UserInputError(
                'OCOP_STRIPE_NOT_CONFIGURED: Chưa hỗ trợ thanh toán thẻ (card payments are not available)',
            );
        }
        const order = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (!order || order.state !== 'ArrangingPayment') {
            throw new UserInputError(
                'OCOP_ORDER_NOT_AT_PAYMENT: Đơn hàng chưa đến bước thanh toán (the order is not at the payment step)',
            );
        }
        const amountDong = order.totalWithTax / 100;
        if (!Number.isSafeInteger(amountDong) || amountDong <= 0) {
            throw new UserInputError(`OCOP_INVALID_AMOUNT: Số tiền không hợp lệ (${order.totalWithTax})`);
        }
        const intent = await this.stripe.paymentIntents.create(
            {
                amount: amountDong,
                currency: 'vnd',
                automatic_payment_methods: { enabled: true },
                description: `Đơn hàng OCOP Hà Tĩnh ${order.code}`,
                metadata: {
                    orderCode: order.code,
                    orderId: String(order.id),
                    channelToken: ctx.channel.token,
                },
            },
            { idempotencyKey: `ocop-${order.code}-${amountDong}` },
        );
        if (!intent.client_secret) throw new Error(`Stripe returned no client secret for ${intent.id}`);
        return intent.client_secret;
    }

    /**
     * One webhook delivery. The signature is checked on the raw body before anything
     * else (forged → 400, nothing read). A succeeded intent settles its order once:
     * the order row is locked, so duplicate or replayed deliveries racing each other
     * find the payment already there; events for an order no longer waiting for
     * payment (cancelled, placed otherwise) or with another amount change nothing
     * and are logged for the office.
     */
    async handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
        if (!this.stripe || !this.config)
            return { status: 404, body: { received: false, error: 'not configured' } };
        let event: Stripe.Event;
        try {
            event = this.stripe.webhooks.constructEvent(rawBody, signature ?? '', this.config.webhookSecret);
        } catch (e: any) {
            Logger.warn(`Refused a Stripe webhook with a bad signature: ${e.message}`, loggerCtx);
            return { status: 400, body: { received: false, error: 'invalid signature' } };
        }
        if (event.type !== 'payment_intent.succeeded') {
            return { status: 200, body: { received: true, outcome: 'ignored' } };
        }
        const intent = event.data.object as Stripe.PaymentIntent;
        const outcome = await this.settle(intent);
        return { status: 200, body: { received: true, outcome } };
    }

    private async settle(intent: Stripe.PaymentIntent): Promise<string> {
        const orderCode = intent.metadata?.orderCode;
        const channelToken = intent.metadata?.channelToken;
        if (!orderCode || !channelToken) {
            Logger.warn(`Stripe intent ${intent.id} carries no order code; ignored`, loggerCtx);
            return 'no-order';
        }
        const channel = await this.channelService.getChannelFromToken(channelToken);
        const ctx = await this.requestContextService.create({ apiType: 'admin', channelOrToken: channel });
        return this.connection.withTransaction(ctx, async tx => {
            const [row] = await this.connection.getRepository(tx, Order).query(
                `SELECT id, state, "subTotalWithTax" + "shippingWithTax" AS "totalWithTax"
                       FROM "order" WHERE code = $1 FOR UPDATE`,
                [orderCode],
            );
            if (!row) {
                Logger.warn(`Stripe intent ${intent.id} names unknown order ${orderCode}`, loggerCtx);
                return 'unknown-order';
            }
            const already = await this.connection
                .getRepository(tx, Payment)
                .findOne({ where: { transactionId: intent.id, method: STRIPE_CODE } });
            if (already) return 'duplicate';
            if (row.state !== 'ArrangingPayment') {
                Logger.error(
                    `OCOP_STRIPE_LATE_PAYMENT: intent ${intent.id} succeeded for order ${orderCode} in state ${row.state}; ` +
                        'nothing changed, refund it in Stripe',
                    loggerCtx,
                );
                return 'order-not-awaiting-payment';
            }
            const received = intent.amount_received || intent.amount;
            if (intent.currency !== 'vnd' || received * 100 !== Number(row.totalWithTax)) {
                Logger.error(
                    `OCOP_STRIPE_AMOUNT_MISMATCH: intent ${intent.id} paid ${received} ${intent.currency} for order ` +
                        `${orderCode} of ${Number(row.totalWithTax) / 100} vnd; not settled`,
                    loggerCtx,
                );
                return 'amount-mismatch';
            }
            const result = await this.orderService.addPaymentToOrder(tx, row.id, {
                method: STRIPE_CODE,
                metadata: { paymentIntentId: intent.id, amountReceived: received },
            });
            if (isGraphQlErrorResult(result)) {
                // E.g. the units were sold out meanwhile (ADR 0007): the card was charged, the office must refund.
                Logger.error(
                    `OCOP_STRIPE_PAYMENT_REFUSED: intent ${intent.id} for order ${orderCode}: ${result.message}; refund it in Stripe`,
                    loggerCtx,
                );
                return 'refused';
            }
            return 'settled';
        });
    }
}

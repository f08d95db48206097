import { Inject, Injectable } from '@nestjs/common';
import {
    isGraphQlErrorResult,
    Logger,
    Order,
    OrderService,
    PaymentService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { VIETQR_CODE } from '../../store/constants';
import { loggerCtx, PAYMENTS_PLUGIN_OPTIONS } from '../constants';
import { PaymentsPluginOptions } from '../types';

/**
 * Unpaid bank transfers do not hold stamped units for ever: an order whose VietQR
 * payment is still only authorised after the timeout is cancelled (its seller
 * orders too), which releases its reserved units for other buyers.
 */
@Injectable()
export class VietQrService {
    constructor(
        private connection: TransactionalConnection,
        private orderService: OrderService,
        private paymentService: PaymentService,
        @Inject(PAYMENTS_PLUGIN_OPTIONS) private options: PaymentsPluginOptions,
    ) {}

    async cancelExpired(ctx: RequestContext, now = new Date()): Promise<string[]> {
        const cutoff = new Date(now.getTime() - this.options.vietqr.timeoutMinutes * 60_000);
        const expired: Array<{ orderId: number; paymentId: number }> =
            await this.connection.rawConnection.query(
                `SELECT o.id AS "orderId", p.id AS "paymentId"
               FROM payment p JOIN "order" o ON o.id = p."orderId"
              WHERE p.method = $1 AND p.state = 'Authorized' AND p."createdAt" < $2
                AND o.state = 'PaymentAuthorized'
              ORDER BY p."createdAt"
              LIMIT 500`,
                [VIETQR_CODE, cutoff],
            );
        const cancelled: string[] = [];
        for (const { orderId, paymentId } of expired) {
            try {
                const code = await this.connection.withTransaction(ctx, tx =>
                    this.cancel(tx, orderId, paymentId),
                );
                if (code) cancelled.push(code);
            } catch (e: any) {
                Logger.error(`Could not cancel unpaid transfer order ${orderId}: ${e.message}`, loggerCtx);
            }
        }
        if (cancelled.length) {
            Logger.info(
                `Cancelled ${cancelled.length} unpaid VietQR order(s): ${cancelled.join(', ')}`,
                loggerCtx,
            );
        }
        return cancelled;
    }

    private async cancel(
        ctx: RequestContext,
        orderId: number,
        paymentId: number,
    ): Promise<string | undefined> {
        // Locked and read again: the office may have settled it a moment ago.
        const [order] = await this.connection
            .getRepository(ctx, Order)
            .query(`SELECT code, state FROM "order" WHERE id = $1 FOR UPDATE`, [orderId]);
        if (!order || order.state !== 'PaymentAuthorized') return;
        const payment = await this.paymentService.cancelPayment(ctx, paymentId);
        if (isGraphQlErrorResult(payment)) throw new Error(payment.message);
        const result = await this.orderService.cancelOrder(ctx, {
            orderId,
            reason: 'Quá hạn chuyển khoản VietQR (bank transfer not received in time)',
        });
        if (isGraphQlErrorResult(result)) throw new Error(result.message);
        return order.code;
    }
}

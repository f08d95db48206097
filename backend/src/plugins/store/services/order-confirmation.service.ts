import { Injectable, OnModuleInit } from '@nestjs/common';
import { OrderType } from '@vendure/common/lib/generated-types';
import {
    EventBus,
    ID,
    JobQueue,
    JobQueueService,
    Logger,
    Order,
    OrderStateTransitionEvent,
    RequestContext,
    SerializedRequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { OrderConfirmationEvent } from '../events';

const ORDER_CONFIRMATION_QUEUE = 'ocop-order-confirmation';

type OrderConfirmationJobData = { ctx: SerializedRequestContext; orderId: ID };

/**
 * Hands each placed customer order to the worker for its confirmation mail (ADR 0031).
 * Vendure's mail plugin loads a handler's data in the process where the event fired,
 * which for a placement is the server, on the checkout path: here the server only
 * queues the order's id, and the worker loads the order and renders the mail.
 */
@Injectable()
export class OrderConfirmationService implements OnModuleInit {
    private queue!: JobQueue<OrderConfirmationJobData>;

    constructor(
        private eventBus: EventBus,
        private jobQueueService: JobQueueService,
        private connection: TransactionalConnection,
    ) {}

    async onModuleInit() {
        this.queue = await this.jobQueueService.createQueue<OrderConfirmationJobData>({
            name: ORDER_CONFIRMATION_QUEUE,
            process: async job => {
                const ctx = RequestContext.deserialize(job.data.ctx);
                // Everything the mail shows, in one query.
                const order = await this.connection.getRepository(ctx, Order).findOne({
                    where: { id: job.data.orderId },
                    relations: {
                        customer: true,
                        lines: { productVariant: { translations: true, product: { translations: true } } },
                        shippingLines: { shippingMethod: { translations: true } },
                        payments: true,
                    },
                });
                if (order) await this.eventBus.publish(new OrderConfirmationEvent(ctx, order));
            },
        });
        this.eventBus
            .ofType(OrderStateTransitionEvent)
            .pipe(
                filter(
                    event =>
                        isPlacement(event.fromState, event.toState) &&
                        event.order.type !== OrderType.Seller &&
                        !!event.order.customer?.emailAddress,
                ),
            )
            .subscribe(event => {
                this.queue
                    .add({ ctx: event.ctx.serialize(), orderId: event.order.id }, { retries: 3 })
                    .catch((e: Error) =>
                        Logger.error(
                            `Order ${event.order.code}: its confirmation mail was not queued: ${e.message}`,
                            'OrderConfirmation',
                        ),
                    );
            });
    }
}

/** Leaving the payment step for an authorised or settled payment: the moment an order is placed. */
function isPlacement(fromState: string, toState: string): boolean {
    return (
        fromState === 'ArrangingPayment' && (toState === 'PaymentAuthorized' || toState === 'PaymentSettled')
    );
}

import { OrderType } from '@vendure/common/lib/generated-types';
import { EntityHydrator, Order, OrderStateTransitionEvent } from '@vendure/core';
import {
    EmailEventListener,
    shippingLinesWithMethod,
    transformOrderLineAssetUrls,
} from '@vendure/email-plugin';

/**
 * The customer's confirmation of an order, sent once, when it is placed. Vendure's own
 * handler mails on `PaymentSettled` only, so a cash-on-delivery or bank-transfer order
 * (placed as `PaymentAuthorized`) got no mail at all, while settling an order of several
 * producers mailed once more for every seller order, under codes the customer never saw
 * (ADR 0011: seller orders copy the customer).
 */
export const orderConfirmationEmailHandler = new EmailEventListener('order-confirmation')
    .on(OrderStateTransitionEvent)
    .filter(
        event =>
            isPlacement(event.fromState, event.toState) &&
            event.order.type !== OrderType.Seller &&
            !!event.order.customer?.emailAddress,
    )
    .loadData(async ({ event, injector }) => {
        await injector.get(EntityHydrator).hydrate(event.ctx, event.order, {
            relations: ['lines.featuredAsset', 'shippingLines.shippingMethod'],
        });
        // The template shows product pictures: links from a mail must be absolute.
        transformOrderLineAssetUrls(event.ctx, event.order, injector);
        return { shippingLines: shippingLinesWithMethod(event.order) };
    })
    .setRecipient(event => (event.order as Order).customer!.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject('Xác nhận đơn hàng #{{ order.code }} (order confirmation)')
    .setTemplateVars(event => ({ order: event.order, shippingLines: event.data.shippingLines }));

/** Leaving the payment step for an authorised or settled payment: the moment an order is placed. */
function isPlacement(fromState: string, toState: string): boolean {
    return (
        fromState === 'ArrangingPayment' && (toState === 'PaymentAuthorized' || toState === 'PaymentSettled')
    );
}

import path from 'node:path';
import { LanguageCode, Translatable, translateEntity, VendureEntity } from '@vendure/core';
import { formatDay, formatVnd } from '@ocop/shared';
import { EmailEventListener } from '@vendure/email-plugin';
import { packageRoot } from '../../../package-root';
import { vietnamDate } from '../../../vietnam-time';
import { CASH_ON_DELIVERY_CODE, VIETQR_CODE } from '../constants';
import { OrderConfirmationEvent } from '../events';

/** Our mail templates, read at run time (tsc does not copy `.hbs`). */
export const STORE_EMAIL_TEMPLATES = path.join(packageRoot(__dirname), 'src/plugins/store/email-templates');

/**
 * The customer's confirmation of an order, sent once, when it is placed (ADR 0031).
 * Vendure's own handler mails on `PaymentSettled` only, so a cash-on-delivery or
 * bank-transfer order (placed as `PaymentAuthorized`) got no mail at all, while settling
 * an order of several producers mailed once more for every seller order, under codes the
 * customer never saw (ADR 0011: seller orders copy the customer). The event comes from the
 * worker (`OrderConfirmationService`) with the order loaded there, off the checkout path.
 */
export const orderConfirmationEmailHandler = new EmailEventListener('order-confirmation')
    .on(OrderConfirmationEvent)
    .filter(event => !!event.order.customer?.emailAddress)
    .setRecipient(event => event.order.customer!.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject('Xác nhận đơn hàng #{{ order.code }} (order confirmation)')
    .setTemplateVars(templateVars);

/** Only what the template shows: the mail job carries these, not the whole order. */
function templateVars({ order, ctx }: OrderConfirmationEvent) {
    const languages: [LanguageCode, LanguageCode] = [ctx.languageCode, ctx.channel.defaultLanguageCode];
    const translated = <T extends Translatable & VendureEntity>(entity: T) =>
        translateEntity(entity, languages);
    // The payment that placed it (a declined card attempt may sit beside it).
    const method = order.payments?.find(p => p.state === 'Authorized' || p.state === 'Settled')?.method;
    // Amounts as the shop shows them everywhere (`150.000 ₫`), by the shared formatter.
    return {
        order: { code: order.code, shippingAddress: order.shippingAddress },
        lines: order.lines.map(line => ({
            quantity: line.quantity,
            name: itemName(
                translated(line.productVariant.product).name,
                translated(line.productVariant).name,
            ),
            price: formatVnd(line.discountedLinePriceWithTax),
        })),
        shipping: order.shippingLines.map(line => ({
            name: line.shippingMethod ? translated(line.shippingMethod).name : '',
            price: formatVnd(line.discountedPriceWithTax),
        })),
        // Family name first, as Vietnamese names are written (and the shop shows them).
        customerName: [order.customer?.lastName, order.customer?.firstName].filter(Boolean).join(' '),
        total: formatVnd(order.totalWithTax),
        placedOn: formatDay(vietnamDate(order.orderPlacedAt ?? new Date())),
        cashOnDelivery: method === CASH_ON_DELIVERY_CODE,
        bankTransfer: method === VIETQR_CODE,
    };
}

/** "Trà xanh Sơn Kim – Túi 200 g"; a variant named like its product stands alone. */
function itemName(productName: string, variantName: string): string {
    return !productName || variantName.startsWith(productName)
        ? variantName
        : `${productName} – ${variantName}`;
}

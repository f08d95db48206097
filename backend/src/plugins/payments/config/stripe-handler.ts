import { LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { STRIPE_CODE } from '../../store/constants';

/**
 * The `stripe` payment method. Payments are only ever created by the verified
 * webhook (`StripeService`), never by a Shop API call: a client cannot claim a
 * card payment by itself.
 */
export const stripeHandler = new PaymentMethodHandler({
    code: STRIPE_CODE,
    description: [
        { languageCode: LanguageCode.vi, value: 'Thẻ ngân hàng qua Stripe' },
        { languageCode: LanguageCode.en, value: 'Card payments via Stripe' },
    ],
    args: {},
    createPayment: (ctx, order, amount, args, metadata) => {
        if (ctx.apiType !== 'admin' || typeof metadata.paymentIntentId !== 'string') {
            return {
                amount,
                state: 'Declined' as const,
                errorMessage:
                    'OCOP_STRIPE_VIA_PAYMENT_ELEMENT: Thanh toán thẻ được xác nhận qua Stripe, không qua yêu cầu này ' +
                    '(card payments are confirmed by Stripe, not by this request)',
            };
        }
        return {
            amount,
            state: 'Settled' as const,
            transactionId: metadata.paymentIntentId,
            metadata: { public: { paymentIntentId: metadata.paymentIntentId } },
        };
    },
    settlePayment: () => ({ success: true }),
});

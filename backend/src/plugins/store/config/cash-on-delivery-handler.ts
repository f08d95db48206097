import { LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { CASH_ON_DELIVERY_CODE } from '../constants';

/**
 * Cash on delivery, the way most Vietnamese buyers pay: the order is placed with
 * an authorised payment, settled when the courier hands over the cash.
 */
export const cashOnDeliveryHandler = new PaymentMethodHandler({
    code: CASH_ON_DELIVERY_CODE,
    description: [
        { languageCode: LanguageCode.vi, value: 'Thanh toán khi nhận hàng (COD)' },
        { languageCode: LanguageCode.en, value: 'Cash on delivery' },
    ],
    args: {},
    createPayment: (ctx, order, amount) => ({
        amount,
        state: 'Authorized',
        metadata: { public: { method: 'COD' } },
    }),
    settlePayment: () => ({ success: true }),
    cancelPayment: () => ({ success: true }),
});

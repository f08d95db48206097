import { LanguageCode, PaymentMethodEligibilityChecker, PaymentMethodHandler } from '@vendure/core';
import { POS_TENDERS, posPaymentCode, PosTender } from '../constants';

const LABELS: Record<PosTender, [string, string]> = {
    cash: ['Tiền mặt tại quầy', 'Cash at the counter'],
    card: ['Thẻ (máy POS ngân hàng)', 'Card on the bank terminal'],
    vietqr: ['Chuyển khoản VietQR tại quầy', 'VietQR transfer at the counter'],
};

/**
 * Tenders taken at the counter. A POS sale writes its payments as Settled
 * itself (the cashier saw the money); these handlers make the codes known to
 * Vendure, so refunds and the dashboard treat the payments like any other.
 */
export const posPaymentHandlers = POS_TENDERS.map(
    tender =>
        new PaymentMethodHandler({
            code: posPaymentCode(tender),
            description: [
                { languageCode: LanguageCode.vi, value: LABELS[tender][0] },
                { languageCode: LanguageCode.en, value: LABELS[tender][1] },
            ],
            args: {},
            createPayment: (ctx, order, amount, args, metadata) => ({
                amount,
                state: 'Settled' as const,
                transactionId: String(metadata?.reference ?? ''),
                metadata: {},
            }),
            settlePayment: () => ({ success: true }),
            createRefund: () => ({
                state: 'Settled' as const,
                transactionId: `pos-refund-${Date.now()}`,
            }),
        }),
);

/** Never offered in the storefront: these tenders exist only at a sales point. */
export const posOnlyChecker = new PaymentMethodEligibilityChecker({
    code: 'ocop-pos-only',
    description: [
        { languageCode: LanguageCode.vi, value: 'Chỉ dùng tại quầy (POS)' },
        { languageCode: LanguageCode.en, value: 'Counter (POS) only' },
    ],
    args: {},
    check: ctx => ctx.apiType !== 'shop',
});

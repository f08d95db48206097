import { buildVietQrPayload } from '@ocop/shared';
import { LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { VIETQR_CODE } from '../../store/constants';
import { BANK_NAMES } from '../constants';
import { VietQrOptions } from '../types';

let options: VietQrOptions;

/** Called by PaymentsPlugin.init: the account comes from the environment. */
export function configureVietQr(vietqr: VietQrOptions) {
    options = vietqr;
}

/** What the storefront shows next to the QR code (`Payment.metadata.public` in the Shop API). */
export interface VietQrPublicMetadata {
    payload: string;
    /** Minor units, as every amount in the API. */
    amount: number;
    amountDong: number;
    bankBin: string;
    bankName: string;
    accountNumber: string;
    accountName: string;
    /** The transfer content the office matches the incoming money by: the order code. */
    reference: string;
    expiresAt: string;
}

/**
 * Bank transfer by VietQR (ADR 0012). Adding the payment places the order with an
 * *Authorized* payment: the units are reserved (ADR 0007), the buyer gets a
 * dynamic VietQR for the exact amount with the order code as transfer content,
 * and nothing ships until the office sees the money and settles the payment.
 * Unpaid after the timeout, the order is cancelled and its units released.
 * Whatever metadata a client sends is ignored: amount and account are ours.
 */
export const vietQrHandler = new PaymentMethodHandler({
    code: VIETQR_CODE,
    description: [
        { languageCode: LanguageCode.vi, value: 'Chuyển khoản ngân hàng qua mã VietQR' },
        { languageCode: LanguageCode.en, value: 'Bank transfer by VietQR code' },
    ],
    args: {},
    createPayment: (ctx, order, amount) => {
        const amountDong = amount / 100;
        if (!Number.isSafeInteger(amountDong) || amountDong <= 0) {
            return {
                amount,
                state: 'Declined' as const,
                errorMessage: `OCOP_INVALID_AMOUNT: Số tiền ${amount} không phải số đồng nguyên dương (not a positive whole number of đồng)`,
            };
        }
        const reference = order.code;
        const expiresAt = new Date(Date.now() + options.timeoutMinutes * 60_000).toISOString();
        const metadata: VietQrPublicMetadata = {
            payload: buildVietQrPayload({
                bankBin: options.bankBin,
                accountNumber: options.accountNumber,
                amount: amountDong,
                purpose: reference,
                billNumber: reference,
            }),
            amount,
            amountDong,
            bankBin: options.bankBin,
            bankName: BANK_NAMES[options.bankBin] ?? `Ngân hàng ${options.bankBin}`,
            accountNumber: options.accountNumber,
            accountName: options.accountName,
            reference,
            expiresAt,
        };
        return { amount, state: 'Authorized' as const, metadata: { public: metadata } };
    },
    // The office settles once the money is on the account statement; there is no gateway to ask.
    settlePayment: () => ({ success: true }),
    cancelPayment: () => ({ success: true }),
});

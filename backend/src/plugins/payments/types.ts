export interface VietQrOptions {
    /** Receiving bank's 6-digit NAPAS BIN. */
    bankBin: string;
    accountNumber: string;
    /** Account holder as the bank shows it (upper-case ASCII). */
    accountName: string;
    /** Unpaid transfer orders older than this are cancelled and their units released. */
    timeoutMinutes: number;
}

export interface StripeOptions {
    secretKey: string;
    publishableKey: string;
    webhookSecret: string;
    /** Tests: where the SDK sends its requests instead of https://api.stripe.com. */
    apiUrl?: string;
}

export interface PaymentsPluginOptions {
    vietqr: VietQrOptions;
    /** Card payments are offered only when all three keys are configured. */
    stripe?: StripeOptions;
}

export const PAYMENTS_PLUGIN_OPTIONS = Symbol('PAYMENTS_PLUGIN_OPTIONS');
export const loggerCtx = 'Payments';
/** Stripe posts its events here (server root, outside the GraphQL APIs). */
export const STRIPE_WEBHOOK_ROUTE = '/payments/stripe';

/** NAPAS BINs of the banks a province office is likely to bank with, for the name shown next to the QR. */
export const BANK_NAMES: Record<string, string> = {
    '970405': 'Agribank',
    '970436': 'Vietcombank',
    '970415': 'VietinBank',
    '970418': 'BIDV',
    '970407': 'Techcombank',
    '970422': 'MB Bank',
    '970416': 'ACB',
    '970432': 'VPBank',
    '970423': 'TPBank',
    '970403': 'Sacombank',
    '970441': 'VIB',
    '970443': 'SHB',
};

export const STORE_PLUGIN_OPTIONS = Symbol('STORE_PLUGIN_OPTIONS');
/** The channel code of the marketplace; its token comes from SHOP_CHANNEL_TOKEN. */
export const MARKETPLACE_CHANNEL_CODE = 'hatinh';
export const VIETNAM_ZONE_NAME = 'Việt Nam';
export const STANDARD_SHIPPING_CODE = 'standard-delivery';
export const EXPRESS_SHIPPING_CODE = 'express-delivery';
/** Payment method codes: a contract with the storefront and the POS. */
export const CASH_ON_DELIVERY_CODE = 'cash-on-delivery';
export const VIETQR_CODE = 'vietqr';
export const STRIPE_CODE = 'stripe';

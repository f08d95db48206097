export const loggerCtx = 'ApiGuardPlugin';
export const API_GUARD_PLUGIN_OPTIONS = Symbol('API_GUARD_PLUGIN_OPTIONS');

/** Window of the checkout limit: a checkout is a few calls, a card retried a few times more. */
export const CHECKOUT_WINDOW_SECONDS = 10 * 60;
/** Sign-ins that count as attempts on an account; a success clears the count. */
export const SIGN_IN_OPERATIONS = ['login', 'authenticate', 'enrolPosTablet'] as const;
/** Shop API calls that take money or move an order towards payment. */
export const CHECKOUT_OPERATIONS = ['addPaymentToOrder', 'transitionOrderToState'] as const;

export const STAMP_VERIFICATION_PLUGIN_OPTIONS = Symbol('STAMP_VERIFICATION_PLUGIN_OPTIONS');

export const DEFAULT_SUSPICIOUS_CLIENT_LIMIT = 5;
export const DEFAULT_SUSPICIOUS_WINDOW_DAYS = 30;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;

/** Buffered checks are written at most this long after they happen. */
export const CHECK_FLUSH_INTERVAL_MS = 150;
/** Product, producer and certificate facts of a variant are re-read after this long. */
export const VARIANT_INFO_TTL_MS = 60_000;
/** Route of the public page: the QR on a stamp encodes PUBLIC_URL/v/<code>. */
export const STAMP_PAGE_ROUTE = '/v';

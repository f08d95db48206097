/**
 * @ocop/shared: the rules that backend, storefront and POS must apply the
 * same way: money formatting, Vietnamese text, VietQR payloads, stamp codes,
 * provinces and the former districts of Hà Tĩnh.
 * Pure functions only, no I/O and no Node-only APIs, so the browser apps can
 * import this source directly.
 */
export * from './calendar-day';
export * from './money';
export * from './vietnamese';
export * from './vietqr';
export * from './stamp-code';
export * from './provinces';
export * from './areas';
export * from './scan';
export * from './camera-scan';

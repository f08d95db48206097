import { PermissionDefinition } from '@vendure/core';

/** Office: issue stamp batches, void stamps, download print files. */
export const manageStampsPermission = new PermissionDefinition({
    name: 'ManageStamps',
    description: 'Issue and void traceability stamps, download print files',
});

/** Office and Industry & Trade; producers for their own channel's variants. */
export const readStampsPermission = new PermissionDefinition({
    name: 'ReadStamps',
    description: 'Read stamp batches and stamps of the active channel',
});

/** Office: counterfeit signals. */
export const readStampAlertsPermission = new PermissionDefinition({
    name: 'ReadStampAlerts',
    description: 'Read and resolve suspicious-stamp alerts',
});

export const MAX_BATCH_QUANTITY = 100_000;

export const STAMPS_PLUGIN_OPTIONS = Symbol('STAMPS_PLUGIN_OPTIONS');
export const loggerCtx = 'StampsPlugin';

/**
 * Key of the transaction-scoped advisory lock that serialises serial-number
 * allocation: two batches issued at once must not both read the same MAX(serial).
 * ASCII "STMP"; any constant no other plugin uses would do.
 */
export const STAMP_SERIAL_LOCK_KEY = 0x53544d50;

/** Rows per multi-row INSERT when issuing a batch: large enough to be fast, small enough for one statement. */
export const STAMP_INSERT_CHUNK = 10_000;

/** Highest running number a serial can carry ("HT-2026-9999999"). */
export const MAX_STAMP_SERIAL = 9_999_999;

/** Page size limit of `stamps(options)`. */
export const MAX_STAMP_PAGE = 1000;

/** Where an online sale happened, as printed on the verification page. */
export const ONLINE_SALE_WHERE = 'Trực tuyến';

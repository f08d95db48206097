import { PermissionDefinition } from '@vendure/core';

/** Office: showrooms and booths, created, changed, closed (directive D4). */
export const manageSalesPointsPermission = new PermissionDefinition({
    name: 'ManageSalesPoints',
    description: 'Create, update and close OCOP showrooms and fair booths',
});

/** Office and Industry and Trade: trade fairs and their booths, never showrooms (directive D5). */
export const manageTradeFairsPermission = new PermissionDefinition({
    name: 'ManageTradeFairs',
    description: 'Create and update trade fairs and their booths',
});

/**
 * Codes of sales points and fairs: upper-case ASCII letters, digits and hyphens,
 * 3–40 characters, e.g. `SR-HUONG-SON`, `HC-OCOP-2026`. The POS and receipts
 * print them, so they never change once created.
 */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$/;

/** A fair longer than this is almost certainly a typo in its dates (its booths would show for months). */
export const MAX_FAIR_DAYS = 31;

/** Opening-hours rows per sales point: a split day for every weekday is 14. */
export const MAX_OPENING_HOURS = 14;

/**
 * First key of the transaction-scoped advisory lock that serialises creating a
 * sales point or fair with one code (second key: `hashtext(code)`), so the
 * second of two simultaneous creates reads the first and gets a clean refusal.
 * ASCII "OCSP".
 */
export const CODE_LOCK_SPACE = 0x4f435350;

/** Page size limit of the admin lists. */
export const MAX_PAGE = 200;

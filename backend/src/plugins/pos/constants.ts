import { PermissionDefinition } from '@vendure/core';

/** Tablets (their own session, role `pos-tablet`): sell, run shifts, receive stock at their sales point. */
export const sellAtPosPermission = new PermissionDefinition({
    name: 'SellAtPos',
    description: 'Sell, take returns, run shifts and receive stock on an enrolled POS tablet',
});

/** Sales point managers: enrol a tablet to their sales point. */
export const enrolPosTabletPermission = new PermissionDefinition({
    name: 'EnrolPosTablet',
    description: 'Enrol a POS tablet to the sales point one manages',
});

/** Office: POS staff accounts and PINs of any sales point. */
export const managePosStaffPermission = new PermissionDefinition({
    name: 'ManagePosStaff',
    description: 'Create POS staff (cashiers, managers) and reset their PINs',
});

/** Office and managers: conflicts found when offline sales were synced. */
export const readPosConflictsPermission = new PermissionDefinition({
    name: 'ReadPosConflicts',
    description: 'Read and resolve POS sync conflicts',
});

export const POS_TABLET_ROLE_CODE = 'pos-tablet';
export const POS_MANAGER_ROLE_CODE = 'pos-manager';
export const POS_CASHIER_ROLE_CODE = 'pos-cashier';

/** The authentication strategy name stored on a tablet's sessions. */
export const POS_TABLET_AUTH = 'ocop-pos-tablet';

/** PINs: 4–6 digits, PBKDF2-HMAC-SHA256 (WebCrypto can check it offline on the tablet). */
export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ITERATIONS = 100_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;
/** Wrong PINs in a row before a staff member is locked, and for how long. The tablet uses the same numbers offline. */
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MINUTES = 5;

/** A tablet's `lastSeenAt` is written at most this often (per server process): a sale sync sends many requests. */
export const TABLET_SEEN_EVERY_MS = 60_000;

/** A sales point manager's login: Vendure caps bcrypt input at 72 bytes; 8 keeps it out of a PIN's reach. */
export const MANAGER_PASSWORD_MIN = 8;
export const MANAGER_PASSWORD_MAX = 72;

/** Failed manager sign-ins per username within the window before enrolment refuses to check more. */
export const ENROL_MAX_FAILURES = 5;
export const ENROL_WINDOW_SECONDS = 5 * 60;

/** Above this share of the line or cart value a discount needs a manager's approval (percent). */
export const DEFAULT_DISCOUNT_APPROVAL_PERCENT = 10;

/**
 * First key of the transaction-scoped advisory lock that serialises recording one
 * sale (second key: `hashtext(clientSaleId)`): two replays of one command arriving
 * at once both wait here, and the second reads the first's sale. ASCII "OCPS".
 */
export const POS_SALE_LOCK_SPACE = 0x4f435053;

/** A tablet's clock may run ahead; a sale further in the future than this is refused as a bad clock. */
export const MAX_CLOCK_AHEAD_MS = 24 * 3600_000;

/** Lines and units per sale: a counter sale, not a wholesale delivery. */
export const MAX_SALE_LINES = 100;
export const MAX_LINE_QUANTITY = 500;

/** POS tenders as the tablet names them, and the Vendure payment method codes they are recorded with. */
export const POS_TENDERS = ['cash', 'card', 'vietqr'] as const;
export type PosTender = (typeof POS_TENDERS)[number];
export const posPaymentCode = (tender: PosTender) => `pos-${tender}`;

export const loggerCtx = 'PosPlugin';

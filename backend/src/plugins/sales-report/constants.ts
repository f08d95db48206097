import { PermissionDefinition } from '@vendure/core';

/** Office and Industry and Trade: sales figures, analytics and the monthly reports (directive D7). */
export const readSalesReportPermission = new PermissionDefinition({
    name: 'ReadSalesReport',
    description: 'Read sales figures, analytics and the monthly sales reports',
});

export const loggerCtx = 'SalesReportPlugin';

/**
 * Dimensions of the daily roll-up. `TOTAL` has the single key `ALL`; `PRODUCT`
 * serves the top-products list; the others are the report's `by…` lists.
 */
export const DIMENSIONS = [
    'TOTAL',
    'CHANNEL',
    'AREA',
    'PRODUCER',
    'PRODUCT_GROUP',
    'STARS',
    'SALES_POINT',
    'PRODUCT',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Key of sales that have no producer, certificate or known area. */
export const NONE_KEY = 'NONE';
/** Sales point key of online sales. */
export const ONLINE_KEY = 'ONLINE';

/**
 * First keys of the transaction-scoped advisory locks: one order's ledger rows
 * are rewritten by one transaction at a time ("OCSR"), and the roll-up rows of
 * one day are changed by one transaction at a time ("OCSD", days taken in
 * order), so two writers never wait on each other's roll-up rows in a cycle.
 */
export const ORDER_LOCK_SPACE = 0x4f435352;
export const DAY_LOCK_SPACE = 0x4f435344;

/** Longest period a report may cover: a year and a day or so of figures is what the office plans by. */
export const MAX_REPORT_DAYS = 400;

/** Where kept report files live, under DATA_DIR. */
export const REPORTS_DIR = 'reports';

export const SALES_REPORT_PLUGIN_OPTIONS = Symbol('SALES_REPORT_PLUGIN_OPTIONS');

/** Office: keep reports of any period and repair the sales ledger. */
export const manageSalesReportsPermission = new PermissionDefinition({
    name: 'ManageSalesReports',
    description: 'Generate and keep sales reports of any period, repair the sales ledger',
});

/** Producers: their own sales figures, in their own channel. */
export const readProducerSalesPermission = new PermissionDefinition({
    name: 'ReadProducerSales',
    description: "Read the active producer channel's own sales figures",
});

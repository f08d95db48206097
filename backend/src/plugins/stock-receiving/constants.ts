/** Units per receiving: a delivery or a booth's return, scanned or as a serial range. */
export const MAX_MOVE_UNITS = 5000;

/** Default "low" threshold of the low-stock list. */
export const DEFAULT_LOW_STOCK = 3;

/** Largest float or cash movement accepted (minor units): 1 billion đồng, far above any till. */
export const MAX_CASH = 1_000_000_000 * 100;

/**
 * First key of the advisory lock that serialises opening a shift at one sales point
 * (second key: the sales point id). ASCII "OCSH".
 */
export const SHIFT_LOCK_SPACE = 0x4f435348;

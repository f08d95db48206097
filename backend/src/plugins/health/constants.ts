export const loggerCtx = 'Health';
/** Load balancers, `npm start` and the benchmarks poll this. */
export const HEALTH_ROUTE = '/health';
/** A database that does not answer `SELECT 1` within this is reported down: the probe itself never hangs. */
export const DATABASE_PROBE_TIMEOUT_MS = 5_000;

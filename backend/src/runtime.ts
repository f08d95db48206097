/**
 * Process-wide settings every entry point needs before anything else loads.
 * Import this module first.
 */
// Scheduled tasks have no time-zone option; cron expressions mean Vietnam time.
process.env.TZ = process.env.TZ || 'Asia/Ho_Chi_Minh';
// Vendure reports usage to its authors by default; a provincial system does not.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';

export {};

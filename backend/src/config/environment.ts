import path from 'node:path';
import { z } from 'zod';

/**
 * Thrown when the process environment cannot run the system. Entry points print
 * its one-line message and exit with code 1: operators read a sentence, not a stack.
 */
export class ConfigError extends Error {
    readonly name = 'ConfigError';
}

const DEV_COOKIE_SECRET = 'dev-only-cookie-secret-change-me';
const DEV_SUPERADMIN_PASSWORD = 'superadmin';
/** A clearly fake account for development: a real bank's BIN (so the QR parses) and no real account. */
const DEMO_VIETQR_ACCOUNT_NUMBER = '0000000000';
const DEMO_VIETQR_ACCOUNT_NAME = 'TAI KHOAN DEMO KHONG CHUYEN TIEN';

const port = (fallback: number) =>
    z.coerce
        .number({ error: 'must be a port number' })
        .int('must be a whole port number')
        .min(1, 'must be between 1 and 65535')
        .max(65535, 'must be between 1 and 65535')
        .default(fallback);

const url = (protocols: string[]) =>
    z
        .string()
        .trim()
        .refine(
            value => {
                try {
                    return protocols.includes(new URL(value).protocol);
                } catch {
                    return false;
                }
            },
            `must be a URL starting with ${protocols.map(p => p + '//').join(' or ')}`,
        );

const flag = (fallback: boolean) =>
    z
        .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
        .optional()
        .transform(v => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

const schema = z.object({
    NODE_ENV: z
        .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
        .default('development'),
    PORT: port(3000),
    STOREFRONT_PORT: port(3001),
    POS_PORT: port(3002),
    DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
    DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data/'),
    REDIS_URL: url(['redis:', 'rediss:']).optional(),
    // Every Redis key of this deployment starts with it: two deployments (or test runs) can share one Redis.
    REDIS_PREFIX: z
        .string()
        .trim()
        .regex(
            /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/,
            'must be 1–40 letters, digits, dots, hyphens or underscores',
        )
        .default('ocop'),
    PUBLIC_URL: url(['http:', 'https:']).optional(),
    // Public address of the storefront (canonical links, sitemap); defaults to http://localhost:$STOREFRONT_PORT.
    STOREFRONT_URL: url(['http:', 'https:']).optional(),
    COOKIE_SECRET: z.string().min(1, 'must not be empty').default(DEV_COOKIE_SECRET),
    SUPERADMIN_USERNAME: z.string().trim().min(1, 'must not be empty').default('superadmin'),
    SUPERADMIN_PASSWORD: z.string().min(1, 'must not be empty').default(DEV_SUPERADMIN_PASSWORD),
    SHOP_CHANNEL_TOKEN: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lower-case letters, digits or hyphens')
        .default('hatinh'),
    CORS_ORIGINS: z.string().trim().optional(),
    DEMO_DATA: flag(false),
    STAMP_CHECK_RATE_LIMIT: z.coerce
        .number({ error: 'must be a number of checks per minute' })
        .int('must be a whole number of checks per minute')
        .min(0, 'must be 0 (off) or more')
        .default(30),
    // Abuse limits (ADR 0023). Counters are shared through REDIS_URL when it is set.
    SIGN_IN_MAX_FAILURES: z.coerce
        .number({ error: 'must be a number of failed sign-ins' })
        .int('must be a whole number of failed sign-ins')
        .min(0, 'must be 0 (off) or more')
        .default(10),
    SIGN_IN_WINDOW_MINUTES: z.coerce
        .number({ error: 'must be a number of minutes' })
        .int('must be a whole number of minutes')
        .min(1, 'must be at least 1 minute')
        .default(15),
    CHECKOUT_RATE_LIMIT: z.coerce
        .number({ error: 'must be a number of checkout calls' })
        .int('must be a whole number of checkout calls')
        .min(0, 'must be 0 (off) or more')
        .default(30),
    MAX_REQUEST_BODY_KB: z.coerce
        .number({ error: 'must be a number of kilobytes' })
        .int('must be a whole number of kilobytes')
        .min(16, 'must be at least 16 KB')
        .max(10_240, 'must be at most 10240 KB')
        .default(256),
    SHOP_SESSION_DAYS: z.coerce
        .number({ error: 'must be a number of days' })
        .int('must be a whole number of days')
        .min(1, 'must be at least 1 day')
        .max(365, 'must be at most 365 days')
        .default(30),
    ADMIN_SESSION_HOURS: z.coerce
        .number({ error: 'must be a number of hours' })
        .int('must be a whole number of hours')
        .min(1, 'must be at least 1 hour')
        .max(24 * 30, 'must be at most 720 hours')
        .default(12),
    STAMP_SUSPICIOUS_CLIENTS: z.coerce
        .number({ error: 'must be a number of clients' })
        .int('must be a whole number of clients')
        .min(1, 'must be at least 1')
        .default(5),
    TRUST_PROXY: z.coerce
        .number({ error: 'must be the number of reverse proxies in front of the server' })
        .int('must be a whole number of proxies')
        .min(0, 'must be 0 (none) or more')
        .default(0),
    OFFICE_EMAIL: z.email({ error: 'must be an email address' }).default('vpdp.nongthonmoi@hatinh.gov.vn'),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    LOG_LEVEL: z
        .enum(['error', 'warn', 'info', 'verbose', 'debug'], {
            error: 'must be error, warn, info, verbose or debug',
        })
        .default('info'),
    // Benchmarks only: `off` measures what the per-variant placement lock costs (ADR 0007). Refused in production.
    PLACEMENT_LOCK: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
    // Benchmarks only: `vendure` serves search with Vendure's stock strategy, to compare (ADR 0009). Refused in production.
    SEARCH_STRATEGY: z
        .enum(['vietnamese', 'vendure'], { error: 'must be vietnamese or vendure' })
        .default('vietnamese'),
    VIETQR_BANK_BIN: z
        .string()
        .trim()
        .regex(/^\d{6}$/, "must be the receiving bank's 6-digit NAPAS BIN")
        .default('970405'),
    VIETQR_ACCOUNT_NUMBER: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z]{1,19}$/, 'must be 1–19 letters or digits')
        .default(DEMO_VIETQR_ACCOUNT_NUMBER),
    VIETQR_ACCOUNT_NAME: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(70, 'must be at most 70 characters')
        .default(DEMO_VIETQR_ACCOUNT_NAME),
    VIETQR_PAYMENT_TIMEOUT_MINUTES: z.coerce
        .number({ error: 'must be a number of minutes' })
        .int('must be a whole number of minutes')
        .min(5, 'must be at least 5 minutes')
        .default(1440),
    STRIPE_SECRET_KEY: z
        .string()
        .trim()
        .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
        .optional(),
    STRIPE_PUBLISHABLE_KEY: z
        .string()
        .trim()
        .regex(/^pk_(test|live)_\w+$/, 'must be a Stripe publishable key (pk_test_… or pk_live_…)')
        .optional(),
    STRIPE_WEBHOOK_SECRET: z
        .string()
        .trim()
        .regex(/^whsec_\w+$/, 'must be a Stripe webhook signing secret (whsec_…)')
        .optional(),
    // Dashboard development only: /dashboard is proxied to `npx vite` on this port (HMR). Unset → the built files.
    DASHBOARD_DEV_PORT: z.coerce
        .number({ error: 'must be a port number' })
        .int('must be a whole port number')
        .min(1, 'must be between 1 and 65535')
        .max(65535, 'must be between 1 and 65535')
        .optional(),
    // Worker only: answer GET /health on this port (container health checks). Unset → no listener.
    WORKER_HEALTH_PORT: z.coerce
        .number({ error: 'must be a port number' })
        .int('must be a whole port number')
        .min(1, 'must be between 1 and 65535')
        .max(65535, 'must be between 1 and 65535')
        .optional(),
    // Tests only: sends the Stripe SDK to a local fake instead of api.stripe.com.
    STRIPE_API_URL: url(['http:', 'https:']).optional(),
});

/** Every variable the configuration module reads (docs and deployment files are checked against it). */
export const ENVIRONMENT_VARIABLES = Object.keys(schema.shape) as Array<keyof typeof schema.shape>;

export type Environment = Omit<
    z.infer<typeof schema>,
    'PUBLIC_URL' | 'STOREFRONT_URL' | 'CORS_ORIGINS' | 'DATA_DIR'
> & {
    /** Absolute path of the folder for the embedded database, assets and mail. */
    DATA_DIR: string;
    /** Base URL printed on stamps and in mails; defaults to the local server. */
    PUBLIC_URL: string;
    /** Public URL of the storefront: account mails link to its pages; defaults to the local one. */
    STOREFRONT_URL: string;
    /** Browser origins allowed to call the APIs with credentials. */
    CORS_ORIGINS: string[];
    /** Offer VietQR transfers: always in development (demo account), in production only to a real account. */
    VIETQR_ENABLED: boolean;
};

/**
 * Reads and validates the environment once. Unset variables take development
 * defaults; in production the defaults for secrets are refused, because a
 * server that starts with a known cookie secret or superadmin password is a
 * server anyone can log into.
 */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
    // Empty strings come from `FOO= cmd` and compose files; treat them as unset.
    const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0] ?? 'environment');
        const secret = /SECRET|PASSWORD|_URL$/.test(name);
        const got = raw[name] !== undefined && !secret ? ` (got "${truncate(String(raw[name]))}")` : '';
        throw new ConfigError(`Configuration error: ${name} ${issue.message}${got}`);
    }
    const env = parsed.data;
    if (env.NODE_ENV === 'production') {
        if (
            !source.COOKIE_SECRET ||
            env.COOKIE_SECRET === DEV_COOKIE_SECRET ||
            env.COOKIE_SECRET.length < 32
        ) {
            throw new ConfigError(
                'Configuration error: COOKIE_SECRET must be set to a random value of at least 32 characters in production',
            );
        }
        if (
            !source.SUPERADMIN_PASSWORD ||
            env.SUPERADMIN_PASSWORD === DEV_SUPERADMIN_PASSWORD ||
            env.SUPERADMIN_PASSWORD.length < 12
        ) {
            throw new ConfigError(
                'Configuration error: SUPERADMIN_PASSWORD must be set to a non-default value of at least 12 characters in production',
            );
        }
        if (env.STRIPE_API_URL) {
            throw new ConfigError(
                'Configuration error: STRIPE_API_URL points Stripe at a fake and is for tests only, never in production',
            );
        }
        if (env.PLACEMENT_LOCK === 'off') {
            throw new ConfigError(
                'Configuration error: PLACEMENT_LOCK=off oversells under load and is for benchmarks only, never in production',
            );
        }
        if (env.SEARCH_STRATEGY === 'vendure') {
            throw new ConfigError(
                'Configuration error: SEARCH_STRATEGY=vendure ignores Vietnamese diacritics and is for benchmarks only, never in production',
            );
        }
    }
    const stripeKeys = [env.STRIPE_SECRET_KEY, env.STRIPE_PUBLISHABLE_KEY, env.STRIPE_WEBHOOK_SECRET];
    if (stripeKeys.some(Boolean) && !stripeKeys.every(Boolean)) {
        throw new ConfigError(
            'Configuration error: STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET must be set together (or none, for no card payments)',
        );
    }
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    const corsOrigins = env.CORS_ORIGINS
        ? env.CORS_ORIGINS.split(',')
              .map(o => o.trim())
              .filter(Boolean)
        : [
              `http://localhost:${env.STOREFRONT_PORT}`,
              `http://127.0.0.1:${env.STOREFRONT_PORT}`,
              `http://localhost:${env.POS_PORT}`,
              `http://127.0.0.1:${env.POS_PORT}`,
              `http://localhost:${env.PORT}`,
              `http://127.0.0.1:${env.PORT}`,
          ];
    return {
        ...env,
        DATA_DIR: path.resolve(env.DATA_DIR),
        PUBLIC_URL: publicUrl,
        STOREFRONT_URL: (env.STOREFRONT_URL ?? `http://localhost:${env.STOREFRONT_PORT}`).replace(/\/+$/, ''),
        CORS_ORIGINS: corsOrigins,
        VIETQR_ENABLED:
            env.NODE_ENV !== 'production' ||
            (env.VIETQR_ACCOUNT_NUMBER !== DEMO_VIETQR_ACCOUNT_NUMBER &&
                env.VIETQR_ACCOUNT_NAME !== DEMO_VIETQR_ACCOUNT_NAME),
    };
}

function truncate(value: string): string {
    return value.length > 40 ? value.slice(0, 37) + '...' : value;
}

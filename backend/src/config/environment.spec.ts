import { ConfigError, loadEnvironment } from './environment';

function errorOf(env: Record<string, string>): string {
    try {
        loadEnvironment(env);
    } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
    }
    throw new Error('expected a ConfigError');
}

describe('environment', () => {
    it('starts a development system with no variables at all', () => {
        const env = loadEnvironment({});
        expect(env.PORT).toBe(3000);
        expect(env.STOREFRONT_PORT).toBe(3001);
        expect(env.POS_PORT).toBe(3002);
        expect(env.DATABASE_URL).toBeUndefined();
        expect(env.PUBLIC_URL).toBe('http://localhost:3000');
        expect(env.SHOP_CHANNEL_TOKEN).toBe('hatinh');
        expect(env.DATA_DIR).toMatch(/\.data$/);
        expect(env.CORS_ORIGINS).toContain('http://localhost:3001');
    });

    it('names the variable and the problem in one line', () => {
        const message = errorOf({ PORT: 'abc' });
        expect(message).toBe('Configuration error: PORT must be a port number (got "abc")');
        expect(message).not.toContain('\n');
        expect(errorOf({ POS_PORT: '70000' })).toBe(
            'Configuration error: POS_PORT must be between 1 and 65535 (got "70000")',
        );
        expect(errorOf({ DATABASE_URL: 'mysql://x@y/z' })).toBe(
            'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql://',
        );
        expect(errorOf({ REDIS_URL: 'localhost:6379' })).toBe(
            'Configuration error: REDIS_URL must be a URL starting with redis:// or rediss://',
        );
        expect(errorOf({ NODE_ENV: 'staging' })).toMatch(
            /^Configuration error: NODE_ENV must be development, production or test/,
        );
        expect(errorOf({ DEMO_DATA: 'maybe' })).toMatch(
            /^Configuration error: DEMO_DATA must be true or false/,
        );
        expect(errorOf({ TRUST_PROXY: '-1' })).toBe(
            'Configuration error: TRUST_PROXY must be 0 (none) or more (got "-1")',
        );
    });

    it('never echoes a secret in its message', () => {
        expect(
            errorOf({ NODE_ENV: 'production', COOKIE_SECRET: 'short', SUPERADMIN_PASSWORD: 'x'.repeat(20) }),
        ).not.toContain('short');
    });

    it('refuses default or missing secrets in production', () => {
        const strong = { COOKIE_SECRET: 'k'.repeat(40), SUPERADMIN_PASSWORD: 'a-strong-password-1' };
        expect(errorOf({ NODE_ENV: 'production', SUPERADMIN_PASSWORD: strong.SUPERADMIN_PASSWORD })).toMatch(
            /^Configuration error: COOKIE_SECRET/,
        );
        expect(errorOf({ NODE_ENV: 'production', COOKIE_SECRET: strong.COOKIE_SECRET })).toMatch(
            /^Configuration error: SUPERADMIN_PASSWORD/,
        );
        expect(
            errorOf({
                NODE_ENV: 'production',
                COOKIE_SECRET: strong.COOKIE_SECRET,
                SUPERADMIN_PASSWORD: 'superadmin',
            }),
        ).toMatch(/SUPERADMIN_PASSWORD/);
        expect(loadEnvironment({ NODE_ENV: 'production', ...strong }).NODE_ENV).toBe('production');
    });

    it("keeps Vendure's search strategy (no Vietnamese folding) to benchmarks", () => {
        expect(loadEnvironment({}).SEARCH_STRATEGY).toBe('vietnamese');
        expect(loadEnvironment({ SEARCH_STRATEGY: 'vendure' }).SEARCH_STRATEGY).toBe('vendure');
        expect(errorOf({ SEARCH_STRATEGY: 'elastic' })).toBe(
            'Configuration error: SEARCH_STRATEGY must be vietnamese or vendure (got "elastic")',
        );
        const strong = { COOKIE_SECRET: 'k'.repeat(40), SUPERADMIN_PASSWORD: 'a-strong-password-1' };
        expect(errorOf({ NODE_ENV: 'production', ...strong, SEARCH_STRATEGY: 'vendure' })).toMatch(
            /^Configuration error: SEARCH_STRATEGY=vendure .* never in production$/,
        );
    });

    it('accepts an external database and Redis', () => {
        const env = loadEnvironment({
            DATABASE_URL: 'postgres://u:p@db:5432/ocop',
            REDIS_URL: 'redis://cache:6379',
            PUBLIC_URL: 'https://ocop.hatinh.gov.vn/',
        });
        expect(env.DATABASE_URL).toBe('postgres://u:p@db:5432/ocop');
        expect(env.PUBLIC_URL).toBe('https://ocop.hatinh.gov.vn');
    });

    it('offers VietQR with a demo account in development, and in production only with a real one', () => {
        const strong = { COOKIE_SECRET: 'k'.repeat(40), SUPERADMIN_PASSWORD: 'a-strong-password-1' };
        expect(loadEnvironment({}).VIETQR_ENABLED).toBe(true);
        expect(loadEnvironment({ NODE_ENV: 'production', ...strong }).VIETQR_ENABLED).toBe(false);
        const real = {
            VIETQR_ACCOUNT_NUMBER: '0011001234567',
            VIETQR_ACCOUNT_NAME: 'VP DIEU PHOI NTM HA TINH',
        };
        expect(loadEnvironment({ NODE_ENV: 'production', ...strong, ...real }).VIETQR_ENABLED).toBe(true);
        expect(errorOf({ VIETQR_BANK_BIN: '97043' })).toMatch(
            /^Configuration error: VIETQR_BANK_BIN must be/,
        );
        expect(errorOf({ VIETQR_PAYMENT_TIMEOUT_MINUTES: '2' })).toMatch(/at least 5 minutes/);
    });

    it('takes the Stripe keys all together or not at all, and a fake Stripe only outside production', () => {
        const keys = {
            STRIPE_SECRET_KEY: 'sk_test_abc123',
            STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123',
            STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
        };
        expect(loadEnvironment(keys).STRIPE_SECRET_KEY).toBe('sk_test_abc123');
        expect(errorOf({ STRIPE_SECRET_KEY: keys.STRIPE_SECRET_KEY })).toMatch(/must be set together/);
        expect(errorOf({ ...keys, STRIPE_SECRET_KEY: 'pk_test_abc' })).toMatch(
            /^Configuration error: STRIPE_SECRET_KEY/,
        );
        expect(errorOf({ ...keys, STRIPE_SECRET_KEY: 'pk_test_abc' })).not.toContain('pk_test_abc');
        const strong = { COOKIE_SECRET: 'k'.repeat(40), SUPERADMIN_PASSWORD: 'a-strong-password-1' };
        expect(
            errorOf({ NODE_ENV: 'production', ...strong, ...keys, STRIPE_API_URL: 'http://127.0.0.1:12111' }),
        ).toMatch(/STRIPE_API_URL .* tests only/);
    });

    it('treats empty variables as unset', () => {
        expect(loadEnvironment({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
    });
});

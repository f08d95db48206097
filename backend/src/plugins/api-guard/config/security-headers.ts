import helmet from 'helmet';

/**
 * Security headers on every answer of the server (helmet's defaults, minus two that
 * would break it): no `X-Powered-By`, `nosniff`, frame and referrer policies, HSTS in
 * production. No global Content-Security-Policy: the dashboard and the development
 * playgrounds bring their own scripts; the stamp page `/v/<code>`, the storefront and
 * the POS send their own strict policies. Pictures under `/assets` are loaded by the
 * storefront and the POS from other origins, so resources may be read cross-origin.
 */
export function securityHeaders(production: boolean) {
    return helmet({
        contentSecurityPolicy: false,
        crossOriginResourcePolicy: { policy: 'cross-origin' },
        crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
        strictTransportSecurity: production ? { maxAge: 180 * 24 * 3600 } : false,
        referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    });
}

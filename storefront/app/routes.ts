import { route, type RouteConfig } from '@react-router/dev/routes';

/**
 * Vietnamese pages have no prefix, English ones live under `/en` (same modules, two route
 * ids each). Keep the segments in step with `i18n/paths.ts`.
 */
function localized(vi: string, en: string, file: string, id: string) {
    return [route(vi, file, { id: `${id}.vi` }), route(en, file, { id: `${id}.en` })];
}

export default [
    ...localized('/', '/en', 'routes/home.tsx', 'home'),
    ...localized('/san-pham', '/en/products', 'routes/catalog.tsx', 'catalog'),
    ...localized('/san-pham/:slug', '/en/products/:slug', 'routes/product.tsx', 'product'),
    ...localized('/nha-san-xuat', '/en/producers', 'routes/producers.tsx', 'producers'),
    ...localized('/nha-san-xuat/:code', '/en/producers/:code', 'routes/producer.tsx', 'producer'),
    ...localized('/noi-ban', '/en/where-to-buy', 'routes/where-to-buy.tsx', 'where-to-buy'),
    // Cart, checkout, orders and account (ADR 0015).
    ...localized('/gio-hang', '/en/cart', 'routes/cart.tsx', 'cart'),
    ...localized('/thanh-toan', '/en/checkout', 'routes/checkout.tsx', 'checkout'),
    ...localized(
        '/thanh-toan/stripe',
        '/en/checkout/stripe',
        'routes/checkout.stripe.tsx',
        'checkout-stripe',
    ),
    ...localized('/don-hang/:code', '/en/orders/:code', 'routes/order.tsx', 'order'),
    ...localized(
        '/don-hang/:code/vietqr',
        '/en/orders/:code/vietqr',
        'routes/order.vietqr.tsx',
        'order-vietqr',
    ),
    ...localized('/tai-khoan', '/en/account', 'routes/account.tsx', 'account'),
    ...localized(
        '/tai-khoan/dang-nhap',
        '/en/account/sign-in',
        'routes/account.sign-in.tsx',
        'account-sign-in',
    ),
    ...localized(
        '/tai-khoan/dang-ky',
        '/en/account/sign-up',
        'routes/account.sign-up.tsx',
        'account-sign-up',
    ),
    ...localized(
        '/tai-khoan/dang-xuat',
        '/en/account/sign-out',
        'routes/account.sign-out.tsx',
        'account-sign-out',
    ),
    ...localized(
        '/tai-khoan/quen-mat-khau',
        '/en/account/forgot-password',
        'routes/account.forgot.tsx',
        'account-forgot',
    ),
    ...localized(
        '/tai-khoan/dat-lai-mat-khau',
        '/en/account/reset-password',
        'routes/account.reset.tsx',
        'account-reset',
    ),
    ...localized('/tai-khoan/xac-minh', '/en/account/verify', 'routes/account.verify.tsx', 'account-verify'),
    ...localized(
        '/tai-khoan/xac-minh-email',
        '/en/account/verify-email',
        'routes/account.verify-email.tsx',
        'account-verify-email',
    ),
    ...localized(
        '/tai-khoan/dia-chi',
        '/en/account/addresses',
        'routes/account.addresses.tsx',
        'account-addresses',
    ),
    route('/api/suggest', 'routes/api.suggest.ts'),
    route('/sitemap.xml', 'routes/sitemap.ts'),
    route('/robots.txt', 'routes/robots.ts'),
    route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;

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
    route('/api/suggest', 'routes/api.suggest.ts'),
    route('/sitemap.xml', 'routes/sitemap.ts'),
    route('/robots.txt', 'routes/robots.ts'),
    route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;

/**
 * The storefront server's settings, from the environment (set by `npm start`'s launcher or
 * the deployment): where to reach the Shop API server-to-server, the backend's browser-facing
 * address (stamp check links, images) and the shop's own public address (canonical URLs).
 */
function trimSlash(url: string) {
    return url.replace(/\/+$/, '');
}

const port = Number(process.env.PORT || 3001);

export const config = {
    shopApiUrl: process.env.SHOP_API_URL || 'http://127.0.0.1:3000/shop-api',
    publicApiUrl: trimSlash(process.env.PUBLIC_API_URL || 'http://localhost:3000'),
    storefrontUrl: trimSlash(process.env.STOREFRONT_URL || `http://localhost:${port}`),
    /** Marketplace channel token; the Shop API pins the channel anyway (ADR 0003). */
    channelToken: process.env.SHOP_CHANNEL_TOKEN || 'hatinh',
    secureCookies: (process.env.STOREFRONT_URL || '').startsWith('https:'),
};

import { fileURLToPath } from 'node:url';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

/**
 * `@ocop/shared` resolves to its TypeScript source, not its CommonJS build:
 * the app bundles only what it uses and needs no `shared` build step first.
 */
export default defineConfig({
    plugins: [reactRouter()],
    resolve: {
        alias: [
            {
                find: /^@ocop\/shared$/,
                replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
            },
            {
                find: /^@ocop\/shared\/(.*)$/,
                replacement: fileURLToPath(new URL('../shared/src/$1', import.meta.url)),
            },
        ],
    },
    build: { assetsInlineLimit: 0 },
    // `npm run dev`: product pictures through /media/, as server.js does in production.
    server: {
        proxy: {
            '/media': {
                target: new URL(process.env.SHOP_API_URL || 'http://127.0.0.1:3000/shop-api').origin,
                rewrite: p => p.replace(/^\/media\//, '/assets/'),
            },
        },
    },
});

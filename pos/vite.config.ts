import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * `@ocop/shared` resolves to its TypeScript source, not its CommonJS build:
 * the app bundles only what it uses and needs no `shared` build step first.
 *
 * The service worker precaches every built file (the lazily loaded camera
 * scanner and QR renderer included), so the tablet reloads and sells offline.
 * It never caches API calls: the outbox in IndexedDB is the offline store.
 */
export default defineConfig({
    base: '/',
    plugins: [
        react(),
        VitePWA({
            registerType: 'autoUpdate',
            injectRegister: false,
            includeAssets: ['icon-192.png', 'icon-512.png'],
            manifest: {
                name: 'Điểm bán OCOP Hà Tĩnh',
                short_name: 'OCOP POS',
                description: 'Bán hàng tại các điểm giới thiệu và bán sản phẩm OCOP Hà Tĩnh.',
                lang: 'vi',
                start_url: '/',
                scope: '/',
                display: 'standalone',
                orientation: 'any',
                background_color: '#f6f8f4',
                theme_color: '#1f7a3f',
                icons: [
                    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
                    { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
                    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
                ],
            },
            workbox: {
                globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
                navigateFallback: '/index.html',
                cleanupOutdatedCaches: true,
                clientsClaim: true,
                skipWaiting: true,
            },
        }),
    ],
    resolve: {
        alias: {
            '@ocop/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
        },
    },
    build: { outDir: 'dist', emptyOutDir: true },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `@ocop/shared` resolves to its TypeScript source, not its CommonJS build:
 * the app bundles only what it uses and needs no `shared` build step first.
 */
export default defineConfig({
    base: '/',
    plugins: [react()],
    resolve: {
        alias: {
            '@ocop/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
        },
    },
    build: { outDir: 'dist', emptyOutDir: true },
});

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vendureDashboardPlugin } from '@vendure/dashboard/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dashboard ships no Vietnamese catalogue and refuses a UI language without one. Vietnamese
 * starts from the English catalogue; our plugins' `vi.po` files (merged over it by the dashboard's
 * own translation step) translate the screens the office, producers and Industry and Trade use.
 */
function vietnameseUiLanguage(): Plugin {
    const lookup = 'localeMessages[`../../i18n/locales/${locale}.po`]';
    return {
        name: 'ocop:vietnamese-ui-language',
        enforce: 'pre',
        transform(code, id) {
            if (!id.endsWith('/lib/load-i18n-messages.ts')) return;
            if (!code.includes(lookup)) {
                this.error('@vendure/dashboard changed how it loads catalogues: revisit vite.config.mts');
            }
            return code.replace(
                lookup,
                "localeMessages[`../../i18n/locales/${locale === 'vi' ? 'en' : locale}.po`]",
            );
        },
    };
}

// Vendure's React dashboard with our plugins' extensions, built into dist/dashboard and served by
// the server's DashboardPlugin at /dashboard (ADR 0018).
export default defineConfig({
    base: '/dashboard/',
    build: { outDir: join(import.meta.dirname, 'dist/dashboard'), emptyOutDir: true },
    plugins: [
        vietnameseUiLanguage(),
        vendureDashboardPlugin({
            vendureConfigPath: pathToFileURL(join(import.meta.dirname, 'src/dashboard-config.ts')),
            tempCompilationDir: join(import.meta.dirname, 'node_modules/.cache/vendure-dashboard-temp'),
            api: { host: 'auto', port: 'auto', adminApiPath: 'admin-api' },
            i18n: {
                defaultLanguage: 'vi' as never,
                defaultLocale: 'vi-VN',
                availableLanguages: ['vi', 'en'] as never,
                availableLocales: ['vi-VN', 'en-GB'],
            },
        }),
    ],
});

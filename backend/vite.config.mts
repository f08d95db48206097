import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vendureDashboardPlugin } from '@vendure/dashboard/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dashboard ships no Vietnamese catalogue, refuses a UI language without one and starts
 * every new user in English. Vietnamese starts from the English catalogue; our plugins' `vi.po` files (merged over it by the dashboard's
 * own translation step) translate the screens the office, producers and Industry and Trade use.
 */
function vietnameseUiLanguage(): Plugin {
    // Each rewrite: the file it applies to, the text the pinned version has, what replaces it.
    const rewrites: Array<[string, string, string]> = [
        [
            '/lib/load-i18n-messages.ts',
            'localeMessages[`../../i18n/locales/${locale}.po`]',
            "localeMessages[`../../i18n/locales/${locale === 'vi' ? 'en' : locale}.po`]",
        ],
        // A new user starts in Vietnamese, and edits the Vietnamese text of products.
        ['/lib/providers/user-settings.tsx', "displayLanguage: 'en',", "displayLanguage: 'vi',"],
        ['/lib/providers/user-settings.tsx', "contentLanguage: 'en',", "contentLanguage: 'vi',"],
    ];
    return {
        name: 'ocop:vietnamese-ui-language',
        enforce: 'pre',
        transform(code, id) {
            const applicable = rewrites.filter(([file]) => id.endsWith(file));
            if (!applicable.length) return;
            for (const [, from, to] of applicable) {
                if (!code.includes(from)) {
                    this.error(`@vendure/dashboard changed ${id}: revisit vite.config.mts`);
                }
                code = code.replace(from, to);
            }
            return code;
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

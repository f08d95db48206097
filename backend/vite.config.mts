import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vendureDashboardPlugin } from '@vendure/dashboard/vite';
import { createCompiledCatalog, getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
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
        // The dashboard drops plugin catalogues of locales it does not know (vi) and hands the
        // others over uncompiled (no {placeholders}): our own catalogues, compiled, go last.
        [
            '/lib/load-i18n-messages.ts',
            'return { ...messages, ...pluginTranslationsForLocale };',
            "const ocop = (await import('virtual:ocop-messages')).default[safeLocale] ?? {};\n    return { ...messages, ...pluginTranslationsForLocale, ...ocop };",
        ],
        // A new user starts in Vietnamese, and edits the Vietnamese text of products.
        ['/lib/providers/user-settings.tsx', "displayLanguage: 'en',", "displayLanguage: 'vi',"],
        ['/lib/providers/user-settings.tsx', "contentLanguage: 'en',", "contentLanguage: 'vi',"],
    ];
    const virtualId = 'virtual:ocop-messages';
    return {
        name: 'ocop:vietnamese-ui-language',
        enforce: 'pre',
        resolveId(id) {
            if (id === virtualId) return '\0' + virtualId;
        },
        async load(id) {
            if (id !== '\0' + virtualId) return;
            const config = getConfig({ configPath: join(import.meta.dirname, 'lingui.config.js') });
            // The dashboard's own words in Vietnamese: hand-written, never extracted.
            config.catalogs!.push({
                path: join(import.meta.dirname, 'src/plugins/store/dashboard/i18n/{locale}'),
                include: [],
            });
            const catalogs = await getCatalogs(config);
            const compiled: Record<string, Record<string, unknown>> = {};
            for (const locale of config.locales) {
                for (const catalog of catalogs) {
                    const { messages } = await catalog.getTranslations(locale, {
                        sourceLocale: config.sourceLocale,
                        fallbackLocales: { default: config.sourceLocale },
                    });
                    const { source } = createCompiledCatalog(locale, messages, { namespace: 'json' });
                    compiled[locale] = { ...compiled[locale], ...JSON.parse(source).messages };
                }
            }
            return `export default ${JSON.stringify(compiled)};`;
        },
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
    // Money and Vietnamese text as the storefront and POS show them: the TypeScript source
    // of @ocop/shared (pure functions, browser-safe), not its CommonJS build.
    resolve: { alias: { '@ocop/shared': join(import.meta.dirname, '../shared/src/index.ts') } },
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

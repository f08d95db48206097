import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enOrders } from './orders.en';
import { viOrders } from './orders.vi';
import { type Lang } from './paths';
import { en } from './resources.en';
import { vi } from './resources.vi';

type Resources = Partial<typeof vi & typeof viOrders>;

/**
 * The server bundles both languages, every namespace. The browser gets only the language of
 * the page it loaded (`entry.client.tsx` registers it before hydrating): switching language is
 * a full page load, so a page never needs the other one. Vite drops the unused branch, and
 * with it the text of both languages, from the client bundle. The cart, checkout and order
 * namespaces (`orders.*.ts`, half of the text) come later, only where a page uses them.
 */
const registered: Partial<Record<Lang, Resources>> = import.meta.env.SSR
    ? { vi: { ...vi, ...viOrders }, en: { ...en, ...enOrders } }
    : {};

export function registerLanguage(lang: Lang, resources: Resources) {
    registered[lang] = { ...registered[lang], ...resources };
}

/** The cart, checkout and order namespaces of a language, as a separate chunk of the browser bundle. */
export async function loadOrderNamespaces(lang: Lang): Promise<typeof viOrders> {
    return lang === 'en' ? (await import('./orders.en')).enOrders : (await import('./orders.vi')).viOrders;
}

/**
 * In the browser, a namespace not registered yet is loaded when a component first asks for it
 * (react-i18next suspends that render meanwhile): a client-side navigation to the cart.
 */
const lazyNamespaces: BackendModule = {
    type: 'backend',
    init() {},
    read(language, namespace, callback) {
        loadOrderNamespaces(language as Lang).then(
            bundle => callback(null, (bundle as Record<string, Record<string, unknown>>)[namespace] ?? {}),
            error => callback(error, null),
        );
    },
};

const instances = new Map<Lang, i18n>();

/**
 * One ready i18next instance per language, shared by every request (the language comes from
 * the URL, never from state). Registered resources are in memory, so initialisation is
 * synchronous and the server and the hydrating browser render the same text.
 */
export function i18nFor(lang: Lang): i18n {
    let instance = instances.get(lang);
    if (!instance) {
        const resources = registered[lang];
        if (!resources) throw new Error(`The ${lang} translations are not loaded`);
        instance = i18next.createInstance();
        if (!import.meta.env.SSR) instance.use(lazyNamespaces);
        void instance.use(initReactI18next).init({
            lng: lang,
            fallbackLng: false,
            resources: { [lang]: resources },
            partialBundledLanguages: true,
            ns: Object.keys(resources),
            defaultNS: 'common',
            initAsync: false,
            interpolation: { escapeValue: false },
            returnNull: false,
        });
        instances.set(lang, instance);
    }
    return instance;
}

/** Translation function for loaders (titles, descriptions). */
export function tFor(lang: Lang) {
    return i18nFor(lang).t;
}

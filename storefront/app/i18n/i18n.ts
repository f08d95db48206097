import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Lang } from './paths';
import { en } from './resources.en';
import { vi } from './resources.vi';

type Resources = typeof vi;

/**
 * The server bundles both languages. The browser gets only the language of the page it
 * loaded (`entry.client.tsx` registers it before hydrating): switching language is a full
 * page load, so a page never needs the other one. Vite drops the unused branch, and with
 * it the text of both languages, from the client bundle.
 */
const registered: Partial<Record<Lang, Resources>> = import.meta.env.SSR ? { vi, en } : {};

export function registerLanguage(lang: Lang, resources: Resources) {
    registered[lang] = resources;
}

const instances = new Map<Lang, i18n>();

/**
 * One ready i18next instance per language, shared by every request (the language comes from
 * the URL, never from state). Resources are in memory, so initialisation is synchronous and
 * the server and the hydrating browser render the same text.
 */
export function i18nFor(lang: Lang): i18n {
    let instance = instances.get(lang);
    if (!instance) {
        const resources = registered[lang];
        if (!resources) throw new Error(`The ${lang} translations are not loaded`);
        instance = i18next.createInstance();
        void instance.use(initReactI18next).init({
            lng: lang,
            fallbackLng: false,
            resources: { [lang]: resources },
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

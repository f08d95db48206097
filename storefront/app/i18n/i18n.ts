import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Lang } from './paths';
import { resources } from './resources';

const instances = new Map<Lang, i18n>();

/**
 * One ready i18next instance per language, shared by every request (the language comes from
 * the URL, never from state). Resources are bundled, so initialisation is synchronous and
 * the server and the hydrating browser render the same text.
 */
export function i18nFor(lang: Lang): i18n {
    let instance = instances.get(lang);
    if (!instance) {
        instance = i18next.createInstance();
        void instance.use(initReactI18next).init({
            lng: lang,
            fallbackLng: false,
            resources,
            ns: Object.keys(resources.vi),
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

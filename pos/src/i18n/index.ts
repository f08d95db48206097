import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

const LANG_KEY = 'pos-lang';

void i18next.use(initReactI18next).init({
    lng: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi',
    fallbackLng: false,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
});

export function setLanguage(lang: 'vi' | 'en') {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
    void i18next.changeLanguage(lang);
}

document.documentElement.lang = i18next.language;

export default i18next;

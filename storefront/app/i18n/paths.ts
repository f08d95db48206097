/**
 * The shop's addresses in both languages: Vietnamese has no prefix, English lives under `/en`.
 * A page's address in the other language is found by swapping its first segment(s) through
 * this table, so the language switch and `hreflang` links keep the visitor on the same page.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

/** Top-level sections: key → Vietnamese segment, English segment (under /en). */
export const SECTIONS = {
    products: { vi: 'san-pham', en: 'products' },
    producers: { vi: 'nha-san-xuat', en: 'producers' },
    whereToBuy: { vi: 'noi-ban', en: 'where-to-buy' },
    cart: { vi: 'gio-hang', en: 'cart' },
    checkout: { vi: 'thanh-toan', en: 'checkout' },
    account: { vi: 'tai-khoan', en: 'account' },
    orders: { vi: 'don-hang', en: 'orders' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof SECTIONS;

export function langOfPath(pathname: string): Lang {
    return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}

/**
 * Cart, checkout, account and order pages: they use the order translations
 * (`i18n/orders.*.ts`) and need their scripts without waiting for a gesture (ADR 0026).
 */
const ORDER_SECTIONS: readonly Section[] = ['cart', 'checkout', 'account', 'orders'];

export function isOrderPage(pathname: string): boolean {
    const lang = langOfPath(pathname);
    const segments = pathname.split('/').filter(Boolean);
    if (lang === 'en') segments.shift();
    return ORDER_SECTIONS.some(section => SECTIONS[section][lang] === segments[0]);
}

/** `/san-pham/abc` in Vietnamese, `/en/products/abc` in English; `rest` is appended as path segments. */
export function pathFor(lang: Lang, section: Section | 'home', ...rest: string[]): string {
    const prefix = lang === 'en' ? '/en' : '';
    const tail = rest.map(encodeURIComponent).join('/');
    if (section === 'home') return prefix || '/';
    return `${prefix}/${SECTIONS[section][lang]}${tail ? `/${tail}` : ''}`;
}

/**
 * The same page in `target` language (query string not included). Unknown sections keep
 * their segments. `slugs` maps the current slug to the other language's when they differ.
 */
export function switchLangPath(pathname: string, target: Lang, slugs?: Record<string, string>): string {
    const from = langOfPath(pathname);
    const segments = pathname.split('/').filter(Boolean);
    if (from === 'en') segments.shift();
    if (segments.length === 0) return target === 'en' ? '/en' : '/';
    const section = (Object.keys(SECTIONS) as Section[]).find(key => SECTIONS[key][from] === segments[0]);
    if (section) segments[0] = SECTIONS[section][target];
    const mapped = segments.map(s => slugs?.[s] ?? s);
    return `${target === 'en' ? '/en' : ''}/${mapped.join('/')}`;
}

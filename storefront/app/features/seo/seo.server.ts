import { config } from '../../api/config.server';
import { switchLangPath, type Lang } from '../../i18n/paths';
import type { Seo } from './seo';

/** Canonical and alternate URLs of a page from its path in the current language. */
export function pageSeo(
    request: Request,
    lang: Lang,
    fields: Omit<Seo, 'lang' | 'canonical' | 'alternates'> & {
        query?: string;
        altSlugs?: Record<string, string>;
    },
): Seo {
    const { pathname } = new URL(request.url);
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    const query = fields.query ?? '';
    const here = `${config.storefrontUrl}${pathname}${query}`;
    const there = `${config.storefrontUrl}${switchLangPath(pathname, other, fields.altSlugs)}${query}`;
    const { query: _q, altSlugs: _a, ...rest } = fields;
    void _q;
    void _a;
    return {
        ...rest,
        lang,
        canonical: here,
        alternates: lang === 'vi' ? { vi: here, en: there } : { vi: there, en: here },
    };
}

import type { MetaDescriptor } from 'react-router';
import type { Lang } from '../../i18n/paths';

/** What every page tells search engines and link previews; built by the loader. */
export interface Seo {
    lang: Lang;
    title: string;
    description: string;
    /** Absolute URL of this page. */
    canonical: string;
    /** Absolute URL of this page in each language. */
    alternates: Record<Lang, string>;
    image?: string;
    type?: 'website' | 'product';
    noindex?: boolean;
    jsonLd?: Record<string, unknown>;
}

/** `<title>`, description, canonical, hreflang vi/en/x-default, Open Graph, JSON-LD. */
export function seoMeta(seo: Seo | undefined): MetaDescriptor[] {
    if (!seo) return [];
    const tags: MetaDescriptor[] = [
        { title: seo.title },
        { name: 'description', content: seo.description },
        { tagName: 'link', rel: 'canonical', href: seo.canonical },
        { tagName: 'link', rel: 'alternate', hrefLang: 'vi', href: seo.alternates.vi },
        { tagName: 'link', rel: 'alternate', hrefLang: 'en', href: seo.alternates.en },
        { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: seo.alternates.vi },
        { property: 'og:site_name', content: seo.lang === 'vi' ? 'Chợ OCOP Hà Tĩnh' : 'Hà Tĩnh OCOP Market' },
        { property: 'og:locale', content: seo.lang === 'vi' ? 'vi_VN' : 'en_US' },
        { property: 'og:type', content: seo.type ?? 'website' },
        { property: 'og:title', content: seo.title },
        { property: 'og:description', content: seo.description },
        { property: 'og:url', content: seo.canonical },
    ];
    if (seo.image) {
        tags.push({ property: 'og:image', content: seo.image });
        tags.push({ name: 'twitter:card', content: 'summary_large_image' });
    }
    if (seo.noindex) tags.push({ name: 'robots', content: 'noindex, follow' });
    if (seo.jsonLd) tags.push({ 'script:ld+json': seo.jsonLd });
    return tags;
}

/** Shortens text for a meta description (about 160 characters, on a word boundary). */
export function summary(text: string, max = 160): string {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean.length <= max) return clean;
    const cut = clean.slice(0, max - 1);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

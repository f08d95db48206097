import type { Lang } from '../../i18n/paths';

/**
 * The province's collective brands and the words shoppers search them by, per language
 * (the search index holds each language's product names).
 */
export const COLLECTIVE_BRANDS = [
    { key: 'deer', term: { vi: 'nhung hươu', en: 'deer antler velvet' } },
    { key: 'orange', term: { vi: 'cam', en: 'oranges' } },
    { key: 'honey', term: { vi: 'mật ong', en: 'honey' } },
    { key: 'fishSauce', term: { vi: 'nước mắm', en: 'fish sauce' } },
] as const;

export function brandTerms(lang: Lang): string[] {
    return COLLECTIVE_BRANDS.map(b => b.term[lang]);
}

/**
 * Vietnamese text rules, in one place for backend, storefront and POS.
 *
 * Vietnamese letters can be typed precomposed (NFC) or as base letter plus
 * combining marks (NFD, common on macOS and some Android keyboards), and the
 * tone mark of a diphthong sits on either vowel depending on the writer's
 * habit ("hòa" vs "hoà"). Stored text is NFC; search compares a *folded* form
 * that drops all marks; sorting uses the Vietnamese collation, never code
 * points (which would put "Đ" after "Z").
 */

/** Returns the NFC form. Apply to every name, address or query a person enters. */
export function nfc(s: string): string {
    return s.normalize('NFC');
}

/**
 * Removes tone and vowel marks but keeps letter case and spacing:
 * "Nước mắm Đà Nẵng" → "Nuoc mam Da Nang".
 *
 * `đ`/`Đ` are separate letters in Unicode, not `d` plus a mark, so NFD leaves
 * them alone; they are mapped by hand. Use it where plain ASCII is required but
 * the text is still shown to people (bank transfer purposes, SMS).
 */
export function stripVietnameseDiacritics(s: string): string {
    return s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
}

/**
 * The search key of a text: no marks, lower case, single spaces, trimmed.
 * "Nước  Mắm" → "nuoc mam"; "hòa" and "hoà" both → "hoa".
 */
export function foldVietnamese(s: string): string {
    return stripVietnameseDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A URL path segment from a Vietnamese name: folded, every run of anything but
 * `a-z0-9` becomes one hyphen. "Kẹo cu đơ Thư Viện" → "keo-cu-do-thu-vien".
 */
export function slugifyVietnamese(s: string): string {
    return foldVietnamese(s)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

let collator: Intl.Collator | undefined;

/**
 * Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …),
 * suitable for `Array.prototype.sort`. The collator is created once: building
 * one per comparison is slow in both V8 and ICU.
 */
export function compareVietnamese(a: string, b: string): number {
    collator ??= new Intl.Collator('vi');
    return collator.compare(a, b);
}

/**
 * Returns a new array sorted in Vietnamese order; the input is not modified.
 *
 * @example sortVietnamese(['Đức Thọ', 'Can Lộc', 'Dung'])  // ['Can Lộc', 'Dung', 'Đức Thọ']
 * @example sortVietnamese(products, (p) => p.name)
 */
export function sortVietnamese(items: readonly string[]): string[];
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[];
export function sortVietnamese<T>(items: readonly T[], key?: (item: T) => string): T[] {
    const keyOf = key ?? ((item: T) => item as unknown as string);
    return items
        .map(item => ({ item, sortKey: keyOf(item) }))
        .sort((x, y) => compareVietnamese(x.sortKey, y.sortKey))
        .map(({ item }) => item);
}

/**
 * Whether `text` matches a search box `query`: every word of the query must
 * appear, diacritic- and case-insensitively, somewhere in the text. An empty
 * query matches everything. "nuoc mam" matches "Nước mắm Kỳ Ninh"; so does
 * "ninh nước".
 */
export function matchesQuery(text: string, query: string): boolean {
    const haystack = foldVietnamese(text);
    const words = foldVietnamese(query).split(' ').filter(Boolean);
    return words.every(word => haystack.includes(word));
}

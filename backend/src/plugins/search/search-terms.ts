import { foldVietnamese, nfc } from '@ocop/shared';

/**
 * A search box entry as the index sees it: the words of the folded text, split
 * like `ocop_search_words()` splits the stored text (runs of a–z and 0–9).
 */
export function searchWords(term: string): string[] {
    return foldVietnamese(nfc(term))
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}

export interface SearchTerms {
    /** Every word as a whole word, the last as a prefix: `'nuoc' & 'mam':*`. */
    all: string;
    /** The same words adjacent and in order: `'nuoc' <-> 'mam':*`. */
    phrase: string;
    /** How many words. */
    words: number;
}

/** Words longer than this are cut: PostgreSQL ignores words of more than 2,047 bytes in a tsvector. */
const MAX_WORD_LENGTH = 100;

/**
 * The two `to_tsquery('simple', …)` texts for a term, or undefined when it has no
 * word at all (only punctuation). Words hold only a–z and 0–9, so quoting them
 * makes them plain lexemes whatever the input was: no tsquery operator survives.
 */
export function searchTerms(term: string): SearchTerms | undefined {
    const words = searchWords(term).map(w => w.slice(0, MAX_WORD_LENGTH));
    if (!words.length) return undefined;
    const quoted = words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`);
    return { all: quoted.join(' & '), phrase: quoted.join(' <-> '), words: words.length };
}

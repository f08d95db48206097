/**
 * Traceability stamp codes (directive 566, demand D1).
 *
 * Every unit sold carries a stamp with a unique, unguessable code; a consumer
 * types or scans it and the central register says whether it is genuine. The
 * code therefore has to be:
 *  - unguessable: 80 random bits, so a forger cannot enumerate valid codes;
 *  - easy to read aloud and type: Crockford base32 (no I, L, O, U; case-free);
 *  - self-checking: one check character rejects a mistyped code on the phone
 *    before any request reaches the server, so a typo is never reported to the
 *    consumer as "counterfeit".
 *
 * ## Check character: one parity symbol over GF(32)
 *
 * Each of the 17 characters is read as an element of the finite field GF(32)
 * (its Crockford value 0..31; field built from the primitive polynomial
 * x^5 + x^2 + 1). Position i of the 16-character body has weight α^(i+1), the
 * check character weight α^0 = 1, where α is a primitive element; a code is
 * valid when the weighted sum of all 17 characters is 0. The check character
 * is `Σ α^(i+1)·body[i]` (addition in GF(32) is XOR).
 *
 * Why this and not Crockford's own mod-37 check: mod 37 needs five extra
 * check symbols `*~$=U` that are awkward to say, to type on a phone keypad
 * and to put in a URL, and a transposition of the last body character with
 * the check character can slip through. The GF(32) check keeps the code in
 * the plain 32-symbol alphabet, and because the 17 weights are distinct and
 * non-zero (α has order 31 > 17) it provably detects:
 *  - every single substitution: the sum changes by w·(a⊕b) ≠ 0 in a field;
 *  - every transposition of two characters, adjacent or not, including the
 *    check character: the sum changes by (wᵢ⊕wⱼ)·(a⊕b) ≠ 0;
 *  - every "twin" error (aa → bb), by the same argument.
 * A weighted sum mod 31 would not do: values 0 and 31 ("0" and "Z") would be
 * indistinguishable. The spec file checks all of this exhaustively on a sample.
 */

/** Crockford base32 symbols, in value order. */
export const STAMP_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random body characters: 16 × 5 bits = 80 bits. */
export const STAMP_CODE_BODY_LENGTH = 16;
/** Body plus one check character. */
export const STAMP_CODE_LENGTH = STAMP_CODE_BODY_LENGTH + 1;
/** Province code at the start of a stamp's printed serial number. */
export const STAMP_SERIAL_PREFIX = 'HT';

const RANDOM_BYTES = (STAMP_CODE_BODY_LENGTH * 5) / 8;

/** GF(32) exponent and logarithm tables for the primitive polynomial x^5 + x^2 + 1. */
const GF_EXP: number[] = [];
const GF_LOG: number[] = new Array(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
    GF_EXP[i] = x;
    GF_LOG[x] = i;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
}

/** Weight of each position: α^(i+1) for the body, α^0 = 1 for the check character. */
const WEIGHTS: readonly number[] = [
    ...Array.from({ length: STAMP_CODE_BODY_LENGTH }, (_, i) => GF_EXP[i + 1]),
    GF_EXP[0],
];

/** Crockford value of each char code, or -1 where the char is not a canonical symbol. */
const VALUE_OF: readonly number[] = (() => {
    const table = new Array<number>(128).fill(-1);
    for (let v = 0; v < 32; v++) table[STAMP_CODE_ALPHABET.charCodeAt(v)] = v;
    return table;
})();

function gfMultiply(a: number, b: number): number {
    return a === 0 || b === 0 ? 0 : GF_EXP[(GF_LOG[a] + GF_LOG[b]) % 31];
}

/**
 * A new random stamp code: 16 Crockford base32 characters carrying 80 random
 * bits, then the check character. 17 characters, e.g. "7Q2M0XK4D9ZRB1TCX".
 *
 * The randomness source is passed in so this module runs in Node and browsers
 * alike; it must be cryptographically secure:
 *
 * @example generateStampCode((n) => crypto.randomBytes(n))                        // Node
 * @example generateStampCode((n) => crypto.getRandomValues(new Uint8Array(n)))    // browser, Node ≥ 19
 */
export function generateStampCode(randomBytes: (n: number) => Uint8Array): string {
    const bytes = randomBytes(RANDOM_BYTES);
    if (!(bytes instanceof Uint8Array) || bytes.length < RANDOM_BYTES) {
        throw new Error(`generateStampCode: randomBytes(${RANDOM_BYTES}) must return ${RANDOM_BYTES} bytes`);
    }
    let body = '';
    let buffer = 0;
    let bufferedBits = 0;
    for (let i = 0; i < RANDOM_BYTES; i++) {
        buffer = (buffer << 8) | bytes[i];
        bufferedBits += 8;
        while (bufferedBits >= 5) {
            bufferedBits -= 5;
            body += STAMP_CODE_ALPHABET[(buffer >> bufferedBits) & 31];
        }
        buffer &= (1 << bufferedBits) - 1;
    }
    return body + STAMP_CODE_ALPHABET[weightedSum(body)];
}

/**
 * The canonical form of what a person typed or a scanner read: upper case,
 * spaces and hyphens removed (stamps print the code in groups), and the
 * look-alikes Crockford allows mapped: O → 0, I and L → 1.
 *
 * @example normalizeStampCode('7q2m-0xk4 d9zr-b1tcx') // "7Q2M0XK4D9ZRB1TCX"
 */
export function normalizeStampCode(input: string): string {
    return input
        .toUpperCase()
        .replace(/[\s-]+/g, '')
        .replace(/O/g, '0')
        .replace(/[IL]/g, '1');
}

/**
 * Whether a *normalized* code has the right length, only Crockford symbols,
 * and a matching check character. Does no I/O and, past the length check,
 * always reads every character, so it is cheap to call on every keystroke and
 * before every server lookup.
 */
export function isWellFormedStampCode(code: string): boolean {
    if (typeof code !== 'string' || code.length !== STAMP_CODE_LENGTH) return false;
    let invalid = 0;
    let sum = 0;
    for (let i = 0; i < STAMP_CODE_LENGTH; i++) {
        const value = VALUE_OF[code.charCodeAt(i)] ?? -1;
        invalid |= value >>> 31;
        sum ^= gfMultiply(WEIGHTS[i], value & 31);
    }
    return invalid === 0 && sum === 0;
}

/**
 * The human-readable serial printed beside the code: province, year and a
 * 7-digit running number. `formatStampSerial(2026, 1234)` → "HT-2026-0001234".
 */
export function formatStampSerial(year: number, n: number): string {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
        throw new RangeError(`Stamp serial year must be a 4-digit year, got ${year}`);
    }
    if (!Number.isInteger(n) || n < 1 || n > 9_999_999) {
        throw new RangeError(`Stamp serial number must be an integer from 1 to 9999999, got ${n}`);
    }
    return `${STAMP_SERIAL_PREFIX}-${year}-${String(n).padStart(7, '0')}`;
}

/** Σ α^(i+1)·body[i] over GF(32): the check value of a canonical body. */
function weightedSum(body: string): number {
    let sum = 0;
    for (let i = 0; i < body.length; i++) sum ^= gfMultiply(WEIGHTS[i], VALUE_OF[body.charCodeAt(i)]);
    return sum;
}

import { randomBytes } from 'node:crypto';
import {
    STAMP_CODE_ALPHABET,
    formatStampSerial,
    generateStampCode,
    isWellFormedStampCode,
    normalizeStampCode,
} from './stamp-code';

const secureRandom = (n: number) => new Uint8Array(randomBytes(n));

/** A deterministic source so the sample is the same on every run. */
function seededRandom(seed: number): (n: number) => Uint8Array {
    let state = seed >>> 0;
    return n =>
        Uint8Array.from({ length: n }, () => {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            return state >>> 24;
        });
}

const SAMPLE = (() => {
    const next = seededRandom(566);
    return Array.from({ length: 2000 }, () => generateStampCode(next));
})();

describe('generateStampCode', () => {
    it('makes 17 Crockford base32 characters that pass their own check', () => {
        for (let i = 0; i < 100; i++) {
            const code = generateStampCode(secureRandom);
            expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{17}$/);
            expect(isWellFormedStampCode(code)).toBe(true);
        }
    });

    it('encodes the 80 random bits big-endian, 5 bits per character', () => {
        expect(generateStampCode(() => new Uint8Array(10)).slice(0, 16)).toBe('0000000000000000');
        expect(generateStampCode(() => new Uint8Array(10).fill(0xff)).slice(0, 16)).toBe('ZZZZZZZZZZZZZZZZ');
        // 0x08 0x86 0x42 0x98 0xE8 = 00001 00010 00011 00100 00101 00110 00111 01000
        const bytes = Uint8Array.of(0x08, 0x86, 0x42, 0x98, 0xe8, 0x08, 0x86, 0x42, 0x98, 0xe8);
        expect(generateStampCode(() => bytes).slice(0, 16)).toBe('1234567812345678');
    });

    it('does not repeat in a large sample', () => {
        expect(new Set(SAMPLE).size).toBe(SAMPLE.length);
    });

    it('refuses a random source that returns too few bytes', () => {
        expect(() => generateStampCode(() => new Uint8Array(9))).toThrow(/10 bytes/);
    });
});

describe('isWellFormedStampCode', () => {
    it('detects every single-character substitution in 2,000 codes', () => {
        let substitutions = 0;
        for (const code of SAMPLE) {
            for (let i = 0; i < code.length; i++) {
                for (const symbol of STAMP_CODE_ALPHABET) {
                    if (symbol === code[i]) continue;
                    const typo = code.slice(0, i) + symbol + code.slice(i + 1);
                    if (isWellFormedStampCode(typo))
                        throw new Error(`undetected substitution ${code} → ${typo}`);
                    substitutions++;
                }
            }
        }
        expect(substitutions).toBe(2000 * 17 * 31);
    });

    it('detects every transposition of two different characters, adjacent or not, in 2,000 codes', () => {
        let transpositions = 0;
        for (const code of SAMPLE) {
            for (let i = 0; i < code.length; i++) {
                for (let j = i + 1; j < code.length; j++) {
                    if (code[i] === code[j]) continue;
                    const swapped =
                        code.slice(0, i) + code[j] + code.slice(i + 1, j) + code[i] + code.slice(j + 1);
                    if (isWellFormedStampCode(swapped))
                        throw new Error(`undetected transposition ${code} → ${swapped}`);
                    transpositions++;
                }
            }
        }
        expect(transpositions).toBeGreaterThan(2000 * 100);
    });

    it('rejects wrong lengths and symbols outside the canonical alphabet', () => {
        const code = SAMPLE[0];
        expect(isWellFormedStampCode(code)).toBe(true);
        expect(isWellFormedStampCode(code.slice(1))).toBe(false);
        expect(isWellFormedStampCode(code + '0')).toBe(false);
        expect(isWellFormedStampCode('')).toBe(false);
        for (const bad of ['I', 'L', 'O', 'U', 'a', '-', ' ', 'Đ', '*']) {
            expect(isWellFormedStampCode(bad + code.slice(1))).toBe(false);
        }
    });
});

describe('normalizeStampCode', () => {
    it('accepts what a person types from a printed stamp', () => {
        const code = '7Q2M0XK4D9ZRB1TCX';
        expect(isWellFormedStampCode(code)).toBe(true);
        expect(normalizeStampCode('7q2m-0xk4 d9zr-b1tcx')).toBe(code);
        expect(normalizeStampCode(' 7Q2M 0XK4 D9ZR B1TC X ')).toBe(code);
        // Crockford look-alikes: O for zero, I or L for one.
        expect(normalizeStampCode('7Q2MOXK4D9ZRBITCX')).toBe(code);
        expect(normalizeStampCode('7q2moxk4d9zrbltcx')).toBe(code);
    });

    it('leaves a canonical code unchanged', () => {
        for (const code of SAMPLE.slice(0, 50)) expect(normalizeStampCode(code)).toBe(code);
    });
});

describe('formatStampSerial', () => {
    it('prints province, year and a 7-digit running number', () => {
        expect(formatStampSerial(2026, 1234)).toBe('HT-2026-0001234');
        expect(formatStampSerial(2026, 1)).toBe('HT-2026-0000001');
        expect(formatStampSerial(2027, 9_999_999)).toBe('HT-2027-9999999');
    });

    it('rejects numbers that do not fit the format', () => {
        expect(() => formatStampSerial(2026, 0)).toThrow(RangeError);
        expect(() => formatStampSerial(2026, 10_000_000)).toThrow(RangeError);
        expect(() => formatStampSerial(2026, 1.5)).toThrow(RangeError);
        expect(() => formatStampSerial(26, 1)).toThrow(RangeError);
    });
});

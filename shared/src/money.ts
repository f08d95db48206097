/**
 * Money in the marketplace.
 *
 * The API (Vendure) stores every amount as an integer in *minor units*, and for
 * VND it uses a factor of 100 even though the đồng has no minor unit:
 * `15000000` means 150.000 ₫. Code everywhere keeps amounts in minor units and
 * turns them into text only through {@link formatVnd}, so that the storefront,
 * the POS, receipts and reports all show the same string.
 *
 * Arithmetic on the text path is done on `bigint`: a velvet order passes 2^31
 * minor units easily, and amounts beyond 2^53 (reports summed over a province)
 * must still print exactly.
 */

/** Minor units per đồng in the API (Vendure's default currency precision of 2). */
export const MINOR_UNITS_PER_DONG = 100;

/**
 * What separates the number from the ₫ sign: U+00A0 NO-BREAK SPACE, the same
 * character ICU's `vi-VN` currency format uses, so our strings equal
 * `Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })` output
 * and the sign never wraps onto its own line.
 */
export const VND_SIGN_SEPARATOR = '\u00A0';

/** The đồng sign, U+20AB. */
export const VND_SIGN = '\u20AB';

const MINOR_PER_DONG_BIG = BigInt(MINOR_UNITS_PER_DONG);

/** An amount as the API or a database driver may hand it over. */
export type MinorUnitsInput = number | bigint | string;

/**
 * Formats an amount in minor units as Vietnamese currency text: `150.000 ₫`.
 *
 * Built by hand from the integer instead of through `Intl`, so the output is
 * identical in Node, Chromium and the POS tablet's WebView whatever their ICU
 * data, and exact for amounts beyond 2^53 (pass them as `bigint` or string).
 * Fractions of a đồng are rounded half away from zero, like {@link minorToDong}.
 *
 * @example formatVnd(15000000)          // "150.000 ₫"
 * @example formatVnd(-15000000n)        // "-150.000 ₫"
 * @example formatVnd('123456789012345678900') // "1.234.567.890.123.456.789 ₫"
 */
export function formatVnd(minorUnits: MinorUnitsInput): string {
    const dong = roundMinorToDong(toBigIntMinor(minorUnits));
    const negative = dong < 0n;
    const digits = (negative ? -dong : dong).toString();
    const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '.');
    return `${negative ? '-' : ''}${grouped}${VND_SIGN_SEPARATOR}${VND_SIGN}`;
}

/**
 * Converts whole đồng (what people type, what Stripe and VietQR expect) to the
 * API's minor units. A fractional input, e.g. from a percentage, is rounded to
 * whole đồng first, because the đồng has no smaller coin.
 *
 * @example dongToMinor(150000) // 15000000
 */
export function dongToMinor(dong: number): number;
export function dongToMinor(dong: bigint): bigint;
export function dongToMinor(dong: number | bigint): number | bigint {
    if (typeof dong === 'bigint') return dong * MINOR_PER_DONG_BIG;
    assertFiniteNumber(dong, 'dong');
    const minor = roundHalfAwayFromZero(dong) * MINOR_UNITS_PER_DONG;
    assertSafe(minor, 'dongToMinor');
    return minor + 0; // normalises -0 to 0
}

/**
 * Converts the API's minor units to whole đồng, rounding half away from zero
 * (`150` → 2, `-150` → -2). Use it for amounts sent to Stripe (VND is a
 * zero-decimal currency there) and to VietQR.
 *
 * @example minorToDong(15000000) // 150000
 */
export function minorToDong(minor: number): number;
export function minorToDong(minor: bigint): bigint;
export function minorToDong(minor: number | bigint): number | bigint {
    if (typeof minor === 'bigint') return roundMinorToDong(minor);
    assertFiniteNumber(minor, 'minor');
    return roundHalfAwayFromZero(minor / MINOR_UNITS_PER_DONG) + 0;
}

/**
 * Reads a price as a person or {@link formatVnd} writes it and returns minor
 * units. Accepts an optional sign (`-` or U+2212), dot-grouped or plain digits,
 * any kind of space, and an optional `₫`, `đ`, `VND` or `VNĐ` suffix.
 * Commas are rejected: in Vietnamese they mark decimals, which VND has none of,
 * and in English they group thousands, so a comma is ambiguous.
 *
 * @example parseVnd('150.000 ₫') // 15000000
 * @example parseVnd('35000đ')    // 3500000
 * @throws {SyntaxError} when the text is not a VND amount
 * @throws {RangeError} when the result would not be a safe integer
 */
export function parseVnd(text: string): number {
    const compact = text.normalize('NFC').replace(/[\s\u00A0\u202F]+/g, '');
    const match = /^([-+\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:₫|đ|vnđ|vnd)?$/i.exec(compact);
    if (!match) {
        throw new SyntaxError(`Not a VND amount: "${text}" (expected e.g. "150.000 ₫")`);
    }
    const dong = BigInt(match[2].replace(/\./g, ''));
    const minor = (match[1] === '-' || match[1] === '\u2212' ? -dong : dong) * MINOR_PER_DONG_BIG;
    if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new RangeError(`VND amount too large for a safe integer: "${text}"`);
    }
    return Number(minor) + 0;
}

function toBigIntMinor(value: MinorUnitsInput): bigint {
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value)) {
            throw new RangeError(
                `Minor units must be a safe integer, got ${value}; pass larger amounts as bigint or string`,
            );
        }
        return BigInt(value);
    }
    const trimmed = value.trim();
    if (!/^[-+]?\d+$/.test(trimmed)) {
        throw new SyntaxError(`Minor units must be an integer string, got "${value}"`);
    }
    return BigInt(trimmed);
}

/** Integer division by 100 with half-away-from-zero rounding, on bigint. */
function roundMinorToDong(minor: bigint): bigint {
    const magnitude = minor < 0n ? -minor : minor;
    const rounded = (magnitude + MINOR_PER_DONG_BIG / 2n) / MINOR_PER_DONG_BIG;
    return minor < 0n ? -rounded : rounded;
}

function roundHalfAwayFromZero(x: number): number {
    return Math.sign(x) * Math.round(Math.abs(x));
}

function assertFiniteNumber(x: number, name: string): void {
    if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
}

function assertSafe(x: number, what: string): void {
    if (!Number.isSafeInteger(x)) {
        throw new RangeError(`${what}: result ${x} is not a safe integer; use bigint`);
    }
}

/**
 * Whether an amount in minor units is a price something may be sold at: a
 * positive whole number of đồng (ADR 0002). Zero, negative amounts and
 * fractions of a đồng (`150` = 1,50 ₫) are not.
 *
 * @example isSellingPrice(15000000) // true  (150.000 ₫)
 * @example isSellingPrice(150)      // false (1,50 ₫)
 */
export function isSellingPrice(minorUnits: number): boolean {
    return Number.isSafeInteger(minorUnits) && minorUnits > 0 && minorUnits % MINOR_UNITS_PER_DONG === 0;
}

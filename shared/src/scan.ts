import { normalizeStampCode } from './stamp-code';

/**
 * What a stamp scan holds: its QR is `<PUBLIC_URL>/v/<code>`, while a wedge scanner or a
 * person may give the code alone (any case, in printed groups). Returns the normalized code;
 * whether it is well formed is for the caller to ask (`isWellFormedStampCode`).
 *
 * @example stampCodeFromScan('https://ocop.hatinh.vn/v/7q2m0xk4d9zrb1tcx') // "7Q2M0XK4D9ZRB1TCX"
 */
export function stampCodeFromScan(scanned: string): string {
    const text = (scanned ?? '').trim();
    const match = /\/v\/([^/?#\s]+)/i.exec(text);
    return normalizeStampCode(match ? decodeURIComponent(match[1]) : text);
}

/** The check digit of the first 12 digits of an EAN-13 (GS1: weights 1 and 3 from the left). */
export function ean13CheckDigit(first12: string): number {
    const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
    return (10 - (sum % 10)) % 10;
}

/** Whether 13 digits carry a valid EAN-13 check digit. */
export function isEan13(text: string): boolean {
    return /^\d{13}$/.test(text) && ean13CheckDigit(text.slice(0, 12)) === Number(text[12]);
}

import { isWellFormedStampCode, normalizeStampCode } from '@ocop/shared';

export type ScanInput =
    { kind: 'stamp'; code: string } | { kind: 'ean'; ean: string } | { kind: 'unreadable'; text: string };

/** Whether 13 digits carry a valid EAN-13 check digit. */
export function isEan13(text: string): boolean {
    if (!/^\d{13}$/.test(text)) return false;
    const digits = [...text].map(Number);
    const sum = digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
    return (10 - (sum % 10)) % 10 === digits[12];
}

/**
 * Reads what a scanner typed (or the camera decoded): a stamp's verification URL
 * (`https://…/v/<code>`), a bare stamp code (printed in groups, any case), or an EAN-13.
 */
export function parseScan(raw: string): ScanInput {
    const text = raw.trim();
    const fromUrl = /\/v\/([^/?#\s]+)/i.exec(text);
    if (fromUrl) {
        const code = normalizeStampCode(decodeURIComponent(fromUrl[1]));
        return isWellFormedStampCode(code) ? { kind: 'stamp', code } : { kind: 'unreadable', text };
    }
    if (isEan13(text)) return { kind: 'ean', ean: text };
    const code = normalizeStampCode(text);
    if (isWellFormedStampCode(code)) return { kind: 'stamp', code };
    return { kind: 'unreadable', text };
}

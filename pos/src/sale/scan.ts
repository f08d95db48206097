import { isEan13, isWellFormedStampCode, stampCodeFromScan } from '@ocop/shared';

export type ScanInput =
    { kind: 'stamp'; code: string } | { kind: 'ean'; ean: string } | { kind: 'unreadable'; text: string };

/**
 * Reads what a scanner typed (or the camera decoded): a stamp's verification URL
 * (`https://…/v/<code>`), a bare stamp code (printed in groups, any case), or an EAN-13.
 */
export function parseScan(raw: string): ScanInput {
    const text = raw.trim();
    if (isEan13(text)) return { kind: 'ean', ean: text };
    const code = stampCodeFromScan(text);
    return isWellFormedStampCode(code) ? { kind: 'stamp', code } : { kind: 'unreadable', text };
}

import { normalizeStampCode } from '@ocop/shared';

/** A stamp QR holds `<PUBLIC_URL>/v/<code>`; a wedge scanner or a person may give the code alone. */
export function stampCodeFromScan(scanned: string): string {
    const text = (scanned ?? '').trim();
    const match = /\/v\/([^/?#\s]+)/i.exec(text);
    return normalizeStampCode(match ? decodeURIComponent(match[1]) : text);
}

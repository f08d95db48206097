import { dongToMinor, formatVnd } from '@ocop/shared';

export { formatVnd };

/** Sale times and shift times are shown in Vietnam time, whatever the tablet's zone. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDateTime(iso: string, lang: string): string {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
        timeZone: TIME_ZONE,
        dateStyle: 'short',
        timeStyle: 'medium',
    }).format(new Date(iso));
}

/** What a cashier types in an amount field (whole đồng, dots optional) → minor units; NaN when empty. */
export function parseDongInput(text: string): number {
    const digits = text.replace(/[^\d]/g, '');
    return digits ? dongToMinor(Number(digits)) : NaN;
}

/** Minor units → the digits a cashier would type, grouped by dots (150.000). */
export function dongInputText(minor: number): string {
    return Math.round(minor / 100)
        .toString()
        .replace(/\B(?=(\d{3})+$)/g, '.');
}

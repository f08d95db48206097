import i18next from 'i18next';
import { dongToMinor, formatVnd } from '@ocop/shared';

export { formatVnd };

/** Sale times and shift times are shown in Vietnam time, whatever the tablet's zone. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDateTime(iso: string, lang: string): string {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
        timeZone: TIME_ZONE,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
    }).format(new Date(iso));
}

/** An OCOP product group code (FOOD, HERBAL, …) as words in the current language; unknown codes as they are. */
export function groupLabel(code: string): string {
    const key = `group.${code || 'none'}`;
    return i18next.exists(key) ? i18next.t(key as 'group.none') : code;
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

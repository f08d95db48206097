import { MAX_REPORT_DAYS } from './constants';
import { refusal } from './errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD`, or a refusal naming the field. */
export function checkDay(value: string, field: string): string {
    const m = DAY.exec(value ?? '');
    const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
    if (!m || !date || date.toISOString().slice(0, 10) !== value) {
        throw refusal(
            'OCOP_REPORT_DATE_INVALID',
            `${field} phải là một ngày dạng YYYY-MM-DD`,
            `${field} must be a calendar day written YYYY-MM-DD`,
        );
    }
    return value;
}

/** Number of calendar days from `from` to `to`, both included. */
export function daysIncluded(from: string, to: string): number {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** Validates a report period: two calendar days, the first not after the second, at most {@link MAX_REPORT_DAYS}. */
export function checkPeriod(from: string, to: string): { from: string; to: string } {
    checkDay(from, 'from');
    checkDay(to, 'to');
    if (from > to) {
        throw refusal(
            'OCOP_REPORT_PERIOD_INVALID',
            'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc',
            'from must not be after to',
        );
    }
    if (daysIncluded(from, to) > MAX_REPORT_DAYS) {
        throw refusal(
            'OCOP_REPORT_PERIOD_TOO_LONG',
            `Kỳ báo cáo dài tối đa ${MAX_REPORT_DAYS} ngày`,
            `a report covers at most ${MAX_REPORT_DAYS} days`,
        );
    }
    return { from, to };
}

/** The calendar month before the one holding `today` (a `YYYY-MM-DD`), as its first and last day. */
export function monthBefore(today: string): { from: string; to: string } {
    const [y, m] = today.split('-').map(Number);
    const first = new Date(Date.UTC(y, m - 2, 1));
    const last = new Date(Date.UTC(y, m - 1, 0));
    return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

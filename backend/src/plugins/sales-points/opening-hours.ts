import { MAX_OPENING_HOURS } from './constants';

/**
 * When a sales point is open: one row per set of days with the same hours.
 * A lunch break is two rows for the same days ("MON-SAT 07:30–11:30",
 * "MON-SAT 13:30–17:00"), as Vietnamese shops usually keep it.
 *
 * - `days`: a range `MON-SAT`, a list `SAT,SUN` or one day `SUN`, in week order
 *   from Monday; Vietnamese `T2`…`T7` and `CN` are accepted and stored as codes.
 * - `opens`/`closes`: `HH:MM`, 24-hour Vietnam time, opening before closing the
 *   same day (nobody sells OCOP products past midnight).
 */
export interface OpeningHours {
    days: string;
    opens: string;
    closes: string;
}

export const DAY_CODES = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type DayCode = (typeof DAY_CODES)[number];

const VIETNAMESE_DAYS: Record<string, DayCode> = {
    T2: 'MON',
    T3: 'TUE',
    T4: 'WED',
    T5: 'THU',
    T6: 'FRI',
    T7: 'SAT',
    CN: 'SUN',
};

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export type OpeningHoursResult = { ok: true; value: OpeningHours[] } | { ok: false; vi: string; en: string };

function day(token: string): number {
    const code = VIETNAMESE_DAYS[token] ?? token;
    return DAY_CODES.indexOf(code as DayCode);
}

/** The day indexes (0 = Monday) a `days` text names, or why it names none. */
function parseDays(text: string): { days: number[]; canonical: string } | string {
    const compact = text.toUpperCase().replace(/\s+/g, '');
    if (!compact) return 'empty';
    const range = /^([A-Z0-9]+)-([A-Z0-9]+)$/.exec(compact);
    if (range) {
        const [from, to] = [day(range[1]), day(range[2])];
        if (from < 0 || to < 0 || from >= to) return compact;
        const days = Array.from({ length: to - from + 1 }, (_, i) => from + i);
        return { days, canonical: `${DAY_CODES[from]}-${DAY_CODES[to]}` };
    }
    const days = compact.split(',').map(day);
    if (days.some(d => d < 0) || days.some((d, i) => i > 0 && d <= days[i - 1])) return compact;
    return { days, canonical: days.map(d => DAY_CODES[d]).join(',') };
}

function minutes(time: string): number | undefined {
    const m = TIME.exec(time.trim());
    return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

const hhmm = (total: number) =>
    `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/**
 * Checks and normalises opening hours as typed (`7:30` → `07:30`, `t2 - t7` →
 * `MON-SAT`), sorted by first day then opening time. Refuses unknown days,
 * reversed ranges, bad times, closing before opening and two rows that overlap
 * on a day they share.
 */
export function normaliseOpeningHours(rows: readonly OpeningHours[] | null | undefined): OpeningHoursResult {
    const list = rows ?? [];
    if (list.length === 0) {
        return { ok: false, vi: 'cần ít nhất một khung giờ', en: 'at least one row is required' };
    }
    if (list.length > MAX_OPENING_HOURS) {
        return {
            ok: false,
            vi: `tối đa ${MAX_OPENING_HOURS} khung giờ`,
            en: `at most ${MAX_OPENING_HOURS} rows`,
        };
    }
    const parsed: Array<{ days: number[]; canonical: string; opens: number; closes: number }> = [];
    for (const row of list) {
        const days = parseDays(String(row.days ?? ''));
        if (typeof days === 'string') {
            return {
                ok: false,
                vi: `ngày "${row.days}" không hợp lệ (ví dụ MON-SAT, SAT,SUN hoặc T2-T7)`,
                en: `days "${row.days}" are not valid (e.g. MON-SAT, SAT,SUN or T2-T7)`,
            };
        }
        const opens = minutes(String(row.opens ?? ''));
        const closes = minutes(String(row.closes ?? ''));
        if (opens === undefined || closes === undefined) {
            return {
                ok: false,
                vi: `giờ "${row.opens}"–"${row.closes}" phải có dạng HH:MM (00:00–23:59)`,
                en: `times "${row.opens}"–"${row.closes}" must be HH:MM (00:00–23:59)`,
            };
        }
        if (opens >= closes) {
            return {
                ok: false,
                vi: `giờ mở cửa ${hhmm(opens)} phải trước giờ đóng cửa ${hhmm(closes)}`,
                en: `opening ${hhmm(opens)} must come before closing ${hhmm(closes)}`,
            };
        }
        parsed.push({ ...days, opens, closes });
    }
    for (let i = 0; i < parsed.length; i++) {
        for (let j = i + 1; j < parsed.length; j++) {
            const [a, b] = [parsed[i], parsed[j]];
            const shared = a.days.find(d => b.days.includes(d));
            if (shared !== undefined && a.opens < b.closes && b.opens < a.closes) {
                return {
                    ok: false,
                    vi: `hai khung giờ trùng nhau vào ${DAY_CODES[shared]}`,
                    en: `two rows overlap on ${DAY_CODES[shared]}`,
                };
            }
        }
    }
    parsed.sort((a, b) => a.days[0] - b.days[0] || a.opens - b.opens);
    return {
        ok: true,
        value: parsed.map(p => ({ days: p.canonical, opens: hhmm(p.opens), closes: hhmm(p.closes) })),
    };
}

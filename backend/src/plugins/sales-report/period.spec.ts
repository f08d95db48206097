import { checkDay, checkPeriod, daysIncluded, monthBefore } from './period';

describe('report periods', () => {
    it('takes the month before, across a year end and a leap February', () => {
        expect(monthBefore('2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
        expect(monthBefore('2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
        expect(monthBefore('2026-12-15')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    });

    it('refuses days that are not on the calendar, and periods that run backwards or too long', () => {
        expect(checkDay('2026-02-28', 'from')).toBe('2026-02-28');
        for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '01/11/2026', '']) {
            expect(() => checkDay(bad, 'from')).toThrow(/OCOP_REPORT_DATE_INVALID/);
        }
        expect(() => checkPeriod('2026-12-01', '2026-11-30')).toThrow(/OCOP_REPORT_PERIOD_INVALID/);
        expect(() => checkPeriod('2025-01-01', '2026-12-31')).toThrow(/OCOP_REPORT_PERIOD_TOO_LONG/);
        expect(daysIncluded('2026-11-01', '2026-11-30')).toBe(30);
    });
});

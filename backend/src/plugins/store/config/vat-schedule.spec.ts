import { vietnamDate } from '../../../vietnam-time';
import { VAT_PERIODS, vatRateOn } from './vat-schedule';

describe('VAT schedule', () => {
    const rate = (category: string, date: string) => vatRateOn(VAT_PERIODS, category, date)?.ratePercent;

    it('applies the 8% reduction from 2025-07-01 to 2026-12-31 and 10% after', () => {
        expect(rate('standard', '2025-06-30')).toBe(10);
        expect(rate('standard', '2025-07-01')).toBe(8);
        expect(rate('standard', '2026-11-28')).toBe(8);
        expect(rate('standard', '2026-12-31')).toBe(8);
        expect(rate('standard', '2027-01-01')).toBe(10);
    });

    it('never reduces alcohol', () => {
        expect(rate('alcohol', '2026-11-28')).toBe(10);
    });

    it('exempts raw farm produce from 2026', () => {
        expect(rate('exempt', '2025-12-31')).toBe(5);
        expect(rate('exempt', '2026-01-01')).toBe(0);
        expect(rate('reduced', '2026-11-28')).toBe(5);
    });

    it('uses the Vietnam calendar date, not the server time zone', () => {
        // 17:30 UTC on 31 Dec is already 1 Jan in Hà Tĩnh (UTC+7).
        expect(vietnamDate(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
        expect(vietnamDate(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31');
    });
});

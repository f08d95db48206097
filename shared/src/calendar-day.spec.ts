import { formatDay } from './calendar-day';

describe('formatDay', () => {
    it('writes a day as Vietnamese documents do, day first, by default', () => {
        expect(formatDay('2027-02-26')).toBe('26/02/2027');
        expect(formatDay('2026-11-01', 'vi')).toBe('01/11/2026');
    });

    it('writes the month by name in English, without a leading zero on the day', () => {
        expect(formatDay('2027-06-08', 'en')).toBe('8 Jun 2027');
        expect(formatDay('2026-12-31', 'en')).toBe('31 Dec 2026');
    });

    it('leaves text that is not a calendar day alone', () => {
        expect(formatDay('')).toBe('');
        expect(formatDay('sắp tới')).toBe('sắp tới');
    });
});

import { HA_TINH_AREAS } from '@ocop/shared';
import { demoProducers } from '../../demo/catalog/catalog';
import { directionsUrl } from './directions';
import { normaliseOpeningHours, OpeningHours } from './opening-hours';

const refused = (rows: OpeningHours[]) => {
    const result = normaliseOpeningHours(rows);
    return result.ok ? undefined : result.en;
};

describe('opening hours', () => {
    it('normalise days and times as typed and sort them by first day, then opening', () => {
        const result = normaliseOpeningHours([
            { days: 'sun', opens: '8:00', closes: '11:30' },
            { days: 'T2 - T7', opens: '13:30', closes: '17:00' },
            { days: 'MON-SAT', opens: '07:30', closes: '11:30' },
            { days: 'sat, sun', opens: '18:00', closes: '21:00' },
        ]);
        expect(result).toEqual({
            ok: true,
            value: [
                { days: 'MON-SAT', opens: '07:30', closes: '11:30' },
                { days: 'MON-SAT', opens: '13:30', closes: '17:00' },
                { days: 'SAT,SUN', opens: '18:00', closes: '21:00' },
                { days: 'SUN', opens: '08:00', closes: '11:30' },
            ],
        });
    });

    it('accept a whole week and a list of single days', () => {
        expect(normaliseOpeningHours([{ days: 'MON-SUN', opens: '00:00', closes: '23:59' }]).ok).toBe(true);
        expect(normaliseOpeningHours([{ days: 'MON,WED,FRI', opens: '08:00', closes: '12:00' }])).toEqual({
            ok: true,
            value: [{ days: 'MON,WED,FRI', opens: '08:00', closes: '12:00' }],
        });
    });

    it('refuse unknown, reversed or repeated days', () => {
        expect(refused([{ days: 'MONDAY', opens: '08:00', closes: '17:00' }])).toMatch(/days "MONDAY"/);
        expect(refused([{ days: 'SAT-MON', opens: '08:00', closes: '17:00' }])).toMatch(/days/);
        expect(refused([{ days: 'MON-MON', opens: '08:00', closes: '17:00' }])).toMatch(/days/);
        expect(refused([{ days: 'SUN,SAT', opens: '08:00', closes: '17:00' }])).toMatch(/days/);
        expect(refused([{ days: 'MON,MON', opens: '08:00', closes: '17:00' }])).toMatch(/days/);
        expect(refused([{ days: '', opens: '08:00', closes: '17:00' }])).toMatch(/days/);
    });

    it('refuse times that are not HH:MM or close before they open', () => {
        expect(refused([{ days: 'MON', opens: '24:00', closes: '23:00' }])).toMatch(/HH:MM/);
        expect(refused([{ days: 'MON', opens: '7h30', closes: '17:00' }])).toMatch(/HH:MM/);
        expect(refused([{ days: 'MON', opens: '08:60', closes: '17:00' }])).toMatch(/HH:MM/);
        expect(refused([{ days: 'MON', opens: '17:00', closes: '08:00' }])).toBe(
            'opening 17:00 must come before closing 08:00',
        );
        expect(refused([{ days: 'MON', opens: '08:00', closes: '08:00' }])).toMatch(/before closing/);
    });

    it('refuse rows that overlap on a shared day, but not back-to-back ones', () => {
        expect(
            refused([
                { days: 'MON-FRI', opens: '07:30', closes: '12:00' },
                { days: 'FRI,SAT', opens: '11:00', closes: '17:00' },
            ]),
        ).toBe('two rows overlap on FRI');
        expect(
            refused([
                { days: 'MON-FRI', opens: '07:30', closes: '12:00' },
                { days: 'MON-FRI', opens: '12:00', closes: '17:00' },
                { days: 'SAT', opens: '10:00', closes: '20:00' },
            ]),
        ).toBeUndefined();
    });

    it('need at least one row and at most fourteen', () => {
        expect(refused([])).toBe('at least one row is required');
        const row = { days: 'MON', opens: '08:00', closes: '09:00' };
        const many = Array.from({ length: 15 }, (_, i) => ({ ...row, opens: `0${i % 10}:00` }));
        expect(refused(many)).toBe('at most 14 rows');
    });
});

describe('directions link', () => {
    const address = { streetLine: '01 Nguyễn Tất Thành', commune: 'Phường Thành Sen', province: 'Hà Tĩnh' };

    it('goes to the coordinates when known', () => {
        expect(directionsUrl({ ...address, latitude: 18.3427891234, longitude: 105.90571 })).toBe(
            'https://www.google.com/maps/dir/?api=1&destination=18.342789,105.90571',
        );
    });

    it('goes to the encoded address otherwise', () => {
        const url = directionsUrl({ ...address, latitude: null, longitude: null });
        expect(url.startsWith('https://www.google.com/maps/dir/?api=1&destination=')).toBe(true);
        expect(decodeURIComponent(new URL(url).searchParams.get('destination')!)).toBe(
            '01 Nguyễn Tất Thành, Phường Thành Sen, Hà Tĩnh, Việt Nam',
        );
        expect(url).not.toMatch(/[ ,]/);
    });
});

describe('areas', () => {
    it('of the demo producers are the former districts as HA_TINH_AREAS names them', () => {
        const names = new Set(HA_TINH_AREAS.map(a => a.name));
        expect(demoProducers.filter(p => !names.has(p.area)).map(p => p.area)).toEqual([]);
    });
});

import { dongToMinor, formatVnd, isSellingPrice, minorToDong, parseVnd } from './money';

const NBSP = '\u00A0';

describe('formatVnd', () => {
    it('formats minor units as Vietnamese currency text', () => {
        expect(formatVnd(15000000)).toBe(`150.000${NBSP}₫`);
        expect(formatVnd(0)).toBe(`0${NBSP}₫`);
        expect(formatVnd(100)).toBe(`1${NBSP}₫`);
        expect(formatVnd(99900)).toBe(`999${NBSP}₫`);
        expect(formatVnd(100000)).toBe(`1.000${NBSP}₫`);
    });

    it('formats an order of 3 pairs of fresh deer velvet at 35.000.000 ₫', () => {
        expect(formatVnd(3 * 3_500_000_000)).toBe(`105.000.000${NBSP}₫`);
    });

    it('formats negative amounts (refunds) with a leading minus', () => {
        expect(formatVnd(-15000000)).toBe(`-150.000${NBSP}₫`);
        expect(formatVnd(-15000000n)).toBe(`-150.000${NBSP}₫`);
    });

    it('matches ICU vi-VN currency output, so the two never disagree on screen', () => {
        const icu = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
        for (const dong of [0, 5, 35_000, 150_000, 21_474_837, 105_000_000, -42_000]) {
            expect(formatVnd(dong * 100)).toBe(icu.format(dong));
        }
    });

    it('works past 2^31 and 2^53 when given bigint or string', () => {
        expect(formatVnd(2 ** 31)).toBe(`21.474.836${NBSP}₫`);
        expect(formatVnd(12345678901234567800n)).toBe(`123.456.789.012.345.678${NBSP}₫`);
        expect(formatVnd('123456789012345678900')).toBe(`1.234.567.890.123.456.789${NBSP}₫`);
        expect(formatVnd(' -900719925474099300 ')).toBe(`-9.007.199.254.740.993${NBSP}₫`);
    });

    it('rounds fractions of a đồng half away from zero', () => {
        expect(formatVnd(149)).toBe(`1${NBSP}₫`);
        expect(formatVnd(150)).toBe(`2${NBSP}₫`);
        expect(formatVnd(-150)).toBe(`-2${NBSP}₫`);
        expect(formatVnd(-149)).toBe(`-1${NBSP}₫`);
    });

    it('refuses input it cannot format exactly', () => {
        expect(() => formatVnd(1.5)).toThrow(RangeError);
        expect(() => formatVnd(2 ** 60)).toThrow(/bigint or string/);
        expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
        expect(() => formatVnd('150.000')).toThrow(SyntaxError);
        expect(() => formatVnd('')).toThrow(SyntaxError);
    });
});

describe('dongToMinor and minorToDong', () => {
    it('convert between whole đồng and the API minor units', () => {
        expect(dongToMinor(150_000)).toBe(15_000_000);
        expect(minorToDong(15_000_000)).toBe(150_000);
        expect(dongToMinor(35_000_000n)).toBe(3_500_000_000n);
        expect(minorToDong(3_500_000_000n)).toBe(35_000_000n);
    });

    it('round to whole đồng, half away from zero', () => {
        expect(minorToDong(149)).toBe(1);
        expect(minorToDong(150)).toBe(2);
        expect(minorToDong(-150)).toBe(-2);
        expect(minorToDong(-149)).toBe(-1);
        expect(minorToDong(-49)).toBe(0);
        expect(Object.is(minorToDong(-49), -0)).toBe(false);
        expect(minorToDong(250n)).toBe(3n);
        expect(minorToDong(-250n)).toBe(-3n);
        expect(dongToMinor(35_000 * 1.08)).toBe(3_780_000);
        expect(dongToMinor(0.5)).toBe(100);
    });

    it('reject non-finite numbers', () => {
        expect(() => dongToMinor(Number.POSITIVE_INFINITY)).toThrow(RangeError);
        expect(() => minorToDong(Number.NaN)).toThrow(RangeError);
    });
});

describe('parseVnd', () => {
    it('reads what formatVnd writes', () => {
        expect(parseVnd('150.000 ₫')).toBe(15_000_000);
        expect(parseVnd(formatVnd(10_500_000_000))).toBe(10_500_000_000);
        expect(parseVnd(formatVnd(-15_000_000))).toBe(-15_000_000);
    });

    it('reads what people type at the counter', () => {
        expect(parseVnd('35000')).toBe(3_500_000);
        expect(parseVnd('35.000đ')).toBe(3_500_000);
        expect(parseVnd(' 1.200.000 VNĐ ')).toBe(120_000_000);
        expect(parseVnd('1 200 000 vnd'.replace(/ /g, ''))).toBe(120_000_000);
        expect(parseVnd('150.000\u202F₫')).toBe(15_000_000);
        expect(parseVnd('\u2212150.000 ₫')).toBe(-15_000_000);
        expect(parseVnd('0 ₫')).toBe(0);
        expect(Object.is(parseVnd('-0'), -0)).toBe(false);
    });

    it('reads text typed with decomposed (NFD) đ', () => {
        expect(parseVnd('35.000VN\u0110'.normalize('NFD'))).toBe(3_500_000);
    });

    it('rejects text that is not a VND amount', () => {
        for (const bad of ['', '₫', 'abc', '150,000', '150.00', '1.5', '15.0000 ₫', '150.000 $', '.150']) {
            expect(() => parseVnd(bad)).toThrow(SyntaxError);
        }
    });

    it('rejects amounts that do not fit a safe integer of minor units', () => {
        expect(() => parseVnd('999.999.999.999.999 ₫')).toThrow(RangeError);
    });
});

describe('isSellingPrice', () => {
    it('accepts positive whole đồng only', () => {
        expect(isSellingPrice(15000000)).toBe(true);
        expect(isSellingPrice(100)).toBe(true);
        expect(isSellingPrice(0)).toBe(false);
        expect(isSellingPrice(-360000000)).toBe(false);
        expect(isSellingPrice(150)).toBe(false);
        expect(isSellingPrice(1.5)).toBe(false);
        expect(isSellingPrice(Number.NaN)).toBe(false);
        expect(isSellingPrice(2 ** 60)).toBe(false);
    });
});

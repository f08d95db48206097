import { VndMoneyStrategy } from './vnd-money-strategy';

describe('VndMoneyStrategy', () => {
    const money = new VndMoneyStrategy();

    it('rounds every amount to a whole đồng (a multiple of 100 in storage)', () => {
        // 25.000 ₫ including 8% VAT: net 23.148,148… ₫ → 23.148 ₫
        expect(money.round(2500000 / 1.08)).toBe(2314800);
        expect(money.round(2314850)).toBe(2314900);
        expect(money.round(-50)).toBe(0);
        expect(Object.is(money.round(-40), 0)).toBe(true);
    });

    it('multiplies before rounding, so quantity never multiplies a rounding error', () => {
        expect(money.round(3500000000, 3)).toBe(10500000000);
        expect(money.round(2314814.8148, 3)).toBe(6944400);
    });

    it('stores money in bigint columns', () => {
        expect(money.moneyColumnOptions.type).toBe('bigint');
    });
});

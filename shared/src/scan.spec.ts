import { ean13CheckDigit, isEan13, stampCodeFromScan } from './scan';

describe('stampCodeFromScan', () => {
    it('reads the code out of a stamp QR URL, whatever the host, query or case', () => {
        expect(stampCodeFromScan('https://ocop.hatinh.vn/v/7q2m0xk4d9zrb1tcx?utm=zalo')).toBe(
            '7Q2M0XK4D9ZRB1TCX',
        );
        expect(stampCodeFromScan('  http://localhost:3000/V/7Q2M-0XK4-D9ZR-B1TCX ')).toBe(
            '7Q2M0XK4D9ZRB1TCX',
        );
    });

    it('normalizes a bare code typed in printed groups with look-alike letters', () => {
        expect(stampCodeFromScan('7q2m-oxk4 d9zr-b1tcx')).toBe('7Q2M0XK4D9ZRB1TCX');
    });
});

describe('EAN-13', () => {
    it('accepts a valid check digit and refuses a wrong one or a wrong length', () => {
        expect(ean13CheckDigit('400638133393')).toBe(1);
        expect(isEan13('4006381333931')).toBe(true);
        expect(isEan13('4006381333932')).toBe(false);
        expect(isEan13('400638133393')).toBe(false);
        expect(isEan13('40063813339a1')).toBe(false);
    });
});

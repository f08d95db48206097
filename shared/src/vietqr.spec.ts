import { buildVietQrPayload, crc16ccittFalse, hasValidEmvCrc, parseEmvTlv } from './vietqr';

/** A dynamic VietQR payload as issued by payOS (MB Bank virtual account, 2.000 ₫). */
const PAYOS_PAYLOAD =
    '00020101021238570010A000000727012700069704220113VQRQABRLS04480208QRIBFTTA' +
    '5303704540420005802VN6224082018f8746b181045f0a2ce63040FC0';

/** A static VietQR payload (no amount) as printed on a shop counter sticker. */
const STATIC_PAYLOAD =
    '00020101021138570010A00000072701270006970405011322082054793800208QRIBFTTA53037045802VN630497A6';

describe('crc16ccittFalse', () => {
    it('gives the standard check value of CRC-16/CCITT-FALSE', () => {
        expect(crc16ccittFalse('123456789')).toBe('29B1');
        expect(crc16ccittFalse('')).toBe('FFFF');
    });

    it('agrees with the CRC of real VietQR payloads', () => {
        expect(crc16ccittFalse(PAYOS_PAYLOAD.slice(0, -4))).toBe('0FC0');
        expect(crc16ccittFalse(STATIC_PAYLOAD.slice(0, -4))).toBe('97A6');
    });

    it('pads to four upper-case hex digits', () => {
        expect(
            crc16ccittFalse(
                '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA530370454061500005802VN62190815Don hang DH10246304',
            ),
        ).toBe('026D');
    });
});

describe('buildVietQrPayload', () => {
    it('reproduces a real payOS payload byte for byte', () => {
        expect(
            buildVietQrPayload({
                bankBin: '970422',
                accountNumber: 'VQRQABRLS0448',
                amount: 2000,
                purpose: '18f8746b181045f0a2ce',
            }),
        ).toBe(PAYOS_PAYLOAD);
    });

    it('reproduces a real static payload when no amount is given', () => {
        expect(buildVietQrPayload({ bankBin: '970405', accountNumber: '2208205479380' })).toBe(
            STATIC_PAYLOAD,
        );
    });

    it('builds a dynamic payload whose fields round-trip and whose CRC checks', () => {
        const payload = buildVietQrPayload({
            bankBin: '970436',
            accountNumber: '0011001234567',
            amount: 35_000_000,
            purpose: 'Thanh toán đơn hàng DH1024',
            billNumber: 'DH1024',
        });
        expect(hasValidEmvCrc(payload)).toBe(true);

        const top = parseEmvTlv(payload);
        expect([...top]).toEqual([
            ['00', '01'],
            ['01', '12'],
            ['38', '0010A00000072701270006970436011300110012345670208QRIBFTTA'],
            ['53', '704'],
            ['54', '35000000'],
            ['58', 'VN'],
            ['62', '0106DH10240825Thanh toan don hang DH102'],
            ['63', crc16ccittFalse(payload.slice(0, -4))],
        ]);

        const beneficiary = parseEmvTlv(top.get('38')!);
        expect(Object.fromEntries(beneficiary)).toEqual({
            '00': 'A000000727',
            '01': '00069704360113' + '0011001234567',
            '02': 'QRIBFTTA',
        });
        expect(Object.fromEntries(parseEmvTlv(beneficiary.get('01')!))).toEqual({
            '00': '970436',
            '01': '0011001234567',
        });

        // Vietnamese folded to ASCII and cut at 25 characters, without a trailing space.
        expect(Object.fromEntries(parseEmvTlv(top.get('62')!))).toEqual({
            '01': 'DH1024',
            '08': 'Thanh toan don hang DH102',
        });
    });

    it('marks a code static (11) without an amount and dynamic (12) with one', () => {
        expect(parseEmvTlv(buildVietQrPayload({ bankBin: '970436', accountNumber: '123' })).get('01')).toBe(
            '11',
        );
        expect(
            parseEmvTlv(buildVietQrPayload({ bankBin: '970436', accountNumber: '123', amount: 1 })).get('01'),
        ).toBe('12');
    });

    it('keeps the purpose ASCII and drops what banks cannot show', () => {
        const payload = buildVietQrPayload({
            bankBin: '970436',
            accountNumber: '123',
            purpose: 'Mua  kẹo cu đơ ★ Hiền Võ',
        });
        expect(parseEmvTlv(parseEmvTlv(payload).get('62')!).get('08')).toBe('Mua keo cu do Hien Vo');
        expect(payload).toMatch(/^[\x20-\x7e]+$/);
    });

    it('omits field 62 when there is neither purpose nor bill number', () => {
        expect(
            parseEmvTlv(buildVietQrPayload({ bankBin: '970436', accountNumber: '123', purpose: ' ' })).has(
                '62',
            ),
        ).toBe(false);
    });

    it('rejects invalid input with clear errors', () => {
        const ok = { bankBin: '970436', accountNumber: '0011001234567' };
        expect(() => buildVietQrPayload({ ...ok, bankBin: '97043A' })).toThrow(/bankBin must be 6 digits/);
        expect(() => buildVietQrPayload({ ...ok, bankBin: '97043' })).toThrow(/bankBin/);
        expect(() => buildVietQrPayload({ ...ok, accountNumber: '0011 0012' })).toThrow(/accountNumber/);
        expect(() => buildVietQrPayload({ ...ok, accountNumber: '' })).toThrow(/accountNumber/);
        expect(() => buildVietQrPayload({ ...ok, amount: -1 })).toThrow(/positive whole number/);
        expect(() => buildVietQrPayload({ ...ok, amount: 1500.5 })).toThrow(/positive whole number/);
        expect(() => buildVietQrPayload({ ...ok, amount: 0 })).toThrow(/positive whole number/);
        expect(() => buildVietQrPayload({ ...ok, amount: Number.NaN })).toThrow(/positive whole number/);
        expect(() => buildVietQrPayload({ ...ok, billNumber: 'DH-2026-0000000000000001234' })).toThrow(
            /billNumber must be at most 25/,
        );
    });
});

describe('parseEmvTlv', () => {
    it('splits one level of fields', () => {
        expect([...parseEmvTlv('000201010212')]).toEqual([
            ['00', '01'],
            ['01', '12'],
        ]);
        expect(parseEmvTlv('').size).toBe(0);
    });

    it('rejects truncated or malformed payloads', () => {
        expect(() => parseEmvTlv('000501')).toThrow(/runs past the end/);
        expect(() => parseEmvTlv('00x201')).toThrow(/Malformed/);
        expect(() => parseEmvTlv('000')).toThrow(/Malformed/);
        expect(() => parseEmvTlv('000201000202')).toThrow(/appears twice/);
    });
});

describe('hasValidEmvCrc', () => {
    it('accepts real payloads and rejects any altered one', () => {
        expect(hasValidEmvCrc(PAYOS_PAYLOAD)).toBe(true);
        expect(hasValidEmvCrc(STATIC_PAYLOAD)).toBe(true);
        expect(hasValidEmvCrc(PAYOS_PAYLOAD.replace('54042000', '54049000'))).toBe(false);
        expect(hasValidEmvCrc(PAYOS_PAYLOAD.slice(0, -1) + '1')).toBe(false);
        expect(hasValidEmvCrc('6304')).toBe(false);
    });
});

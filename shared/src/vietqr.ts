/**
 * VietQR payloads for bank transfers (NAPAS 247), the way most Vietnamese
 * buyers pay online and at the showroom counter.
 *
 * VietQR is an EMVCo merchant-presented QR code: a string of TLV fields
 * (id: 2 digits, length: 2 digits, value) ending with a CRC. Any Vietnamese
 * banking app scans it and pre-fills the receiving account, the amount and the
 * transfer purpose; the purpose is what lets us match the incoming transfer to
 * an order, so it carries the order code.
 */
import { stripVietnameseDiacritics } from './vietnamese';

/** NAPAS's application identifier in field 38.00. */
export const VIETQR_GUID = 'A000000727';
/** Field 38.02 service code: transfer to a bank account (not to a card). */
export const VIETQR_SERVICE_ACCOUNT_TRANSFER = 'QRIBFTTA';
/** ISO 4217 numeric code of VND (field 53). */
export const CURRENCY_VND_NUMERIC = '704';
/** Longest purpose or bill number we put in field 62; banks truncate or reject beyond it. */
export const VIETQR_TEXT_MAX_LENGTH = 25;

export interface VietQrInput {
    /** The receiving bank's 6-digit NAPAS BIN, e.g. "970436" (Vietcombank). */
    bankBin: string;
    /** The receiving account number (or a bank's virtual-account alias): ASCII letters and digits. */
    accountNumber: string;
    /**
     * Whole đồng (not the API's minor units: convert with `minorToDong`).
     * With an amount the code is *dynamic* (one payment); without, *static*
     * (the payer types the amount, e.g. a sticker on the showroom counter).
     */
    amount?: number;
    /** Transfer purpose shown to the payer; Vietnamese is folded to ASCII and cut to 25 characters. */
    purpose?: string;
    /** Bill (order) number; folded to ASCII, at most 25 characters (never cut: it identifies the payment). */
    billNumber?: string;
}

/**
 * Builds the text to encode in a VietQR code.
 *
 * @example
 * buildVietQrPayload({ bankBin: '970436', accountNumber: '0011001234567', amount: 150000, purpose: 'Đơn hàng DH1024' })
 * // "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA"
 * //  + "530370454061500005802VN62190815Don hang DH10246304026D"
 * @throws {Error} on an invalid BIN, account, amount or bill number
 */
export function buildVietQrPayload(input: VietQrInput): string {
    const { bankBin, accountNumber, amount, purpose, billNumber } = input;
    if (!/^\d{6}$/.test(bankBin)) {
        throw new Error(`VietQR bankBin must be 6 digits, got "${bankBin}"`);
    }
    if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
        throw new Error(`VietQR accountNumber must be 1–19 ASCII letters or digits, got "${accountNumber}"`);
    }
    if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0)) {
        throw new Error(`VietQR amount must be a positive whole number of đồng, got ${amount}`);
    }

    const additionalData =
        emvField('01', toQrText(billNumber ?? '', 'billNumber', 'reject')) +
        emvField('08', toQrText(purpose ?? '', 'purpose', 'truncate'));

    const beneficiary =
        emvField('00', VIETQR_GUID) +
        emvField('01', emvField('00', bankBin) + emvField('01', accountNumber)) +
        emvField('02', VIETQR_SERVICE_ACCOUNT_TRANSFER);

    const withoutCrc =
        emvField('00', '01') +
        emvField('01', amount === undefined ? '11' : '12') +
        emvField('38', beneficiary) +
        emvField('53', CURRENCY_VND_NUMERIC) +
        emvField('54', amount === undefined ? '' : String(amount)) +
        emvField('58', 'VN') +
        emvField('62', additionalData) +
        '6304';
    return withoutCrc + crc16ccittFalse(withoutCrc);
}

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR)
 * over the UTF-8 bytes of `s`, as 4 upper-case hex digits. EMVCo field 63 is
 * this CRC over the whole payload up to and including "6304".
 *
 * @example crc16ccittFalse('123456789') // "29B1"
 */
export function crc16ccittFalse(s: string): string {
    let crc = 0xffff;
    for (const byte of new TextEncoder().encode(s)) {
        crc ^= byte << 8;
        for (let bit = 0; bit < 8; bit++) {
            crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
        }
    }
    return crc.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Splits one level of an EMVCo TLV string into its fields, in payload order.
 * A `Map` rather than an object because ids like "38" are array-index keys,
 * which objects would reorder before "00". Nested templates (38, 62) stay
 * strings: parse them again to go deeper.
 *
 * @example parseEmvTlv('000201010212').get('01')  // "12"
 * @throws {Error} when a field is truncated or repeated, or an id or length is not two digits
 */
export function parseEmvTlv(payload: string): Map<string, string> {
    const fields = new Map<string, string>();
    let at = 0;
    while (at < payload.length) {
        const id = payload.slice(at, at + 2);
        const lengthText = payload.slice(at + 2, at + 4);
        if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(lengthText)) {
            throw new Error(`Malformed EMV TLV at offset ${at}: "${payload.slice(at, at + 4)}"`);
        }
        const end = at + 4 + Number(lengthText);
        if (end > payload.length) {
            throw new Error(`EMV field ${id} at offset ${at} runs past the end of the payload`);
        }
        if (fields.has(id)) throw new Error(`EMV field ${id} appears twice (offset ${at})`);
        fields.set(id, payload.slice(at + 4, end));
        at = end;
    }
    return fields;
}

/** Whether the payload ends in field 63 holding the right CRC of everything before it. */
export function hasValidEmvCrc(payload: string): boolean {
    const crcAt = payload.length - 8;
    return (
        crcAt >= 0 &&
        payload.slice(crcAt, crcAt + 4) === '6304' &&
        crc16ccittFalse(payload.slice(0, crcAt + 4)) === payload.slice(crcAt + 4).toUpperCase()
    );
}

/** One TLV field; an empty value means "leave the field out". */
function emvField(id: string, value: string): string {
    if (value === '') return '';
    if (value.length > 99) {
        throw new Error(`EMV field ${id} is ${value.length} characters long; the limit is 99`);
    }
    return id + String(value.length).padStart(2, '0') + value;
}

/**
 * Makes free text safe for a QR field read by every bank app: Vietnamese
 * folded to ASCII, anything outside printable ASCII dropped, spaces collapsed.
 */
function toQrText(text: string, name: string, overLength: 'truncate' | 'reject'): string {
    const ascii = stripVietnameseDiacritics(text)
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/ +/g, ' ')
        .trim();
    if (ascii.length <= VIETQR_TEXT_MAX_LENGTH) return ascii;
    if (overLength === 'reject') {
        throw new Error(
            `VietQR ${name} must be at most ${VIETQR_TEXT_MAX_LENGTH} ASCII characters, got "${ascii}"`,
        );
    }
    return ascii.slice(0, VIETQR_TEXT_MAX_LENGTH).trimEnd();
}

import { foldVietnamese } from './vietnamese';

/**
 * Vietnam's 34 provincial-level units since the 2025 reform (Resolution
 * 202/2025/QH15, in force 12 June 2025; the district level ended 1 July 2025).
 * A delivery address is street + commune/ward + one of these. Codes are the
 * national administrative codes, which the reform kept for the surviving unit.
 */
export interface Province {
    /** Two-digit national administrative code, e.g. `42` for Hà Tĩnh. */
    code: string;
    /** Official Vietnamese name without the "Tỉnh"/"Thành phố" prefix, NFC. */
    name: string;
    /** Centrally governed city or province. */
    kind: 'CITY' | 'PROVINCE';
}

export const PROVINCES: readonly Province[] = [
    { code: '01', name: 'Hà Nội', kind: 'CITY' },
    { code: '04', name: 'Cao Bằng', kind: 'PROVINCE' },
    { code: '08', name: 'Tuyên Quang', kind: 'PROVINCE' },
    { code: '11', name: 'Điện Biên', kind: 'PROVINCE' },
    { code: '12', name: 'Lai Châu', kind: 'PROVINCE' },
    { code: '14', name: 'Sơn La', kind: 'PROVINCE' },
    { code: '15', name: 'Lào Cai', kind: 'PROVINCE' },
    { code: '19', name: 'Thái Nguyên', kind: 'PROVINCE' },
    { code: '20', name: 'Lạng Sơn', kind: 'PROVINCE' },
    { code: '22', name: 'Quảng Ninh', kind: 'PROVINCE' },
    { code: '24', name: 'Bắc Ninh', kind: 'PROVINCE' },
    { code: '25', name: 'Phú Thọ', kind: 'PROVINCE' },
    { code: '31', name: 'Hải Phòng', kind: 'CITY' },
    { code: '33', name: 'Hưng Yên', kind: 'PROVINCE' },
    { code: '37', name: 'Ninh Bình', kind: 'PROVINCE' },
    { code: '38', name: 'Thanh Hóa', kind: 'PROVINCE' },
    { code: '40', name: 'Nghệ An', kind: 'PROVINCE' },
    { code: '42', name: 'Hà Tĩnh', kind: 'PROVINCE' },
    { code: '44', name: 'Quảng Trị', kind: 'PROVINCE' },
    { code: '46', name: 'Huế', kind: 'CITY' },
    { code: '48', name: 'Đà Nẵng', kind: 'CITY' },
    { code: '51', name: 'Quảng Ngãi', kind: 'PROVINCE' },
    { code: '52', name: 'Gia Lai', kind: 'PROVINCE' },
    { code: '56', name: 'Khánh Hòa', kind: 'PROVINCE' },
    { code: '66', name: 'Đắk Lắk', kind: 'PROVINCE' },
    { code: '68', name: 'Lâm Đồng', kind: 'PROVINCE' },
    { code: '75', name: 'Đồng Nai', kind: 'PROVINCE' },
    { code: '79', name: 'Hồ Chí Minh', kind: 'CITY' },
    { code: '80', name: 'Tây Ninh', kind: 'PROVINCE' },
    { code: '82', name: 'Đồng Tháp', kind: 'PROVINCE' },
    { code: '86', name: 'Vĩnh Long', kind: 'PROVINCE' },
    { code: '91', name: 'An Giang', kind: 'PROVINCE' },
    { code: '92', name: 'Cần Thơ', kind: 'CITY' },
    { code: '96', name: 'Cà Mau', kind: 'PROVINCE' },
];

/** Hà Tĩnh's code: the home province of every producer on the marketplace. */
export const HA_TINH_PROVINCE_CODE = '42';

const PREFIX = /^(tinh|thanh pho|tp\.?)\s+/;

/**
 * Finds a province by code or by name typed any way a person types it:
 * "Hà Tĩnh", "ha tinh", "Tỉnh Hà Tĩnh", "TP. Hồ Chí Minh", "thanh hoa" / "Thanh Hoá".
 */
export function findProvince(codeOrName: string): Province | undefined {
    const key = foldVietnamese(codeOrName).replace(PREFIX, '').trim();
    if (!key) return undefined;
    return PROVINCES.find(p => p.code === key || foldVietnamese(p.name) === key);
}

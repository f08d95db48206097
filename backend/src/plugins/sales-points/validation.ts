import { findHaTinhArea, findProvince, stripVietnameseDiacritics } from '@ocop/shared';
import { compactPhone, isVietnamesePhone } from '../store/config/deliverable-address';
import { CODE_PATTERN } from './constants';
import { refusal } from './errors';

/** Trimmed NFC text; required fields refuse blanks, every field refuses what its column cannot hold. */
export function text(field: string, value: unknown, max: number, required = true): string {
    const clean = String(value ?? '')
        .normalize('NFC')
        .trim()
        .replace(/\s+/g, ' ');
    if (required && !clean) {
        throw refusal('OCOP_FIELD_REQUIRED', `Thiếu thông tin: ${field}`, `${field} is required`);
    }
    if (clean.length > max) {
        throw refusal(
            'OCOP_FIELD_TOO_LONG',
            `${field} dài quá ${max} ký tự`,
            `${field} is longer than ${max} characters`,
        );
    }
    return clean;
}

/** Optional text: blank becomes null. */
export function optionalText(field: string, value: unknown, max: number): string | null {
    return text(field, value, max, false) || null;
}

/** `sr-hương-sơn ` → `SR-HUONG-SON`; anything else than letters, digits and hyphens is refused. */
export function code(value: unknown, error: 'OCOP_SALES_POINT_CODE_INVALID' | 'OCOP_FAIR_CODE_INVALID') {
    const clean = stripVietnameseDiacritics(String(value ?? '').trim()).toUpperCase();
    if (!CODE_PATTERN.test(clean)) {
        throw refusal(
            error,
            `Mã "${String(value ?? '')}" không hợp lệ: 3–40 chữ cái, số hoặc gạch nối, ví dụ SR-HUONG-SON`,
            'a code is 3–40 letters, digits or hyphens, e.g. SR-HUONG-SON',
        );
    }
    return clean;
}

/** The canonical name of one of the 34 provinces. */
export function province(value: unknown): string {
    const found = findProvince(String(value ?? ''));
    if (!found) {
        throw refusal(
            'OCOP_PROVINCE_UNKNOWN',
            `Không có tỉnh/thành phố "${String(value ?? '')}" trong 34 đơn vị sau sắp xếp 2025`,
            'not one of the 34 provinces since the 2025 reform',
        );
    }
    return found.name;
}

/** Former district: Hà Tĩnh's canonical name when it is one, else the text as typed (a booth elsewhere). */
export function area(value: unknown): string {
    const typed = text('area', value, 100);
    return findHaTinhArea(typed)?.name ?? typed;
}

export function phone(value: unknown): string {
    const typed = String(value ?? '');
    if (!isVietnamesePhone(typed)) {
        throw refusal(
            'OCOP_PHONE_INVALID',
            `Số điện thoại "${typed}" không hợp lệ`,
            'a Vietnamese phone number is 0 or +84 then 9–10 digits',
        );
    }
    return compactPhone(typed);
}

/** Both or neither, within the globe's ranges. */
export function coordinates(
    latitude: number | null | undefined,
    longitude: number | null | undefined,
): { latitude: number | null; longitude: number | null } {
    if (latitude == null && longitude == null) return { latitude: null, longitude: null };
    const valid =
        latitude != null &&
        longitude != null &&
        Number.isFinite(latitude) &&
        Number.isFinite(longitude) &&
        Math.abs(latitude) <= 90 &&
        Math.abs(longitude) <= 180;
    if (!valid) {
        throw refusal(
            'OCOP_COORDINATES_INVALID',
            'Cần cả vĩ độ (−90…90) và kinh độ (−180…180), hoặc bỏ trống cả hai',
            'give both latitude (−90…90) and longitude (−180…180), or neither',
        );
    }
    return { latitude, longitude };
}

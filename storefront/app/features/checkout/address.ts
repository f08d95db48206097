import { findProvince, nfc } from '@ocop/shared';

/**
 * A Vietnamese delivery address after the 2025 reform: no district, the commune or ward
 * (free text) goes in Vendure's `city`, the province is one of the 34 by name (ADR 0015).
 */
export interface AddressInput {
    fullName: string;
    phoneNumber: string;
    streetLine1: string;
    /** Commune or ward (xã/phường/đặc khu). */
    city: string;
    /** Province name as in PROVINCES. */
    province: string;
}

export const ADDRESS_FIELDS = ['fullName', 'phoneNumber', 'streetLine1', 'city', 'province'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** What a field's error says (i18n keys under `checkout:fieldErrors`). */
export type FieldErrors = Partial<
    Record<AddressField | 'emailAddress' | 'password' | 'name' | 'shipping' | 'payment', string>
>;

/** The same rule as the backend's (0 or +84, then 9–10 digits; spaces, dots, dashes allowed). */
const PHONE = /^(?:\+?84|0)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isPhone(value: string): boolean {
    return PHONE.test(value.replace(/[\s.\-()]/g, ''));
}

export function isEmail(value: string): boolean {
    return EMAIL.test(value);
}

function text(form: FormData, name: string): string {
    return nfc(String(form.get(name) ?? ''))
        .trim()
        .replace(/\s+/g, ' ');
}

/** Reads and checks the address fields of a form; errors are i18n keys per field. */
export function readAddress(form: FormData, prefix = ''): { address: AddressInput; errors: FieldErrors } {
    const address: AddressInput = {
        fullName: text(form, `${prefix}fullName`),
        phoneNumber: text(form, `${prefix}phoneNumber`),
        streetLine1: text(form, `${prefix}streetLine1`),
        city: text(form, `${prefix}city`),
        province: text(form, `${prefix}province`),
    };
    const errors: FieldErrors = {};
    if (!address.fullName) errors.fullName = 'fullNameRequired';
    if (!address.phoneNumber) errors.phoneNumber = 'phoneRequired';
    else if (!isPhone(address.phoneNumber)) errors.phoneNumber = 'phoneInvalid';
    if (!address.streetLine1) errors.streetLine1 = 'streetRequired';
    if (!address.city) errors.city = 'communeRequired';
    const province = findProvince(address.province);
    if (!province) errors.province = 'provinceRequired';
    else address.province = province.name;
    return { address, errors };
}

export function readEmail(form: FormData, name = 'emailAddress'): { email: string; error?: string } {
    const email = text(form, name).toLowerCase();
    if (!email) return { email, error: 'emailRequired' };
    if (!isEmail(email)) return { email, error: 'emailInvalid' };
    return { email };
}

import { findProvince } from '@ocop/shared';
import { OrderAddress } from '@vendure/common/lib/generated-types';
import { OrderProcess, OrderState } from '@vendure/core';

/** One part of a Vietnamese delivery address (after the 2025 reform: no district level). */
interface AddressPart {
    field: keyof OrderAddress;
    vi: string;
    en: string;
    valid: (value: string) => boolean;
}

const present = (value: string) => value.trim().length > 0;
/** A Vietnamese phone number: 0 or +84 and 9–10 more digits, spaces, dots and dashes allowed. */
const PHONE = /^(?:\+?84|0)\d{9,10}$/;

/** The phone number without the spaces, dots, dashes and brackets people type. */
export function compactPhone(value: string): string {
    return value.replace(/[\s.\-()]/g, '');
}

/** Whether a courier, a buyer or a visitor can call this Vietnamese number (mobile or landline). */
export function isVietnamesePhone(value: string): boolean {
    return PHONE.test(compactPhone(value));
}

const PARTS: AddressPart[] = [
    { field: 'fullName', vi: 'họ tên người nhận', en: 'recipient name', valid: present },
    { field: 'streetLine1', vi: 'số nhà, đường hoặc thôn', en: 'street', valid: present },
    { field: 'city', vi: 'xã/phường', en: 'commune or ward', valid: present },
    { field: 'province', vi: 'tỉnh/thành phố', en: 'province', valid: present },
    {
        field: 'phoneNumber',
        vi: 'số điện thoại hợp lệ',
        en: 'a valid phone number',
        valid: isVietnamesePhone,
    },
];

/** The parts a courier needs that the address lacks (empty when it is deliverable). */
export function missingAddressParts(address: Partial<OrderAddress> | null | undefined): AddressPart[] {
    return PARTS.filter(part => !part.valid(String(address?.[part.field] ?? '')));
}

/**
 * No order goes to payment without an address a courier can deliver to: recipient,
 * street, commune or ward, one of the 34 provinces and phone. Vietnamese addresses
 * rarely have a postal code, and a storefront that sends the address only with one
 * would otherwise get a cash-on-delivery order authorised for nobody, nowhere.
 * The province is stored under its official name ("ha tinh" → "Hà Tĩnh"). (A delivery
 * method that no longer serves a changed address is swapped by Vendure for an eligible one.)
 */
export const deliverableAddressProcess: OrderProcess<OrderState> = {
    onTransitionStart(fromState, toState, { order }) {
        if (toState !== 'ArrangingPayment' || fromState === toState) return;
        const missing = missingAddressParts(order.shippingAddress);
        if (missing.length > 0) {
            return (
                `OCOP_ADDRESS_INCOMPLETE: Địa chỉ giao hàng còn thiếu ${missing.map(p => p.vi).join(', ')} ` +
                `(the delivery address lacks ${missing.map(p => p.en).join(', ')})`
            );
        }
        const typed = String(order.shippingAddress.province);
        const province = findProvince(typed);
        if (!province) {
            return (
                `OCOP_ADDRESS_UNKNOWN_PROVINCE: "${typed}" không phải tỉnh/thành phố nào trong 34 tỉnh, thành phố ` +
                `(not one of Vietnam's 34 provinces)`
            );
        }
        order.shippingAddress = { ...order.shippingAddress, province: province.name };
    },
};

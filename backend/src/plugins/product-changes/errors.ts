import { UserInputError } from '@vendure/core';

/** Refusals of the product-change review, each with a stable code, then Vietnamese, then English. */
export type ProductChangeErrorCode =
    | 'OCOP_PRODUCT_CHANGE_NOT_FOUND'
    | 'OCOP_PRODUCT_CHANGE_DECIDED'
    | 'OCOP_PRODUCT_CHANGE_NOTE_REQUIRED'
    | 'OCOP_FIELD_TOO_LONG'
    | 'OCOP_VARIANT_OPTIONS_INVALID'
    | 'OCOP_CERTIFIED_OPTIONS_IN_USE'
    | 'OCOP_VARIANT_HAS_UNSOLD_STAMPS';

export function refusal(code: ProductChangeErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

export const changeNotFound = () =>
    refusal('OCOP_PRODUCT_CHANGE_NOT_FOUND', 'Không tìm thấy thay đổi sản phẩm', 'product change not found');

import { I18nError, LogLevel, UserInputError } from '@vendure/core';

/**
 * Refusals of the POS API, each with a stable code first so the tablet can branch
 * on it, then Vietnamese, then English in brackets.
 */
export type PosErrorCode =
    | 'OCOP_POS_INPUT_INVALID'
    | 'OCOP_POS_PIN_INVALID'
    | 'OCOP_POS_STAFF_UNKNOWN'
    | 'OCOP_POS_NOT_A_MANAGER'
    | 'OCOP_POS_ENROL_REFUSED'
    | 'OCOP_POS_ENROL_RATE_LIMITED'
    | 'OCOP_POS_SALE_INVALID'
    | 'OCOP_POS_PAYMENT_INVALID'
    | 'OCOP_POS_DISCOUNT_INVALID'
    | 'OCOP_POS_APPROVAL_REQUIRED'
    | 'OCOP_POS_CLIENT_SALE_ID_REUSED'
    | 'OCOP_POS_SALE_NOT_FOUND'
    | 'OCOP_POS_REFUND_INVALID'
    | 'OCOP_POS_CONFLICT_NOT_FOUND'
    | 'OCOP_POS_TABLET_UNKNOWN'
    | 'OCOP_POS_LOGIN_TAKEN';

export function posRefusal(code: PosErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

/** FORBIDDEN with a reason: the tablet is not what it claims (another sales point, revoked, not a tablet). */
export class PosForbiddenError extends I18nError {
    constructor(
        code:
            | 'OCOP_POS_WRONG_SALES_POINT'
            | 'OCOP_POS_TABLET_REVOKED'
            | 'OCOP_POS_NOT_A_TABLET'
            | 'OCOP_POS_NOT_YOUR_SALES_POINT',
        vi: string,
        en: string,
    ) {
        super(`${code}: ${vi} (${en})`, {}, 'FORBIDDEN', LogLevel.Verbose);
    }
}

export const wrongSalesPoint = () =>
    new PosForbiddenError(
        'OCOP_POS_WRONG_SALES_POINT',
        'Máy này thuộc điểm bán khác, không được bán thay điểm bán đó',
        'this tablet belongs to another sales point and cannot sell for this one',
    );

/** A sales point manager reaching for another sales point's staff or tablets. */
export const notYourSalesPoint = () =>
    new PosForbiddenError(
        'OCOP_POS_NOT_YOUR_SALES_POINT',
        'Chỉ quản lý được nhân viên và máy POS của điểm bán mình',
        'a manager manages only their own sales point',
    );

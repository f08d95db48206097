import { I18nError, LogLevel, UserInputError } from '@vendure/core';

/**
 * Refusals of the sales-point API, each with a stable code first so clients
 * can branch on it, then Vietnamese, then English in brackets.
 */
export type SalesPointErrorCode =
    | 'OCOP_FIELD_REQUIRED'
    | 'OCOP_FIELD_TOO_LONG'
    | 'OCOP_SALES_POINT_CODE_INVALID'
    | 'OCOP_SALES_POINT_CODE_TAKEN'
    | 'OCOP_SALES_POINT_KIND_INVALID'
    | 'OCOP_BOOTH_NEEDS_FAIR'
    | 'OCOP_SHOWROOM_WITHOUT_FAIR'
    | 'OCOP_FAIR_NOT_FOUND'
    | 'OCOP_FAIR_CODE_INVALID'
    | 'OCOP_FAIR_CODE_TAKEN'
    | 'OCOP_FAIR_DATES_INVALID'
    | 'OCOP_PROVINCE_UNKNOWN'
    | 'OCOP_PHONE_INVALID'
    | 'OCOP_OPENING_HOURS_INVALID'
    | 'OCOP_COORDINATES_INVALID';

export function refusal(code: SalesPointErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

/**
 * A showroom is the office's alone: Industry and Trade, who may run fairs and
 * their booths, gets FORBIDDEN (like any missing permission) with a reason.
 */
export class ShowroomOfficeOnlyError extends I18nError {
    constructor() {
        super(
            'OCOP_SHOWROOM_OFFICE_ONLY: Chỉ Văn phòng Điều phối NTM được tạo hoặc sửa showroom ' +
                '(forbidden: only the coordination office may create or change showrooms)',
            {},
            'FORBIDDEN',
            LogLevel.Verbose,
        );
    }
}

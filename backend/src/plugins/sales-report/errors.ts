import { UserInputError } from '@vendure/core';

/**
 * Refusals of the sales-report API, each with a stable code first so clients
 * can branch on it, then Vietnamese, then English in brackets.
 */
export type SalesReportErrorCode =
    | 'OCOP_REPORT_DATE_INVALID'
    | 'OCOP_REPORT_PERIOD_INVALID'
    | 'OCOP_REPORT_PERIOD_TOO_LONG'
    | 'OCOP_REPORT_NOT_FOUND'
    | 'OCOP_REPORT_DIMENSION_INVALID';

export function refusal(code: SalesReportErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

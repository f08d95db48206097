import { I18nError, LogLevel, UserInputError } from '@vendure/core';

/** Refusals at the API edge, each with a stable code first, then Vietnamese, then English. */
export type ApiGuardErrorCode =
    | 'OCOP_INPUT_TOO_LONG'
    | 'OCOP_INPUT_INVISIBLE_CHARACTERS'
    | 'OCOP_INPUT_CONTROL_CHARACTERS'
    | 'OCOP_INPUT_TOO_MANY_ITEMS'
    | 'OCOP_INPUT_INVALID'
    | 'OCOP_INPUT_OUT_OF_RANGE'
    | 'OCOP_DUPLICATE'
    | 'OCOP_REFERENCE_INVALID'
    | 'OCOP_CONFLICT_RETRY';

export function inputRefusal(code: ApiGuardErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

/**
 * Too many attempts: Apollo answers HTTP 429 with `Retry-After` (from `extensions.http`),
 * like the stamp page does; the code lets a client branch without parsing the text.
 */
export class TooManyAttemptsError extends I18nError {
    constructor(
        code: 'OCOP_SIGN_IN_RATE_LIMITED' | 'OCOP_CHECKOUT_RATE_LIMITED',
        vi: string,
        en: string,
        readonly retryAfterSeconds: number,
    ) {
        super(`${code}: ${vi} (${en})`, {}, 'TOO_MANY_REQUESTS', LogLevel.Verbose);
        (this.extensions as Record<string, unknown>).http = {
            status: 429,
            headers: new Map([['retry-after', String(retryAfterSeconds)]]),
        };
    }
}

export const tooManySignIns = (seconds: number) =>
    new TooManyAttemptsError(
        'OCOP_SIGN_IN_RATE_LIMITED',
        `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${minutes(seconds)} phút`,
        `too many failed sign-ins, try again in ${minutes(seconds)} min`,
        seconds,
    );

export const tooManyCheckouts = (seconds: number) =>
    new TooManyAttemptsError(
        'OCOP_CHECKOUT_RATE_LIMITED',
        `Thao tác thanh toán quá nhiều lần, vui lòng thử lại sau ${seconds} giây`,
        `too many checkout attempts, try again in ${seconds} s`,
        seconds,
    );

function minutes(seconds: number) {
    return Math.max(1, Math.ceil(seconds / 60));
}

import { UserInputError } from '@vendure/core';

export type ShiftErrorCode =
    | 'OCOP_POS_SHIFT_INVALID'
    | 'OCOP_POS_SHIFT_ALREADY_OPEN'
    | 'OCOP_POS_SHIFT_NOT_FOUND'
    | 'OCOP_POS_SHIFT_CLOSED'
    | 'OCOP_POS_SHIFT_UNSYNCED';

export function shiftRefusal(code: ShiftErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

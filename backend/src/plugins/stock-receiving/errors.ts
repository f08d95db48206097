import { UserInputError } from '@vendure/core';

export type StockReceivingErrorCode = 'OCOP_STOCK_MOVE_INVALID' | 'OCOP_STOCK_MOVE_TOO_LARGE';

export function stockRefusal(code: StockReceivingErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

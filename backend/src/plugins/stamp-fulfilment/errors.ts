import { UserInputError } from '@vendure/core';

/** Refusals of fulfilment by scanning, each with a stable code, then Vietnamese, then English. */
export type StampFulfilmentErrorCode =
    | 'OCOP_ORDER_NOT_FOUND'
    | 'OCOP_ORDER_LINE_NOT_IN_ORDER'
    | 'OCOP_FULFIL_NOTHING'
    | 'OCOP_FULFIL_TOO_MANY_UNITS'
    | 'OCOP_FULFIL_FIELD_TOO_LONG'
    | 'OCOP_FULFIL_STAMPS_REFUSED'
    | 'OCOP_FULFIL_FAILED';

export function refusal(code: StampFulfilmentErrorCode, vi: string, en: string): UserInputError {
    return new UserInputError(`${code}: ${vi} (${en})`);
}

/** Why one scanned code cannot go with this order; the dashboard shows the message as it is. */
export type StampScanProblem =
    | 'OCOP_STAMP_UNKNOWN'
    | 'OCOP_STAMP_NOT_IN_ORDER'
    | 'OCOP_STAMP_SOLD'
    | 'OCOP_STAMP_VOID'
    | 'OCOP_STAMP_ELSEWHERE'
    | 'OCOP_STAMP_SCANNED_TWICE'
    | 'OCOP_STAMP_LINE_COMPLETE';

export function scanMessage(problem: StampScanProblem, code: string, detail = ''): string {
    switch (problem) {
        case 'OCOP_STAMP_UNKNOWN':
            return `${problem}: Mã ${code} không có trong sổ tem — nghi tem giả (unknown stamp code: possibly counterfeit)`;
        case 'OCOP_STAMP_NOT_IN_ORDER':
            return `${problem}: Tem ${code} không thuộc sản phẩm nào trong đơn này (stamp of a product not in this order)`;
        case 'OCOP_STAMP_SOLD':
            return `${problem}: Tem ${code} đã bán, không dùng lại được (stamp already sold)`;
        case 'OCOP_STAMP_VOID':
            return `${problem}: Tem ${code} đã bị hủy (stamp is void)`;
        case 'OCOP_STAMP_ELSEWHERE':
            return `${problem}: Tem ${code} đang ở kho khác (${detail}), không phải kho giao đơn này (stamp is registered at another location)`;
        case 'OCOP_STAMP_SCANNED_TWICE':
            return `${problem}: Tem ${code} đã quét rồi (stamp scanned twice)`;
        case 'OCOP_STAMP_LINE_COMPLETE':
            return `${problem}: Sản phẩm này đã đủ tem (this line already has a stamp for every unit)`;
    }
}

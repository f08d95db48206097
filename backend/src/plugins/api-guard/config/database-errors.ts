import { inputRefusal } from '../errors';

/** What the PostgreSQL driver puts on an error (TypeORM's QueryFailedError copies it). */
interface PgErrorLike {
    code?: string;
    detail?: string;
    table?: string;
    column?: string;
    constraint?: string;
    driverError?: PgErrorLike;
}

/**
 * A raw database error turned into our bilingual refusal, or undefined when the error
 * is not one a request can cause with its input (then it stays an internal error).
 * The text never carries SQL, only the field and the value the person typed.
 */
export function cleanDatabaseError(error: unknown): Error | undefined {
    if (!error || typeof error !== 'object') return undefined;
    const pg: PgErrorLike = (error as PgErrorLike).driverError ?? (error as PgErrorLike);
    const code = typeof pg.code === 'string' ? pg.code : undefined;
    if (!code || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
    switch (code) {
        case '23505': {
            // detail: Key (number)=(HT-2026-001) already exists.
            const match = /^Key \((.+?)\)=\((.*)\) already exists/.exec(pg.detail ?? '');
            const field = match ? fieldLabel(match[1]) : 'giá trị';
            const value = match ? ` "${clip(match[2])}"` : '';
            return inputRefusal(
                'OCOP_DUPLICATE',
                `${field}${value} đã tồn tại, hãy dùng giá trị khác`,
                `${match ? match[1] : 'value'}${value} already exists, use another one`,
            );
        }
        case '23503':
            return inputRefusal(
                'OCOP_REFERENCE_INVALID',
                'Bản ghi được tham chiếu không tồn tại hoặc đang được dùng',
                'the referenced record does not exist or is still in use',
            );
        case '23502':
        case '23514':
        case '22P02':
        case '22P05':
        case '22021':
        case '22023':
        case '42804':
            return inputRefusal('OCOP_INPUT_INVALID', 'Dữ liệu nhập không hợp lệ', 'the input is not valid');
        case '22001':
            return inputRefusal('OCOP_INPUT_TOO_LONG', 'Dữ liệu nhập quá dài', 'the input is too long');
        case '22003':
        case '22008':
        case '22007':
        case '22009':
            return inputRefusal(
                'OCOP_INPUT_OUT_OF_RANGE',
                'Số hoặc ngày nằm ngoài phạm vi cho phép',
                'a number or date is out of range',
            );
        case '40001':
        case '40P01':
        case '55P03':
            return inputRefusal(
                'OCOP_CONFLICT_RETRY',
                'Có người khác đang sửa cùng dữ liệu, vui lòng thử lại',
                'someone else is changing the same data, please try again',
            );
        default:
            return undefined;
    }
}

const LABELS: Record<string, string> = {
    number: 'Số',
    code: 'Mã',
    '"channelId", code': 'Mã',
    taxCode: 'Mã số thuế',
    token: 'Mã',
    clientSaleId: 'Mã giao dịch',
};

function fieldLabel(columns: string): string {
    const bare = columns.replace(/"/g, '');
    return LABELS[columns] ?? LABELS[bare] ?? `Trường ${bare}`;
}

function clip(value: string): string {
    return value.length > 80 ? value.slice(0, 77) + '…' : value;
}

import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
    const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

    it.each([
        ['a server shutting down', pgError('57P01', 'terminating connection due to administrator command')],
        ['a server starting up', pgError('57P03', 'the database system is starting up')],
        ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
        ['a connection exception', pgError('08006', 'connection failure')],
        ['a dropped connection', new Error('Connection terminated unexpectedly')],
        ['a full pool', new Error('timeout exceeded when trying to connect')],
        [
            'a socket error from another realm',
            new Error('Unexpected error value: { errno: -104, code: "ECONNRESET", syscall: "connect" }'),
        ],
        [
            'a wrapped query error',
            new GraphQLError('x', {
                originalError: new QueryFailedError(
                    'SELECT 1',
                    [],
                    pgError('57P01', 'terminating connection'),
                ),
            }),
        ],
    ])('recognises %s', (_, error) => {
        expect(isDatabaseUnavailable(error)).toBe(true);
    });

    it.each([
        ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
        ['a syntax error', pgError('42601', 'syntax error at or near "SELEC"')],
        ['a serialization failure', pgError('40001', 'could not serialize access')],
        ['an application error', new GraphQLError('OCOP_ORDER_NOT_PAID: Đơn hàng chưa thanh toán')],
        ['another thrown value', new Error('Unexpected error value: { code: "23505" }')],
        ['nothing', undefined],
    ])('leaves %s alone', (_, error) => {
        expect(isDatabaseUnavailable(error)).toBe(false);
    });
});

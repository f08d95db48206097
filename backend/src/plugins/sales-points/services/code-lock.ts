import { RequestContext, TransactionalConnection } from '@vendure/core';
import { QueryFailedError } from 'typeorm';
import { CODE_LOCK_SPACE } from '../constants';

/**
 * Serialises, until the transaction ends, creating anything with this code: the
 * second of two simultaneous creates waits, then sees the first one's row.
 */
export async function lockCode(connection: TransactionalConnection, ctx: RequestContext, code: string) {
    await connection
        .getRepository(ctx, 'SalesPoint')
        .query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CODE_LOCK_SPACE, code]);
}

/** A unique index refused the row: a code taken by a writer the lock did not see (another path). */
export function isUniqueViolation(error: unknown): boolean {
    return error instanceof QueryFailedError && (error as any).driverError?.code === '23505';
}

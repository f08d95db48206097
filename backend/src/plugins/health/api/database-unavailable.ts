import { ApiOptions, Logger } from '@vendure/core';
import { loggerCtx } from '../constants';

type ApolloServerPlugin = NonNullable<ApiOptions['apolloServerPlugins']>[number];

export const DATABASE_UNAVAILABLE = 'OCOP_DATABASE_UNAVAILABLE';
const MESSAGE = `${DATABASE_UNAVAILABLE}: Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút (the database is unavailable for a moment; try again shortly)`;

/** SQLSTATEs of a server going away or not taking connections: class 08, admin/crash shutdown, cannot connect now, too many clients. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
/** Socket errors of `pg` reaching a server that is down or gone. */
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** What `pg` and `pg-pool` throw without a code when a connection ends or none comes in time. */
const UNAVAILABLE_MESSAGE =
    /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly)/;

const unavailableCode = (code: string) => UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET.has(code);

/**
 * Whether an error means "the database cannot be reached right now" rather than a fault
 * of the request: the driver error may be wrapped (TypeORM's QueryFailedError keeps
 * `code`; GraphQL keeps `originalError`; causes chain).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
    for (let e: any = error, depth = 0; e && depth < 5; depth++) {
        if (typeof e.code === 'string' && unavailableCode(e.code)) return true;
        if (typeof e.message === 'string') {
            if (UNAVAILABLE_MESSAGE.test(e.message)) return true;
            // graphql-js turns a thrown value that is not an Error of its realm into
            // `Unexpected error value: { …, code: "ECONNRESET", … }`.
            const code = /^Unexpected error value: .*\bcode: "([^"]+)"/.exec(e.message)?.[1];
            if (code && unavailableCode(code)) return true;
        }
        e = e.originalError ?? e.driverError ?? e.cause;
    }
    return false;
}

/**
 * While PostgreSQL restarts, every request fails; the buyer should read one stable,
 * bilingual message with a code a client can act on (retry), not the driver's words
 * ("terminating connection due to administrator command", an address and port).
 * The original stays in the server log.
 */
export const databaseUnavailablePlugin: ApolloServerPlugin = {
    async requestDidStart() {
        return {
            async didEncounterErrors({ errors }) {
                for (const error of errors) {
                    if (!isDatabaseUnavailable(error)) continue;
                    Logger.warn(`Database unavailable: ${error.message}`, loggerCtx);
                    error.message = MESSAGE;
                    (error.extensions as Record<string, unknown>).code = DATABASE_UNAVAILABLE;
                }
            },
        };
    },
};

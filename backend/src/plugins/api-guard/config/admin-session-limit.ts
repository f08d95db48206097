import { Permission } from '@vendure/common/lib/generated-types';
import {
    API_KEY_AUTH_STRATEGY_NAME,
    ConfigService,
    DefaultEntityAccessControlStrategy,
    Injector,
    Logger,
    RequestContext,
    Session,
    SessionCacheStrategy,
    TransactionalConnection,
} from '@vendure/core';
import { loggerCtx } from '../constants';

export interface AdminSessionLimitOptions {
    /** How long a staff sign-in lasts, from the moment of signing in, whatever happens after. */
    maxAgeMs: number;
    /**
     * Sessions of these authentication strategies are device credentials with a revocation of
     * their own (POS tablets: `revokePosTablet`), not a person's sign-in: never cut short.
     * API keys (`apikey`) are always exempt.
     */
    exemptAuthenticationStrategies: string[];
}

/**
 * Staff sessions end a fixed time after sign-in (ADR 0023). Vendure has one
 * `sessionDuration` for every session and slides it forward while the session is used,
 * so a dashboard left open stays signed in for ever. Checked in Vendure's access-control
 * gate, which runs in the AuthGuard on every request once the session is known: a staff
 * session older than the limit is deleted (row and session cache, so every server
 * agrees) and the request is answered as if signed out.
 *
 * A staff session is one whose user holds any permission beyond `Authenticated`
 * (customers hold only that), on whichever API its token is presented: Vendure's sessions
 * belong to a user, not to an API.
 */
export class AdminSessionLimit extends DefaultEntityAccessControlStrategy {
    private connection!: TransactionalConnection;
    private sessionCache!: SessionCacheStrategy;
    private readonly exempt: Set<string>;
    /** One answer per HTTP request: the gate runs for every root field and guarded field. */
    private readonly decided = new WeakMap<object, Promise<boolean>>();

    constructor(private readonly options: AdminSessionLimitOptions) {
        super();
        this.exempt = new Set([API_KEY_AUTH_STRATEGY_NAME, ...options.exemptAuthenticationStrategies]);
    }

    init(injector: Injector) {
        this.connection = injector.get(TransactionalConnection);
        this.sessionCache = injector.get(ConfigService).authOptions.sessionCacheStrategy;
    }

    async canAccess(ctx: RequestContext, permissions: Permission[]): Promise<boolean> {
        if (await this.endedNow(ctx)) {
            return permissions.length === 0 || permissions.includes(Permission.Public);
        }
        return super.canAccess(ctx, permissions);
    }

    private endedNow(ctx: RequestContext): Promise<boolean> {
        const session = ctx.session;
        if (!session?.user || this.exempt.has(session.authenticationStrategy ?? '')) {
            return Promise.resolve(false);
        }
        const staff = session.user.channelPermissions.some(channel =>
            channel.permissions.some(p => p !== Permission.Authenticated),
        );
        if (!staff) return Promise.resolve(false);
        const req = ctx.req;
        const known = req && this.decided.get(req);
        if (known) return known;
        const decision = this.endIfTooOld(ctx);
        if (req) this.decided.set(req, decision);
        return decision;
    }

    /**
     * Reads the sign-in time from the database on each request (a primary-key read): the
     * cached session does not carry it, and only staff requests pay for it.
     */
    private async endIfTooOld(ctx: RequestContext): Promise<boolean> {
        const session = ctx.session!;
        const repository = this.connection.rawConnection.getRepository(Session);
        const row: { createdAt: Date } | undefined = await repository
            .createQueryBuilder('session')
            .select('session.createdAt', 'createdAt')
            .where('session.id = :id', { id: session.id })
            .getRawOne();
        // Already gone (signed out elsewhere): Vendure answers the next request as signed out.
        if (!row || new Date(row.createdAt).getTime() + this.options.maxAgeMs > Date.now()) return false;
        await repository.delete({ id: session.id });
        await this.sessionCache.delete(session.token);
        // The dashboard's cookie is cleared in this very answer, as Vendure does for a dead token.
        const cookie = (ctx.req as { session?: { token?: string } | null } | undefined)?.session;
        if (cookie) cookie.token = '';
        Logger.verbose(
            `Staff session of user ${String(session.user?.id)} ended: signed in ${new Date(row.createdAt).toISOString()}`,
            loggerCtx,
        );
        return true;
    }
}

import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { internal_getRequestContext, RequestContext } from '@vendure/core';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { checkArguments } from '../config/input-limits';
import { cleanDatabaseError } from '../config/database-errors';
import { RateLimitService } from '../../cluster/services/rate-limit.service';
import { RateLimiter } from '../../cluster/types';
import {
    API_GUARD_PLUGIN_OPTIONS,
    CHECKOUT_OPERATIONS,
    CHECKOUT_WINDOW_SECONDS,
    SIGN_IN_OPERATIONS,
} from '../constants';
import { tooManyCheckouts, tooManySignIns } from '../errors';
import { GuardedResolvers } from '../services/guarded-resolvers';
import { ApiGuardPluginOptions } from '../types';

type Limit = { key: string; kind: 'sign-in' | 'checkout' };

/**
 * The API edge of every GraphQL operation: abuse limits (sign-in, checkout) before
 * anything runs, the text limits of our plugins' operations before their resolvers
 * see the input, and raw database errors turned into our bilingual refusals after.
 * Runs outside Vendure's transaction interceptor, so a refused write is already
 * rolled back when the refusal is sent.
 */
@Injectable()
export class ApiGuardInterceptor implements NestInterceptor {
    /** Attempts per account and client; a successful sign-in forgets them. */
    private readonly signIns: RateLimiter;
    private readonly checkouts: RateLimiter;

    constructor(
        @Inject(API_GUARD_PLUGIN_OPTIONS) private readonly options: ApiGuardPluginOptions,
        rateLimits: RateLimitService,
        private readonly guarded: GuardedResolvers,
    ) {
        this.signIns = rateLimits.limiter('sign-in', {
            points: options.signInMaxFailures,
            durationSeconds: options.signInWindowMinutes * 60,
        });
        this.checkouts = rateLimits.limiter('checkout', {
            points: options.checkoutRateLimit,
            durationSeconds: CHECKOUT_WINDOW_SECONDS,
        });
    }

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
        const gql = GqlExecutionContext.create(context);
        const info = gql.getInfo<GraphQLResolveInfo>();
        const root = info.parentType.name === 'Mutation' || info.parentType.name === 'Query';
        if (!root) return next.handle();
        const args = gql.getArgs<Record<string, unknown>>();
        if (this.guarded.has(context.getClass())) {
            const field = info.parentType.getFields()[info.fieldName];
            // Thrown here, the refusal becomes the field's GraphQL error like any other.
            checkArguments(`${info.parentType.name}.${info.fieldName}`, field.args, args);
        }
        const limit = this.limitOf(info, args, gql.getContext().req, context);
        // Vendure's resolvers hand back a promise inside the observable: it is awaited here so
        // that its rejection (a raw database error) and its result (a failed sign-in) are seen.
        const handled = (): Observable<unknown> =>
            next.handle().pipe(
                mergeMap(async result => await result),
                catchError((error: unknown) => throwError(() => cleanDatabaseError(error) ?? error)),
            );
        if (!limit) return handled();
        return from(this.take(limit)).pipe(
            mergeMap(() => handled()),
            mergeMap(async result => {
                if (limit.kind === 'sign-in' && !isFailedSignIn(result)) await this.release(limit);
                return result;
            }),
        );
    }

    private limitOf(
        info: GraphQLResolveInfo,
        args: Record<string, any>,
        req: any,
        context: ExecutionContext,
    ): Limit | undefined {
        const name = info.fieldName;
        if (info.parentType.name !== 'Mutation') return undefined;
        const ip = String(req?.ip ?? req?.socket?.remoteAddress ?? '');
        if ((SIGN_IN_OPERATIONS as readonly string[]).includes(name) && this.options.signInMaxFailures > 0) {
            const account = String(
                args.username ?? args.input?.native?.username ?? args.input?.username ?? '',
            )
                .trim()
                .toLowerCase()
                .slice(0, 200);
            const api = req?.originalUrl?.includes('admin-api') ? 'admin' : 'shop';
            return { kind: 'sign-in', key: `${api}:${account}:${ip}` };
        }
        if ((CHECKOUT_OPERATIONS as readonly string[]).includes(name) && this.options.checkoutRateLimit > 0) {
            const ctx: RequestContext | undefined = req
                ? internal_getRequestContext(req, context)
                : undefined;
            if (ctx && ctx.apiType !== 'shop') return undefined;
            // A request without credentials gets a fresh anonymous session each time (and has no
            // order to pay for): it is counted by its address, so dropping the token buys nothing.
            const credentials = !!(req?.headers?.authorization || req?.headers?.cookie);
            const session = credentials ? ctx?.session?.id : undefined;
            return { kind: 'checkout', key: session ? `session:${session}` : `ip:${ip}` };
        }
        return undefined;
    }

    /**
     * Counts the attempt first (atomic across processes): of 50 parallel guesses, only N get
     * through. A limiter whose store fails lets the request through (RateLimitService).
     */
    private async take(limit: Limit): Promise<void> {
        const wait = await (limit.kind === 'sign-in' ? this.signIns : this.checkouts).take(limit.key);
        if (wait > 0) throw limit.kind === 'sign-in' ? tooManySignIns(wait) : tooManyCheckouts(wait);
    }

    private async release(limit: Limit) {
        await this.signIns.reset(limit.key).catch(() => undefined);
    }
}

/** Wrong credentials: Vendure answers with an error result, the POS enrolment throws. */
function isFailedSignIn(result: unknown): boolean {
    const code = (result as { errorCode?: string } | undefined)?.errorCode;
    return code === 'INVALID_CREDENTIALS_ERROR';
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@vendure/core';
import { StampVerificationService } from '../services/stamp-verification.service';
import { StampVerification } from '../types';
import { checkClientOf, TooManyStampChecksError } from './check-client';

/**
 * `verifyStamp` for the storefront and any app. Deliberately no transaction:
 * the check is one read, and its log entry is written in the background.
 */
@Resolver()
export class StampVerificationShopResolver {
    constructor(private readonly stampVerificationService: StampVerificationService) {}

    @Query()
    @Allow(Permission.Public)
    async verifyStamp(
        @Ctx() ctx: RequestContext,
        @Args() args: { code: string },
    ): Promise<StampVerification> {
        const client = checkClientOf(ctx.req);
        const wait = await this.stampVerificationService.takeRateLimitToken(client);
        if (wait > 0) throw new TooManyStampChecksError(wait);
        return this.stampVerificationService.verify(args.code, client, 'API', ctx.languageCode);
    }
}

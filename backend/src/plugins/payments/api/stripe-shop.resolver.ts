import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { Allow, Ctx, RequestContext } from '@vendure/core';
import { StripeService } from '../services/stripe.service';

@Resolver()
export class StripeShopResolver {
    constructor(private stripeService: StripeService) {}

    @Query()
    @Allow(Permission.Public)
    stripePublishableKey(): string | null {
        return this.stripeService.publishableKey;
    }

    @Mutation()
    @Allow(Permission.Owner)
    createStripePaymentIntent(@Ctx() ctx: RequestContext): Promise<string> {
        return this.stripeService.createPaymentIntent(ctx);
    }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@vendure/core';
import { PublicProducerService } from '../services/public-producer.service';

@Resolver()
export class PublicProducerResolver {
    constructor(private publicProducers: PublicProducerService) {}

    @Query()
    @Allow(Permission.Public)
    producers(@Ctx() ctx: RequestContext) {
        return this.publicProducers.list(ctx);
    }

    @Query()
    @Allow(Permission.Public)
    producer(@Ctx() ctx: RequestContext, @Args() args: { code: string }) {
        return this.publicProducers.byCode(ctx, args.code);
    }
}

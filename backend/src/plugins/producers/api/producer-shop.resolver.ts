import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { Allow, Ctx, RequestContext, Transaction } from '@vendure/core';
import { ProducerService } from '../services/producer.service';

@Resolver()
export class ProducerShopResolver {
    constructor(private producerService: ProducerService) {}

    /** Public on purpose: anyone may apply; only the office's approval makes a seller. */
    @Mutation()
    @Transaction()
    @Allow(Permission.Public)
    async submitProducerApplication(@Ctx() ctx: RequestContext, @Args() args: { input: any }) {
        const application = await this.producerService.submitApplication(ctx, args.input);
        return { id: application.id, status: application.status };
    }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { fulfilWithStampsPermission } from '../constants';
import { FulfilWithStampsInput, StampFulfilmentService } from '../services/stamp-fulfilment.service';

const FulfilWithStamps = fulfilWithStampsPermission.Permission;

@Resolver()
export class StampFulfilmentResolver {
    constructor(private service: StampFulfilmentService) {}

    @Query()
    @Allow(FulfilWithStamps)
    sellerOrdersToFulfil(@Ctx() ctx: RequestContext) {
        return this.service.ordersToFulfil(ctx);
    }

    @Query()
    @Allow(FulfilWithStamps)
    sellerOrderToFulfil(@Ctx() ctx: RequestContext, @Args() args: { orderId: ID }) {
        return this.service.orderToFulfil(ctx, args.orderId);
    }

    @Query()
    @Allow(FulfilWithStamps)
    checkFulfilmentStamp(
        @Ctx() ctx: RequestContext,
        @Args() args: { orderId: ID; code: string; alreadyScanned?: string[] | null },
    ) {
        return this.service.checkStamp(ctx, args.orderId, args.code, args.alreadyScanned ?? []);
    }

    @Mutation()
    @Transaction()
    @Allow(FulfilWithStamps)
    fulfilSellerOrderWithStamps(@Ctx() ctx: RequestContext, @Args() args: { input: FulfilWithStampsInput }) {
        return this.service.fulfil(ctx, args.input);
    }
}

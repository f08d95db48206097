import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, OrderLine, RequestContext } from '@vendure/core';
import { SellerOrderService } from '../services/seller-order.service';

@Resolver('OrderLine')
export class OrderLineStampsResolver {
    constructor(private sellerOrderService: SellerOrderService) {}

    @ResolveField()
    stampCodes(@Ctx() ctx: RequestContext, @Parent() line: OrderLine): Promise<string[]> {
        return this.sellerOrderService.stampCodesForCustomer(ctx, line.id);
    }
}

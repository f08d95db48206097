import { Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import { Allow, Ctx, RequestContext } from '@vendure/core';
import { SalesPointService } from '../services/sales-point.service';

@Resolver()
export class SalesPointShopResolver {
    constructor(private salesPointService: SalesPointService) {}

    /** Public on purpose: the "where to buy" page is for everyone, and carries only public fields. */
    @Query()
    @Allow(Permission.Public)
    salesPoints(@Ctx() ctx: RequestContext) {
        return this.salesPointService.publicList(ctx);
    }
}

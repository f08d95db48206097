import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { sellAtPosPermission } from '../../pos/constants';
import { readStampAlertsPermission } from '../../stamps/constants';
import { PosStaffService } from '../../pos/services/pos-staff.service';
import { StockMoveInput, StockReceivingService } from '../services/stock-receiving.service';

const sell = sellAtPosPermission.Permission;

/** Stock at the tablet's own sales point; the office reads suspicious scans. */
@Resolver()
export class StockReceivingResolver {
    constructor(
        private staffService: PosStaffService,
        private receiving: StockReceivingService,
    ) {}

    @Mutation()
    @Allow(sell)
    async receivePosStock(@Ctx() ctx: RequestContext, @Args() args: { input: StockMoveInput }) {
        return this.receiving.receive(ctx, await this.staffService.tabletOf(ctx), args.input);
    }

    @Mutation()
    @Allow(sell)
    async returnPosStock(@Ctx() ctx: RequestContext, @Args() args: { input: StockMoveInput }) {
        return this.receiving.returnToProducer(ctx, await this.staffService.tabletOf(ctx), args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(sell)
    async posStampLookup(@Ctx() ctx: RequestContext, @Args() args: { code: string }) {
        return this.receiving.lookup(ctx, await this.staffService.tabletOf(ctx), args.code);
    }

    @Query()
    @Allow(sell)
    async posLowStock(@Ctx() ctx: RequestContext, @Args() args: { threshold?: number | null }) {
        return this.receiving.lowStock(
            ctx,
            await this.staffService.tabletOf(ctx),
            args.threshold ?? undefined,
        );
    }

    @Query()
    @Allow(readStampAlertsPermission.Permission)
    posSuspectScans(@Ctx() ctx: RequestContext, @Args() args: { salesPointId?: ID | null }) {
        return this.receiving.suspectScans(ctx, args.salesPointId ? Number(args.salesPointId) : undefined);
    }
}

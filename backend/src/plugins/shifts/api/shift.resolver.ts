import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { sellAtPosPermission } from '../../pos/constants';
import { PosStaffService } from '../../pos/services/pos-staff.service';
import { ShiftService } from '../services/shift.service';

const sell = sellAtPosPermission.Permission;

/** Shifts on the tablet's own sales point. */
@Resolver()
export class ShiftResolver {
    constructor(
        private staffService: PosStaffService,
        private shiftService: ShiftService,
    ) {}

    @Query()
    @Allow(sell)
    async currentPosShift(@Ctx() ctx: RequestContext) {
        return this.shiftService.current(ctx, await this.staffService.tabletOf(ctx));
    }

    @Query()
    @Allow(sell)
    async posZReport(@Ctx() ctx: RequestContext, @Args() args: { shiftId: ID }) {
        return this.shiftService.zReport(ctx, await this.staffService.tabletOf(ctx), args.shiftId);
    }

    @Mutation()
    @Allow(sell)
    async openPosShift(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { staffId: ID; openingFloat: number } },
    ) {
        return this.shiftService.open(ctx, await this.staffService.tabletOf(ctx), args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(sell)
    async posCashMovement(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { shiftId: ID; staffId: ID; amount: number; reason: string } },
    ) {
        return this.shiftService.cashMovement(ctx, await this.staffService.tabletOf(ctx), args.input);
    }

    @Mutation()
    @Allow(sell)
    async closePosShift(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            input: {
                shiftId: ID;
                staffId: ID;
                countedCash: number;
                unsyncedSales: number;
                salesCount?: number;
            };
        },
    ) {
        return this.shiftService.close(ctx, await this.staffService.tabletOf(ctx), args.input);
    }
}

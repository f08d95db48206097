import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { readStampAlertsPermission } from '../../stamps/constants';
import { StampAlertListOptions, StampAlertService } from '../services/stamp-alert.service';

@Resolver()
export class StampAlertAdminResolver {
    constructor(private readonly stampAlertService: StampAlertService) {}

    @Query()
    @Allow(readStampAlertsPermission.Permission)
    stampAlerts(@Ctx() ctx: RequestContext, @Args() args: { options?: StampAlertListOptions }) {
        return this.stampAlertService.findAll(ctx, args.options ?? {});
    }

    @Transaction()
    @Mutation()
    @Allow(readStampAlertsPermission.Permission)
    resolveStampAlert(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.stampAlertService.resolve(ctx, args.id);
    }
}

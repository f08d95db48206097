import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { readStampAlertsPermission } from '../../stamps/constants';
import { StampAlertListOptions, StampAlertService, StampAlertView } from '../services/stamp-alert.service';
import { StampHistoryService } from '../services/stamp-history.service';

@Resolver()
export class StampAlertAdminResolver {
    constructor(
        private readonly stampAlertService: StampAlertService,
        private readonly stampHistoryService: StampHistoryService,
    ) {}

    @Query()
    @Allow(readStampAlertsPermission.Permission)
    stampAlerts(@Ctx() ctx: RequestContext, @Args() args: { options?: StampAlertListOptions }) {
        return this.stampAlertService.findAll(ctx, args.options ?? {});
    }

    @Query()
    @Allow(readStampAlertsPermission.Permission)
    stampAlert(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.stampAlertService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(readStampAlertsPermission.Permission)
    async stampHistory(@Ctx() ctx: RequestContext, @Args() args: { stampId: ID }) {
        if (!(await this.stampAlertService.stampVisible(ctx, args.stampId))) return null;
        return this.stampHistoryService.historyOf(ctx, String(args.stampId));
    }

    @Transaction()
    @Mutation()
    @Allow(readStampAlertsPermission.Permission)
    resolveStampAlert(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.stampAlertService.resolve(ctx, args.id);
    }
}

@Resolver('StampAlert')
export class StampAlertEntityResolver {
    constructor(private readonly stampHistoryService: StampHistoryService) {}

    /** The alert was read through a scoped query: its stamp is visible to the caller. */
    @ResolveField()
    history(@Ctx() ctx: RequestContext, @Parent() alert: StampAlertView) {
        return this.stampHistoryService.historyOf(ctx, alert.stampId);
    }
}

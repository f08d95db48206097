import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { formatStampSerial } from '@ocop/shared';
import { Allow, Ctx, ID, ProductVariantService, RequestContext, Transaction } from '@vendure/core';
import { manageStampsPermission, readStampsPermission } from '../constants';
import { Stamp, StampStatus } from '../entities/stamp.entity';
import { StampBatch } from '../entities/stamp-batch.entity';
import { IssueStampBatchInput, StampListOptions, StampService } from '../services/stamp.service';
import { StampBatchListOptions } from '../services/stamp-list-options';

@Resolver()
export class StampAdminResolver {
    constructor(private stampService: StampService) {}

    @Query()
    @Allow(readStampsPermission.Permission)
    stampBatches(@Ctx() ctx: RequestContext, @Args() args: { options?: StampBatchListOptions }) {
        return this.stampService.findBatches(ctx, args.options ?? {});
    }

    @Query()
    @Allow(readStampsPermission.Permission)
    stampBatch(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.stampService.findBatch(ctx, args.id);
    }

    @Query()
    @Allow(manageStampsPermission.Permission)
    stampIssueProgress(@Args() args: { key: string }) {
        return this.stampService.issueProgress(args.key);
    }

    @Mutation()
    @Transaction()
    @Allow(manageStampsPermission.Permission)
    issueStampBatch(@Ctx() ctx: RequestContext, @Args() args: { input: IssueStampBatchInput }) {
        return this.stampService.issueBatch(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageStampsPermission.Permission)
    voidStamps(@Ctx() ctx: RequestContext, @Args() args: { codes: string[]; reason: string }) {
        return this.stampService.voidStamps(ctx, args.codes, args.reason);
    }

    @Mutation()
    @Transaction()
    @Allow(manageStampsPermission.Permission)
    voidStampRange(
        @Ctx() ctx: RequestContext,
        @Args() args: { batchId: ID; fromSerial: string; toSerial: string; reason: string },
    ) {
        return this.stampService.voidRange(ctx, args.batchId, args.fromSerial, args.toSerial, args.reason);
    }

    @Mutation()
    @Transaction()
    @Allow(manageStampsPermission.Permission)
    voidStampBatch(@Ctx() ctx: RequestContext, @Args() args: { batchId: ID; reason: string }) {
        return this.stampService.voidBatch(ctx, args.batchId, args.reason);
    }
}

@Resolver('StampBatch')
export class StampBatchEntityResolver {
    constructor(
        private stampService: StampService,
        private productVariantService: ProductVariantService,
    ) {}

    @ResolveField()
    productVariant(@Ctx() ctx: RequestContext, @Parent() batch: StampBatch) {
        return this.productVariantService.findOne(ctx, batch.productVariantId);
    }

    @ResolveField()
    firstSerial(@Parent() batch: StampBatch) {
        return formatStampSerial(batch.serialYear, batch.firstSerial);
    }

    @ResolveField()
    lastSerial(@Parent() batch: StampBatch) {
        return formatStampSerial(batch.serialYear, batch.firstSerial + batch.quantity - 1);
    }

    @ResolveField()
    async stamps(
        @Ctx() ctx: RequestContext,
        @Parent() batch: StampBatch,
        @Args() args: { options?: StampListOptions },
    ) {
        const { items, totalItems } = await this.stampService.findStamps(ctx, batch.id, args.options ?? {});
        // Only the office (and its print files) needs the codes of unsold stamps; for anyone
        // else a code that has not yet gone out on a product is a fake waiting to be printed.
        const mayReadUnsold = ctx.userHasPermissions([manageStampsPermission.Permission]);
        return {
            items: items.map((stamp: Stamp) => ({
                ...stamp,
                code: mayReadUnsold || stamp.status !== StampStatus.ISSUED ? stamp.code : null,
                serial: formatStampSerial(batch.serialYear, stamp.serial),
            })),
            totalItems,
        };
    }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, RequestContext, Transaction } from '@vendure/core';
import { selfAssessPermission } from '../constants';
import { SelfAssessmentService } from '../services/self-assessment.service';
import { SubmitSelfAssessmentInput } from '../types';

@Resolver()
export class SelfAssessmentResolver {
    constructor(private selfAssessmentService: SelfAssessmentService) {}

    @Query()
    @Allow(selfAssessPermission.Permission)
    selfAssessments(@Ctx() ctx: RequestContext, @Args() args: { productId: ID }) {
        return this.selfAssessmentService.history(ctx, args.productId);
    }

    @Mutation()
    @Transaction()
    @Allow(selfAssessPermission.Permission)
    submitSelfAssessment(@Ctx() ctx: RequestContext, @Args() args: { input: SubmitSelfAssessmentInput }) {
        return this.selfAssessmentService.submit(ctx, args.input);
    }
}

import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { internal_getRequestContext } from '@vendure/core';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable } from 'rxjs';
import { mergeMap } from 'rxjs/operators';
import {
    HELD_MUTATIONS,
    HeldMutation,
    OPTION_MUTATIONS,
    OptionMutation,
    reviewProductChangesPermission,
} from '../constants';
import { CertifiedVariantsService } from '../services/certified-variants.service';
import { ProductChangeService } from '../services/product-change.service';

/**
 * Holds what a certificate covers (ADR 0018): before Vendure's product and variant
 * updates run for someone who may not review changes (a producer), the name,
 * description, images and variants' contents and options of certified products are
 * taken out of the input; the rest (prices, stock, …) applies at once, and the held part
 * is recorded for the office once the update has succeeded. Changes to options that
 * certified variants share are refused to them before anything runs.
 */
@Injectable()
export class HoldCertifiedChangesInterceptor implements NestInterceptor {
    constructor(
        private productChangeService: ProductChangeService,
        private certifiedVariants: CertifiedVariantsService,
    ) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo>();
        if (info.parentType.name !== 'Mutation') return next.handle();
        const mutation = info.fieldName;
        const held = HELD_MUTATIONS.includes(mutation as HeldMutation);
        const option = OPTION_MUTATIONS.includes(mutation as OptionMutation);
        if (!held && !option) return next.handle();
        const ctx = internal_getRequestContext(gqlContext.getContext().req, context);
        if (ctx.apiType !== 'admin' || ctx.userHasPermissions([reviewProductChangesPermission.Permission])) {
            return next.handle();
        }
        if (option) {
            return from(
                this.certifiedVariants.refuseOptionChanges(
                    ctx,
                    mutation as OptionMutation,
                    gqlContext.getArgs(),
                ),
            ).pipe(mergeMap(() => next.handle()));
        }
        return from(
            this.productChangeService.holdCoveredChanges(ctx, mutation as HeldMutation, gqlContext.getArgs()),
        ).pipe(
            mergeMap(held =>
                next.handle().pipe(
                    mergeMap(async result => {
                        if (held.size) await this.productChangeService.record(ctx, held);
                        return result;
                    }),
                ),
            ),
        );
    }
}

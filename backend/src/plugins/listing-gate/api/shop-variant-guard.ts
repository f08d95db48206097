import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
    EntityNotFoundError,
    internal_getRequestContext,
    parseContext,
    TransactionalConnection,
} from '@vendure/core';
import { from, Observable, switchMap } from 'rxjs';

/** Shop API mutations that name a variant a shopper has not been shown. */
const ADDING = new Set(['addItemToOrder', 'addItemsToOrder']);

/**
 * Vendure adds any enabled variant by id, in whatever channel it lives, and its
 * stock check and our selling rule then answer with the variant's stock or why it
 * may not be sold. A shopper may only learn about what the marketplace lists: for
 * any other variant the answer is the one a nonexistent id gets (ENTITY_NOT_FOUND).
 */
@Injectable()
export class ShopVariantGuard implements NestInterceptor {
    constructor(private connection: TransactionalConnection) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        const parsed = parseContext(context);
        if (
            !parsed.isGraphQL ||
            !parsed.info ||
            parsed.info.parentType.name !== 'Mutation' ||
            !ADDING.has(parsed.info.fieldName)
        ) {
            return next.handle();
        }
        const ctx = internal_getRequestContext(parsed.req, context);
        if (ctx.apiType !== 'shop') return next.handle();
        const args = GqlExecutionContext.create(context).getArgs();
        const ids: string[] = args.inputs
            ? args.inputs.map((i: { productVariantId: string }) => String(i.productVariantId))
            : [String(args.productVariantId)];
        return from(this.firstUnlisted(ctx.channelId, ids)).pipe(
            switchMap(unlisted => {
                if (unlisted !== undefined) throw new EntityNotFoundError('ProductVariant', unlisted);
                return next.handle();
            }),
        );
    }

    private async firstUnlisted(channelId: string | number, ids: string[]): Promise<string | undefined> {
        const numeric = ids.filter(id => /^\d{1,9}$/.test(id)).map(Number);
        const rows: Array<{ id: number }> = numeric.length
            ? await this.connection.rawConnection.query(
                  `SELECT v.id FROM product_variant v
                     JOIN product_variant_channels_channel vc ON vc."productVariantId" = v.id AND vc."channelId" = $1
                    WHERE v.id = ANY($2) AND v."deletedAt" IS NULL`,
                  [Number(channelId), numeric],
              )
            : [];
        const listed = new Set(rows.map(r => String(r.id)));
        return ids.find(id => !listed.has(id));
    }
}

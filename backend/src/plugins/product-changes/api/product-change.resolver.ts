import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Asset,
    Ctx,
    ID,
    Permission,
    ProductService,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';
import { reviewProductChangesPermission } from '../constants';
import { ProductChange, ProposedContents } from '../entities/product-change.entity';
import { ProductChangeListOptions, ProductChangeService } from '../services/product-change.service';

@Resolver()
export class ProductChangeAdminResolver {
    constructor(private productChangeService: ProductChangeService) {}

    @Query()
    @Allow(Permission.ReadProduct, Permission.ReadCatalog)
    productChanges(@Ctx() ctx: RequestContext, @Args() args: { options?: ProductChangeListOptions }) {
        return this.productChangeService.findAll(ctx, args.options ?? {});
    }

    @Mutation()
    @Transaction()
    @Allow(reviewProductChangesPermission.Permission)
    approveProductChange(@Ctx() ctx: RequestContext, @Args() args: { id: ID; note?: string | null }) {
        return this.productChangeService.approve(ctx, args.id, args.note);
    }

    @Mutation()
    @Transaction()
    @Allow(reviewProductChangesPermission.Permission)
    rejectProductChange(@Ctx() ctx: RequestContext, @Args() args: { id: ID; note: string }) {
        return this.productChangeService.reject(ctx, args.id, args.note);
    }
}

@Resolver('ProductChange')
export class ProductChangeEntityResolver {
    constructor(private productService: ProductService) {}

    @ResolveField()
    product(@Ctx() ctx: RequestContext, @Parent() change: ProductChange) {
        return this.productService.findOne(ctx, change.productId);
    }

    @ResolveField()
    productContents(@Parent() change: ProductChange) {
        return change.proposal.product ? asGraphQL(change.proposal.product) : null;
    }

    @ResolveField()
    variants(@Parent() change: ProductChange) {
        return Object.entries(change.proposal.variants ?? {}).map(([variantId, contents]) => ({
            variantId,
            contents: asGraphQL(contents),
        }));
    }
}

@Resolver('ProposedContents')
export class ProposedContentsResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    async assets(@Ctx() ctx: RequestContext, @Parent() contents: ProposedContents) {
        if (!contents.assetIds) return null;
        const ids = contents.assetIds.map(Number);
        const assets = await this.connection.getRepository(ctx, Asset).find({ where: { id: In(ids) } });
        return ids.map(id => assets.find(a => a.id === id)).filter(Boolean);
    }
}

function asGraphQL(contents: ProposedContents) {
    return {
        ...contents,
        featuredAssetChanged: contents.featuredAssetId !== undefined,
        featuredAssetId: contents.featuredAssetId ?? null,
    };
}

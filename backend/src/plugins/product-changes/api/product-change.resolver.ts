import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateProductVariantInput } from '@vendure/common/lib/generated-types';
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
import { CertifiedVariantsService } from '../services/certified-variants.service';
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

/**
 * Answers Vendure's own `createProductVariants` (same permissions, in a transaction): a
 * producer's new variant of a certified product is held for the office, and a producer
 * may add variants to a product already on sale (see CertifiedVariantsService.create).
 */
@Resolver()
export class CreateProductVariantsResolver {
    constructor(private certifiedVariants: CertifiedVariantsService) {}

    @Mutation()
    @Transaction()
    @Allow(Permission.UpdateCatalog, Permission.UpdateProduct)
    createProductVariants(@Ctx() ctx: RequestContext, @Args() args: { input: CreateProductVariantInput[] }) {
        return this.certifiedVariants.create(ctx, args.input);
    }
}

@Resolver('ProductChange')
export class ProductChangeEntityResolver {
    constructor(
        private productService: ProductService,
        private productChangeService: ProductChangeService,
    ) {}

    @ResolveField()
    product(@Ctx() ctx: RequestContext, @Parent() change: ProductChange) {
        return this.productService.findOne(ctx, change.productId);
    }

    @ResolveField()
    productContents(@Parent() change: ProductChange) {
        return change.proposal.product ? asGraphQL(change.proposal.product) : null;
    }

    @ResolveField()
    async variants(@Ctx() ctx: RequestContext, @Parent() change: ProductChange) {
        const entries = Object.entries(change.proposal.variants ?? {});
        const names = await this.productChangeService.variantNames(
            ctx,
            entries.map(([variantId]) => variantId),
        );
        return entries.map(([variantId, contents]) => ({
            variantId,
            name: names.get(variantId) ?? null,
            contents: asGraphQL(contents),
        }));
    }

    @ResolveField()
    newVariant(@Ctx() ctx: RequestContext, @Parent() change: ProductChange) {
        if (change.kind !== 'NEW_VARIANT' || change.productVariantId == null) return null;
        return this.productChangeService.newVariantView(ctx, change.productVariantId);
    }
}

@Resolver('ProposedContents')
export class ProposedContentsResolver {
    constructor(
        private connection: TransactionalConnection,
        private productChangeService: ProductChangeService,
    ) {}

    @ResolveField()
    options(@Ctx() ctx: RequestContext, @Parent() contents: ProposedContents) {
        return contents.optionIds ? this.productChangeService.optionViews(ctx, contents.optionIds) : null;
    }

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

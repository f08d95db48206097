import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, Permission, Product, RequestContext, Transaction } from '@vendure/core';
import { RequestBatch } from '../../collective-brands/request-batch';
import { ProductQualityDocument } from '../entities/product-quality-document.entity';
import {
    QualityDocumentInput,
    QualityDocumentService,
    UpdateQualityDocumentInput,
} from '../services/quality-document.service';

/**
 * Writing needs the right to change products (UpdateCatalog: the office; UpdateProduct:
 * a producer) and the product in the request's channel: Industry and Trade reads only.
 */
@Resolver()
export class QualityDocumentAdminResolver {
    constructor(private documents: QualityDocumentService) {}

    @Mutation()
    @Transaction()
    @Allow(Permission.UpdateCatalog, Permission.UpdateProduct)
    addProductQualityDocument(@Ctx() ctx: RequestContext, @Args() args: { input: QualityDocumentInput }) {
        return this.documents.add(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.UpdateCatalog, Permission.UpdateProduct)
    updateProductQualityDocument(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateQualityDocumentInput },
    ) {
        return this.documents.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(Permission.UpdateCatalog, Permission.UpdateProduct)
    removeProductQualityDocument(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.documents.remove(ctx, args.id);
    }
}

/** `Product.qualityDocuments`: whoever may see the product may see its documents. */
@Resolver('Product')
export class ProductQualityDocumentsResolver {
    private batch = new RequestBatch((ctx, ids) => this.documents.forProducts(ctx, ids));

    constructor(private documents: QualityDocumentService) {}

    @ResolveField()
    async qualityDocuments(
        @Ctx() ctx: RequestContext,
        @Parent() product: Product,
    ): Promise<ProductQualityDocument[]> {
        return (await this.batch.get(ctx, Number(product.id))) ?? [];
    }
}

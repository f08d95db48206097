import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    ID,
    Permission,
    Product,
    ProductService,
    RequestContext,
    Transaction,
} from '@vendure/core';
import { manageCertificatesPermission, readCertificatesPermission } from '../../certification/constants';
import { CollectiveBrand } from '../entities/collective-brand.entity';
import { RequestBatch } from '../request-batch';
import {
    CollectiveBrandInput,
    CollectiveBrandService,
    UpdateCollectiveBrandInput,
} from '../services/collective-brand.service';

/** Public: the brands are the province's own promotion of its key products. */
@Resolver()
export class CollectiveBrandShopResolver {
    constructor(private brandService: CollectiveBrandService) {}

    @Query()
    @Allow(Permission.Public)
    collectiveBrands(@Ctx() ctx: RequestContext) {
        return this.brandService.findAll(ctx);
    }

    @Query()
    @Allow(Permission.Public)
    collectiveBrand(@Ctx() ctx: RequestContext, @Args() args: { code: string }) {
        return this.brandService.findByCode(ctx, args.code);
    }
}

/** The office keeps the brands; Industry and Trade and producers read them. */
@Resolver()
export class CollectiveBrandAdminResolver {
    constructor(private brandService: CollectiveBrandService) {}

    @Query()
    @Allow(readCertificatesPermission.Permission)
    collectiveBrands(@Ctx() ctx: RequestContext) {
        return this.brandService.findAll(ctx);
    }

    @Query()
    @Allow(readCertificatesPermission.Permission)
    collectiveBrand(@Ctx() ctx: RequestContext, @Args() args: { code: string }) {
        return this.brandService.findByCode(ctx, args.code);
    }

    @Mutation()
    @Transaction()
    @Allow(manageCertificatesPermission.Permission)
    createCollectiveBrand(@Ctx() ctx: RequestContext, @Args() args: { input: CollectiveBrandInput }) {
        return this.brandService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageCertificatesPermission.Permission)
    updateCollectiveBrand(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateCollectiveBrandInput }) {
        return this.brandService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageCertificatesPermission.Permission)
    setCollectiveBrandProducts(@Ctx() ctx: RequestContext, @Args() args: { brandId: ID; productIds: ID[] }) {
        return this.brandService.setProducts(ctx, args.brandId, args.productIds);
    }
}

@Resolver('CollectiveBrand')
export class CollectiveBrandEntityResolver {
    private counts = new RequestBatch((ctx, ids) => this.brandService.listedCounts(ctx, ids));

    constructor(private brandService: CollectiveBrandService) {}

    @ResolveField()
    async productCount(@Ctx() ctx: RequestContext, @Parent() brand: CollectiveBrand) {
        return (await this.counts.get(ctx, Number(brand.id))) ?? 0;
    }
}

@Resolver('CollectiveBrand')
export class CollectiveBrandAdminEntityResolver {
    constructor(
        private brandService: CollectiveBrandService,
        private productService: ProductService,
    ) {}

    @ResolveField()
    async products(@Ctx() ctx: RequestContext, @Parent() brand: CollectiveBrand): Promise<Product[]> {
        const ids = await this.brandService.productIds(ctx, brand.id, ctx.channelId);
        return ids.length ? this.productService.findByIds(ctx, ids) : [];
    }
}

/** `OcopInfo.brands` (both APIs) and the Admin API's `Product.collectiveBrands`. */
@Resolver('OcopInfo')
export class OcopInfoBrandsResolver {
    private batch = new RequestBatch((ctx, ids) => this.brandService.brandsOfProducts(ctx, ids));

    constructor(private brandService: CollectiveBrandService) {}

    @ResolveField()
    async brands(@Ctx() ctx: RequestContext, @Parent() info: { productId: number }) {
        return (await this.batch.get(ctx, Number(info.productId))) ?? [];
    }
}

@Resolver('Product')
export class ProductBrandsResolver {
    private batch = new RequestBatch((ctx, ids) => this.brandService.brandsOfProducts(ctx, ids));

    constructor(private brandService: CollectiveBrandService) {}

    @ResolveField()
    async collectiveBrands(@Ctx() ctx: RequestContext, @Parent() product: Product) {
        return (await this.batch.get(ctx, Number(product.id))) ?? [];
    }
}

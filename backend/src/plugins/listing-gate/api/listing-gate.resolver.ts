import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@vendure/common/lib/generated-types';
import {
    Allow,
    Ctx,
    ForbiddenError,
    ID,
    Product,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { manageCertificatesPermission } from '../../certification/constants';
import { ListingGateService } from '../services/listing-gate.service';
import { MarketplaceListingService } from '../services/marketplace-listing.service';
import { OcopInfoService } from '../services/ocop-info.service';
import { GATE_MESSAGES } from '../types';

@Resolver('Product')
export class ProductOcopResolver {
    constructor(private ocopInfoService: OcopInfoService) {}

    @ResolveField()
    ocop(@Ctx() ctx: RequestContext, @Parent() product: Product) {
        return this.ocopInfoService.forProduct(ctx, product.id);
    }
}

@Resolver()
export class ListingGateAdminResolver {
    constructor(
        private gate: ListingGateService,
        private listing: MarketplaceListingService,
        private connection: TransactionalConnection,
    ) {}

    @Query()
    @Allow(Permission.ReadCatalog, Permission.ReadProduct)
    async productEligibility(@Ctx() ctx: RequestContext, @Args() args: { productId: ID }) {
        // Channel-scoped like the rest of the catalogue: a producer asks only about its own products.
        const inChannel = await this.connection.rawConnection.query(
            `SELECT 1 FROM product_channels_channel WHERE "productId" = $1 AND "channelId" = $2`,
            [Number(args.productId), ctx.channelId],
        );
        if (inChannel.length === 0) throw new ForbiddenError();
        const result = await this.gate.evaluateProducts(ctx, [args.productId]);
        return [...result.values()].map(e => ({ ...e, message: e.reason ? GATE_MESSAGES[e.reason] : null }));
    }

    @Mutation()
    @Allow(manageCertificatesPermission.Permission)
    refreshListing(@Args() args: { productIds?: ID[] }) {
        return this.listing.refresh(args.productIds?.length ? args.productIds : 'all');
    }
}

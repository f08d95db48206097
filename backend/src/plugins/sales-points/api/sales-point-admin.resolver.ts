import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    Permission,
    ID,
    RequestContext,
    StockLocation,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';
import { manageSalesPointsPermission, manageTradeFairsPermission } from '../constants';
import { directionsUrl } from '../directions';
import { SalesPoint } from '../entities/sales-point.entity';
import { SalesPointService } from '../services/sales-point.service';
import { TradeFairService } from '../services/trade-fair.service';
import {
    CreateSalesPointInput,
    CreateTradeFairInput,
    SalesPointListOptions,
    TradeFairListOptions,
    UpdateSalesPointInput,
    UpdateTradeFairInput,
} from '../types';

const manageSalesPoints = manageSalesPointsPermission.Permission;
const manageTradeFairs = manageTradeFairsPermission.Permission;
/** Declared by the POS plugin (ADR 0016); named here so this plugin need not import it. */
const SELL_AT_POS = 'SellAtPos' as Permission;

/**
 * Sales points and fairs in the Admin API. Either permission opens the door;
 * which kinds a caller may write is the service's check (showrooms are the office's).
 */
@Resolver()
export class SalesPointAdminResolver {
    constructor(
        private salesPointService: SalesPointService,
        private tradeFairService: TradeFairService,
    ) {}

    /** Staff of one sales point (a POS tablet) read their own point only. */
    @Query()
    @Allow(manageSalesPoints, manageTradeFairs, SELL_AT_POS)
    async salesPoints(@Ctx() ctx: RequestContext, @Args() args: { options?: SalesPointListOptions }) {
        if (ctx.userHasPermissions([manageSalesPoints]) || ctx.userHasPermissions([manageTradeFairs])) {
            return this.salesPointService.findAll(ctx, args.options ?? {});
        }
        const own = await this.salesPointService.ownSalesPointOf(ctx);
        const point = own != null ? await this.salesPointService.findOne(ctx, own) : null;
        return { items: point ? [point] : [], totalItems: point ? 1 : 0 };
    }

    @Query()
    @Allow(manageSalesPoints, manageTradeFairs)
    salesPoint(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.salesPointService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(manageSalesPoints, manageTradeFairs)
    tradeFairs(@Ctx() ctx: RequestContext, @Args() args: { options?: TradeFairListOptions }) {
        return this.tradeFairService.findAll(ctx, args.options ?? {});
    }

    @Query()
    @Allow(manageSalesPoints, manageTradeFairs)
    tradeFair(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.tradeFairService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(manageSalesPoints, manageTradeFairs)
    areasWithoutShowroom(@Ctx() ctx: RequestContext) {
        return this.salesPointService.areasWithoutShowroom(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(manageSalesPoints, manageTradeFairs)
    createSalesPoint(@Ctx() ctx: RequestContext, @Args() args: { input: CreateSalesPointInput }) {
        return this.salesPointService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageSalesPoints, manageTradeFairs)
    updateSalesPoint(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateSalesPointInput }) {
        return this.salesPointService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageSalesPoints, manageTradeFairs)
    setSalesPointActive(@Ctx() ctx: RequestContext, @Args() args: { id: ID; active: boolean }) {
        return this.salesPointService.setActive(ctx, args.id, args.active);
    }

    @Mutation()
    @Transaction()
    @Allow(manageSalesPoints, manageTradeFairs)
    createTradeFair(@Ctx() ctx: RequestContext, @Args() args: { input: CreateTradeFairInput }) {
        return this.tradeFairService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(manageSalesPoints, manageTradeFairs)
    updateTradeFair(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateTradeFairInput }) {
        return this.tradeFairService.update(ctx, args.input);
    }
}

@Resolver('SalesPoint')
export class SalesPointEntityResolver {
    constructor(private connection: TransactionalConnection) {}

    @ResolveField()
    stockLocation(@Ctx() ctx: RequestContext, @Parent() point: SalesPoint) {
        return (
            point.stockLocation ??
            this.connection
                .getRepository(ctx, StockLocation)
                .findOneOrFail({ where: { id: point.stockLocationId } })
        );
    }

    @ResolveField()
    directionsUrl(@Parent() point: SalesPoint) {
        return directionsUrl(point);
    }
}

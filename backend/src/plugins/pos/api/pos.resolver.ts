import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    ID,
    Permission,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';
import { PaymentsPlugin } from '../../payments/payments.plugin';
import { SalesPoint } from '../../sales-points/entities/sales-point.entity';
import {
    enrolPosTabletPermission,
    managePosStaffPermission,
    readPosConflictsPermission,
    sellAtPosPermission,
} from '../constants';
import { notYourSalesPoint, posRefusal } from '../errors';
import { PosStaffRole } from '../entities/pos-staff.entity';
import { PosConflict } from '../entities/pos-conflict.entity';
import { PosCatalogService } from '../services/pos-catalog.service';
import { PosRefundService, RefundPosSaleInput } from '../services/pos-refund.service';
import { PosSaleService } from '../services/pos-sale.service';
import { CreatePosStaffInput, PosStaffService } from '../services/pos-staff.service';
import { RecordPosSaleInput } from '../types';

const sell = sellAtPosPermission.Permission;

/**
 * The tablet's API. Every operation but enrolment needs the tablet's session
 * (permission SellAtPos, role `pos-tablet`); the sales point always comes from
 * that session, never from the request.
 */
@Resolver()
export class PosResolver {
    constructor(
        private connection: TransactionalConnection,
        private staffService: PosStaffService,
        private saleService: PosSaleService,
        private catalogService: PosCatalogService,
        private refundService: PosRefundService,
    ) {}

    @Mutation()
    @Allow(Permission.Public)
    enrolPosTablet(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { username: string; password: string; name: string } },
    ) {
        return this.staffService.enrol(ctx, args.input);
    }

    @Query()
    @Allow(sell)
    async posBootstrap(@Ctx() ctx: RequestContext) {
        const tablet = await this.staffService.tabletOf(ctx);
        const point = await this.connection
            .getRepository(ctx, SalesPoint)
            .findOneOrFail({ where: { id: tablet.salesPointId } });
        const vietqr = PaymentsPlugin.options?.vietqr;
        return {
            tablet: { id: tablet.tabletId, name: tablet.tabletName },
            salesPoint: point,
            settings: {
                discountApprovalPercent: this.saleService.discountApprovalPercent(),
                vietqrBankBin: vietqr?.bankBin ?? null,
                vietqrAccountNumber: vietqr?.accountNumber ?? null,
                vietqrAccountName: vietqr?.accountName ?? null,
            },
            variants: await this.catalogService.variants(ctx),
            stamps: await this.catalogService.stampsHere(ctx, tablet),
            staff: (await this.staffService.staffOf(ctx, tablet.salesPointId)).map(s => ({
                id: s.id,
                name: s.name,
                role: s.role,
                pinSalt: s.pinSalt.trim(),
                pinHash: s.pinHash.trim(),
                pinIterations: s.pinIterations,
            })),
        };
    }

    @Mutation()
    @Allow(sell)
    async posPinSignIn(@Ctx() ctx: RequestContext, @Args() args: { staffId: ID; pin: string }) {
        const tablet = await this.staffService.tabletOf(ctx);
        const check = await this.staffService.checkPin(ctx, tablet, args.staffId, args.pin);
        return { ...check, staff: { id: check.staff.id, name: check.staff.name, role: check.staff.role } };
    }

    @Mutation()
    @Allow(sell)
    async recordPosSale(@Ctx() ctx: RequestContext, @Args() args: { input: RecordPosSaleInput }) {
        const tablet = await this.staffService.tabletOf(ctx);
        return this.saleService.record(ctx, tablet, args.input);
    }

    @Query()
    @Allow(sell)
    async posSale(@Ctx() ctx: RequestContext, @Args() args: { clientSaleId: string }) {
        const tablet = await this.staffService.tabletOf(ctx);
        return (
            (await this.saleService.findByClientSaleId(
                ctx,
                tablet,
                String(args.clientSaleId).trim().toLowerCase(),
            )) ?? null
        );
    }

    @Mutation()
    @Allow(sell)
    async refundPosSale(@Ctx() ctx: RequestContext, @Args() args: { input: RefundPosSaleInput }) {
        const tablet = await this.staffService.tabletOf(ctx);
        return this.refundService.refund(ctx, tablet, args.input);
    }

    @Query()
    @Allow(sell, readPosConflictsPermission.Permission, enrolPosTabletPermission.Permission)
    async posConflicts(
        @Ctx() ctx: RequestContext,
        @Args() args: { resolved?: boolean | null; salesPointId?: ID | null },
    ) {
        const salesPointId = this.within(await this.conflictScope(ctx), args.salesPointId);
        return this.connection.getRepository(ctx, PosConflict).find({
            where: {
                ...(salesPointId ? { salesPointId } : {}),
                ...(args.resolved != null ? { resolved: args.resolved } : {}),
            },
            order: { id: 'DESC' },
            take: 500,
        });
    }

    @Mutation()
    @Transaction()
    @Allow(sell, readPosConflictsPermission.Permission, enrolPosTabletPermission.Permission)
    async resolvePosConflict(@Ctx() ctx: RequestContext, @Args() args: { id: ID; note: string }) {
        const salesPointId = await this.conflictScope(ctx);
        const note = (args.note ?? '').normalize('NFC').trim();
        const conflict = /^\d+$/.test(String(args.id))
            ? await this.connection
                  .getRepository(ctx, PosConflict)
                  .findOne({ where: { id: Number(args.id) } })
            : null;
        if (!conflict || (salesPointId && conflict.salesPointId !== salesPointId)) {
            throw posRefusal('OCOP_POS_CONFLICT_NOT_FOUND', 'Không có xung đột này', 'no such conflict');
        }
        if (!note || note.length > 1000) {
            throw posRefusal(
                'OCOP_POS_INPUT_INVALID',
                'Cần ghi chú cách xử lý (tối đa 1000 ký tự)',
                'a note of up to 1000 characters is required',
            );
        }
        conflict.resolved = true;
        conflict.resolution = note;
        return this.connection.getRepository(ctx, PosConflict).save(conflict);
    }

    @Mutation()
    @Transaction()
    @Allow(managePosStaffPermission.Permission)
    async createPosStaff(@Ctx() ctx: RequestContext, @Args() args: { input: CreatePosStaffInput }) {
        return this.staffService.createStaff(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async setPosStaffPin(@Ctx() ctx: RequestContext, @Args() args: { staffId: ID; pin: string }) {
        return this.staffService.setPin(ctx, args.staffId, args.pin, await this.scope(ctx));
    }

    @Query()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async posStaffMembers(@Ctx() ctx: RequestContext, @Args() args: { salesPointId?: ID | null }) {
        return this.staffService.listStaff(ctx, this.within(await this.scope(ctx), args.salesPointId));
    }

    @Query()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async posTablets(@Ctx() ctx: RequestContext, @Args() args: { salesPointId?: ID | null }) {
        return this.staffService.listTablets(ctx, this.within(await this.scope(ctx), args.salesPointId));
    }

    @Query()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async posManagedSalesPoints(@Ctx() ctx: RequestContext) {
        return this.staffService.salesPointsManaged(ctx, await this.scope(ctx));
    }

    @Mutation()
    @Transaction()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async updatePosStaff(
        @Ctx() ctx: RequestContext,
        @Args()
        args: {
            input: { id: ID; name?: string | null; role?: PosStaffRole | null; active?: boolean | null };
        },
    ) {
        const staff = await this.staffService.updateStaff(ctx, args.input, await this.scope(ctx));
        const [listed] = await this.staffService.listStaff(ctx, undefined, staff.id as number);
        return listed;
    }

    @Mutation()
    @Transaction()
    @Allow(managePosStaffPermission.Permission, enrolPosTabletPermission.Permission)
    async revokePosTablet(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        const tablet = await this.staffService.revokeTablet(ctx, args.id, await this.scope(ctx));
        const [listed] = await this.staffService.listTablets(ctx, undefined, tablet.id as number);
        return listed;
    }

    /** undefined: the office (every sales point); else the manager's own sales point. */
    private scope(ctx: RequestContext) {
        return this.staffService.managementScope(
            ctx,
            ctx.userHasPermissions([managePosStaffPermission.Permission as Permission]),
        );
    }

    /** The sales point a list asks for, within the caller's scope (a manager asking for another is refused). */
    private within(scope: number | undefined, salesPointId: ID | null | undefined) {
        if (salesPointId != null && !/^\d+$/.test(String(salesPointId))) {
            throw posRefusal('OCOP_POS_INPUT_INVALID', 'Không có điểm bán này', 'unknown sales point');
        }
        const wanted = salesPointId != null ? Number(salesPointId) : undefined;
        if (scope !== undefined && wanted !== undefined && wanted !== scope) throw notYourSalesPoint();
        return wanted ?? scope;
    }

    /** The office reads every sales point; a tablet or a manager's own login only their own. */
    private async conflictScope(ctx: RequestContext): Promise<number | undefined> {
        if (ctx.userHasPermissions([readPosConflictsPermission.Permission as Permission])) return undefined;
        if (ctx.userHasPermissions([sell as Permission])) {
            return (await this.staffService.tabletOf(ctx)).salesPointId;
        }
        return this.staffService.managementScope(ctx, false);
    }
}

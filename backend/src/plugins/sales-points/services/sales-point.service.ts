import { Injectable } from '@nestjs/common';
import { compareVietnamese, findHaTinhArea, HA_TINH_AREAS } from '@ocop/shared';
import {
    Channel,
    ChannelService,
    EntityNotFoundError,
    ID,
    RequestContext,
    StockLocation,
    StockLocationService,
    TransactionalConnection,
} from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { MAX_PAGE, manageSalesPointsPermission } from '../constants';
import { directionsUrl } from '../directions';
import { SalesPoint } from '../entities/sales-point.entity';
import { TradeFair } from '../entities/trade-fair.entity';
import { refusal, ShowroomOfficeOnlyError } from '../errors';
import { normaliseOpeningHours } from '../opening-hours';
import {
    CreateSalesPointInput,
    PublicSalesPoint,
    SalesPointDetailsInput,
    SalesPointKind,
    SalesPointListOptions,
    UpdateSalesPointInput,
} from '../types';
import * as valid from '../validation';
import { isUniqueViolation, lockCode } from './code-lock';
import { definedOnly } from './trade-fair.service';

const codeTaken = (value: string) =>
    refusal(
        'OCOP_SALES_POINT_CODE_TAKEN',
        `Mã điểm bán "${value}" đã được dùng`,
        'sales point code already exists',
    );

/**
 * Showrooms and fair booths (ADR 0013). Creating one creates its stock
 * location in the same transaction and opens it to the marketplace channel, so
 * what it holds counts for selling like a producer's warehouse.
 */
@Injectable()
export class SalesPointService {
    constructor(
        private connection: TransactionalConnection,
        private stockLocationService: StockLocationService,
        private channelService: ChannelService,
    ) {}

    /**
     * Which sales point the active user works at, if any: set by the POS plugin
     * (tablets and staff belong to one point). Undefined without the POS.
     */
    static ownSalesPointLookup?: (ctx: RequestContext) => Promise<number | undefined>;

    ownSalesPointOf(ctx: RequestContext): Promise<number | undefined> {
        return SalesPointService.ownSalesPointLookup?.(ctx) ?? Promise.resolve(undefined);
    }

    async findAll(ctx: RequestContext, options: SalesPointListOptions = {}) {
        const where: Record<string, unknown> = {};
        if (options.kind) where.kind = options.kind;
        if (options.active != null) where.active = options.active;
        if (options.fairId != null) where.fairId = Number(options.fairId);
        if (options.area) where.area = valid.area(options.area);
        const [items, totalItems] = await this.connection.getRepository(ctx, SalesPoint).findAndCount({
            where,
            relations: ['fair'],
            // SHOWROOM sorts after FAIR_BOOTH alphabetically: showrooms first.
            order: { kind: 'DESC', code: 'ASC' },
            skip: options.skip ?? 0,
            take: Math.min(options.take ?? 50, MAX_PAGE),
        });
        return { items, totalItems };
    }

    findOne(ctx: RequestContext, id: ID) {
        return this.connection
            .getRepository(ctx, SalesPoint)
            .findOne({ where: { id: Number(id) }, relations: ['fair'] });
    }

    async create(ctx: RequestContext, input: CreateSalesPointInput): Promise<SalesPoint> {
        const pointCode = valid.code(input.code, 'OCOP_SALES_POINT_CODE_INVALID');
        if (!Object.values(SalesPointKind).includes(input.kind)) {
            throw refusal(
                'OCOP_SALES_POINT_KIND_INVALID',
                `Loại điểm bán "${input.kind}" không hợp lệ`,
                'kind is SHOWROOM or FAIR_BOOTH',
            );
        }
        this.assertMayManage(ctx, input.kind);
        const details = this.details(input);
        return this.connection.withTransaction(ctx, async tx => {
            const fair = await this.fairFor(tx, input.kind, input.fairId);
            await lockCode(this.connection, tx, pointCode);
            const repo = this.connection.getRepository(tx, SalesPoint);
            if (await repo.findOne({ where: { code: pointCode } })) throw codeTaken(pointCode);
            const location = await this.stockLocationService.create(tx, {
                name: this.locationName(pointCode, details.name),
                description: this.address(details),
            });
            const marketplace = await this.connection
                .getRepository(tx, Channel)
                .findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
            await this.channelService.assignToChannels(tx, StockLocation, location.id, [marketplace.id]);
            try {
                const saved = await repo.save(
                    new SalesPoint({
                        ...details,
                        code: pointCode,
                        kind: input.kind,
                        fairId: fair ? (fair.id as number) : null,
                        stockLocationId: location.id as number,
                        active: input.active ?? true,
                    }),
                );
                saved.fair = fair;
                return saved;
            } catch (e) {
                if (isUniqueViolation(e)) throw codeTaken(pointCode);
                throw e;
            }
        });
    }

    /** Code and kind never change: receipts and stamps sold there keep naming the same place. */
    async update(ctx: RequestContext, input: UpdateSalesPointInput): Promise<SalesPoint> {
        const point = await this.findOne(ctx, input.id);
        if (!point) throw new EntityNotFoundError('SalesPoint' as any, input.id);
        this.assertMayManage(ctx, point.kind);
        const changes = definedOnly(input);
        const details = this.details({ ...point, ...changes } as SalesPointDetailsInput);
        if ('fairId' in changes) {
            point.fair = await this.fairFor(ctx, point.kind, changes.fairId);
            point.fairId = point.fair ? (point.fair.id as number) : null;
        }
        Object.assign(point, details);
        await this.connection.getRepository(ctx, StockLocation).update(point.stockLocationId, {
            name: this.locationName(point.code, point.name),
            description: this.address(point),
        });
        return this.connection.getRepository(ctx, SalesPoint).save(point);
    }

    /** Closing keeps the record and the stock location (with what it holds); it only leaves the public list. */
    async setActive(ctx: RequestContext, id: ID, active: boolean): Promise<SalesPoint> {
        const point = await this.findOne(ctx, id);
        if (!point) throw new EntityNotFoundError('SalesPoint' as any, id);
        this.assertMayManage(ctx, point.kind);
        if (point.active !== active) {
            point.active = active;
            await this.connection.getRepository(ctx, SalesPoint).update(point.id, { active });
        }
        return point;
    }

    /**
     * The storefront's "where to buy": active showrooms, then the active booths of
     * active fairs that have not ended (Vietnam time) by fair start; names in
     * Vietnamese order. Only public fields.
     */
    async publicList(ctx: RequestContext, today = vietnamDate()): Promise<PublicSalesPoint[]> {
        const points = await this.connection
            .getRepository(ctx, SalesPoint)
            .createQueryBuilder('point')
            .leftJoinAndSelect('point.fair', 'fair')
            .where('point.active = true')
            .andWhere(
                `(point.kind = :showroom OR (point.kind = :booth AND fair.active = true AND fair.endsOn >= :today))`,
                { showroom: SalesPointKind.SHOWROOM, booth: SalesPointKind.FAIR_BOOTH, today },
            )
            .getMany();
        const rank = (p: SalesPoint) => (p.kind === SalesPointKind.SHOWROOM ? 0 : 1);
        points.sort(
            (a, b) =>
                rank(a) - rank(b) ||
                (a.fair?.startsOn ?? '').localeCompare(b.fair?.startsOn ?? '') ||
                compareVietnamese(a.fair?.name ?? '', b.fair?.name ?? '') ||
                compareVietnamese(a.name, b.name),
        );
        return points.map(toPublic);
    }

    /** Directive D4: the former districts of Hà Tĩnh where no active showroom serves, in official order. */
    async areasWithoutShowroom(ctx: RequestContext): Promise<string[]> {
        const rows: Array<{ area: string }> = await this.connection
            .getRepository(ctx, SalesPoint)
            .createQueryBuilder('point')
            .select('DISTINCT point.area', 'area')
            .where('point.active = true AND point.kind = :showroom', { showroom: SalesPointKind.SHOWROOM })
            .getRawMany();
        const served = new Set(rows.map(r => findHaTinhArea(r.area)?.code).filter(Boolean));
        return HA_TINH_AREAS.filter(a => !served.has(a.code)).map(a => a.name);
    }

    /** Industry and Trade manages fairs and their booths; showrooms are the office's alone. */
    private assertMayManage(ctx: RequestContext, kind: SalesPointKind) {
        if (
            kind === SalesPointKind.SHOWROOM &&
            !ctx.userHasPermissions([manageSalesPointsPermission.Permission])
        ) {
            throw new ShowroomOfficeOnlyError();
        }
    }

    private async fairFor(ctx: RequestContext, kind: SalesPointKind, fairId: ID | null | undefined) {
        if (kind === SalesPointKind.SHOWROOM) {
            if (fairId != null) {
                throw refusal(
                    'OCOP_SHOWROOM_WITHOUT_FAIR',
                    'Showroom là điểm bán cố định, không thuộc hội chợ nào',
                    'a showroom is permanent and belongs to no fair',
                );
            }
            return null;
        }
        if (fairId == null) {
            throw refusal(
                'OCOP_BOOTH_NEEDS_FAIR',
                'Gian hàng hội chợ phải thuộc một hội chợ (fairId)',
                'a fair booth needs its fair',
            );
        }
        const fair = await this.connection
            .getRepository(ctx, TradeFair)
            .findOne({ where: { id: Number(fairId) } });
        if (!fair) {
            throw refusal(
                'OCOP_FAIR_NOT_FOUND',
                `Không tìm thấy hội chợ ${fairId}`,
                `no trade fair with id ${fairId}`,
            );
        }
        return fair;
    }

    private details(input: SalesPointDetailsInput) {
        const hours = normaliseOpeningHours(input.openingHours);
        if (!hours.ok) {
            throw refusal(
                'OCOP_OPENING_HOURS_INVALID',
                `Giờ mở cửa: ${hours.vi}`,
                `opening hours: ${hours.en}`,
            );
        }
        return {
            name: valid.text('name', input.name, 200),
            streetLine: valid.text('streetLine', input.streetLine, 300),
            commune: valid.text('commune', input.commune, 100),
            province: valid.province(input.province),
            area: valid.area(input.area),
            openingHours: hours.value,
            openingNote: valid.optionalText('openingNote', input.openingNote, 500),
            phone: valid.phone(input.phone),
            ...valid.coordinates(input.latitude, input.longitude),
        };
    }

    private locationName(code: string, name: string) {
        return `Điểm bán ${code} – ${name}`.slice(0, 255);
    }

    private address(p: { streetLine: string; commune: string; province: string }) {
        return `${p.streetLine}, ${p.commune}, ${p.province}`;
    }
}

export function toPublic(point: SalesPoint): PublicSalesPoint {
    const fair = point.fair;
    return {
        code: point.code,
        name: point.name,
        kind: point.kind,
        fair: fair
            ? {
                  code: fair.code,
                  name: fair.name,
                  venue: fair.venue,
                  province: fair.province,
                  startsOn: fair.startsOn,
                  endsOn: fair.endsOn,
              }
            : null,
        streetLine: point.streetLine,
        commune: point.commune,
        province: point.province,
        area: point.area,
        openingHours: point.openingHours,
        openingNote: point.openingNote,
        phone: point.phone,
        latitude: point.latitude,
        longitude: point.longitude,
        directionsUrl: directionsUrl(point),
    };
}

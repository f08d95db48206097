import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CurrencyCode, LanguageCode, Permission } from '@vendure/common/lib/generated-types';
import {
    AdministratorService,
    Asset,
    Channel,
    ChannelService,
    EntityNotFoundError,
    EventBus,
    ID,
    Injector,
    isGraphQlErrorResult,
    RequestContext,
    RoleService,
    SellerService,
    StockLocation,
    StockLocationService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';
import { systemContext } from '../../../system-context';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { PRODUCER_PERMISSIONS } from '../config/producer-role';
import { PRODUCER_CHANNEL_PREFIX } from '../constants';
import { ProducerApplication, ProducerApplicationStatus } from '../entities/producer-application.entity';
import { Producer, ProducerType } from '../entities/producer.entity';
import { ProducerEvent } from '../events';

export interface ProducerProfileInput {
    legalName: string;
    type: ProducerType;
    taxCode: string;
    commune: string;
    area: string;
    address: string;
    phone: string;
    email?: string | null;
    storyVi?: string;
    storyEn?: string;
    photoIds?: ID[];
}

export interface CreateProducerInput extends ProducerProfileInput {
    code: string;
    active?: boolean;
    administrator?: { emailAddress: string; firstName: string; lastName: string; password: string };
}

const CODE = /^[a-z0-9][a-z0-9-]{1,60}[a-z0-9]$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;
const PHONE = /^(\+84|0)\d{8,10}$/;

/**
 * Producers as the office manages them. Creating one creates, in one
 * transaction, the Seller, its Channel, its warehouse (visible to the
 * marketplace, or stock reads 0 there), a Role limited to that channel and,
 * optionally, the producer's first administrator.
 */
@Injectable()
export class ProducerService {
    constructor(
        private connection: TransactionalConnection,
        private sellerService: SellerService,
        private channelService: ChannelService,
        private stockLocationService: StockLocationService,
        private roleService: RoleService,
        private administratorService: AdministratorService,
        private eventBus: EventBus,
        private moduleRef: ModuleRef,
    ) {}

    async findAll(
        ctx: RequestContext,
        options: { skip?: number; take?: number; area?: string; active?: boolean } = {},
    ) {
        const where: Record<string, unknown> = {};
        if (options.area) where.area = options.area;
        if (options.active != null) where.active = options.active;
        const [items, totalItems] = await this.connection.getRepository(ctx, Producer).findAndCount({
            where,
            relations: ['photos'],
            order: { legalName: 'ASC' },
            skip: options.skip ?? 0,
            take: Math.min(options.take ?? 50, 200),
        });
        return { items, totalItems };
    }

    findOne(ctx: RequestContext, id: ID) {
        return this.connection
            .getRepository(ctx, Producer)
            .findOne({ where: { id: Number(id) }, relations: ['photos'] });
    }

    /** The producer whose own channel the request is in (a producer's administrator), if any. */
    forChannel(ctx: RequestContext, channelId: ID = ctx.channelId) {
        return this.connection
            .getRepository(ctx, Producer)
            .findOne({ where: { channelId: Number(channelId) }, relations: ['photos'] });
    }

    /**
     * Provisioning a producer creates a role with catalogue permissions the
     * office itself does not hold, which Vendure refuses to let a user grant.
     * Being allowed to manage producers is the authority here, so the fixed
     * provisioning steps run as the system, in a transaction of their own.
     */
    async create(ctx: RequestContext, input: CreateProducerInput): Promise<Producer> {
        this.validateProfile(input);
        const system = await systemContext(new Injector(this.moduleRef));
        return this.connection.withTransaction(system, tx => this.provision(tx, input));
    }

    private async provision(ctx: RequestContext, input: CreateProducerInput): Promise<Producer> {
        this.validateProfile(input);
        if (!CODE.test(input.code)) {
            throw new UserInputError(
                `Mã chủ thể "${input.code}" không hợp lệ: 3–62 chữ thường, số hoặc gạch nối (invalid producer code)`,
            );
        }
        const repo = this.connection.getRepository(ctx, Producer);
        if (await repo.findOne({ where: { code: input.code } })) {
            throw new UserInputError(`Mã chủ thể "${input.code}" đã tồn tại (producer code already exists)`);
        }
        const marketplace = await this.connection.getRepository(ctx, Channel).findOneOrFail({
            where: { code: MARKETPLACE_CHANNEL_CODE },
            relations: ['defaultTaxZone', 'defaultShippingZone'],
        });
        const seller = await this.sellerService.create(ctx, { name: input.legalName });
        const channelCode = PRODUCER_CHANNEL_PREFIX + input.code;
        const channel = await this.channelService.create(ctx, {
            code: channelCode,
            token: channelCode,
            sellerId: seller.id,
            defaultCurrencyCode: CurrencyCode.VND,
            availableCurrencyCodes: [CurrencyCode.VND],
            defaultLanguageCode: LanguageCode.vi,
            availableLanguageCodes: [LanguageCode.vi, LanguageCode.en],
            pricesIncludeTax: true,
            defaultTaxZoneId: marketplace.defaultTaxZone.id,
            defaultShippingZoneId: marketplace.defaultShippingZone.id,
        });
        if (isGraphQlErrorResult(channel)) throw new UserInputError(channel.message);
        const location = await this.stockLocationService.create(ctx, {
            name: `Kho ${input.legalName}`,
            description: input.address,
        });
        await this.channelService.assignToChannels(ctx, StockLocation, location.id, [
            channel.id,
            marketplace.id,
        ]);
        const role = await this.roleService.create(ctx, {
            code: channelCode,
            description: `Chủ thể OCOP: ${input.legalName}`,
            permissions: PRODUCER_PERMISSIONS as Permission[],
            channelIds: [channel.id],
        });
        if (input.administrator) {
            await this.administratorService.create(ctx, { ...input.administrator, roleIds: [role.id] });
        }
        const producer = await repo.save(
            new Producer({
                ...this.profile(input),
                code: input.code,
                sellerId: seller.id as number,
                channelId: channel.id as number,
                active: input.active ?? true,
                photos: await this.photos(ctx, input.photoIds),
            }),
        );
        await this.eventBus.publish(new ProducerEvent(ctx, producer, 'created'));
        return producer;
    }

    async update(ctx: RequestContext, id: ID, input: Partial<ProducerProfileInput>): Promise<Producer> {
        const producer = await this.findOne(ctx, id);
        if (!producer) throw new EntityNotFoundError('Producer' as any, id);
        const merged = { ...producer, ...input } as ProducerProfileInput;
        this.validateProfile(merged);
        Object.assign(producer, this.profile(merged));
        if (input.photoIds) producer.photos = await this.photos(ctx, input.photoIds);
        const saved = await this.connection.getRepository(ctx, Producer).save(producer);
        await this.eventBus.publish(new ProducerEvent(ctx, saved, 'updated'));
        return saved;
    }

    async setActive(ctx: RequestContext, id: ID, active: boolean): Promise<Producer> {
        const producer = await this.findOne(ctx, id);
        if (!producer) throw new EntityNotFoundError('Producer' as any, id);
        if (producer.active !== active) {
            producer.active = active;
            await this.connection.getRepository(ctx, Producer).save(producer);
            await this.eventBus.publish(new ProducerEvent(ctx, producer, active ? 'activated' : 'suspended'));
        }
        return producer;
    }

    async submitApplication(
        ctx: RequestContext,
        input: ProducerProfileInput & { email: string; contactName: string; story?: string },
    ) {
        this.validateProfile(input);
        if (!input.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) {
            throw new UserInputError('Email không hợp lệ (invalid email address)');
        }
        if (!input.contactName?.trim())
            throw new UserInputError('Cần tên người liên hệ (contact name required)');
        return this.connection.getRepository(ctx, ProducerApplication).save(
            new ProducerApplication({
                ...this.profile(input),
                email: input.email.trim(),
                contactName: input.contactName.trim(),
                story: (input.story ?? '').normalize('NFC'),
                status: ProducerApplicationStatus.PENDING,
                decisionNote: null,
                producerId: null,
            }),
        );
    }

    applications(ctx: RequestContext, status?: ProducerApplicationStatus) {
        return this.connection.getRepository(ctx, ProducerApplication).find({
            where: status ? { status } : {},
            order: { createdAt: 'DESC' },
            take: 200,
        });
    }

    /** Approving turns the application into a producer; deciding twice is refused. */
    async approveApplication(
        outerCtx: RequestContext,
        id: ID,
        input: { code: string; administratorPassword?: string },
    ) {
        const system = await systemContext(new Injector(this.moduleRef));
        return this.connection.withTransaction(system, ctx => this.approve(ctx, id, input));
    }

    private async approve(
        ctx: RequestContext,
        id: ID,
        input: { code: string; administratorPassword?: string },
    ) {
        const application = await this.pendingApplication(ctx, id);
        const [firstName, ...rest] = application.contactName.split(' ').reverse();
        const producer = await this.provision(ctx, {
            code: input.code,
            legalName: application.legalName,
            type: application.type,
            taxCode: application.taxCode,
            commune: application.commune,
            area: application.area,
            address: application.address,
            phone: application.phone,
            email: application.email,
            storyVi: application.story,
            administrator: input.administratorPassword
                ? {
                      emailAddress: application.email,
                      firstName,
                      lastName: rest.reverse().join(' ') || firstName,
                      password: input.administratorPassword,
                  }
                : undefined,
        });
        application.status = ProducerApplicationStatus.APPROVED;
        application.producerId = producer.id as number;
        await this.connection.getRepository(ctx, ProducerApplication).save(application);
        return application;
    }

    async rejectApplication(ctx: RequestContext, id: ID, note: string) {
        if (!note?.trim()) throw new UserInputError('Cần nêu lý do từ chối (a reason is required)');
        const application = await this.pendingApplication(ctx, id);
        application.status = ProducerApplicationStatus.REJECTED;
        application.decisionNote = note.trim().normalize('NFC');
        return this.connection.getRepository(ctx, ProducerApplication).save(application);
    }

    /** The producer whose channel a product is assigned to. */
    async producerOfProducts(ctx: RequestContext, productIds: ID[]): Promise<Map<number, Producer>> {
        if (productIds.length === 0) return new Map();
        const rows: Array<{ productId: number; producerId: number }> = await this.connection
            .getRepository(ctx, Producer)
            .createQueryBuilder('producer')
            .innerJoin('product_channels_channel', 'pc', 'pc."channelId" = producer."channelId"')
            .select(['pc."productId" AS "productId"', 'producer.id AS "producerId"'])
            .where('pc."productId" IN (:...ids)', { ids: productIds.map(Number) })
            .getRawMany();
        const producers = await this.connection
            .getRepository(ctx, Producer)
            .find({ where: { id: In(rows.map(r => r.producerId)) } });
        const byId = new Map(producers.map(p => [p.id as number, p]));
        return new Map(rows.map(r => [Number(r.productId), byId.get(Number(r.producerId))!]));
    }

    private async pendingApplication(ctx: RequestContext, id: ID) {
        const application = await this.connection
            .getRepository(ctx, ProducerApplication)
            .findOne({ where: { id: Number(id) } });
        if (!application) throw new EntityNotFoundError('ProducerApplication' as any, id);
        if (application.status !== ProducerApplicationStatus.PENDING) {
            throw new UserInputError(
                `Hồ sơ đã được xử lý (${application.status}) (application already decided)`,
            );
        }
        return application;
    }

    private validateProfile(input: ProducerProfileInput) {
        const required: Array<keyof ProducerProfileInput> = [
            'legalName',
            'type',
            'taxCode',
            'commune',
            'area',
            'address',
            'phone',
        ];
        for (const field of required) {
            if (!String(input[field] ?? '').trim())
                throw new UserInputError(`Thiếu thông tin: ${field} (required)`);
        }
        if (!Object.values(ProducerType).includes(input.type))
            throw new UserInputError(`Loại chủ thể không hợp lệ: ${input.type}`);
        if (!TAX_CODE.test(input.taxCode))
            throw new UserInputError(`Mã số thuế không hợp lệ: ${input.taxCode} (10 digits, optional -xxx)`);
        if (!PHONE.test(input.phone.replace(/[\s.]/g, '')))
            throw new UserInputError(`Số điện thoại không hợp lệ: ${input.phone}`);
    }

    private profile(input: ProducerProfileInput) {
        const text = (s: string | null | undefined) => (s ?? '').trim().normalize('NFC');
        return {
            legalName: text(input.legalName),
            type: input.type,
            taxCode: input.taxCode.trim(),
            commune: text(input.commune),
            area: text(input.area),
            address: text(input.address),
            phone: input.phone.replace(/[\s.]/g, ''),
            email: input.email ? input.email.trim() : null,
            storyVi: text(input.storyVi),
            storyEn: text(input.storyEn),
        };
    }

    private async photos(ctx: RequestContext, ids?: ID[]) {
        if (!ids?.length) return [];
        return this.connection.getRepository(ctx, Asset).find({ where: { id: In(ids.map(Number)) } });
    }
}

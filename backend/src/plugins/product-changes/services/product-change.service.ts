import { Injectable } from '@nestjs/common';
import {
    ID,
    LanguageCode,
    ListQueryBuilder,
    PaginatedList,
    Product,
    ProductService,
    ProductVariant,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { vietnamDate } from '../../../vietnam-time';
import { CertificateService } from '../../certification/services/certificate.service';
import { HeldMutation, MAX_NOTE_LENGTH } from '../constants';
import {
    ProductChange,
    ProductChangeProposal,
    ProductChangeStatus,
    ProposedContents,
} from '../entities/product-change.entity';
import { changeNotFound, refusal } from '../errors';
import {
    ContentsInput,
    coveredChanges,
    CurrentContents,
    mergeProposals,
    withoutCoveredFields,
} from '../proposal';

type UpdateInput = ContentsInput & { id: ID };

export interface ProductChangeListOptions {
    skip?: number | null;
    take?: number | null;
    status?: ProductChangeStatus | null;
    productId?: ID | null;
}

/**
 * Changes to certified products (ADR 0018): a producer's edit of a certified product's
 * name, description, images or variants' contents is held here until the office
 * approves it; everything else in the same edit (prices, stock, …) applies at once.
 */
@Injectable()
export class ProductChangeService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private certificateService: CertificateService,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
    ) {}

    /**
     * Takes the covered fields of certified products out of the mutation's input (in
     * place) and returns them by product. Inputs naming products outside the active
     * channel are left alone: Vendure refuses them as it always does.
     */
    async holdCoveredChanges(
        ctx: RequestContext,
        mutation: HeldMutation,
        args: { input: UpdateInput | UpdateInput[] },
    ): Promise<Map<number, ProductChangeProposal>> {
        const inputs = Array.isArray(args.input) ? args.input : [args.input];
        const held = new Map<number, ProductChangeProposal>();
        const today = vietnamDate();
        const certified = new Map<number, boolean>();
        const isCertified = async (productId: number) => {
            if (!certified.has(productId)) {
                const certificate = await this.certificateService.activeCertificate(ctx, productId, today);
                certified.set(productId, !!certificate);
            }
            return certified.get(productId)!;
        };
        const variantMutation = mutation === 'updateProductVariant' || mutation === 'updateProductVariants';
        for (const input of inputs) {
            if (!input?.id) continue;
            const current = variantMutation
                ? await this.currentVariant(ctx, input.id)
                : await this.currentProduct(ctx, input.id);
            if (!current || !(await isCertified(current.productId))) continue;
            const changes = coveredChanges(input, current.contents);
            if (!changes) continue;
            const proposal: ProductChangeProposal = variantMutation
                ? { variants: { [String(input.id)]: changes } }
                : { product: changes };
            held.set(current.productId, mergeProposals(held.get(current.productId) ?? {}, proposal));
            withoutCoveredFields(input);
        }
        return held;
    }

    /** Records held changes; one PENDING change per product, amended by later edits. */
    async record(ctx: RequestContext, held: Map<number, ProductChangeProposal>): Promise<ProductChange[]> {
        return this.connection.withTransaction(ctx, async txCtx => {
            const repository = this.connection.getRepository(txCtx, ProductChange);
            const saved: ProductChange[] = [];
            for (const [productId, proposal] of held) {
                // Serialises two edits of one product, so they amend one change instead of opening two.
                await repository.query('SELECT pg_advisory_xact_lock($1, $2)', [0x4f435043, productId]);
                const pending = await repository.findOne({ where: { productId, status: 'PENDING' } });
                const change = pending ?? new ProductChange({ productId, status: 'PENDING', proposal: {} });
                change.proposal = mergeProposals(change.proposal, proposal);
                change.requestedByUserId = ctx.activeUserId ? Number(ctx.activeUserId) : null;
                saved.push(await repository.save(change));
            }
            return saved;
        });
    }

    /**
     * Changes of products in the active channel: the default channel (office, Industry
     * and Trade) sees all; a producer's channel only its own products'.
     */
    async findAll(
        ctx: RequestContext,
        options: ProductChangeListOptions = {},
    ): Promise<PaginatedList<ProductChange>> {
        const qb = this.listQueryBuilder.build(
            ProductChange,
            { skip: options.skip ?? undefined, take: Math.min(options.take ?? 50, 200) },
            { ctx },
        );
        const alias = qb.alias;
        if (options.status) qb.andWhere(`${alias}.status = :status`, { status: options.status });
        if (options.productId != null)
            qb.andWhere(`${alias}.productId = :productId`, { productId: Number(options.productId) });
        this.scopeToChannel(ctx, qb, alias);
        qb.orderBy(`${alias}.updatedAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<ProductChange | undefined> {
        const qb = this.connection
            .getRepository(ctx, ProductChange)
            .createQueryBuilder('change')
            .where('change.id = :id', { id: Number(id) });
        this.scopeToChannel(ctx, qb, 'change');
        return (await qb.getOne()) ?? undefined;
    }

    /** Applies the proposal to the product and its variants: from now on everyone sees it. */
    async approve(ctx: RequestContext, id: ID, note?: string | null): Promise<ProductChange> {
        const change = await this.pending(ctx, id);
        const { product, variants } = change.proposal;
        if (product) {
            await this.productService.update(ctx, { id: change.productId, ...this.asInput(product) });
        }
        const variantInputs = Object.entries(variants ?? {}).map(([variantId, contents]) => ({
            // Entity ids as the API's id strategy hands them to services: numbers.
            id: Number(variantId),
            ...this.asInput(contents),
        }));
        if (variantInputs.length) await this.productVariantService.update(ctx, variantInputs);
        return this.decide(ctx, change, 'APPROVED', note);
    }

    async reject(ctx: RequestContext, id: ID, note: string): Promise<ProductChange> {
        const change = await this.pending(ctx, id);
        if (!note?.trim()) {
            throw refusal(
                'OCOP_PRODUCT_CHANGE_NOTE_REQUIRED',
                'Cần ghi lý do từ chối để nhà sản xuất biết cần sửa gì',
                'a rejection needs a reason the producer can act on',
            );
        }
        return this.decide(ctx, change, 'REJECTED', note);
    }

    private async pending(ctx: RequestContext, id: ID): Promise<ProductChange> {
        const change = await this.findOne(ctx, id);
        if (!change) throw changeNotFound();
        // Locks the row: of two simultaneous decisions the second sees the first's.
        const fresh = await this.connection
            .getRepository(ctx, ProductChange)
            .createQueryBuilder('change')
            .setLock('pessimistic_write')
            .where('change.id = :id', { id: change.id })
            .getOneOrFail();
        if (fresh.status !== 'PENDING') {
            throw refusal(
                'OCOP_PRODUCT_CHANGE_DECIDED',
                'Thay đổi này đã được duyệt hoặc từ chối',
                'this change has already been approved or rejected',
            );
        }
        return fresh;
    }

    private async decide(
        ctx: RequestContext,
        change: ProductChange,
        status: ProductChangeStatus,
        note?: string | null,
    ): Promise<ProductChange> {
        const decisionNote = note?.normalize('NFC').trim() || null;
        if (decisionNote && decisionNote.length > MAX_NOTE_LENGTH) {
            throw refusal(
                'OCOP_FIELD_TOO_LONG',
                `Ghi chú dài quá ${MAX_NOTE_LENGTH} ký tự`,
                `note longer than ${MAX_NOTE_LENGTH} characters`,
            );
        }
        change.status = status;
        change.decisionNote = decisionNote;
        change.decidedAt = new Date();
        change.decidedByUserId = ctx.activeUserId ? Number(ctx.activeUserId) : null;
        return this.connection.getRepository(ctx, ProductChange).save(change);
    }

    private asInput(contents: ProposedContents) {
        return {
            ...(contents.translations && {
                translations: contents.translations.map(t => ({
                    ...t,
                    languageCode: t.languageCode as LanguageCode,
                })),
            }),
            ...(contents.assetIds && { assetIds: contents.assetIds.map(Number) }),
            ...(contents.featuredAssetId !== undefined && {
                featuredAssetId:
                    contents.featuredAssetId == null ? undefined : Number(contents.featuredAssetId),
            }),
        };
    }

    private async currentProduct(ctx: RequestContext, id: ID) {
        const product = await this.connection
            .getRepository(ctx, Product)
            .createQueryBuilder('product')
            .leftJoinAndSelect('product.translations', 'translation')
            .leftJoinAndSelect('product.assets', 'asset')
            .innerJoin('product.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('product.id = :id', { id: Number(id) })
            .andWhere('product.deletedAt IS NULL')
            .getOne();
        if (!product) return undefined;
        return { productId: product.id as number, contents: this.contentsOf(product) };
    }

    private async currentVariant(ctx: RequestContext, id: ID) {
        const variant = await this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .leftJoinAndSelect('variant.translations', 'translation')
            .leftJoinAndSelect('variant.assets', 'asset')
            .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('variant.id = :id', { id: Number(id) })
            .andWhere('variant.deletedAt IS NULL')
            .getOne();
        if (!variant) return undefined;
        return { productId: variant.productId as number, contents: this.contentsOf(variant) };
    }

    private contentsOf(entity: Product | ProductVariant): CurrentContents {
        return {
            translations: entity.translations.map(t => ({
                languageCode: t.languageCode,
                name: t.name,
                ...('slug' in t && { slug: t.slug, description: t.description }),
            })),
            assetIds: [...(entity.assets ?? [])]
                .sort((a, b) => a.position - b.position)
                .map(a => String(a.assetId)),
            featuredAssetId: entity.featuredAssetId == null ? null : String(entity.featuredAssetId),
        };
    }

    private scopeToChannel(
        ctx: RequestContext,
        qb: { andWhere: (...args: any[]) => unknown },
        alias: string,
    ) {
        if (ctx.channel.code === DEFAULT_CHANNEL_CODE) return;
        qb.andWhere(
            `${alias}.productId IN (SELECT pc."productId" FROM product_channels_channel pc WHERE pc."channelId" = :scopeChannelId)`,
            { scopeChannelId: ctx.channelId },
        );
    }
}

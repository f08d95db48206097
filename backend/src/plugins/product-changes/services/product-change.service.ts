import { Injectable } from '@nestjs/common';
import {
    EventBus,
    ID,
    LanguageCode,
    ListQueryBuilder,
    PaginatedList,
    Product,
    ProductService,
    ProductVariant,
    ProductVariantEvent,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { vietnamDate } from '../../../vietnam-time';
import { CertificateService } from '../../certification/services/certificate.service';
import { governingProducerSql } from '../../listing-gate/selling-rule';
import { HeldMutation, MAX_NOTE_LENGTH } from '../constants';
import {
    ProductChange,
    ProductChangeKind,
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
    optionSet,
    withoutCoveredFields,
} from '../proposal';

type UpdateInput = ContentsInput & { id: ID };

export interface ProductChangeListOptions {
    skip?: number | null;
    take?: number | null;
    status?: ProductChangeStatus | null;
    kind?: ProductChangeKind | null;
    productId?: ID | null;
}

/** An option as the review shows it: "Quy cách: Hộp 200 g". */
export interface VariantOptionView {
    optionId: string;
    code: string;
    name: string;
    groupName: string;
}

/** A new variant as the review shows it, with its producer's own price. */
export interface NewVariantView {
    variantId: string;
    name: string;
    sku: string;
    price: number;
    currencyCode: string;
    enabled: boolean;
    deleted: boolean;
    options: VariantOptionView[];
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
        private eventBus: EventBus,
    ) {}

    /** Whether the product has an ACTIVE certificate valid today: its contents are what was assessed. */
    async isCertified(ctx: RequestContext, productId: ID, today = vietnamDate()): Promise<boolean> {
        return !!(await this.certificateService.activeCertificate(ctx, productId, today));
    }

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
            if (!certified.has(productId))
                certified.set(productId, await this.isCertified(ctx, productId, today));
            return certified.get(productId)!;
        };
        const variantMutation = mutation === 'updateProductVariant' || mutation === 'updateProductVariants';
        for (const input of inputs) {
            if (!input?.id) continue;
            const current = variantMutation
                ? await this.currentVariant(ctx, input.id)
                : await this.currentProduct(ctx, input.id);
            if (!current || !(await isCertified(current.productId))) continue;
            // A new variant not yet approved is off sale: the office reviews it as it is when it decides.
            const review = variantMutation ? await this.newVariantReview(ctx, input.id) : undefined;
            if (review && review !== 'APPROVED') continue;
            const changes = coveredChanges(input, current.contents);
            if (!changes) continue;
            if (changes.optionIds)
                await this.checkOptions(ctx, current.productId, input.id, changes.optionIds);
            const proposal: ProductChangeProposal = variantMutation
                ? { variants: { [String(input.id)]: changes } }
                : { product: changes };
            held.set(current.productId, mergeProposals(held.get(current.productId) ?? {}, proposal));
            withoutCoveredFields(input);
        }
        return held;
    }

    /** Records held changes; one PENDING change of contents per product, amended by later edits. */
    async record(ctx: RequestContext, held: Map<number, ProductChangeProposal>): Promise<ProductChange[]> {
        return this.connection.withTransaction(ctx, async txCtx => {
            const repository = this.connection.getRepository(txCtx, ProductChange);
            const saved: ProductChange[] = [];
            for (const [productId, proposal] of held) {
                // Serialises two edits of one product, so they amend one change instead of opening two.
                await repository.query('SELECT pg_advisory_xact_lock($1, $2)', [0x4f435043, productId]);
                const pending = await repository.findOne({
                    where: { productId, status: 'PENDING', kind: 'CONTENTS' },
                });
                const change =
                    pending ??
                    new ProductChange({ productId, kind: 'CONTENTS', status: 'PENDING', proposal: {} });
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
        if (options.kind) qb.andWhere(`${alias}.kind = :kind`, { kind: options.kind });
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

    /**
     * Applies the proposal to the product and its variants, or lets a new variant be sold:
     * from now on everyone sees it.
     */
    async approve(ctx: RequestContext, id: ID, note?: string | null): Promise<ProductChange> {
        const change = await this.pending(ctx, id);
        if (change.kind === 'NEW_VARIANT') {
            const decided = await this.decide(ctx, change, 'APPROVED', note);
            // The listing refresh follows variant events: it puts the variant on sale once it has stamps.
            const variants = await this.connection
                .getRepository(ctx, ProductVariant)
                .find({ where: { id: change.productVariantId! } });
            await this.eventBus.publish(new ProductVariantEvent(ctx, variants, 'updated', undefined));
            return decided;
        }
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
            ...(contents.optionIds && { optionIds: contents.optionIds.map(Number) }),
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
            .leftJoinAndSelect('variant.options', 'option')
            .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('variant.id = :id', { id: Number(id) })
            .andWhere('variant.deletedAt IS NULL')
            .getOne();
        if (!variant) return undefined;
        return {
            productId: variant.productId as number,
            contents: { ...this.contentsOf(variant), optionIds: optionSet(variant.options.map(o => o.id)) },
        };
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

    /**
     * Records the office's review of variants a producer added to a certified product: each
     * is off sale (the listing gate's PENDING_REVIEW) until the office approves it. Runs in
     * the transaction that created them, so no variant exists unheld.
     */
    async holdNewVariants(ctx: RequestContext, variants: Array<{ id: ID; productId: ID }>): Promise<void> {
        if (!variants.length) return;
        const requestedByUserId = ctx.activeUserId ? Number(ctx.activeUserId) : null;
        await this.connection.getRepository(ctx, ProductChange).save(
            variants.map(
                v =>
                    new ProductChange({
                        productId: Number(v.productId),
                        productVariantId: Number(v.id),
                        kind: 'NEW_VARIANT',
                        status: 'PENDING',
                        proposal: {},
                        requestedByUserId,
                    }),
            ),
        );
    }

    /** The office's review of a variant added to a certified product; undefined for any other variant. */
    async newVariantReview(ctx: RequestContext, variantId: ID): Promise<ProductChangeStatus | undefined> {
        const change = await this.connection.getRepository(ctx, ProductChange).findOne({
            where: { productVariantId: Number(variantId), kind: 'NEW_VARIANT' },
            order: { id: 'DESC' },
        });
        return change?.status;
    }

    /**
     * Deleted variants have nothing left to review: a PENDING new variant's change goes, and
     * pending changes of contents forget them (a change left empty goes too). Decided
     * changes stay, as the record of what was decided.
     */
    async withdrawDeleted(ctx: RequestContext, variantIds: ID[]): Promise<void> {
        const ids = variantIds.map(Number);
        const repository = this.connection.getRepository(ctx, ProductChange);
        await repository
            .createQueryBuilder()
            .delete()
            .where('"productVariantId" IN (:...ids)', { ids })
            .andWhere(`kind = 'NEW_VARIANT' AND status = 'PENDING'`)
            .execute();
        const pending = await repository
            .createQueryBuilder('change')
            .where(`change.kind = 'CONTENTS' AND change.status = 'PENDING'`)
            .andWhere(`change.proposal->'variants' ?| :keys`, { keys: ids.map(String) })
            .getMany();
        for (const change of pending) {
            const variants = { ...change.proposal.variants };
            for (const id of ids) delete variants[String(id)];
            change.proposal = { ...change.proposal, variants };
            if (!Object.keys(variants).length) delete change.proposal.variants;
            if (change.proposal.product || change.proposal.variants) await repository.save(change);
            else await repository.remove(change);
        }
    }

    /** A deleted product has nothing left to review: its pending changes go. */
    async withdrawProduct(ctx: RequestContext, productId: ID): Promise<void> {
        await this.connection
            .getRepository(ctx, ProductChange)
            .delete({ productId: Number(productId), status: 'PENDING' });
    }

    /**
     * Proposed options must make a variant Vendure would accept, so the office's approval
     * cannot fail on them: one option of each of the product's groups, a combination no
     * other variant of the product has.
     */
    private async checkOptions(ctx: RequestContext, productId: number, variantId: ID, optionIds: string[]) {
        const manager = this.connection.getRepository(ctx, ProductChange).manager;
        const ids = optionIds.map(Number);
        const [{ groups, matched, taken }]: Array<{ groups: number; matched: number; taken: boolean }> =
            await manager.query(
                `SELECT (SELECT count(*)::int FROM product_option_groups_product_option_group pg
                           JOIN product_option_group g ON g.id = pg."productOptionGroupId" AND g."deletedAt" IS NULL
                          WHERE pg."productId" = $1) AS groups,
                        (SELECT count(DISTINCT o."groupId")::int FROM product_option o
                           JOIN product_option_groups_product_option_group pg
                             ON pg."productOptionGroupId" = o."groupId" AND pg."productId" = $1
                          WHERE o.id = ANY($3::int[]) AND o."deletedAt" IS NULL) AS matched,
                        EXISTS (SELECT 1 FROM product_variant v
                                 WHERE v."productId" = $1 AND v.id <> $2 AND v."deletedAt" IS NULL
                                   AND ARRAY(SELECT vo."productOptionId" FROM product_variant_options_product_option vo
                                              WHERE vo."productVariantId" = v.id ORDER BY 1) = $3::int[]) AS taken`,
                [productId, Number(variantId), ids],
            );
        if (matched !== ids.length || matched !== groups) {
            throw refusal(
                'OCOP_VARIANT_OPTIONS_INVALID',
                'Phiên bản cần đúng một tùy chọn của mỗi nhóm tùy chọn của sản phẩm',
                'a variant needs exactly one option of each of its product’s option groups',
            );
        }
        if (taken) {
            throw refusal(
                'OCOP_VARIANT_OPTIONS_INVALID',
                'Đã có phiên bản khác với đúng các tùy chọn này',
                'another variant already has exactly these options',
            );
        }
    }

    /** Options as the review shows them, in the order of their groups. */
    async optionViews(ctx: RequestContext, optionIds: ID[]): Promise<VariantOptionView[]> {
        if (!optionIds.length) return [];
        return this.connection.getRepository(ctx, ProductChange).manager.query(
            `SELECT o.id::text AS "optionId", o.code, COALESCE(ot.name, o.code) AS name, COALESCE(gt.name, g.code) AS "groupName"
               FROM product_option o
               JOIN product_option_group g ON g.id = o."groupId"
               LEFT JOIN LATERAL (SELECT t.name FROM product_option_translation t WHERE t."baseId" = o.id
                                   ORDER BY (t."languageCode" = $2) DESC, t.id LIMIT 1) ot ON true
               LEFT JOIN LATERAL (SELECT t.name FROM product_option_group_translation t WHERE t."baseId" = g.id
                                   ORDER BY (t."languageCode" = $2) DESC, t.id LIMIT 1) gt ON true
              WHERE o.id = ANY($1::int[])
              ORDER BY g.id, o.id`,
            [optionIds.map(Number), ctx.languageCode],
        );
    }

    /** A new variant as it is now (deleted or not), with the price its producer set in its own channel. */
    async newVariantView(ctx: RequestContext, variantId: ID): Promise<NewVariantView | undefined> {
        const manager = this.connection.getRepository(ctx, ProductChange).manager;
        const [row] = await manager.query(
            `SELECT v.id::text AS "variantId", v.sku, v.enabled, v."deletedAt" IS NOT NULL AS deleted,
                    COALESCE(vt.name, v.sku) AS name, pp.price, pp."currencyCode" AS "currencyCode",
                    ARRAY(SELECT vo."productOptionId" FROM product_variant_options_product_option vo
                           WHERE vo."productVariantId" = v.id) AS "optionIds"
               FROM product_variant v
               LEFT JOIN LATERAL (SELECT t.name FROM product_variant_translation t WHERE t."baseId" = v.id
                                   ORDER BY (t."languageCode" = $2) DESC, t.id LIMIT 1) vt ON true
               LEFT JOIN LATERAL (${governingProducerSql('v."productId"', 'pr."channelId"')}) pr ON true
               LEFT JOIN LATERAL (SELECT p.price, p."currencyCode" FROM product_variant_price p
                                   WHERE p."variantId" = v.id AND p."channelId" = pr."channelId"
                                   ORDER BY p.id LIMIT 1) pp ON true
              WHERE v.id = $1`,
            [Number(variantId), ctx.languageCode],
        );
        if (!row) return undefined;
        return {
            variantId: row.variantId,
            name: row.name,
            sku: row.sku,
            price: Number(row.price ?? 0),
            currencyCode: row.currencyCode ?? ctx.channel.defaultCurrencyCode,
            enabled: row.enabled,
            deleted: row.deleted,
            options: await this.optionViews(ctx, row.optionIds ?? []),
        };
    }

    /** Variants' names as approved (what the marketplace shows), by id. */
    async variantNames(ctx: RequestContext, variantIds: ID[]): Promise<Map<string, string>> {
        if (!variantIds.length) return new Map();
        const rows: Array<{ id: string; name: string }> = await this.connection
            .getRepository(ctx, ProductChange)
            .manager.query(
                `SELECT v.id::text AS id, COALESCE(vt.name, v.sku) AS name FROM product_variant v
                   LEFT JOIN LATERAL (SELECT t.name FROM product_variant_translation t WHERE t."baseId" = v.id
                                       ORDER BY (t."languageCode" = $2) DESC, t.id LIMIT 1) vt ON true
                  WHERE v.id = ANY($1::int[])`,
                [variantIds.map(Number), ctx.languageCode],
            );
        return new Map(rows.map(r => [r.id, r.name]));
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

import { Injectable } from '@nestjs/common';
import { CreateProductVariantInput, Permission } from '@vendure/common/lib/generated-types';
import {
    ID,
    ProductOption,
    ProductOptionGroup,
    ProductVariant,
    ProductVariantService,
    RequestContext,
    RoleService,
    TransactionalConnection,
} from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { LOCK_PRODUCT } from '../../listing-gate/services/marketplace-listing.service';
import { OptionMutation, reviewProductChangesPermission } from '../constants';
import { refusal } from '../errors';
import { ProductChangeService } from './product-change.service';

type TranslationsInput = { translations?: Array<{ languageCode: string; name?: string | null }> | null };

/**
 * What changes the variants sold under a certificate besides their contents (ADR 0018):
 * new variants (held for the office), options shared by certified variants (refused to a
 * producer), and deleting a variant that still has unsold stamps (refused to everyone).
 */
@Injectable()
export class CertifiedVariantsService {
    constructor(
        private connection: TransactionalConnection,
        private productVariantService: ProductVariantService,
        private productChangeService: ProductChangeService,
        private roleService: RoleService,
    ) {}

    /** Whether the caller's edits apply at once (the office); a producer's wait for it. */
    reviews(ctx: RequestContext): boolean {
        return ctx.apiType !== 'admin' || ctx.userHasPermissions([reviewProductChangesPermission.Permission]);
    }

    /**
     * Vendure's `createProductVariants`, in the caller's transaction, with two differences:
     * - a producer's new variant of a certified product is held for the office (NEW_VARIANT);
     * - the variant joins only the channels of its product that the caller may edit. Vendure
     *   3.7.3 puts it in every channel of its product with the caller's rights, and a producer
     *   has none in the marketplace: adding a variant to a listed product was refused outright.
     *   The listing refresh puts the variant in the marketplace once it may be sold.
     */
    async create(ctx: RequestContext, inputs: CreateProductVariantInput[]): Promise<ProductVariant[]> {
        const productIds = [...new Set(inputs.map(i => Number(i.productId)))].sort((a, b) => a - b);
        const hidden = await this.hideChannelsOutOfReach(ctx, productIds);
        const created = await this.productVariantService.create(ctx, inputs);
        if (hidden.length) {
            await this.connection.getRepository(ctx, ProductVariant).query(
                `INSERT INTO product_channels_channel ("productId", "channelId")
                 SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
                [hidden.map(h => h.productId), hidden.map(h => h.channelId)],
            );
        }
        if (!this.reviews(ctx)) {
            const today = vietnamDate();
            const certified = new Set<number>();
            for (const id of productIds) {
                if (await this.productChangeService.isCertified(ctx, id, today)) certified.add(id);
            }
            await this.productChangeService.holdNewVariants(
                ctx,
                created.filter(v => certified.has(Number(v.productId))),
            );
        }
        return created;
    }

    /**
     * Takes the products out of the channels (other than the active and the default one)
     * where the caller may not edit the catalogue, until `create` puts them back in the same
     * transaction: nobody else ever sees them out. The listing refresh's product lock keeps
     * a refresh from deciding about these links meanwhile.
     */
    private async hideChannelsOutOfReach(ctx: RequestContext, productIds: number[]) {
        const repository = this.connection.getRepository(ctx, ProductVariant);
        const links: Array<{ productId: number; channelId: number; code: string }> = await repository.query(
            `SELECT pc."productId", pc."channelId", c.code FROM product_channels_channel pc
               JOIN channel c ON c.id = pc."channelId"
              WHERE pc."productId" = ANY($1::int[]) AND pc."channelId" <> $2`,
            [productIds, Number(ctx.channelId)],
        );
        const outOfReach: typeof links = [];
        for (const link of links) {
            if (link.code === '__default_channel__') continue;
            const may = await this.roleService.userHasPermissionOnChannel(
                ctx,
                link.channelId,
                Permission.UpdateCatalog,
            );
            if (!may) outOfReach.push(link);
        }
        if (!outOfReach.length) return [];
        const locked = [...new Set(outOfReach.map(l => l.productId))].sort((a, b) => a - b);
        await repository.query(`SELECT pg_advisory_xact_lock($1, p) FROM unnest($2::int[]) AS p`, [
            LOCK_PRODUCT,
            locked,
        ]);
        // Read again under the lock: a refresh may have changed the links while we waited.
        const rows: Array<{ productId: number; channelId: number }> = await repository.query(
            `WITH gone AS (
                DELETE FROM product_channels_channel
                 WHERE ("productId", "channelId") IN (SELECT * FROM unnest($1::int[], $2::int[]))
                 RETURNING "productId", "channelId"
             ) SELECT * FROM gone`,
            [outOfReach.map(l => l.productId), outOfReach.map(l => l.channelId)],
        );
        return rows.map(r => ({ productId: Number(r.productId), channelId: Number(r.channelId) }));
    }

    /**
     * Refuses a producer's change to options that variants of certified products carry, when
     * it would change them all at once and unreviewed: renaming such an option or its group,
     * or stripping a group's options from the variants (removing it with `force`). A variant
     * changes its options through `updateProductVariants`, held like its name.
     */
    async refuseOptionChanges(ctx: RequestContext, mutation: OptionMutation, args: any): Promise<void> {
        if (this.reviews(ctx)) return;
        const repository = this.connection.getRepository(ctx, ProductVariant);
        let users: Array<{ productId: number }>;
        if (mutation === 'removeOptionGroupFromProduct') {
            if (!args.force) return; // Vendure refuses to remove a group in use without force.
            users = await repository.query(
                `SELECT DISTINCT v."productId" FROM product_variant v
                   JOIN product_variant_options_product_option vo ON vo."productVariantId" = v.id
                   JOIN product_option o ON o.id = vo."productOptionId"
                  WHERE v."productId" = $1 AND o."groupId" = $2 AND v."deletedAt" IS NULL`,
                [Number(args.productId), Number(args.optionGroupId)],
            );
        } else {
            const input = args.input as TranslationsInput & { id: ID };
            const entity = mutation === 'updateProductOption' ? ProductOption : ProductOptionGroup;
            if (!(await this.renames(ctx, entity, input))) return;
            users = await repository.query(
                `SELECT DISTINCT v."productId" FROM product_variant v
                   JOIN product_variant_options_product_option vo ON vo."productVariantId" = v.id
                   JOIN product_option o ON o.id = vo."productOptionId"
                  WHERE ${mutation === 'updateProductOption' ? 'o.id' : 'o."groupId"'} = $1 AND v."deletedAt" IS NULL`,
                [Number(input.id)],
            );
        }
        const certifiedUsers = await this.certifiedAmong(
            ctx,
            users.map(r => Number(r.productId)),
        );
        if (certifiedUsers.length) {
            throw refusal(
                'OCOP_CERTIFIED_OPTIONS_IN_USE',
                'Các phiên bản của sản phẩm đã chứng nhận OCOP đang dùng tùy chọn này; hãy tạo tùy chọn mới và đổi tùy chọn của từng phiên bản (Văn phòng sẽ duyệt)',
                'variants of a certified product use this option: create a new option and change each variant’s options, which the office reviews',
            );
        }
    }

    /**
     * Before variants are deleted, in the deleting transaction (a blocking event handler), so a
     * refusal deletes nothing. Refuses, whoever asks, while a variant has unsold (ISSUED)
     * stamps: they are on units in a warehouse or a showroom and would vouch for a product no
     * longer sold; the office voids them first. Sold stamps do not stop it: deleting is soft,
     * and the stamp page goes on answering for what was sold. Otherwise the variants' pending
     * reviews are withdrawn.
     */
    async beforeDeleting(ctx: RequestContext, variants: ProductVariant[]): Promise<void> {
        if (!variants.length) return;
        const rows: Array<{ id: number; sku: string; issued: number }> = await this.connection
            .getRepository(ctx, ProductVariant)
            .query(
                `SELECT v.id, v.sku, count(s.id)::int AS issued FROM product_variant v
                   JOIN stamp s ON s."productVariantId" = v.id AND s.status = 'ISSUED'
                  WHERE v.id = ANY($1::int[]) GROUP BY v.id, v.sku ORDER BY v.id`,
                [variants.map(v => Number(v.id))],
            );
        if (rows.length) {
            const [first] = rows;
            throw refusal(
                'OCOP_VARIANT_HAS_UNSOLD_STAMPS',
                `Phiên bản ${first.sku} còn ${first.issued} tem chưa bán; Văn phòng cần hủy các tem này trước khi xóa`,
                `variant ${first.sku} still has ${first.issued} unsold stamps: the office voids them before it can be deleted`,
            );
        }
        await this.productChangeService.withdrawDeleted(
            ctx,
            variants.map(v => v.id),
        );
    }

    private async certifiedAmong(ctx: RequestContext, productIds: number[]): Promise<number[]> {
        const today = vietnamDate();
        const certified: number[] = [];
        for (const id of productIds) {
            if (await this.productChangeService.isCertified(ctx, id, today)) certified.push(id);
        }
        return certified;
    }

    /** Whether the input gives an option or group a name it does not have now (codes are not shown). */
    private async renames(
        ctx: RequestContext,
        entity: typeof ProductOption | typeof ProductOptionGroup,
        input: TranslationsInput & { id: ID },
    ): Promise<boolean> {
        const given = (input.translations ?? []).filter(t => t.name != null);
        if (!given.length) return false;
        const current = await this.connection
            .getRepository(ctx, entity)
            .findOne({ where: { id: input.id }, relations: ['translations'] });
        if (!current) return false; // Vendure answers for an unknown id.
        const nfc = (s: string) => s.normalize('NFC').trim();
        return given.some(t => {
            const now = current.translations.find(c => c.languageCode === t.languageCode);
            return !now || nfc(now.name) !== nfc(t.name!);
        });
    }
}

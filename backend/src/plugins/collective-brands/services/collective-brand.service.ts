import { Injectable } from '@nestjs/common';
import { sortVietnamese } from '@ocop/shared';
import {
    EventBus,
    ID,
    Product,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, IsNull } from 'typeorm';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { BRAND_CODE, BRAND_PRODUCTS_TABLE } from '../constants';
import { CollectiveBrand, CollectiveBrandKind } from '../entities/collective-brand.entity';
import { CollectiveBrandEvent } from '../events';

export interface CollectiveBrandInput {
    code: string;
    name: string;
    kind: CollectiveBrandKind;
    registrationNumber?: string | null;
    holder: string;
    area?: string | null;
    description?: string | null;
    productIds?: ID[] | null;
}

export type UpdateCollectiveBrandInput = Partial<CollectiveBrandInput> & { id: ID };

const LIMITS = { name: 200, holder: 300, registrationNumber: 100, area: 200 } as const;

/**
 * The province's collective brands (directive D8), kept by the office. Every change
 * publishes a {@link CollectiveBrandEvent} naming the products concerned, so the
 * `ocop-brand` facet and the search index follow.
 */
@Injectable()
export class CollectiveBrandService {
    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
    ) {}

    /** Every brand, in Vietnamese alphabetical order of its name. */
    async findAll(ctx: RequestContext): Promise<CollectiveBrand[]> {
        const brands = await this.connection.getRepository(ctx, CollectiveBrand).find();
        return sortVietnamese(brands, b => b.name);
    }

    async findOne(ctx: RequestContext, id: ID): Promise<CollectiveBrand | null> {
        return this.connection.getRepository(ctx, CollectiveBrand).findOne({ where: { id: Number(id) } });
    }

    async findByCode(ctx: RequestContext, code: string): Promise<CollectiveBrand | null> {
        return this.connection.getRepository(ctx, CollectiveBrand).findOne({ where: { code } });
    }

    async create(ctx: RequestContext, input: CollectiveBrandInput): Promise<CollectiveBrand> {
        const fields = this.validate(input);
        await this.assertCodeFree(ctx, fields.code);
        const products = await this.products(ctx, input.productIds ?? []);
        const brand = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .save(new CollectiveBrand({ ...fields, products }));
        await this.eventBus.publish(
            new CollectiveBrandEvent(
                ctx,
                brand,
                'created',
                products.map(p => Number(p.id)),
            ),
        );
        return brand;
    }

    async update(ctx: RequestContext, input: UpdateCollectiveBrandInput): Promise<CollectiveBrand> {
        const brand = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .findOne({ where: { id: Number(input.id) }, relations: ['products'] });
        if (!brand) throw notFound(input.id);
        const merged: CollectiveBrandInput = {
            code: input.code ?? brand.code,
            name: input.name ?? brand.name,
            kind: input.kind ?? brand.kind,
            registrationNumber:
                input.registrationNumber !== undefined ? input.registrationNumber : brand.registrationNumber,
            holder: input.holder ?? brand.holder,
            area: input.area !== undefined ? input.area : brand.area,
            description: input.description ?? brand.description,
        };
        const fields = this.validate(merged);
        if (fields.code !== brand.code) await this.assertCodeFree(ctx, fields.code);
        const before = brand.products.map(p => Number(p.id));
        Object.assign(brand, fields);
        if (input.productIds) brand.products = await this.products(ctx, input.productIds);
        const saved = await this.connection.getRepository(ctx, CollectiveBrand).save(brand);
        const after = saved.products.map(p => Number(p.id));
        await this.eventBus.publish(
            new CollectiveBrandEvent(ctx, saved, 'updated', [...new Set([...before, ...after])]),
        );
        return saved;
    }

    /** Makes exactly `productIds` carry the brand. */
    async setProducts(ctx: RequestContext, brandId: ID, productIds: ID[]): Promise<CollectiveBrand> {
        return this.update(ctx, { id: brandId, productIds });
    }

    /** Ids of the brand's products that are in `channelId` (a producer sees only its own). */
    async productIds(ctx: RequestContext, brandId: ID, channelId: ID): Promise<number[]> {
        const rows: Array<{ productId: number }> = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .query(
                `SELECT bp."productId" FROM ${BRAND_PRODUCTS_TABLE} bp
                   JOIN product p ON p.id = bp."productId" AND p."deletedAt" IS NULL
                   JOIN product_channels_channel pc ON pc."productId" = p.id AND pc."channelId" = $2
                  WHERE bp."collectiveBrandId" = $1 ORDER BY bp."productId"`,
                [Number(brandId), Number(channelId)],
            );
        return rows.map(r => Number(r.productId));
    }

    /**
     * How many products of each brand are on sale now: enabled and in the marketplace
     * channel, which holds exactly what the listing gate lets sell (ADR 0004).
     */
    async listedCounts(ctx: RequestContext, brandIds: ID[]): Promise<Map<number, number>> {
        if (!brandIds.length) return new Map();
        const rows: Array<{ brandId: number; n: number }> = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .query(
                `SELECT bp."collectiveBrandId" AS "brandId", count(*)::int AS n
                   FROM ${BRAND_PRODUCTS_TABLE} bp
                   JOIN product p ON p.id = bp."productId" AND p."deletedAt" IS NULL AND p.enabled
                   JOIN product_channels_channel pc ON pc."productId" = p.id
                   JOIN channel ch ON ch.id = pc."channelId" AND ch.code = $2
                  WHERE bp."collectiveBrandId" = ANY($1)
                  GROUP BY bp."collectiveBrandId"`,
                [brandIds.map(Number), MARKETPLACE_CHANNEL_CODE],
            );
        return new Map(rows.map(r => [Number(r.brandId), Number(r.n)]));
    }

    /** The brands each product carries, in Vietnamese order of their names. */
    async brandsOfProducts(
        ctx: RequestContext,
        productIds: number[],
    ): Promise<Map<number, CollectiveBrand[]>> {
        const result = new Map<number, CollectiveBrand[]>();
        if (!productIds.length) return result;
        const rows: Array<{ productId: number; brandId: number }> = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .query(
                `SELECT "productId", "collectiveBrandId" AS "brandId" FROM ${BRAND_PRODUCTS_TABLE} WHERE "productId" = ANY($1)`,
                [productIds],
            );
        if (!rows.length) return result;
        const brands = await this.connection
            .getRepository(ctx, CollectiveBrand)
            .find({ where: { id: In([...new Set(rows.map(r => Number(r.brandId)))]) } });
        const byId = new Map(brands.map(b => [Number(b.id), b]));
        for (const row of rows) {
            const brand = byId.get(Number(row.brandId));
            if (brand)
                result.set(Number(row.productId), [...(result.get(Number(row.productId)) ?? []), brand]);
        }
        for (const [id, list] of result)
            result.set(
                id,
                sortVietnamese(list, b => b.name),
            );
        return result;
    }

    private validate(input: CollectiveBrandInput) {
        const text = (value: string | null | undefined) => (value ?? '').trim().normalize('NFC');
        const code = (input.code ?? '').trim();
        if (!BRAND_CODE.test(code)) {
            throw new UserInputError(
                `OCOP_BRAND_CODE_INVALID: Mã nhãn hiệu "${code}" không hợp lệ: 3–80 chữ thường, số hoặc gạch nối (invalid brand code: 3–80 lower-case letters, digits, hyphens)`,
            );
        }
        if (!Object.values(CollectiveBrandKind).includes(input.kind)) {
            throw new UserInputError(
                `OCOP_BRAND_KIND_INVALID: Loại nhãn hiệu không hợp lệ: ${input.kind} (kind must be GEOGRAPHICAL_INDICATION, CERTIFICATION_MARK or COLLECTIVE_MARK)`,
            );
        }
        const fields = {
            code,
            name: text(input.name),
            kind: input.kind,
            registrationNumber: text(input.registrationNumber) || null,
            holder: text(input.holder),
            area: text(input.area) || null,
            description: text(input.description),
        };
        for (const field of ['name', 'holder'] as const) {
            if (!fields[field]) {
                throw new UserInputError(
                    `OCOP_BRAND_FIELD_REQUIRED: Thiếu thông tin: ${field} (${field} is required)`,
                );
            }
        }
        for (const [field, max] of Object.entries(LIMITS) as Array<[keyof typeof LIMITS, number]>) {
            if ((fields[field] ?? '').length > max) {
                throw new UserInputError(
                    `OCOP_BRAND_FIELD_TOO_LONG: ${field} dài quá ${max} ký tự (${field} is longer than ${max} characters)`,
                );
            }
        }
        return fields;
    }

    private async assertCodeFree(ctx: RequestContext, code: string) {
        if (await this.findByCode(ctx, code)) {
            throw new UserInputError(
                `OCOP_BRAND_CODE_TAKEN: Mã nhãn hiệu "${code}" đã tồn tại (brand code already exists)`,
            );
        }
    }

    private async products(ctx: RequestContext, ids: ID[]): Promise<Product[]> {
        const unique = [...new Set(ids.map(Number))];
        if (!unique.length) return [];
        const products = await this.connection
            .getRepository(ctx, Product)
            .find({ where: { id: In(unique), deletedAt: IsNull() } });
        const missing = unique.filter(id => !products.some(p => Number(p.id) === id));
        if (missing.length) {
            throw new UserInputError(
                `OCOP_BRAND_PRODUCT_NOT_FOUND: Không tìm thấy sản phẩm ${missing.join(', ')} (product not found)`,
            );
        }
        return products;
    }
}

function notFound(id: ID) {
    return new UserInputError(`OCOP_BRAND_NOT_FOUND: Không tìm thấy nhãn hiệu ${id} (brand not found)`);
}

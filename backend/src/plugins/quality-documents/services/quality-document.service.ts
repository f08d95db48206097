import { Injectable } from '@nestjs/common';
import { ForbiddenError, ID, RequestContext, TransactionalConnection, UserInputError } from '@vendure/core';
import { In } from 'typeorm';
import { vietnamDate } from '../../../vietnam-time';
import { isCalendarDate } from '../../certification/calendar-dates';
import { ProductQualityDocument, QualityDocumentKind } from '../entities/product-quality-document.entity';

export interface QualityDocumentInput {
    productId: ID;
    kind: QualityDocumentKind;
    number: string;
    issuer: string;
    issuedOn: string;
    validUntil?: string | null;
}

export type UpdateQualityDocumentInput = Partial<Omit<QualityDocumentInput, 'productId'>> & { id: ID };

/**
 * Quality declarations and food-safety certificates of products (directive D9).
 * Written in the channel of the request: the office (default channel) for any
 * product, a producer (its own channel) for its own products only.
 */
@Injectable()
export class QualityDocumentService {
    constructor(private connection: TransactionalConnection) {}

    /** Documents of each product, declarations first, the newest first. */
    async forProducts(
        ctx: RequestContext,
        productIds: number[],
    ): Promise<Map<number, ProductQualityDocument[]>> {
        const result = new Map<number, ProductQualityDocument[]>();
        if (!productIds.length) return result;
        const documents = await this.connection.getRepository(ctx, ProductQualityDocument).find({
            where: { productId: In(productIds) },
            order: { kind: 'DESC', issuedOn: 'DESC', id: 'DESC' },
        });
        for (const document of documents)
            result.set(document.productId, [...(result.get(document.productId) ?? []), document]);
        return result;
    }

    async add(ctx: RequestContext, input: QualityDocumentInput): Promise<ProductQualityDocument> {
        await this.assertProductInChannel(ctx, input.productId);
        const fields = this.validate(input);
        return this.connection
            .getRepository(ctx, ProductQualityDocument)
            .save(new ProductQualityDocument({ ...fields, productId: Number(input.productId) }));
    }

    async update(ctx: RequestContext, input: UpdateQualityDocumentInput): Promise<ProductQualityDocument> {
        const document = await this.findWritable(ctx, input.id);
        const fields = this.validate({
            kind: input.kind ?? document.kind,
            number: input.number ?? document.number,
            issuer: input.issuer ?? document.issuer,
            issuedOn: input.issuedOn ?? document.issuedOn,
            validUntil: input.validUntil !== undefined ? input.validUntil : document.validUntil,
        });
        Object.assign(document, fields);
        return this.connection.getRepository(ctx, ProductQualityDocument).save(document);
    }

    async remove(ctx: RequestContext, id: ID): Promise<boolean> {
        const document = await this.findWritable(ctx, id);
        await this.connection.getRepository(ctx, ProductQualityDocument).delete({ id: document.id });
        return true;
    }

    private async findWritable(ctx: RequestContext, id: ID): Promise<ProductQualityDocument> {
        const document = await this.connection
            .getRepository(ctx, ProductQualityDocument)
            .findOne({ where: { id: Number(id) } });
        if (!document) {
            throw new UserInputError(
                `OCOP_QUALITY_DOCUMENT_NOT_FOUND: Không tìm thấy giấy tờ ${id} (document not found)`,
            );
        }
        await this.assertProductInChannel(ctx, document.productId);
        return document;
    }

    /** The product must be in the request's channel: a producer reaches only its own. */
    private async assertProductInChannel(ctx: RequestContext, productId: ID) {
        const rows = await this.connection.getRepository(ctx, ProductQualityDocument).query(
            `SELECT 1 FROM product p JOIN product_channels_channel pc ON pc."productId" = p.id AND pc."channelId" = $2
                  WHERE p.id = $1 AND p."deletedAt" IS NULL`,
            [Number(productId), Number(ctx.channelId)],
        );
        if (!rows.length) throw new ForbiddenError();
    }

    private validate(input: Omit<QualityDocumentInput, 'productId'>) {
        const text = (value: string | null | undefined) => (value ?? '').trim().normalize('NFC');
        if (!Object.values(QualityDocumentKind).includes(input.kind)) {
            throw new UserInputError(
                `OCOP_QUALITY_DOCUMENT_KIND_INVALID: Loại giấy tờ không hợp lệ: ${input.kind} (kind must be QUALITY_DECLARATION or FOOD_SAFETY_CERTIFICATE)`,
            );
        }
        const fields = {
            kind: input.kind,
            number: text(input.number),
            issuer: text(input.issuer),
            issuedOn: (input.issuedOn ?? '').trim(),
            validUntil: input.validUntil ? input.validUntil.trim() : null,
        };
        if (!fields.number || fields.number.length > 100) {
            throw new UserInputError(
                'OCOP_QUALITY_DOCUMENT_NUMBER_INVALID: Số giấy tờ bắt buộc, tối đa 100 ký tự (number required, at most 100 characters)',
            );
        }
        if (!fields.issuer || fields.issuer.length > 300) {
            throw new UserInputError(
                'OCOP_QUALITY_DOCUMENT_ISSUER_INVALID: Cơ quan cấp bắt buộc, tối đa 300 ký tự (issuer required, at most 300 characters)',
            );
        }
        for (const field of ['issuedOn', 'validUntil'] as const) {
            const value = fields[field];
            if ((field === 'issuedOn' || value != null) && !isCalendarDate(value ?? '')) {
                throw new UserInputError(
                    `OCOP_QUALITY_DOCUMENT_DATE_INVALID: ${field} phải là ngày YYYY-MM-DD (${field} must be a YYYY-MM-DD date)`,
                );
            }
        }
        if (fields.issuedOn > vietnamDate()) {
            throw new UserInputError(
                'OCOP_QUALITY_DOCUMENT_DATE_INVALID: Ngày cấp ở tương lai (issuedOn is in the future)',
            );
        }
        if (fields.validUntil && fields.validUntil < fields.issuedOn) {
            throw new UserInputError(
                'OCOP_QUALITY_DOCUMENT_DATE_INVALID: Ngày hết hạn trước ngày cấp (validUntil is before issuedOn)',
            );
        }
        return fields;
    }
}

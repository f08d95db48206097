import { Injectable } from '@nestjs/common';
import {
    Channel,
    ID,
    Injector,
    Logger,
    ProductService,
    ProductVariant,
    ProductVariantEvent,
    EventBus,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { ModuleRef } from '@nestjs/core';
import { In } from 'typeorm';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { vietnamDate } from '../../../vietnam-time';
import { systemContext } from '../../../system-context';
import { GateReason, VariantEligibility } from '../types';

interface GateRow {
    variantId: number;
    productId: number;
    producerChannelId: number | null;
    producerActive: boolean | null;
    certStatus: string | null;
    certStars: number | null;
    certIssuedAt: string | null;
    certValidUntil: string | null;
    issued: string;
}

/**
 * Decides, per variant, whether it may be sold (ADR 0003), and keeps the
 * marketplace channel equal to that decision. The rule is evaluated live from
 * producers, certificates and stamps: nothing is cached, so an order check
 * sees a revocation the moment it is committed.
 */
@Injectable()
export class ListingGateService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
        private eventBus: EventBus,
    ) {}

    async evaluate(ctx: RequestContext, variantIds: ID[], today = vietnamDate()): Promise<Map<number, VariantEligibility>> {
        const ids = [...new Set(variantIds.map(Number))];
        if (ids.length === 0) return new Map();
        return this.evaluateWhere(ctx, 'v.id = ANY($1)', [ids], today);
    }

    async evaluateProducts(ctx: RequestContext, productIds: ID[] | 'all', today = vietnamDate()): Promise<Map<number, VariantEligibility>> {
        if (productIds === 'all') return this.evaluateWhere(ctx, 'true', [], today);
        return this.evaluateWhere(ctx, 'v."productId" = ANY($1)', [[...new Set(productIds.map(Number))]], today);
    }

    private async evaluateWhere(ctx: RequestContext, where: string, params: unknown[], today: string) {
        // One round trip: the producer owning the product's channel, the product's
        // most relevant certificate (ACTIVE first, then the latest), and the count
        // of ISSUED stamps of the variant.
        const rows: GateRow[] = await this.connection.getRepository(ctx, Channel).manager.query(
            `SELECT v.id AS "variantId", v."productId" AS "productId",
                    pr."channelId" AS "producerChannelId", pr.active AS "producerActive",
                    c.status AS "certStatus", c.stars AS "certStars",
                    to_char(c."issuedAt", 'YYYY-MM-DD') AS "certIssuedAt", to_char(c."validUntil", 'YYYY-MM-DD') AS "certValidUntil",
                    (SELECT count(*) FROM stamp s WHERE s."productVariantId" = v.id AND s.status = 'ISSUED') AS issued
               FROM product_variant v
               LEFT JOIN LATERAL (
                    SELECT p."channelId", p.active FROM producer p
                      JOIN product_channels_channel pc ON pc."channelId" = p."channelId" AND pc."productId" = v."productId"
                     ORDER BY p.active DESC LIMIT 1) pr ON true
               LEFT JOIN LATERAL (
                    SELECT status, stars, "issuedAt", "validUntil" FROM certificate
                     WHERE "productId" = v."productId"
                     ORDER BY (status = 'ACTIVE') DESC, "validUntil" DESC LIMIT 1) c ON true
              WHERE v."deletedAt" IS NULL AND ${where}`,
            params,
        );
        const result = new Map<number, VariantEligibility>();
        for (const row of rows) {
            const issuedStamps = Number(row.issued);
            const reason = this.reasonFor(row, issuedStamps, today);
            result.set(Number(row.variantId), {
                productVariantId: Number(row.variantId),
                productId: Number(row.productId),
                sellable: !reason,
                reason,
                issuedStamps,
                producerChannelId: row.producerChannelId ?? undefined,
            });
        }
        return result;
    }

    private reasonFor(row: GateRow, issued: number, today: string): GateReason | undefined {
        if (row.producerChannelId == null) return 'NO_PRODUCER';
        if (!row.producerActive) return 'PRODUCER_INACTIVE';
        if (!row.certStatus) return 'NO_CERTIFICATE';
        if (row.certStatus === 'REVOKED') return 'CERTIFICATE_REVOKED';
        if (row.certStatus === 'EXPIRED' || (row.certValidUntil && row.certValidUntil < today)) return 'CERTIFICATE_EXPIRED';
        if (row.certIssuedAt && row.certIssuedAt > today) return 'CERTIFICATE_NOT_YET_VALID';
        if ((row.certStars ?? 0) < 3) return 'BELOW_THREE_STARS';
        if (issued < 1) return 'NO_STAMPS';
        return undefined;
    }
}

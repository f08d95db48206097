import { Injectable } from '@nestjs/common';
import { ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import {
    governingCertificateSql,
    governingProducerSql,
    sellableUnits,
    SellingFacts,
    sellingVerdict,
    SellingVerdict,
} from '../selling-rule';
import { VariantEligibility } from '../types';
import { lockVariantsForSale } from '../../stock-reservation/variant-lock';
import { issuedStampsSql } from '../../stamps/config/stamp-tally-schema';

interface FactsRow {
    variantId: number;
    productId: number;
    producerChannelId: number | null;
    producerActive: boolean | null;
    certStatus: string | null;
    certStars: number | null;
    certIssuedAt: string | null;
    certValidUntil: string | null;
    review: 'PENDING' | 'REJECTED' | 'APPROVED' | null;
    price: string | null;
    tracked: boolean;
    threshold: number;
    issued: string;
    registered: boolean;
    onHand: string;
    allocated: string;
    allocatedEverywhere: string;
}

/**
 * Gathers, per variant, the facts the selling rule needs (producer, governing
 * certificate, price, stamps, stock) in one query and asks the rule. Nothing is
 * cached, so a check sees a revocation or a placed order the moment it commits.
 */
@Injectable()
export class ListingGateService {
    constructor(private connection: TransactionalConnection) {}

    /**
     * Verdicts for variants; `units` counts the stock of the locations that sell in
     * the context's channel (the marketplace for the Shop API).
     */
    async evaluate(
        ctx: RequestContext,
        variantIds: ID[],
        today = vietnamDate(),
    ): Promise<Map<number, VariantEligibility>> {
        const ids = [...new Set(variantIds.map(Number))];
        if (ids.length === 0) return new Map();
        return this.evaluateWhere(ctx, 'v.id = ANY($2)', [ids], today);
    }

    async evaluateProducts(
        ctx: RequestContext,
        productIds: ID[] | 'all',
        today = vietnamDate(),
    ): Promise<Map<number, VariantEligibility>> {
        if (productIds === 'all') return this.evaluateWhere(ctx, 'true', [], today);
        return this.evaluateWhere(
            ctx,
            'v."productId" = ANY($2)',
            [[...new Set(productIds.map(Number))]],
            today,
        );
    }

    /**
     * Whether each variant is in stock in the context's channel as Vendure's search indexer
     * counts it (`getSaleableStockLevel` through our stamped stock strategy: saleable units
     * above the threshold, or inventory not tracked), whatever the listing rule says; from
     * one query. Deleted variants are left out.
     */
    async inStock(ctx: RequestContext, variantIds: ID[]): Promise<Map<number, boolean>> {
        const ids = [...new Set(variantIds.map(Number))];
        const result = new Map<number, boolean>();
        if (!ids.length) return result;
        for (const [variantId, { facts }] of await this.facts(ctx, 'v.id = ANY($2)', [ids]))
            result.set(
                variantId,
                !facts.inventoryTracked || sellableUnits(facts.issuedStamps, facts.stock) > 0,
            );
        return result;
    }

    /** Locks the variants for selling until the transaction ends (see {@link lockVariantsForSale}). */
    async lockVariants(ctx: RequestContext, variantIds: ID[]): Promise<void> {
        await lockVariantsForSale(this.connection.getRepository(ctx, 'ProductVariant').manager, variantIds);
    }

    /**
     * The first line of `lines` (summed per variant) that may not be sold in its
     * quantity, with its verdict; undefined when all may.
     */
    async firstRefusal(
        ctx: RequestContext,
        lines: Array<{ productVariantId: ID; quantity: number; name?: string }>,
        today = vietnamDate(),
    ): Promise<{ productVariantId: number; name?: string; verdict: SellingVerdict } | undefined> {
        return (await this.refusals(ctx, lines, today))[0];
    }

    /**
     * Every variant of `lines` (summed per variant) that may not be sold in its
     * quantity, in the order of the lines, from one query.
     */
    async refusals(
        ctx: RequestContext,
        lines: Array<{ productVariantId: ID; quantity: number; name?: string }>,
        today = vietnamDate(),
    ): Promise<Array<{ productVariantId: number; name?: string; verdict: SellingVerdict }>> {
        const wanted = new Map<number, number>();
        for (const line of lines)
            wanted.set(
                Number(line.productVariantId),
                (wanted.get(Number(line.productVariantId)) ?? 0) + line.quantity,
            );
        const facts = await this.facts(ctx, 'v.id = ANY($2)', [[...wanted.keys()]]);
        const refused: Array<{ productVariantId: number; name?: string; verdict: SellingVerdict }> = [];
        const seen = new Set<number>();
        for (const line of lines) {
            const id = Number(line.productVariantId);
            if (seen.has(id)) continue;
            seen.add(id);
            const fact = facts.get(id);
            const verdict: SellingVerdict = fact
                ? sellingVerdict(fact.facts, today, wanted.get(id))
                : {
                      sellable: false,
                      listable: false,
                      reason: 'PRODUCT_NOT_FOUND',
                      units: 0,
                      unpromisedStamps: 0,
                  };
            if (!verdict.sellable) refused.push({ productVariantId: id, name: line.name, verdict });
        }
        return refused;
    }

    private async evaluateWhere(ctx: RequestContext, where: string, params: unknown[], today: string) {
        const result = new Map<number, VariantEligibility>();
        for (const [variantId, { productId, producerChannelId, facts }] of await this.facts(
            ctx,
            where,
            params,
        )) {
            const verdict = sellingVerdict(facts, today);
            result.set(variantId, {
                productVariantId: variantId,
                productId,
                sellable: verdict.listable,
                reason: verdict.reason,
                issuedStamps: facts.issuedStamps,
                units: verdict.units,
                producerChannelId,
            });
        }
        return result;
    }

    /**
     * One round trip for any number of variants. `$1` is the selling channel; `where` may use `$2…`.
     * The ISSUED stamps come from the tally (ADR 0027), so a sale under its selling lock reads
     * one row per variant, not the variant's register.
     */
    private async facts(ctx: RequestContext, where: string, params: unknown[]) {
        const rows: FactsRow[] = await this.connection.getRepository(ctx, 'ProductVariant').manager.query(
            `SELECT v.id AS "variantId", v."productId" AS "productId",
                    pr."channelId" AS "producerChannelId", pr.active AS "producerActive",
                    c.status AS "certStatus", c.stars AS "certStars",
                    to_char(c."issuedAt", 'YYYY-MM-DD') AS "certIssuedAt", to_char(c."validUntil", 'YYYY-MM-DD') AS "certValidUntil",
                    (SELECT rv.status FROM product_change rv
                      WHERE rv."productVariantId" = v.id AND rv.kind = 'NEW_VARIANT' ORDER BY rv.id DESC LIMIT 1) AS review,
                    (SELECT pp.price FROM product_variant_price pp
                      WHERE pp."variantId" = v.id AND pp."channelId" = pr."channelId" ORDER BY pp.id LIMIT 1) AS price,
                    CASE v."trackInventory" WHEN 'TRUE' THEN true WHEN 'FALSE' THEN false ELSE gs."trackInventory" END AS tracked,
                    CASE WHEN v."useGlobalOutOfStockThreshold" THEN gs."outOfStockThreshold" ELSE v."outOfStockThreshold" END AS threshold,
                    ${issuedStampsSql('v.id')} AS issued,
                    EXISTS (SELECT 1 FROM stamp s WHERE s."productVariantId" = v.id) AS registered,
                    sl."onHand", sl.allocated, sl."allocatedEverywhere"
               FROM product_variant v
               CROSS JOIN LATERAL (SELECT "trackInventory", "outOfStockThreshold" FROM global_settings ORDER BY id LIMIT 1) gs
               LEFT JOIN LATERAL (${governingProducerSql('v."productId"', 'pr."channelId", pr.active')}) pr ON true
               LEFT JOIN LATERAL (${governingCertificateSql('v."productId"', 'c.status, c.stars, c."issuedAt", c."validUntil"')}) c ON true
               CROSS JOIN LATERAL (
                    SELECT COALESCE(sum(l."stockOnHand") FILTER (WHERE lc."channelId" IS NOT NULL), 0) AS "onHand",
                           COALESCE(sum(l."stockAllocated") FILTER (WHERE lc."channelId" IS NOT NULL), 0) AS allocated,
                           COALESCE(sum(l."stockAllocated"), 0) AS "allocatedEverywhere"
                      FROM stock_level l
                      LEFT JOIN stock_location_channels_channel lc ON lc."stockLocationId" = l."stockLocationId" AND lc."channelId" = $1
                     WHERE l."productVariantId" = v.id) sl
              WHERE v."deletedAt" IS NULL AND ${where}`,
            [ctx.channelId, ...params],
        );
        const result = new Map<
            number,
            { productId: number; producerChannelId?: number; facts: SellingFacts }
        >();
        for (const row of rows) {
            result.set(Number(row.variantId), {
                productId: Number(row.productId),
                producerChannelId: row.producerChannelId ?? undefined,
                facts: {
                    producer: row.producerChannelId == null ? null : { active: !!row.producerActive },
                    certificate: row.certStatus
                        ? {
                              status: row.certStatus,
                              stars: row.certStars ?? 0,
                              issuedAt: row.certIssuedAt!,
                              validUntil: row.certValidUntil!,
                          }
                        : null,
                    review: row.review,
                    price: row.price == null ? null : Number(row.price),
                    inventoryTracked: row.tracked,
                    issuedStamps: Number(row.issued),
                    registeredStamps: row.registered ? 1 : 0,
                    stock: {
                        onHand: Number(row.onHand),
                        allocated: Number(row.allocated),
                        allocatedEverywhere: Number(row.allocatedEverywhere),
                        threshold: Math.max(0, Number(row.threshold)),
                    },
                },
            });
        }
        return result;
    }
}

import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
    Channel,
    EventBus,
    ID,
    Injector,
    Logger,
    ProductService,
    ProductVariant,
    ProductVariantEvent,
    ProductVariantService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';
import { systemContext } from '../../../system-context';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { VariantEligibility } from '../types';
import { ListingGateService } from './listing-gate.service';

/**
 * Keeps the marketplace channel equal to the listing gate's verdicts: assigns
 * the variants that may be listed, removes the others, copies producers' prices.
 */
@Injectable()
export class MarketplaceListingService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private gate: ListingGateService,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
        private eventBus: EventBus,
    ) {}

    private held = 0;

    /** True while a bulk load runs; it refreshes once at the end instead of after every event. */
    get isHeld() {
        return this.held > 0;
    }

    async holdWhile<T>(work: () => Promise<T>): Promise<T> {
        this.held++;
        try {
            return await work();
        } finally {
            this.held--;
        }
    }

    async productIdsOfVariants(variantIds: ID[]): Promise<number[]> {
        const rows = await this.connection.rawConnection.query(`SELECT DISTINCT "productId" FROM product_variant WHERE id = ANY($1)`, [variantIds.map(Number)]);
        return rows.map((r: { productId: number }) => Number(r.productId));
    }

    async productIdsInChannel(channelId: ID): Promise<number[]> {
        const rows = await this.connection.rawConnection.query(`SELECT "productId" FROM product_channels_channel WHERE "channelId" = $1`, [Number(channelId)]);
        return rows.map((r: { productId: number }) => Number(r.productId));
    }

    /**
     * Makes the marketplace channel hold exactly the sellable variants (and their
     * products) among `productIds`, copying prices from the producer's channel.
     * Returns how many variants were added and removed.
     */
    async refresh(productIds: ID[] | 'all'): Promise<{ added: number; removed: number }> {
        const injector = new Injector(this.moduleRef);
        const adminCtx = await systemContext(injector);
        const marketplace = await this.connection.rawConnection.getRepository(Channel).findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
        const eligibility = await this.gate.evaluateProducts(adminCtx, productIds);
        if (eligibility.size === 0 || (Array.isArray(productIds) && productIds.length === 0)) return { added: 0, removed: 0 };
        const variantIds = [...eligibility.keys()];
        const inMarket: Array<{ variantId: number }> = await this.connection.rawConnection.query(
            `SELECT "productVariantId" AS "variantId" FROM product_variant_channels_channel WHERE "channelId" = $1 AND "productVariantId" = ANY($2)`,
            [marketplace.id, variantIds],
        );
        const present = new Set(inMarket.map(r => Number(r.variantId)));
        const toAdd = [...eligibility.values()].filter(e => e.sellable && !present.has(e.productVariantId));
        const toRemove = [...eligibility.values()].filter(e => !e.sellable && present.has(e.productVariantId));

        // Prices come from the producer's own channel: assign while acting in it.
        const byProducer = new Map<number, VariantEligibility[]>();
        for (const e of toAdd) byProducer.set(e.producerChannelId!, [...(byProducer.get(e.producerChannelId!) ?? []), e]);
        for (const [channelId, items] of byProducer) {
            const ctx = await systemContext(injector, await this.connection.rawConnection.getRepository(Channel).findOneOrFail({ where: { id: channelId } }));
            await this.connection.withTransaction(ctx, async tx => {
                const productIdsToAdd = [...new Set(items.map(i => i.productId))];
                const productsInMarket: Array<{ productId: number }> = await this.connection.getRepository(tx, Channel).manager.query(
                    `SELECT "productId" FROM product_channels_channel WHERE "channelId" = $1 AND "productId" = ANY($2)`,
                    [marketplace.id, productIdsToAdd],
                );
                const missingProducts = productIdsToAdd.filter(id => !productsInMarket.some(r => Number(r.productId) === id));
                if (missingProducts.length) {
                    // Assigns the product with all its variants; ineligible siblings are removed below.
                    await this.productService.assignProductsToChannel(tx, { productIds: missingProducts, channelId: marketplace.id, priceFactor: 1 });
                }
                await this.productVariantService.assignProductVariantsToChannel(tx, {
                    productVariantIds: items.map(i => i.productVariantId),
                    channelId: marketplace.id,
                    priceFactor: 1,
                });
            });
        }
        // Assigning whole products may have brought in ineligible siblings.
        const afterAdd: Array<{ variantId: number }> = await this.connection.rawConnection.query(
            `SELECT "productVariantId" AS "variantId" FROM product_variant_channels_channel WHERE "channelId" = $1 AND "productVariantId" = ANY($2)`,
            [marketplace.id, variantIds],
        );
        const removeIds = new Set(toRemove.map(e => e.productVariantId));
        for (const row of afterAdd) {
            const e = eligibility.get(Number(row.variantId));
            if (e && !e.sellable) removeIds.add(e.productVariantId);
        }
        if (removeIds.size) {
            await this.connection.withTransaction(adminCtx, async tx => {
                await this.productVariantService.removeProductVariantsFromChannel(tx, { productVariantIds: [...removeIds], channelId: marketplace.id });
                const productIdsAffected = [...new Set([...removeIds].map(id => eligibility.get(id)!.productId))];
                const productsWithoutSellable = productIdsAffected.filter(
                    pid => ![...eligibility.values()].some(e => e.productId === pid && e.sellable),
                );
                if (productsWithoutSellable.length) {
                    await this.productService.removeProductsFromChannel(tx, { productIds: productsWithoutSellable, channelId: marketplace.id });
                }
            });
        }
        const repriced = await this.syncPrices(adminCtx, marketplace.id as number, [...eligibility.values()].filter(e => e.sellable && present.has(e.productVariantId)));
        if (toAdd.length || removeIds.size || repriced) {
            Logger.verbose(`Marketplace: +${toAdd.length} / −${removeIds.size} variants, ${repriced} repriced`, 'ListingGate');
        }
        return { added: toAdd.length, removed: removeIds.size };
    }

    /**
     * Producers set prices in their own channel; the marketplace sells at those
     * prices. Copies changed prices across and tells the search index.
     */
    private async syncPrices(ctx: RequestContext, marketplaceId: number, listed: VariantEligibility[]): Promise<number> {
        const byProducer = new Map<number, number[]>();
        for (const e of listed) byProducer.set(e.producerChannelId!, [...(byProducer.get(e.producerChannelId!) ?? []), e.productVariantId]);
        const changedIds: number[] = [];
        for (const [producerChannelId, variantIds] of byProducer) {
            const [rows] = await this.connection.rawConnection.query(
                `UPDATE product_variant_price mp SET price = pp.price, "updatedAt" = now()
                   FROM product_variant_price pp
                  WHERE mp."variantId" = pp."variantId" AND mp."currencyCode" = pp."currencyCode"
                    AND mp."channelId" = $1 AND pp."channelId" = $2 AND mp.price <> pp.price AND mp."variantId" = ANY($3)
              RETURNING mp."variantId" AS "variantId"`,
                [marketplaceId, producerChannelId, variantIds],
            );
            changedIds.push(...(rows as Array<{ variantId: number }>).map(r => Number(r.variantId)));
        }
        if (changedIds.length) {
            const variants = await this.connection.rawConnection.getRepository(ProductVariant).find({ where: { id: In(changedIds) } });
            await this.eventBus.publish(new ProductVariantEvent(ctx, variants, 'updated', undefined));
        }
        return changedIds.length;
    }
}

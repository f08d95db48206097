import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
    Channel,
    EventBus,
    ID,
    Injector,
    JobQueue,
    JobQueueService,
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
import { LISTING_REFRESH_QUEUE, ListingRefreshRequest } from '../config/listing-refresh-buffer';
import { VariantEligibility } from '../types';
import { ListingGateService } from './listing-gate.service';

export { LISTING_REFRESH_QUEUE };
export type { ListingRefreshRequest };
/** A failed refresh is tried again (1 s apart on the database queue) before it is marked FAILED. */
const REFRESH_RETRIES = 5;
/** Products per transaction: a refresh of the whole catalogue holds each product's lock only briefly. */
const PRODUCTS_PER_TRANSACTION = 200;
/**
 * Namespaces of the transaction-scoped advisory locks (first key), the id being the second.
 * Whoever changes a product's channels outside a refresh takes LOCK_PRODUCT first.
 */
export const LOCK_PRODUCT = 0x4f43;
const LOCK_ASSET = 0x4f44;
const LOCK_OPTION_GROUP = 0x4f45;

type ListingRefreshJobData = ListingRefreshRequest;

export interface ListingRefreshResult {
    added: number;
    removed: number;
}

/** Work that follows the same records as the listing (catalogue facets): told which products a refresh judged. */
export type ListingRefreshListener = (productIds: number[] | 'all') => Promise<unknown>;

/**
 * Keeps the marketplace channel equal to the listing gate's verdicts: assigns
 * the variants that may be listed, removes the others, repairs drifted prices.
 * After events it runs as jobs of the `ocop-listing-refresh` queue, retried on failure.
 */
@Injectable()
export class MarketplaceListingService implements OnModuleInit {
    private queue!: JobQueue<ListingRefreshJobData>;
    private held = 0;
    private listeners: ListingRefreshListener[] = [];

    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private gate: ListingGateService,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
        private eventBus: EventBus,
        private jobQueueService: JobQueueService,
    ) {}

    async onModuleInit() {
        this.queue = await this.jobQueueService.createQueue<ListingRefreshJobData>({
            name: LISTING_REFRESH_QUEUE,
            process: async job => {
                const productIds = await this.productIdsOf(job.data);
                try {
                    return await this.refresh(productIds);
                } catch (e: any) {
                    // Thrown on so the queue retries; a FAILED job is what remains when every attempt failed.
                    Logger.warn(
                        `Listing refresh of ${productIds.length} products failed (attempt ${job.attempts + 1} of ${job.retries + 1}): ${e?.message ?? e}`,
                        'ListingGate',
                    );
                    throw e;
                }
            },
        });
    }

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

    /**
     * Runs `listener` at the end of every refresh (queued, synchronous or nightly), within
     * its job: a failure fails the refresh, which is retried like any other.
     */
    onRefreshed(listener: ListingRefreshListener) {
        this.listeners.push(listener);
    }

    /** Queues one refresh for everything a burst of events touched. */
    async enqueue(request: ListingRefreshRequest): Promise<void> {
        const data: ListingRefreshJobData = {};
        for (const key of ['productIds', 'variantIds', 'channelIds'] as const) {
            const ids = [...new Set((request[key] ?? []).map(Number))].sort((a, b) => a - b);
            if (ids.length) data[key] = ids;
        }
        if (!data.productIds && !data.variantIds && !data.channelIds) return;
        await this.queue.add(data, { retries: REFRESH_RETRIES });
    }

    async productIdsOfVariants(variantIds: ID[]): Promise<number[]> {
        const rows = await this.connection.rawConnection.query(
            `SELECT DISTINCT "productId" FROM product_variant WHERE id = ANY($1)`,
            [variantIds.map(Number)],
        );
        return rows.map((r: { productId: number }) => Number(r.productId));
    }

    async productIdsInChannel(channelId: ID): Promise<number[]> {
        const rows = await this.connection.rawConnection.query(
            `SELECT "productId" FROM product_channels_channel WHERE "channelId" = $1`,
            [Number(channelId)],
        );
        return rows.map((r: { productId: number }) => Number(r.productId));
    }

    private async productIdsOf(request: ListingRefreshRequest): Promise<number[]> {
        const ids = new Set<number>(request.productIds ?? []);
        if (request.variantIds?.length)
            (await this.productIdsOfVariants(request.variantIds)).forEach(id => ids.add(id));
        for (const channelId of request.channelIds ?? [])
            (await this.productIdsInChannel(channelId)).forEach(id => ids.add(id));
        return [...ids];
    }

    /**
     * Makes the marketplace channel hold exactly the sellable variants (and their
     * products) among `productIds`. Safe to run side by side with itself (several
     * workers, the admin mutation, the nightly task): each transaction locks its
     * products first and decides from what it reads after the lock.
     */
    async refresh(productIds: ID[] | 'all'): Promise<ListingRefreshResult> {
        if (Array.isArray(productIds) && productIds.length === 0) return { added: 0, removed: 0 };
        const injector = new Injector(this.moduleRef);
        const adminCtx = await systemContext(injector);
        const channels = this.connection.rawConnection.getRepository(Channel);
        const marketplace = await channels.findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
        // A first look, only to know in whose channel each product is assigned (prices come from there).
        const byProducer = new Map<number, Set<number>>();
        for (const e of (await this.gate.evaluateProducts(adminCtx, productIds)).values()) {
            const key = e.producerChannelId ?? 0;
            byProducer.set(key, (byProducer.get(key) ?? new Set()).add(e.productId));
        }
        const total = { added: 0, removed: 0, repriced: 0 };
        for (const [producerChannelId, ids] of [...byProducer].sort(([a], [b]) => a - b)) {
            const ctx = producerChannelId
                ? await systemContext(
                      injector,
                      await channels.findOneOrFail({ where: { id: producerChannelId } }),
                  )
                : adminCtx;
            const sorted = [...ids].sort((a, b) => a - b);
            for (let i = 0; i < sorted.length; i += PRODUCTS_PER_TRANSACTION) {
                const chunk = sorted.slice(i, i + PRODUCTS_PER_TRANSACTION);
                const done = await this.connection.withTransaction(ctx, tx =>
                    this.apply(tx, marketplace.id as number, producerChannelId, chunk),
                );
                total.added += done.added;
                total.removed += done.removed;
                total.repriced += done.repriced;
            }
        }
        for (const listener of this.listeners)
            await listener(productIds === 'all' ? 'all' : [...new Set(productIds.map(Number))]);
        if (total.added || total.removed || total.repriced) {
            Logger.verbose(
                `Marketplace: +${total.added} / −${total.removed} variants, ${total.repriced} repriced`,
                'ListingGate',
            );
        }
        return { added: total.added, removed: total.removed };
    }

    /**
     * One transaction, acting in the producer's channel (0: products without a producer,
     * which can only be removed): locks the products, judges them, applies the verdicts.
     */
    private async apply(
        tx: RequestContext,
        marketplaceId: number,
        producerChannelId: number,
        productIds: number[],
    ) {
        const manager = this.connection.getRepository(tx, Channel).manager;
        await this.lock(tx, productIds);
        // Judged again under the lock: a refresh that waited sees what the one before it did.
        // A product whose producer changed meanwhile is left to the refresh that change queued.
        const verdicts = [...(await this.gate.evaluateProducts(tx, productIds)).values()].filter(
            e => (e.producerChannelId ?? 0) === producerChannelId,
        );
        if (!verdicts.length) return { added: 0, removed: 0, repriced: 0 };
        const inMarket = async () => {
            const rows: Array<{ variantId: number }> = await manager.query(
                `SELECT "productVariantId" AS "variantId" FROM product_variant_channels_channel WHERE "channelId" = $1 AND "productVariantId" = ANY($2)`,
                [marketplaceId, verdicts.map(e => e.productVariantId)],
            );
            return new Set(rows.map(r => Number(r.variantId)));
        };
        const present = await inMarket();
        const toAdd = verdicts.filter(e => e.sellable && !present.has(e.productVariantId));
        if (toAdd.length && producerChannelId) {
            const listedProducts: Array<{ productId: number }> = await manager.query(
                `SELECT "productId" FROM product_channels_channel WHERE "channelId" = $1 AND "productId" = ANY($2)`,
                [marketplaceId, [...new Set(toAdd.map(e => e.productId))]],
            );
            const listed = new Set(listedProducts.map(r => Number(r.productId)));
            const newProducts = [
                ...new Set(toAdd.filter(e => !listed.has(e.productId)).map(e => e.productId)),
            ];
            if (newProducts.length) {
                // The product comes with all its variants and their producer prices; ineligible siblings are removed below.
                await this.productService.assignProductsToChannel(tx, {
                    productIds: newProducts,
                    channelId: marketplaceId,
                    priceFactor: 1,
                });
            }
            const newVariants = toAdd.filter(e => listed.has(e.productId)).map(e => e.productVariantId);
            if (newVariants.length) {
                await this.productVariantService.assignProductVariantsToChannel(tx, {
                    productVariantIds: newVariants,
                    channelId: marketplaceId,
                    priceFactor: 1,
                });
            }
        }
        const after = toAdd.length ? await inMarket() : present;
        const toRemove = verdicts.filter(e => !e.sellable && after.has(e.productVariantId));
        if (toRemove.length) {
            await this.productVariantService.removeProductVariantsFromChannel(tx, {
                productVariantIds: toRemove.map(e => e.productVariantId),
                channelId: marketplaceId,
            });
            const emptied = [...new Set(toRemove.map(e => e.productId))].filter(
                pid => !verdicts.some(e => e.productId === pid && e.sellable),
            );
            const stillListed: Array<{ productId: number }> = emptied.length
                ? await manager.query(
                      `SELECT "productId" FROM product_channels_channel WHERE "channelId" = $1 AND "productId" = ANY($2)`,
                      [marketplaceId, emptied],
                  )
                : [];
            if (stillListed.length) {
                await this.productService.removeProductsFromChannel(tx, {
                    productIds: stillListed.map(r => Number(r.productId)),
                    channelId: marketplaceId,
                });
            }
        }
        const repriced = producerChannelId
            ? await this.repairPrices(
                  tx,
                  marketplaceId,
                  producerChannelId,
                  verdicts.filter(e => e.sellable && present.has(e.productVariantId)),
              )
            : 0;
        return { added: toAdd.length, removed: toRemove.length, repriced };
    }

    /**
     * Transaction-scoped advisory locks on the products and on what products may share
     * (assets, option groups), which Vendure assigns to a channel by check-then-insert.
     * Taken in one statement in (namespace, id) order, so two refreshes never deadlock.
     */
    private async lock(tx: RequestContext, productIds: number[]) {
        await this.connection.getRepository(tx, Channel).manager.query(
            `SELECT pg_advisory_xact_lock(ns, id) FROM (
                 SELECT ns, id FROM (
                     SELECT ${LOCK_PRODUCT} AS ns, p AS id FROM unnest($1::int[]) AS p
                     UNION SELECT ${LOCK_ASSET}, pa."assetId" FROM product_asset pa WHERE pa."productId" = ANY($1)
                     UNION SELECT ${LOCK_ASSET}, va."assetId" FROM product_variant_asset va
                           JOIN product_variant v ON v.id = va."productVariantId" WHERE v."productId" = ANY($1)
                     UNION SELECT ${LOCK_OPTION_GROUP}, g."productOptionGroupId" FROM product_option_groups_product_option_group g WHERE g."productId" = ANY($1)
                 ) AS keys ORDER BY ns, id
             ) AS ordered`,
            [productIds],
        );
    }

    /**
     * Producer price changes reach the marketplace through MarketplacePriceUpdateStrategy
     * as they are made; this repairs what bypassed it (prices written before it existed,
     * or straight into the database), through Vendure's price service.
     */
    private async repairPrices(
        tx: RequestContext,
        marketplaceId: number,
        producerChannelId: number,
        listed: VariantEligibility[],
    ): Promise<number> {
        if (!listed.length) return 0;
        const drifted: Array<{ variantId: number; price: number; currencyCode: string }> =
            await this.connection.getRepository(tx, Channel).manager.query(
                `SELECT mp."variantId" AS "variantId", pp.price, mp."currencyCode" AS "currencyCode"
               FROM product_variant_price mp
               JOIN product_variant_price pp ON pp."variantId" = mp."variantId" AND pp."currencyCode" = mp."currencyCode" AND pp."channelId" = $2
              WHERE mp."channelId" = $1 AND mp."variantId" = ANY($3) AND mp.price <> pp.price`,
                [marketplaceId, producerChannelId, listed.map(e => e.productVariantId)],
            );
        for (const row of drifted) {
            await this.productVariantService.createOrUpdateProductVariantPrice(
                tx,
                row.variantId,
                Number(row.price),
                marketplaceId,
                row.currencyCode as any,
            );
        }
        if (drifted.length) {
            // Re-indexes the new prices (after commit, like every event).
            const variants = await this.connection
                .getRepository(tx, ProductVariant)
                .find({ where: { id: In(drifted.map(r => r.variantId)) } });
            await this.eventBus.publish(new ProductVariantEvent(tx, variants, 'updated', undefined));
        }
        return drifted.length;
    }
}

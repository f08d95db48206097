import { Injectable, OnModuleInit } from '@nestjs/common';
import {
    ChannelService,
    ConfigService,
    JobQueueService,
    ProductVariant,
    ProductVariantService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';
import { STOCK_STATUS_QUEUE, variantReindexJobs } from '../config/search-index-buffer';

/**
 * The search index after a sale (ADR 0034). A placed order's allocation changes
 * nothing an index row shows except, perhaps, whether the variant is in stock; Vendure
 * re-indexes every such variant in every channel and language all the same, which was
 * two thirds of the worker's work per checkout. Here, in the worker, each variant's
 * in-stock flag is worked out again the way Vendure's indexer does it (its saleable
 * stock in the row's channel, through our stamped stock strategy), and only a variant
 * whose rows say otherwise — or that has no rows — is re-indexed in full.
 */
@Injectable()
export class StockStatusIndexService implements OnModuleInit {
    constructor(
        private jobQueueService: JobQueueService,
        private configService: ConfigService,
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        private productVariantService: ProductVariantService,
    ) {}

    async onModuleInit() {
        await this.jobQueueService.createQueue<{ ids: number[] }>({
            name: STOCK_STATUS_QUEUE,
            process: async job => {
                const stale = await this.staleVariantIds(job.data.ids);
                if (!stale.length) return { reindexed: [] };
                const ctx = await this.requestContextService.create({
                    apiType: 'admin',
                    channelOrToken: await this.channelService.getDefaultChannel(),
                });
                for (const reindex of variantReindexJobs(stale, ctx.serialize()))
                    await this.configService.jobQueueOptions.jobQueueStrategy.add(reindex);
                return { reindexed: stale };
            },
        });
    }

    /** Of `ids`, the variants whose index rows no longer tell rightly whether they are in stock. */
    async staleVariantIds(ids: number[]): Promise<number[]> {
        if (!ids.length) return [];
        const rows: Array<{ variantId: number; channelId: number; inStock: boolean[] }> =
            await this.connection.rawConnection.query(
                `SELECT "productVariantId" AS "variantId", "channelId", array_agg(DISTINCT "inStock") AS "inStock"
                   FROM search_index_item WHERE "productVariantId" = ANY($1)
                  GROUP BY "productVariantId", "channelId"`,
                [ids],
            );
        const variants = await this.connection.rawConnection.getRepository(ProductVariant).find({
            where: { id: In(ids) },
            loadEagerRelations: false,
        });
        const byId = new Map(variants.map(v => [Number(v.id), v]));
        const contexts = new Map<number, RequestContext | undefined>();
        const stale = new Set<number>();
        for (const id of ids) {
            const variant = byId.get(Number(id));
            const own = rows.filter(r => Number(r.variantId) === Number(id));
            if (!variant || variant.deletedAt || !own.length) {
                stale.add(Number(id));
                continue;
            }
            for (const row of own) {
                const channelId = Number(row.channelId);
                if (!contexts.has(channelId)) contexts.set(channelId, await this.contextOf(channelId));
                const ctx = contexts.get(channelId);
                const inStock =
                    !!ctx && (await this.productVariantService.getSaleableStockLevel(ctx, variant)) > 0;
                if (!ctx || row.inStock.length !== 1 || row.inStock[0] !== inStock) {
                    stale.add(Number(id));
                    break;
                }
            }
        }
        return [...stale].sort((a, b) => a - b);
    }

    /** An admin context of the channel; none for a channel deleted since (its rows go with a full re-index). */
    private async contextOf(channelId: number): Promise<RequestContext | undefined> {
        const channel = await this.channelService.findOne(RequestContext.empty(), channelId);
        return channel && this.requestContextService.create({ apiType: 'admin', channelOrToken: channel });
    }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import {
    ChannelService,
    JobQueueService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { STOCK_STATUS_QUEUE } from '../config/search-index-buffer';
import { ListingGateService } from './listing-gate.service';
import { SearchIndexFlusher } from './search-index-flusher.service';

/**
 * The search index after a sale (ADR 0034). A placed order's allocation changes
 * nothing an index row shows except, perhaps, whether the variant is in stock; Vendure
 * re-indexes every such variant in every channel and language all the same, which was
 * two thirds of the worker's work per checkout. Here, in the worker, each variant's
 * in-stock flag is worked out again as Vendure's indexer counts it (its saleable stock in
 * the row's channel, capped by the stamps: {@link ListingGateService.inStock}, one query
 * per channel), and only a variant whose rows say otherwise — or that has no rows — is
 * re-indexed in full.
 */
@Injectable()
export class StockStatusIndexService implements OnModuleInit {
    constructor(
        private jobQueueService: JobQueueService,
        private flusher: SearchIndexFlusher,
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        private gate: ListingGateService,
    ) {}

    async onModuleInit() {
        await this.jobQueueService.createQueue<{ ids: number[] }>({
            name: STOCK_STATUS_QUEUE,
            process: async job => {
                const stale = await this.staleVariantIds(job.data.ids);
                await this.flusher.reindexVariants(stale);
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
        const stale = new Set(ids.map(Number).filter(id => !rows.some(r => Number(r.variantId) === id)));
        for (const channelId of new Set(rows.map(r => Number(r.channelId)))) {
            const own = rows.filter(r => Number(r.channelId) === channelId);
            const ctx = await this.contextOf(channelId);
            // One query per channel; a deleted variant or channel has no answer and is re-indexed.
            const now = ctx
                ? await this.gate.inStock(
                      ctx,
                      own.map(r => r.variantId),
                  )
                : new Map();
            for (const row of own) {
                const inStock = now.get(Number(row.variantId));
                if (inStock === undefined || row.inStock.length !== 1 || row.inStock[0] !== inStock)
                    stale.add(Number(row.variantId));
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

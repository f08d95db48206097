import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobState } from '@vendure/common/lib/generated-types';
import {
    ChannelService,
    ConfigService,
    isInspectableJobQueueStrategy,
    Job,
    JobBuffer,
    JobQueueService,
    Logger,
    RequestContextService,
    SqlJobBufferStorageStrategy,
    TransactionalConnection,
} from '@vendure/core';
import { COLLECTION_FILTERS_QUEUE, CollectionFiltersBuffer } from '../config/collection-filters-buffer';
import { LISTING_REFRESH_QUEUE, ListingRefreshBuffer } from '../config/listing-refresh-buffer';
import { SEARCH_INDEX_QUEUE, SearchIndexBuffer, variantReindexJobs } from '../config/search-index-buffer';

/** How often the buffers are flushed: what gathers meanwhile becomes one job (per 50 variants for the index). */
export const SEARCH_INDEX_FLUSH_MS = 1000;

/**
 * Runs the job buffers of the listing refreshes, the search index and the collection
 * filters in every process that may queue such jobs (servers; workers, whose listing
 * refreshes assign products) and flushes each every second, unless a job of its queue
 * is still waiting: then the work keeps gathering and the next job takes all of it, so
 * the number of jobs adapts to how fast the worker keeps up.
 */
@Injectable()
export class SearchIndexFlusher implements OnApplicationBootstrap, BeforeApplicationShutdown {
    private readonly buffer = new SearchIndexBuffer(
        ids => this.variantIdsOfProducts(ids),
        () => this.defaultChannelContext(),
    );
    private readonly collectionBuffer = new CollectionFiltersBuffer();
    private readonly refreshBuffer = new ListingRefreshBuffer();
    /** In flush order: collections and refreshes queue index updates of what they change. */
    private readonly buffers: Array<{ buffer: JobBuffer<any>; queueName: string }> = [
        { buffer: this.refreshBuffer, queueName: LISTING_REFRESH_QUEUE },
        { buffer: this.collectionBuffer, queueName: COLLECTION_FILTERS_QUEUE },
        { buffer: this.buffer, queueName: SEARCH_INDEX_QUEUE },
    ];
    private timer?: NodeJS.Timeout;
    private running?: Promise<number>;

    constructor(
        private jobQueueService: JobQueueService,
        private configService: ConfigService,
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
    ) {}

    onApplicationBootstrap() {
        for (const { buffer } of this.buffers) this.jobQueueService.addBuffer(buffer);
        this.timer = setInterval(
            () =>
                void this.flush().catch(e =>
                    Logger.error(`Job buffer flush failed: ${e?.message ?? e}`, 'ListingGate', e?.stack),
                ),
            SEARCH_INDEX_FLUSH_MS,
        );
        this.timer.unref();
    }

    async beforeApplicationShutdown() {
        clearInterval(this.timer);
        // The in-memory buffer dies with the process; the SQL and Redis ones would wait for the next process.
        await this.flush(true).catch(e =>
            Logger.error(`Job buffer flush failed: ${e?.message ?? e}`, 'ListingGate', e?.stack),
        );
        for (const { buffer } of this.buffers) this.jobQueueService.removeBuffer(buffer);
    }

    /**
     * Queues what the buffers gathered (one flush at a time per process); returns the
     * number of jobs queued. `always`: also for queues that still have a job waiting.
     */
    flush(always = false): Promise<number> {
        if (!this.running) this.running = this.flushOnce(always).finally(() => (this.running = undefined));
        return this.running;
    }

    private async flushOnce(always: boolean): Promise<number> {
        const { jobQueueStrategy, jobBufferStorageStrategy } = this.configService.jobQueueOptions;
        let queued = 0;
        for (const { buffer, queueName } of this.buffers) {
            if (!always && (await this.hasWaitingJob(queueName))) continue;
            const taken = await this.takeBuffered(buffer.id);
            if (taken === undefined) {
                // A storage we cannot take from atomically: Vendure's own flush.
                const sizes = await this.jobQueueService.bufferSize(buffer);
                queued += sizes[buffer.id] ? (await this.jobQueueService.flush(buffer)).length : 0;
                continue;
            }
            if (!taken.length) continue;
            const { jobs, deferred } =
                buffer === this.buffer
                    ? await this.buffer.coalesce(taken)
                    : { jobs: await buffer.reduce(taken), deferred: [] };
            for (const job of jobs) await jobQueueStrategy.add(job);
            for (const job of deferred) await jobBufferStorageStrategy.add(buffer.id, job);
            queued += jobs.length;
        }
        return queued;
    }

    /** Queues a full re-index of the variants in every channel, now (not through the buffer). */
    async reindexVariants(ids: number[]): Promise<void> {
        if (!ids.length) return;
        const ctx = await this.defaultChannelContext();
        for (const job of variantReindexJobs(ids, ctx))
            await this.configService.jobQueueOptions.jobQueueStrategy.add(job);
    }

    /** A serialized context of the default channel, the only one that holds every product. */
    private async defaultChannelContext() {
        const ctx = await this.requestContextService.create({
            apiType: 'admin',
            channelOrToken: await this.channelService.getDefaultChannel(),
        });
        return ctx.serialize();
    }

    private async hasWaitingJob(queueName: string): Promise<boolean> {
        const strategy = this.configService.jobQueueOptions.jobQueueStrategy;
        if (!isInspectableJobQueueStrategy(strategy)) return false;
        const { totalItems } = await strategy.findMany({
            take: 1,
            filter: { queueName: { eq: queueName }, state: { eq: JobState.PENDING } },
        });
        return totalItems > 0;
    }

    /**
     * Empties the buffer in one atomic step. Vendure's SQL and Redis buffer storages
     * read the buffer, then delete all of it: a job buffered in between (another
     * process, or this one, queues index jobs at any time) would be deleted unread and
     * its product never indexed. Returns undefined for a storage not known here.
     */
    private async takeBuffered(bufferId: string): Promise<Array<Job<any>> | undefined> {
        const storage: any = this.configService.jobQueueOptions.jobBufferStorageStrategy;
        if (storage instanceof SqlJobBufferStorageStrategy) {
            const [rows] = await this.connection.rawConnection.query(
                `DELETE FROM job_record_buffer WHERE "bufferId" = $1 RETURNING job`,
                [bufferId],
            );
            return (rows as Array<{ job: string | object }>).map(
                r => new Job(typeof r.job === 'string' ? JSON.parse(r.job) : r.job),
            );
        }
        // @vendure/job-queue-plugin's RedisJobBufferStorageStrategy keeps one list per buffer.
        if (
            storage?.redis &&
            typeof storage.keyName === 'function' &&
            typeof storage.redis.multi === 'function'
        ) {
            const key = storage.keyName(bufferId);
            const [[error, items]] = await storage.redis.multi().lrange(key, 0, -1).del(key).exec();
            if (error) throw error;
            return (items as string[]).map(item => new Job(JSON.parse(item)));
        }
        return undefined;
    }

    private async variantIdsOfProducts(productIds: number[]): Promise<Map<number, number[]>> {
        const rows: Array<{ id: number; productId: number }> = await this.connection.rawConnection.query(
            `SELECT id, "productId" FROM product_variant WHERE "productId" = ANY($1) AND "deletedAt" IS NULL`,
            [productIds],
        );
        const result = new Map<number, number[]>();
        for (const row of rows)
            result.set(Number(row.productId), [...(result.get(Number(row.productId)) ?? []), Number(row.id)]);
        return result;
    }
}

import { ID, Job, JobBuffer, RequestContext } from '@vendure/core';

/** The queue of Vendure's DefaultSearchPlugin and the job types that (re)write index rows from the current data. */
export const SEARCH_INDEX_QUEUE = 'update-search-index';
/** Our queue that re-indexes, of the variants a sale moved, only those whose in-stock flag it flipped. */
export const STOCK_STATUS_QUEUE = 'ocop-search-stock-status';
/** Set on the context of a stock movement that can change nothing in the index but the in-stock flag. */
const STOCK_ONLY = 'ocopStockOnly';
/**
 * Vendure 3.7.3's indexer reads the variants of an `update-variants-by-id` job 50 at
 * a time but asks for only one page per 1,000 ids: ids beyond the 50th of a job are
 * silently not indexed. Jobs therefore carry at most 50 ids.
 */
export const VARIANTS_PER_JOB = 50;
const COALESCED_TYPES = [
    'update-product',
    'update-variants',
    'update-variants-by-id',
    'assign-product-to-channel',
    'assign-variant-to-channel',
];

/**
 * A copy of `ctx` (same transaction) for publishing a stock movement that changes
 * nothing a search index row shows except, perhaps, whether the variant is in stock:
 * the allocation of a placed order. Vendure re-indexes every variant whose stock
 * moved; with this mark the search index buffer sends such variants to the
 * stock-status check instead ({@link STOCK_STATUS_QUEUE}), which re-indexes only those
 * whose flag flipped. The mark is a plain property so that it survives the context's
 * serialisation into the job.
 */
export function stockMovementOnlyContext(ctx: RequestContext): RequestContext {
    return Object.assign(ctx.copy(), { [STOCK_ONLY]: true });
}

/** One `update-variants-by-id` job per {@link VARIANTS_PER_JOB} ids; `ctx`: the default channel's (see below). */
export function variantReindexJobs(ids: number[], ctx: any, reference?: Job<any>): Array<Job<any>> {
    const jobs: Array<Job<any>> = [];
    for (let i = 0; i < ids.length; i += VARIANTS_PER_JOB) {
        const data = { type: 'update-variants-by-id', ctx, ids: ids.slice(i, i + VARIANTS_PER_JOB) };
        jobs.push(
            reference
                ? new Job({ ...reference, id: undefined, data })
                : new Job({ queueName: SEARCH_INDEX_QUEUE, data, retries: 3 }),
        );
    }
    return jobs;
}

type IndexJobData = {
    type: string;
    ctx: any;
    productId?: ID;
    variantIds?: ID[];
    ids?: ID[];
    productVariantId?: ID;
    channelId?: ID;
    /** Put back once already (see {@link SearchIndexBuffer.coalesce}). */
    deferred?: boolean;
};

/**
 * Gathers the search-index jobs that only re-read the catalogue (product or variant
 * changed, assigned to a channel) and turns everything gathered since the last flush
 * into `update-variants-by-id` jobs (one per 50 variants), which re-index those
 * variants in every channel they belong to. A bulk load then costs one indexing pass
 * per flush instead of one job per event (~6 per product).
 *
 * Deleting and removing jobs are not gathered: they run at once, and the gathered
 * update that follows reads the catalogue as it is by then, so order cannot resurrect
 * a removed row.
 *
 * Variants that only a placed order's allocation moved ({@link stockMovementOnlyContext})
 * and that nothing else asks to re-index become one {@link STOCK_STATUS_QUEUE} job.
 */
export class SearchIndexBuffer implements JobBuffer<any> {
    readonly id = 'ocop-search-index-coalesce';

    /**
     * @param variantIdsOfProducts live variant ids of each product (a product without variants maps to none)
     * @param defaultChannelContext a serialized context of the default channel
     */
    constructor(
        private variantIdsOfProducts: (productIds: number[]) => Promise<Map<number, number[]>>,
        private defaultChannelContext: () => Promise<any>,
    ) {}

    collect(job: Job<any>): boolean {
        return (
            job.queueName === SEARCH_INDEX_QUEUE && COALESCED_TYPES.includes((job.data as IndexJobData)?.type)
        );
    }

    /** Vendure's own flush path: everything gathered is queued now. */
    async reduce(collected: Array<Job<any>>): Promise<Array<Job<any>>> {
        const { jobs, deferred } = await this.coalesce(collected);
        return [...jobs, ...deferred];
    }

    /**
     * `jobs` to queue now, and `deferred` ones to put back in the buffer for one more
     * flush: a product seen without variants is nearly always one whose variants are
     * being created right now (createProduct, then createProductVariants), and its
     * placeholder row would be replaced a second later.
     */
    async coalesce(
        collected: Array<Job<any>>,
    ): Promise<{ jobs: Array<Job<any>>; deferred: Array<Job<any>> }> {
        if (!collected.length) return { jobs: [], deferred: [] };
        const variantIds = new Set<number>();
        const stockMoved = new Set<number>();
        const productJobs = new Map<string, Job<any>>();
        for (const job of collected) {
            const data = job.data as IndexJobData;
            switch (data.type) {
                case 'update-variants':
                    data.variantIds?.forEach(id =>
                        (data.ctx?.[STOCK_ONLY] === true ? stockMoved : variantIds).add(Number(id)),
                    );
                    break;
                case 'update-variants-by-id':
                    data.ids?.forEach(id => variantIds.add(Number(id)));
                    break;
                case 'assign-variant-to-channel':
                    variantIds.add(Number(data.productVariantId));
                    break;
                default: {
                    // update-product / assign-product-to-channel: per product and channel.
                    const channel =
                        data.type === 'update-product'
                            ? ((data.ctx as any)?._channel?.id ?? '')
                            : data.channelId;
                    const key = `${data.productId}:${channel}`;
                    // A deferred copy wins, so that it is not deferred twice.
                    if (!productJobs.has(key) || data.deferred) productJobs.set(key, job);
                }
            }
        }
        const productIds = [
            ...new Set([...productJobs.values()].map(j => Number((j.data as IndexJobData).productId))),
        ];
        const variantsOf = productIds.length
            ? await this.variantIdsOfProducts(productIds)
            : new Map<number, number[]>();
        const result: Array<Job<any>> = [];
        const deferred: Array<Job<any>> = [];
        for (const job of productJobs.values()) {
            const data = job.data as IndexJobData;
            const variants = variantsOf.get(Number(data.productId)) ?? [];
            if (variants.length) variants.forEach(id => variantIds.add(id));
            // A product without variants is indexed as a placeholder row by the product job itself.
            else if (data.deferred) result.push(new Job({ ...job, id: undefined, data }));
            else deferred.push(new Job({ ...job, id: undefined, data: { ...data, deferred: true } }));
        }
        const ids = [...variantIds].sort((a, b) => a - b);
        // The indexer looks up each variant's product in the job's channel: only the default
        // channel holds every product (a producer's context would fail on another producer's variant).
        if (ids.length)
            result.push(...variantReindexJobs(ids, await this.defaultChannelContext(), collected[0]));
        const checkIds = [...stockMoved].filter(id => !variantIds.has(id)).sort((a, b) => a - b);
        if (checkIds.length)
            result.push(new Job({ queueName: STOCK_STATUS_QUEUE, data: { ids: checkIds }, retries: 3 }));
        return { jobs: result, deferred };
    }
}

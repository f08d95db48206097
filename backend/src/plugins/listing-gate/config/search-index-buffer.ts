import { ID, Job, JobBuffer } from '@vendure/core';

/** The queue of Vendure's DefaultSearchPlugin and the job types that (re)write index rows from the current data. */
export const SEARCH_INDEX_QUEUE = 'update-search-index';
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
        const productJobs = new Map<string, Job<any>>();
        for (const job of collected) {
            const data = job.data as IndexJobData;
            switch (data.type) {
                case 'update-variants':
                    data.variantIds?.forEach(id => variantIds.add(Number(id)));
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
        const reference = collected[0];
        const ids = [...variantIds].sort((a, b) => a - b);
        // The indexer looks up each variant's product in the job's channel: only the default
        // channel holds every product (a producer's context would fail on another producer's variant).
        const ctx = ids.length ? await this.defaultChannelContext() : null;
        for (let i = 0; i < ids.length; i += VARIANTS_PER_JOB) {
            result.push(
                new Job({
                    ...reference,
                    id: undefined,
                    data: { type: 'update-variants-by-id', ctx, ids: ids.slice(i, i + VARIANTS_PER_JOB) },
                }),
            );
        }
        return { jobs: result, deferred };
    }
}

import { Job, JobBuffer } from '@vendure/core';

export const COLLECTION_FILTERS_QUEUE = 'apply-collection-filters';

interface ApplyFiltersJobData {
    ctx: { channelToken: string; languageCode: string };
    collectionIds: Array<string | number>;
    applyToChangedVariantsOnly?: boolean;
}

/**
 * Gathers Vendure's `apply-collection-filters` jobs (one per product or variant event,
 * 50 ms apart at most, each re-applying the filters of every collection) into one job
 * per channel and language per flush. An empty list of collections means all of them
 * and wins; a job that must re-apply to every variant (not only changed ones) wins too.
 */
export class CollectionFiltersBuffer implements JobBuffer<any> {
    readonly id = 'ocop-collection-filters-coalesce';

    collect(job: Job<any>): boolean {
        return job.queueName === COLLECTION_FILTERS_QUEUE;
    }

    reduce(collected: Array<Job<any>>): Array<Job<any>> {
        const byContext = new Map<string, Job<any>[]>();
        for (const job of collected) {
            const ctx = (job.data as ApplyFiltersJobData).ctx;
            const key = `${ctx?.channelToken}:${ctx?.languageCode}`;
            byContext.set(key, [...(byContext.get(key) ?? []), job]);
        }
        return [...byContext.values()].map(jobs => {
            const data = jobs.map(j => j.data as ApplyFiltersJobData);
            const all = data.some(d => !d.collectionIds?.length);
            return new Job({
                ...jobs[0],
                id: undefined,
                data: {
                    ctx: data[0].ctx,
                    collectionIds: all
                        ? []
                        : [
                              ...new Map(
                                  data.flatMap(d => d.collectionIds).map(id => [String(id), id]),
                              ).values(),
                          ],
                    applyToChangedVariantsOnly: data.every(d => d.applyToChangedVariantsOnly !== false),
                },
            });
        });
    }
}

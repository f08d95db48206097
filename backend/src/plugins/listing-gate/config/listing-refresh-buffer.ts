import { Job, JobBuffer } from '@vendure/core';

export const LISTING_REFRESH_QUEUE = 'ocop-listing-refresh';

/** What changed; resolved to product ids when the job runs, so an event costs no query. */
export interface ListingRefreshRequest {
    productIds?: number[];
    variantIds?: number[];
    channelIds?: number[];
}

/**
 * Gathers listing refresh jobs into one carrying the union of their ids. Flushed only
 * while no refresh waits in the queue, a refresh that runs for a while leaves the next
 * one to take everything that happened meanwhile, however many events that was.
 */
export class ListingRefreshBuffer implements JobBuffer<any> {
    readonly id = 'ocop-listing-refresh-coalesce';

    collect(job: Job<any>): boolean {
        return job.queueName === LISTING_REFRESH_QUEUE;
    }

    reduce(collected: Array<Job<any>>): Array<Job<any>> {
        if (!collected.length) return [];
        const union = {
            productIds: new Set<number>(),
            variantIds: new Set<number>(),
            channelIds: new Set<number>(),
        };
        for (const job of collected) {
            const data = job.data as ListingRefreshRequest;
            for (const key of ['productIds', 'variantIds', 'channelIds'] as const)
                (data[key] ?? []).forEach(id => union[key].add(Number(id)));
        }
        const data: ListingRefreshRequest = {};
        for (const key of ['productIds', 'variantIds', 'channelIds'] as const) {
            if (union[key].size) data[key] = [...union[key]].sort((a, b) => a - b);
        }
        return [
            new Job({
                ...collected[0],
                id: undefined,
                data: data as any,
                retries: Math.max(...collected.map(j => j.retries)),
            }),
        ];
    }
}

import { RequestContext } from '@vendure/core';

/**
 * Gathers the keys a GraphQL response asks for in the same tick (one per item of a
 * list) and loads them in one call, per request context.
 */
export class RequestBatch<V> {
    private batches = new WeakMap<RequestContext, { keys: Set<number>; result: Promise<Map<number, V>> }>();

    constructor(private load: (ctx: RequestContext, keys: number[]) => Promise<Map<number, V>>) {}

    async get(ctx: RequestContext, key: number): Promise<V | undefined> {
        let batch = this.batches.get(ctx);
        if (!batch) {
            const keys = new Set<number>();
            const result = new Promise(resolve => setImmediate(resolve)).then(() => {
                this.batches.delete(ctx);
                return this.load(ctx, [...keys]);
            });
            batch = { keys, result };
            this.batches.set(ctx, batch);
        }
        batch.keys.add(key);
        return (await batch.result).get(key);
    }
}

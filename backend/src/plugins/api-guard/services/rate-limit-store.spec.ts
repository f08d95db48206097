import { randomUUID } from 'node:crypto';
import { MemoryRateLimitStore, RateLimitStore, RedisRateLimitStore } from './rate-limit-store';

/**
 * Both stores count the same way; the Redis one is shared: two server processes
 * (two stores on one Redis) see each other's hits, so N processes do not grant N allowances.
 */
describe('rate limit stores', () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const stores: RateLimitStore[] = [];
    afterAll(() => Promise.all(stores.map(s => s.close())));

    it.each(['memory', 'redis'])('%s: counts hits in a fixed window, then starts again', async kind => {
        const store = kind === 'memory' ? new MemoryRateLimitStore() : new RedisRateLimitStore(redisUrl);
        stores.push(store);
        const key = `test:${randomUUID()}`;
        expect((await store.hit(key, 300)).count).toBe(1);
        const second = await store.hit(key, 300);
        expect(second.count).toBe(2);
        expect(second.resetMs).toBeGreaterThan(0);
        expect(second.resetMs).toBeLessThanOrEqual(300);
        expect((await store.peek(key)).count).toBe(2);
        await new Promise(r => setTimeout(r, 350));
        expect((await store.peek(key)).count).toBe(0);
        expect((await store.hit(key, 300)).count).toBe(1);
        await store.reset(key);
        expect((await store.peek(key)).count).toBe(0);
    });

    it('redis: two processes share one count, also when they race', async () => {
        const a = new RedisRateLimitStore(redisUrl);
        const b = new RedisRateLimitStore(redisUrl);
        stores.push(a, b);
        const key = `test:${randomUUID()}`;
        const counts = await Promise.all(
            Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit(key, 10_000).then(c => c.count)),
        );
        expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
        expect((await a.peek(key)).count).toBe(40);
        await b.reset(key);
    });
});

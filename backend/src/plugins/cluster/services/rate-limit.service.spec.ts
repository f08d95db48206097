import { randomUUID } from 'node:crypto';
import { redisOptionsFromUrl } from '../../../config/redis';
import { ClusterRedis } from './cluster-redis';
import { RateLimitService } from './rate-limit.service';

/**
 * The one request limiter of the system (sign-in, checkout, POS enrolment, stamp checks):
 * fixed windows per key, in memory for one process, in Redis for all of them. Two
 * services on one Redis stand for two server processes.
 */
describe('RateLimitService', () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const prefix = `ocop-test-rate-${process.pid}-${Date.now().toString(36)}`;
    const connections: ClusterRedis[] = [];

    async function onRedis(): Promise<RateLimitService> {
        const redis = new ClusterRedis({ redis: { options: redisOptionsFromUrl(redisUrl), prefix } });
        connections.push(redis);
        await redis.onModuleInit();
        return new RateLimitService(redis);
    }
    const inMemory = () => new RateLimitService(new ClusterRedis({}));

    afterAll(async () => {
        const cleaner = connections[0]?.commands;
        const keys = cleaner ? await cleaner.keys(`${prefix}:*`) : [];
        if (keys.length) await cleaner!.del(...keys);
        await Promise.all(connections.map(c => c.onApplicationShutdown()));
    });

    it.each(['memory', 'redis'])(
        '%s: lets N actions of a key through, then answers the seconds to wait',
        async kind => {
            const service = kind === 'memory' ? inMemory() : await onRedis();
            const limit = service.limiter(`t-${randomUUID()}`, { points: 3, durationSeconds: 120 });
            const waits = [];
            for (let i = 0; i < 5; i++) waits.push(await limit.take('nguyen@example.com'));
            expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
            expect(waits[3]).toBeGreaterThan(100);
            expect(waits[3]).toBeLessThanOrEqual(120);
            // Another key has its own count; a reset forgets one key's count.
            expect(await limit.take('other@example.com')).toBe(0);
            await limit.reset('nguyen@example.com');
            expect(await limit.take('nguyen@example.com')).toBe(0);
        },
    );

    it('memory: the window starts again when it ends', async () => {
        const limit = inMemory().limiter('short', { points: 1, durationSeconds: 1 });
        expect(await limit.take('k')).toBe(0);
        expect(await limit.take('k')).toBe(1);
        await new Promise(r => setTimeout(r, 1100));
        expect(await limit.take('k')).toBe(0);
    });

    it('a limit of 0 points is off', async () => {
        const limit = inMemory().limiter('off', { points: 0, durationSeconds: 60 });
        for (let i = 0; i < 20; i++) expect(await limit.take('k')).toBe(0);
    });

    it('redis: two processes share one count, also when they race', async () => {
        const [a, b] = [await onRedis(), await onRedis()];
        const name = `shared-${randomUUID()}`;
        const rule = { points: 10, durationSeconds: 60 };
        const waits = await Promise.all(
            Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).limiter(name, rule).take('same-user')),
        );
        // Per process, each would have let 10 through (20 in all).
        expect(waits.filter(w => w === 0)).toHaveLength(10);
        // A success on one process clears the count for both.
        await a.limiter(name, rule).reset('same-user');
        expect(await b.limiter(name, rule).take('same-user')).toBe(0);
    });

    it('redis: a deployment prefix of its own counts apart from another on the same Redis', async () => {
        const here = await onRedis();
        const elsewhere = new ClusterRedis({
            redis: { options: redisOptionsFromUrl(redisUrl), prefix: `${prefix}-other` },
        });
        connections.push(elsewhere);
        await elsewhere.onModuleInit();
        const name = `apart-${randomUUID()}`;
        const rule = { points: 1, durationSeconds: 60 };
        expect(await here.limiter(name, rule).take('k')).toBe(0);
        expect(await new RateLimitService(elsewhere).limiter(name, rule).take('k')).toBe(0);
        expect(await here.limiter(name, rule).take('k')).toBeGreaterThan(0);
        await new RateLimitService(elsewhere).limiter(name, rule).reset('k');
    });
});

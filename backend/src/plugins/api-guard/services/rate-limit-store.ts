import { Redis } from 'ioredis';

/** Hits of one key in its current window. */
export interface WindowCount {
    count: number;
    /** Milliseconds until the window ends and the count starts again from 0. */
    resetMs: number;
}

/**
 * Where abuse limits keep their counters: fixed windows keyed by a string. With
 * several server processes the counters must be shared (Redis), or each process
 * grants the full allowance and N processes grant N times it.
 */
export interface RateLimitStore {
    /** Counts one hit; the window starts with the first hit of a key. */
    hit(key: string, windowMs: number): Promise<WindowCount>;
    /** The current count without counting. */
    peek(key: string): Promise<WindowCount>;
    reset(key: string): Promise<void>;
    close(): Promise<void>;
}

/** One process only: the fallback without `REDIS_URL` (and in tests). */
export class MemoryRateLimitStore implements RateLimitStore {
    private readonly windows = new Map<string, { count: number; endsAt: number }>();
    private lastSweep = 0;

    constructor(private readonly maxKeys = 200_000) {}

    async hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
        this.sweep(now);
        let window = this.windows.get(key);
        if (!window || window.endsAt <= now) {
            if (!window && this.windows.size >= this.maxKeys) {
                // Oldest first: Map keeps insertion order.
                this.windows.delete(this.windows.keys().next().value as string);
            }
            window = { count: 0, endsAt: now + windowMs };
            this.windows.set(key, window);
        }
        window.count += 1;
        return { count: window.count, resetMs: window.endsAt - now };
    }

    async peek(key: string, now = Date.now()): Promise<WindowCount> {
        const window = this.windows.get(key);
        if (!window || window.endsAt <= now) return { count: 0, resetMs: 0 };
        return { count: window.count, resetMs: window.endsAt - now };
    }

    async reset(key: string): Promise<void> {
        this.windows.delete(key);
    }

    async close(): Promise<void> {
        this.windows.clear();
    }

    private sweep(now: number) {
        if (now - this.lastSweep < 60_000) return;
        this.lastSweep = now;
        for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    }
}

/** INCR and the window's expiry in one round trip, atomically for every process. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

/** Shared by every server process on one Redis (`REDIS_URL`). */
export class RedisRateLimitStore implements RateLimitStore {
    private readonly redis: Redis;

    constructor(
        url: string,
        private readonly prefix = 'ocop:rate:',
    ) {
        // Fail fast: a request must not hang on an unreachable Redis (see `hit`).
        this.redis = new Redis(url, {
            maxRetriesPerRequest: 1,
            enableOfflineQueue: true,
            lazyConnect: false,
        });
        this.redis.on('error', () => undefined);
    }

    async hit(key: string, windowMs: number): Promise<WindowCount> {
        const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, String(windowMs))) as [
            number,
            number,
        ];
        return { count: Number(count), resetMs: Math.max(0, Number(ttl)) };
    }

    async peek(key: string): Promise<WindowCount> {
        const [count, ttl] = await Promise.all([
            this.redis.get(this.prefix + key),
            this.redis.pttl(this.prefix + key),
        ]);
        return count ? { count: Number(count), resetMs: Math.max(0, ttl) } : { count: 0, resetMs: 0 };
    }

    async reset(key: string): Promise<void> {
        await this.redis.del(this.prefix + key);
    }

    async close(): Promise<void> {
        await this.redis.quit().catch(() => this.redis.disconnect());
    }
}

export function createRateLimitStore(redisUrl: string | undefined): RateLimitStore {
    return redisUrl ? new RedisRateLimitStore(redisUrl) : new MemoryRateLimitStore();
}

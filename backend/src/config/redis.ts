import type { RedisOptions } from 'ioredis';

/**
 * ioredis options for a `redis://` or `rediss://` URL (`redis://:password@host:6379/2`).
 * One reading for every Redis client of a process: job queue, cache, rate limits, broadcasts.
 */
export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
    const url = new URL(redisUrl);
    return {
        host: url.hostname,
        port: Number(url.port || 6379),
        username: url.username ? decodeURIComponent(url.username) : undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: Number(url.pathname.replace('/', '') || 0),
        tls: url.protocol === 'rediss:' ? {} : undefined,
    };
}

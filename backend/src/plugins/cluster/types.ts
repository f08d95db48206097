import type { RedisOptions } from 'ioredis';

/** Options of {@link ClusterPlugin.init}. */
export interface ClusterPluginOptions {
    /** Redis shared by every server and worker; unset → one process, everything in memory. */
    redis?: {
        options: RedisOptions;
        /** Start of every key and channel name (`REDIS_PREFIX`). */
        prefix: string;
    };
}

/** A named limit: `points` actions per `durationSeconds` and key (a client address, a username…). */
export interface RateLimitRule {
    points: number;
    durationSeconds: number;
}

/**
 * One limit, counted across every server when Redis is configured. `take` spends one
 * action of `key`: 0 when it may go ahead, otherwise the whole seconds to wait (for
 * `Retry-After`). A limit of 0 points is off and always answers 0.
 */
export interface RateLimiter {
    take(key: string): Promise<number>;
    /** Forgets the key's count (e.g. after a successful sign-in). */
    reset(key: string): Promise<void>;
}

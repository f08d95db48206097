import { Injectable } from '@nestjs/common';
import { Logger } from '@vendure/core';
import {
    RateLimiterAbstract,
    RateLimiterMemory,
    RateLimiterRedis,
    RateLimiterRes,
} from 'rate-limiter-flexible';
import { RateLimiter, RateLimitRule } from '../types';
import { ClusterRedis } from './cluster-redis';

/**
 * Every request limit of the system (stamp checks; sign-in and checkout limits join
 * here): counted in Redis across all servers when `REDIS_URL` is set, in this
 * process's memory otherwise. Built on rate-limiter-flexible: a fixed window per key
 * that opens with the key's first action. Should Redis fail, a limit falls back to
 * counting in memory (its insurance limiter) instead of refusing or waving through.
 *
 * @example
 * const signIn = rateLimitService.limiter('sign-in', { points: 10, durationSeconds: 300 });
 * const wait = await signIn.take(username);
 * if (wait > 0) throw new TooManyAttemptsError(wait);
 */
@Injectable()
export class RateLimitService {
    private readonly limiters = new Map<string, RateLimiter>();

    constructor(private readonly redis: ClusterRedis) {}

    /** The limiter called `name` (one per name and process; the first rule given wins). */
    limiter(name: string, rule: RateLimitRule): RateLimiter {
        const existing = this.limiters.get(name);
        if (existing) return existing;
        const limiter = rule.points > 0 ? this.build(name, rule) : OFF;
        this.limiters.set(name, limiter);
        return limiter;
    }

    private build(name: string, rule: RateLimitRule): RateLimiter {
        const memory = new RateLimiterMemory({ points: rule.points, duration: rule.durationSeconds });
        const counter: RateLimiterAbstract = this.redis.enabled
            ? new RateLimiterRedis({
                  storeClient: this.redis.commands,
                  keyPrefix: this.redis.key(`rate:${name}`),
                  points: rule.points,
                  duration: rule.durationSeconds,
                  insuranceLimiter: memory,
              })
            : memory;
        return {
            async take(key) {
                try {
                    await counter.consume(key);
                    return 0;
                } catch (refusal) {
                    if (refusal instanceof RateLimiterRes)
                        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
                    // Neither Redis nor the insurance answered: let the request through rather than fail it.
                    Logger.warn(`Rate limit ${name} unavailable: ${String(refusal)}`, 'RateLimit');
                    return 0;
                }
            },
            async reset(key) {
                await counter.delete(key);
            },
        };
    }
}

const OFF: RateLimiter = {
    take: () => Promise.resolve(0),
    reset: () => Promise.resolve(),
};

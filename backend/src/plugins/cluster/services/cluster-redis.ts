import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@vendure/core';
import { Redis } from 'ioredis';
import { CLUSTER_PLUGIN_OPTIONS } from '../constants';
import { ClusterPluginOptions } from '../types';

const loggerCtx = 'Cluster';

/**
 * The process's Redis connections for rate limits and broadcasts (the job queue and the
 * cache keep their own): one for commands, one in subscriber mode, made on first use.
 */
@Injectable()
export class ClusterRedis implements OnApplicationShutdown {
    private commandClient?: Redis;
    private subscriberClient?: Redis;

    constructor(@Inject(CLUSTER_PLUGIN_OPTIONS) private readonly options: ClusterPluginOptions) {}

    get enabled(): boolean {
        return !!this.options.redis;
    }

    /** `prefix:name`: every key and channel of this deployment. */
    key(name: string): string {
        return `${this.options.redis?.prefix ?? 'ocop'}:${name}`;
    }

    get commands(): Redis {
        if (!this.options.redis) throw new Error('No REDIS_URL: cluster features run in memory');
        // No offline queue: a limiter must fail fast (and fall back) rather than wait for Redis.
        this.commandClient ??= this.connect({ enableOfflineQueue: false });
        return this.commandClient;
    }

    get subscriber(): Redis {
        if (!this.options.redis) throw new Error('No REDIS_URL: cluster features run in memory');
        this.subscriberClient ??= this.connect({});
        return this.subscriberClient;
    }

    async onApplicationShutdown() {
        for (const client of [this.commandClient, this.subscriberClient]) {
            if (client) await client.quit().catch(() => client.disconnect());
        }
    }

    private connect(extra: { enableOfflineQueue?: boolean }): Redis {
        const client = new Redis({ ...this.options.redis!.options, ...extra });
        client.on('error', (e: Error) => Logger.warn(`Redis: ${e.message}`, loggerCtx));
        return client;
    }
}

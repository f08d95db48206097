import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Logger } from '@vendure/core';
import { ClusterRedis } from './cluster-redis';

type Handler = () => void;

const loggerCtx = 'ClusterBroadcast';

/**
 * "Something changed, drop what you remember": a topic published in one process reaches
 * every server and worker (Redis pub/sub), because Vendure's EventBus stays in the
 * process that published. Only for invalidating caches, which may hear a message twice
 * or miss one while Redis is down (their time-to-live bounds that); work that must
 * happen goes through the job queue.
 */
@Injectable()
export class ClusterBroadcast implements OnModuleInit {
    private readonly handlers = new Map<string, Set<Handler>>();
    private readonly origin = randomUUID();
    private readonly pending = new Set<string>();

    constructor(private readonly redis: ClusterRedis) {}

    private get channel() {
        return this.redis.key('broadcast');
    }

    async onModuleInit() {
        if (!this.redis.enabled) return;
        const subscriber = this.redis.subscriber;
        subscriber.on('message', (channel: string, message: string) => {
            if (channel !== this.channel) return;
            try {
                const { origin, topic } = JSON.parse(message) as { origin: string; topic: string };
                if (origin !== this.origin) this.run(topic);
            } catch (e: any) {
                Logger.warn(`Unreadable broadcast: ${e?.message}`, loggerCtx);
            }
        });
        await subscriber.subscribe(this.channel);
    }

    on(topic: string, handler: Handler): () => void {
        const set = this.handlers.get(topic) ?? new Set<Handler>();
        set.add(handler);
        this.handlers.set(topic, set);
        return () => set.delete(handler);
    }

    /**
     * Runs the topic's handlers here at once and in every other process shortly after.
     * Publications of one topic within the same tick go out as one message (a bulk load
     * emits thousands of events). `remoteOnly`: this process already did the work.
     */
    publish(topic: string, options: { remoteOnly?: boolean } = {}): void {
        if (!options.remoteOnly) this.run(topic);
        if (!this.redis.enabled || this.pending.has(topic)) return;
        this.pending.add(topic);
        setImmediate(() => {
            this.pending.delete(topic);
            this.redis.commands
                .publish(this.channel, JSON.stringify({ origin: this.origin, topic }))
                .catch((e: Error) => Logger.warn(`Could not broadcast ${topic}: ${e.message}`, loggerCtx));
        });
    }

    private run(topic: string) {
        for (const handler of this.handlers.get(topic) ?? []) {
            try {
                handler();
            } catch (e: any) {
                Logger.error(`Broadcast handler of ${topic} failed: ${e?.message}`, loggerCtx, e?.stack);
            }
        }
    }
}

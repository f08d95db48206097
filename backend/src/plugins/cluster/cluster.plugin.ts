import { OnApplicationBootstrap } from '@nestjs/common';
import {
    ChannelEvent,
    ChannelService,
    EventBus,
    PluginCommonModule,
    RequestContext,
    VendurePlugin,
} from '@vendure/core';
import { CLUSTER_PLUGIN_OPTIONS } from './constants';
import { ClusterBroadcast } from './services/cluster-broadcast.service';
import { ClusterRedis } from './services/cluster-redis';
import { RateLimitService } from './services/rate-limit.service';
import { ClusterPluginOptions } from './types';

const CHANNELS_CHANGED = 'vendure-channels';

/**
 * What several servers and workers share beyond the database (ADR 0022): request limits
 * counted in Redis ({@link RateLimitService}) and cache invalidations broadcast to every
 * process ({@link ClusterBroadcast}). Without Redis both stay in the one process.
 *
 * @example
 * ClusterPlugin.init({ redis: { options: redisOptionsFromUrl(env.REDIS_URL), prefix: env.REDIS_PREFIX } })
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        ClusterRedis,
        ClusterBroadcast,
        RateLimitService,
        { provide: CLUSTER_PLUGIN_OPTIONS, useFactory: () => ClusterPlugin.options },
    ],
    exports: [ClusterBroadcast, RateLimitService],
    compatibility: '^3.7.0',
})
export class ClusterPlugin implements OnApplicationBootstrap {
    static options: ClusterPluginOptions = {};

    constructor(
        private readonly eventBus: EventBus,
        private readonly broadcast: ClusterBroadcast,
        private readonly channelService: ChannelService,
    ) {}

    static init(options: ClusterPluginOptions) {
        this.options = options;
        return ClusterPlugin;
    }

    /**
     * Vendure keeps the channels in each process's memory and re-reads them after
     * `channelCacheTtl`: a producer channel made on one server would answer "channel not
     * found" on the others for up to 30 s. The process that changed a channel tells the rest.
     */
    onApplicationBootstrap() {
        this.eventBus
            .ofType(ChannelEvent)
            .subscribe(() => this.broadcast.publish(CHANNELS_CHANGED, { remoteOnly: true }));
        this.broadcast.on(CHANNELS_CHANGED, () => {
            const cache = (this.channelService as any).allChannels as
                { refresh?: (ctx: RequestContext) => Promise<unknown> } | undefined;
            void cache?.refresh?.(RequestContext.empty())?.catch(() => undefined);
        });
    }
}

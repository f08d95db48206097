import { Inject, Injectable } from '@nestjs/common';
import { getPluginAPIExtensions } from '@vendure/core';
import { API_GUARD_PLUGIN_OPTIONS } from '../constants';
import { ApiGuardPluginOptions } from '../types';

/** The resolver classes of our plugins' API extensions: their inputs get the text limits. */
@Injectable()
export class GuardedResolvers {
    private readonly classes = new Set<unknown>();

    constructor(@Inject(API_GUARD_PLUGIN_OPTIONS) options: ApiGuardPluginOptions) {
        for (const api of ['shop', 'admin'] as const) {
            for (const extension of getPluginAPIExtensions(options.guardedPlugins, api)) {
                const resolvers =
                    typeof extension.resolvers === 'function' ? extension.resolvers() : extension.resolvers;
                for (const resolver of resolvers ?? []) this.classes.add(resolver);
            }
        }
    }

    has(resolverClass: unknown): boolean {
        return this.classes.has(resolverClass);
    }
}

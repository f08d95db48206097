import { OnApplicationBootstrap } from '@nestjs/common';
import { PluginCommonModule, ProcessContext, VendurePlugin } from '@vendure/core';
import { DemoDataService } from './services/demo-data.service';
import { DemoDataPluginOptions } from './types';

/**
 * Realistic Hà Tĩnh demo data (producers, their warehouses, ~45 OCOP products
 * with images and stock, including the cases that must never be sellable),
 * loaded on server start when enabled. Loading twice changes nothing.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [DemoDataService],
    exports: [DemoDataService],
    compatibility: '^3.7.0',
})
export class DemoDataPlugin implements OnApplicationBootstrap {
    static options: DemoDataPluginOptions = { enabled: false };

    constructor(
        private processContext: ProcessContext,
        private demoDataService: DemoDataService,
    ) {}

    static init(options: DemoDataPluginOptions) {
        this.options = options;
        return DemoDataPlugin;
    }

    async onApplicationBootstrap() {
        if (DemoDataPlugin.options.enabled && this.processContext.isServer) {
            await this.demoDataService.seed();
        }
    }
}

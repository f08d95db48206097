import { OnApplicationBootstrap } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import {
    EventBus,
    PluginCommonModule,
    ProductEvent,
    ProductVariantEvent,
    VendurePlugin,
} from '@vendure/core';
import { CertificationPlugin } from '../certification/certification.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { HoldCertifiedChangesInterceptor } from './api/hold-certified-changes.interceptor';
import {
    CreateProductVariantsResolver,
    ProductChangeAdminResolver,
    ProductChangeEntityResolver,
    ProposedContentsResolver,
} from './api/product-change.resolver';
import { reviewProductChangesPermission } from './constants';
import { ProductChange } from './entities/product-change.entity';
import { CertifiedVariantsService } from './services/certified-variants.service';
import { ProductChangeService } from './services/product-change.service';

/**
 * Changes to certified products (issue 9, ADR 0018). A certificate covers a product
 * as assessed: when a producer changes a certified product's name, description,
 * images or variants' contents, the change waits for the office's approval before
 * the marketplace and the stamp page show it. Prices and stock stay the producer's
 * to change at once. A variant a producer adds to a certified product is off sale
 * until the office approves it; a variant with unsold stamps cannot be deleted.
 */
@VendurePlugin({
    imports: [PluginCommonModule, CertificationPlugin],
    entities: [ProductChange],
    providers: [
        ProductChangeService,
        CertifiedVariantsService,
        { provide: APP_INTERCEPTOR, useClass: HoldCertifiedChangesInterceptor },
    ],
    exports: [ProductChangeService, CertifiedVariantsService],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            ProductChangeAdminResolver,
            ProductChangeEntityResolver,
            ProposedContentsResolver,
            CreateProductVariantsResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(reviewProductChangesPermission);
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class ProductChangesPlugin implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private certifiedVariants: CertifiedVariantsService,
        private productChangeService: ProductChangeService,
    ) {}

    onApplicationBootstrap() {
        // Blocking: in the deleting transaction, so a refusal deletes nothing.
        this.eventBus.registerBlockingEventHandler({
            event: ProductVariantEvent,
            id: 'ocop-variants-before-deleting',
            handler: async event => {
                if (event.type !== 'deleted') return;
                const variants = Array.isArray(event.entity) ? event.entity : [event.entity];
                await this.certifiedVariants.beforeDeleting(event.ctx, variants);
            },
        });
        this.eventBus.registerBlockingEventHandler({
            event: ProductEvent,
            id: 'ocop-product-changes-of-deleted-products',
            handler: async event => {
                if (event.type === 'deleted') {
                    await this.productChangeService.withdrawProduct(event.ctx, event.entity.id);
                }
            },
        });
    }
}

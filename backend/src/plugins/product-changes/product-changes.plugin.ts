import { APP_INTERCEPTOR } from '@nestjs/core';
import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { CertificationPlugin } from '../certification/certification.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { HoldCertifiedChangesInterceptor } from './api/hold-certified-changes.interceptor';
import {
    ProductChangeAdminResolver,
    ProductChangeEntityResolver,
    ProposedContentsResolver,
} from './api/product-change.resolver';
import { reviewProductChangesPermission } from './constants';
import { ProductChange } from './entities/product-change.entity';
import { ProductChangeService } from './services/product-change.service';

/**
 * Changes to certified products (issue 9, ADR 0018). A certificate covers a product
 * as assessed: when a producer changes a certified product's name, description,
 * images or variants' contents, the change waits for the office's approval before
 * the marketplace and the stamp page show it. Prices and stock stay the producer's
 * to change at once.
 */
@VendurePlugin({
    imports: [PluginCommonModule, CertificationPlugin],
    entities: [ProductChange],
    providers: [
        ProductChangeService,
        { provide: APP_INTERCEPTOR, useClass: HoldCertifiedChangesInterceptor },
    ],
    exports: [ProductChangeService],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [ProductChangeAdminResolver, ProductChangeEntityResolver, ProposedContentsResolver],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(reviewProductChangesPermission);
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class ProductChangesPlugin {}

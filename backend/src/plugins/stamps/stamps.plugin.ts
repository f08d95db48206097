import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { adminApiExtensions } from './api/api-extensions';
import { StampPrintController } from './api/stamp-print.controller';
import { StampAdminResolver, StampBatchEntityResolver } from './api/stamp.resolver';
import { stampedFulfillmentHandler } from './config/stamped-fulfillment-handler';
import {
    manageStampsPermission,
    readStampAlertsPermission,
    readStampsPermission,
    STAMPS_PLUGIN_OPTIONS,
} from './constants';
import { Stamp } from './entities/stamp.entity';
import { StampAlert } from './entities/stamp-alert.entity';
import { StampBatch } from './entities/stamp-batch.entity';
import { StampCheck } from './entities/stamp-check.entity';
import { StampMove } from './entities/stamp-move.entity';
import { StampReturn } from './entities/stamp-return.entity';
import { StampPrintService } from './services/stamp-print.service';
import { StampService } from './services/stamp.service';
import { StampsPluginOptions } from './types';

/**
 * Traceability stamps (directive D1): the office issues batches for a variant,
 * the printing house downloads them (CSV and a PDF label sheet), each unit sold
 * consumes one stamp — online orders at fulfilment through the
 * `ocop-stamped-fulfillment` handler, the only fulfilment handler — and stamps
 * can be voided singly, by range or by batch.
 *
 * @example StampsPlugin.init({ publicUrl: env.PUBLIC_URL })
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [StampBatch, Stamp, StampCheck, StampAlert, StampReturn, StampMove],
    providers: [
        StampService,
        StampPrintService,
        { provide: STAMPS_PLUGIN_OPTIONS, useFactory: () => StampsPlugin.options },
    ],
    exports: [StampService],
    controllers: [StampPrintController],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [StampAdminResolver, StampBatchEntityResolver],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(
            manageStampsPermission,
            readStampsPermission,
            readStampAlertsPermission,
        );
        // No fulfilment without stamps: the manual handler would ship unstamped units.
        config.shippingOptions.fulfillmentHandlers = [stampedFulfillmentHandler];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class StampsPlugin {
    static options: StampsPluginOptions = { publicUrl: 'http://localhost:3000' };

    static init(options: StampsPluginOptions) {
        this.options = { ...this.options, ...options };
        return StampsPlugin;
    }
}

import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { manageStampsPermission, readStampAlertsPermission, readStampsPermission } from './constants';
import { Stamp } from './entities/stamp.entity';
import { StampAlert } from './entities/stamp-alert.entity';
import { StampBatch } from './entities/stamp-batch.entity';
import { StampCheck } from './entities/stamp-check.entity';

/**
 * Traceability stamps (directive D1): the office issues batches for a variant,
 * the printing house downloads them, each unit sold consumes one stamp, and
 * stamps can be voided singly, by range or by batch.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [StampBatch, Stamp, StampCheck, StampAlert],
    providers: [],
    configuration: config => {
        config.authOptions.customPermissions.push(manageStampsPermission, readStampsPermission, readStampAlertsPermission);
        return config;
    },
    compatibility: '^3.7.0',
})
export class StampsPlugin {}

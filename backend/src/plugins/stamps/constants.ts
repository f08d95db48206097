import { PermissionDefinition } from '@vendure/core';

/** Office: issue stamp batches, void stamps, download print files. */
export const manageStampsPermission = new PermissionDefinition({
    name: 'ManageStamps',
    description: 'Issue and void traceability stamps, download print files',
});

/** Office and Industry & Trade; producers for their own channel's variants. */
export const readStampsPermission = new PermissionDefinition({
    name: 'ReadStamps',
    description: 'Read stamp batches and stamps of the active channel',
});

/** Office: counterfeit signals. */
export const readStampAlertsPermission = new PermissionDefinition({
    name: 'ReadStampAlerts',
    description: 'Read and resolve suspicious-stamp alerts',
});

export const MAX_BATCH_QUANTITY = 100_000;

import { PermissionDefinition } from '@vendure/core';

/** Office: create producers, approve applications, activate or suspend them. */
export const manageProducersPermission = new PermissionDefinition({
    name: 'ManageProducers',
    description: 'Create, approve, update, suspend OCOP producers',
});

export const PRODUCER_CHANNEL_PREFIX = 'producer-';

import { PermissionDefinition } from '@vendure/core';

/** Office: create producers, approve applications, activate or suspend them. */
export const manageProducersPermission = new PermissionDefinition({
    name: 'ManageProducers',
    description: 'Create, approve, update, suspend OCOP producers',
});

/** Industry and Trade (and the office): read the producer register, change nothing. */
export const readProducersPermission = new PermissionDefinition({
    name: 'ReadProducers',
    description: 'Read the OCOP producer register and applications',
});

export const PRODUCER_CHANNEL_PREFIX = 'producer-';

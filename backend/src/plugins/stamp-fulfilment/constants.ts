import { PermissionDefinition } from '@vendure/core';

/** Producers (their own seller orders) and the office: pack an order by scanning one stamp per unit. */
export const fulfilWithStampsPermission = new PermissionDefinition({
    name: 'FulfilWithStamps',
    description: 'Fulfil seller orders of the active channel by scanning one stamp per unit',
});

/** Order states in which a seller order may still have units to pack (payment is checked separately). */
export const FULFILLABLE_STATES = ['PaymentAuthorized', 'PaymentSettled', 'PartiallyShipped'] as const;

/** Units in one scanned fulfilment: a parcel, not a warehouse transfer. */
export const MAX_FULFIL_UNITS = 500;

export const STAMPED_HANDLER_CODE = 'ocop-stamped-fulfillment';

import { PermissionDefinition } from '@vendure/core';

/** Office: approve or reject what producers changed on certified products (ADR 0018). */
export const reviewProductChangesPermission = new PermissionDefinition({
    name: 'ReviewProductChanges',
    description: 'Approve or reject changes to the contents of certified products',
});

/** Admin API mutations whose content fields are held for review on a certified product. */
export const HELD_MUTATIONS = [
    'updateProduct',
    'updateProducts',
    'updateProductVariant',
    'updateProductVariants',
] as const;
export type HeldMutation = (typeof HELD_MUTATIONS)[number];

export const MAX_NOTE_LENGTH = 1000;

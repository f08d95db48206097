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

/**
 * Admin API mutations that would change the options certified variants carry, all of
 * them at once and without review: refused to a producer while such variants use them.
 */
export const OPTION_MUTATIONS = [
    'removeOptionGroupFromProduct',
    'updateProductOption',
    'updateProductOptionGroup',
] as const;
export type OptionMutation = (typeof OPTION_MUTATIONS)[number];

export const MAX_NOTE_LENGTH = 1000;

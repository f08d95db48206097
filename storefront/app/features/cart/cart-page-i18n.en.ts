import type { Translation } from '../../i18n/types';
import type { vi } from './cart-page-i18n.vi';

export const en: Translation<typeof vi> = {
    title: 'Cart',
    empty: 'Your cart is empty.',
    browse: 'Browse OCOP products',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    parcels_one: 'Your order ships as {{count}} parcel.',
    parcels_other:
        'Products of {{count}} producers: your order ships as {{count}} parcels, one from each producer (delivery is charged per parcel).',
    parcel: 'Parcel {{n}}: {{producer}}',
    parcelUnknown: 'Parcel {{n}}',
    variant: 'Variant: {{name}}',
    unitPrice: 'Unit price',
    lineTotal: 'Line total',
    quantityOf: 'Quantity of {{name}}',
    decrease: 'One less {{name}}',
    increase: 'One more {{name}}',
    update: 'Update',
    remove: 'Remove',
    removeLabel: 'Remove {{name}} from the cart',
    updated: 'Cart updated.',
    summary: 'Summary',
    subtotal: 'Subtotal',
    shipping: 'Delivery',
    shippingNote: 'Calculated at checkout from the destination province, one parcel per producer.',
    total: 'Total',
    vatIncluded: 'Prices include VAT.',
    checkout: 'Go to checkout',
    continueShopping: 'Continue shopping',
    stampNote: 'Every unit arrives with its own traceability stamp so you can check where it comes from.',
};

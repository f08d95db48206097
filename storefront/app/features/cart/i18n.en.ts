import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    quantity: 'Quantity',
    addToCart: 'Add to cart',
    adding: 'Adding…',
    added_one: 'Added to your cart. It now holds {{count}} item.',
    added_other: 'Added to your cart. It now holds {{count}} items.',
    viewCart: 'View cart',
    errors: {
        INSUFFICIENT_STOCK_ERROR:
            'Not enough stock: only {{available}} stamped units can still be sold. Your cart holds what is left.',
        OUT_OF_STOCK: 'This product is out of stock.',
        ORDER_MODIFICATION_ERROR: 'This order can no longer be changed.',
        ORDER_LIMIT_ERROR: 'That is more than one order may hold.',
        NEGATIVE_QUANTITY_ERROR: 'The quantity must be more than 0.',
        UNKNOWN: 'Could not add to the cart: {{message}}',
    },
};

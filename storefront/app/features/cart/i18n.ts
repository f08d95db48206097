import type { Translation } from '../../i18n/types';

const vi = {
    quantity: 'Số lượng',
    addToCart: 'Thêm vào giỏ',
    adding: 'Đang thêm…',
    added_one: 'Đã thêm vào giỏ. Giỏ hàng có {{count}} sản phẩm.',
    added_other: 'Đã thêm vào giỏ. Giỏ hàng có {{count}} sản phẩm.',
    viewCart: 'Xem giỏ hàng',
    errors: {
        INSUFFICIENT_STOCK_ERROR:
            'Không đủ hàng: chỉ còn {{available}} sản phẩm có tem có thể bán. Giỏ hàng đã nhận số lượng còn lại.',
        OUT_OF_STOCK: 'Sản phẩm này đã hết hàng.',
        ORDER_MODIFICATION_ERROR: 'Đơn hàng này không còn sửa được.',
        ORDER_LIMIT_ERROR: 'Đã vượt quá số lượng tối đa của một đơn hàng.',
        NEGATIVE_QUANTITY_ERROR: 'Số lượng phải lớn hơn 0.',
        UNKNOWN: 'Không thêm được vào giỏ: {{message}}',
    },
};

const en: Translation<typeof vi> = {
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

export const cartText = { vi, en };

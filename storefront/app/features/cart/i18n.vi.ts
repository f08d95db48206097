export const vi = {
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

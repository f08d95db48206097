export const vi = {
    skip: 'Bỏ qua, đến nội dung chính',
    mainNav: 'Danh mục chính',
    products: 'Sản phẩm',
    producers: 'Nhà sản xuất',
    whereToBuy: 'Nơi bán',
    cart: 'Giỏ hàng',
    cartItems_one: 'sản phẩm',
    cartItems_other: 'sản phẩm',
    language: 'Ngôn ngữ',
    switchTo: 'English',
    switchToLabel: 'Xem trang này bằng tiếng Anh',
    aboutTitle: 'Về OCOP',
    aboutText:
        'OCOP (Mỗi xã một sản phẩm) là chương trình phát triển sản phẩm đặc trưng của từng địa phương. Sản phẩm được hội đồng cấp tỉnh đánh giá và xếp hạng từ 3 đến 5 sao; chợ chỉ bán sản phẩm từ 3 sao có chứng nhận còn hiệu lực.',
    stampTitle: 'Kiểm tra tem',
    stampText:
        'Mỗi sản phẩm bán ra mang một tem truy xuất với mã riêng. Quét mã QR trên tem hoặc nhập mã để biết sản phẩm, nhà sản xuất, chứng nhận và nơi bán; tem bị quét ở quá nhiều nơi sẽ được cảnh báo.',
    stampLink: 'Kiểm tra một mã tem',
    buyTitle: 'Mua trực tiếp',
    buyText: 'Sản phẩm OCOP còn được bán tại các điểm giới thiệu sản phẩm và hội chợ trong tỉnh.',
    buyLink: 'Xem nơi bán',
    copyright: 'Chợ OCOP Hà Tĩnh — sản phẩm OCOP được chứng nhận của tỉnh Hà Tĩnh',
};

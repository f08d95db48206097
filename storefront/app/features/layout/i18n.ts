import type { Translation } from '../../i18n/types';

const vi = {
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

const en: Translation<typeof vi> = {
    skip: 'Skip to main content',
    mainNav: 'Main menu',
    products: 'Products',
    producers: 'Producers',
    whereToBuy: 'Where to buy',
    cart: 'Cart',
    cartItems_one: 'item',
    cartItems_other: 'items',
    language: 'Language',
    switchTo: 'Tiếng Việt',
    switchToLabel: 'View this page in Vietnamese',
    aboutTitle: 'About OCOP',
    aboutText:
        'OCOP (One Commune One Product) is Vietnam’s programme for each locality’s signature products. A provincial council assesses and rates them from 3 to 5 stars; this market sells only products of 3 stars or more with a valid certificate.',
    stampTitle: 'Check a stamp',
    stampText:
        'Every unit sold carries a traceability stamp with its own code. Scan the QR code on the stamp or type the code to see the product, producer, certificate and where it was sold; a stamp scanned in too many places raises a warning.',
    stampLink: 'Check a stamp code',
    buyTitle: 'Buy in person',
    buyText: 'OCOP products are also sold at the province’s product showrooms and trade fairs.',
    buyLink: 'See where to buy',
    copyright: 'Hà Tĩnh OCOP Market — certified OCOP products of Hà Tĩnh province',
};

export const layoutText = { vi, en };

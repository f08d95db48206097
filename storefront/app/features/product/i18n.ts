import type { Translation } from '../../i18n/types';

const vi = {
    titleSuffix: '{{name}} — sản phẩm OCOP {{stars}} sao | Chợ OCOP Hà Tĩnh',
    gallery: 'Ảnh sản phẩm',
    imageAlt: '{{name}}, ảnh {{n}}',
    chooseVariant: 'Chọn loại',
    certificate: 'Chứng nhận OCOP',
    certificateNumber: 'Số chứng nhận',
    validUntil: 'Hiệu lực đến',
    group: 'Nhóm sản phẩm',
    groups: {
        FOOD: 'Thực phẩm',
        DRINK: 'Đồ uống',
        HERBAL: 'Thảo dược',
        HANDICRAFT: 'Thủ công mỹ nghệ',
        ORNAMENTAL: 'Sinh vật cảnh',
        TOURISM: 'Du lịch cộng đồng',
    },
    area: 'Vùng sản xuất',
    description: 'Mô tả',
    producerCard: 'Nhà sản xuất',
    producerTypes: {
        HOUSEHOLD: 'Hộ kinh doanh',
        COOPERATIVE: 'Hợp tác xã',
        COMPANY: 'Doanh nghiệp',
        OTHER: 'Cơ sở sản xuất',
    },
    producerPage: 'Xem trang nhà sản xuất',
    producerProducts_one: '{{count}} sản phẩm đang bán',
    producerProducts_other: '{{count}} sản phẩm đang bán',
    stampTitle: 'Tem truy xuất chứng minh nguồn gốc',
    stampText:
        'Mỗi sản phẩm giao cho bạn mang một tem có mã riêng do tỉnh cấp cho đúng sản phẩm này. Quét mã QR trên tem (hoặc nhập mã) để xem tên sản phẩm, nhà sản xuất, số chứng nhận OCOP và nơi đã bán. Một mã chỉ dùng cho một sản phẩm: nếu tem đã bị quét ở nhiều nơi, trang kiểm tra sẽ cảnh báo.',
    stampLink: 'Trang kiểm tra tem',
    qualityDocuments: 'Hồ sơ chất lượng',
    related: 'Sản phẩm liên quan',
    stock: {
        IN_STOCK: 'Còn hàng',
        LOW_STOCK: 'Sắp hết hàng',
        OUT_OF_STOCK: 'Hết hàng',
    },
    sku: 'Mã hàng',
};

const en: Translation<typeof vi> = {
    titleSuffix: '{{name}} — {{stars}}-star OCOP product | Hà Tĩnh OCOP Market',
    gallery: 'Product images',
    imageAlt: '{{name}}, image {{n}}',
    chooseVariant: 'Choose',
    certificate: 'OCOP certificate',
    certificateNumber: 'Certificate number',
    validUntil: 'Valid until',
    group: 'Product group',
    groups: {
        FOOD: 'Food',
        DRINK: 'Drinks',
        HERBAL: 'Herbal products',
        HANDICRAFT: 'Handicrafts',
        ORNAMENTAL: 'Ornamental plants and animals',
        TOURISM: 'Community tourism',
    },
    area: 'Area',
    description: 'Description',
    producerCard: 'Producer',
    producerTypes: {
        HOUSEHOLD: 'Family business',
        COOPERATIVE: 'Cooperative',
        COMPANY: 'Company',
        OTHER: 'Producer',
    },
    producerPage: 'See the producer’s page',
    producerProducts_one: '{{count}} product on sale',
    producerProducts_other: '{{count}} products on sale',
    stampTitle: 'How the stamp proves origin',
    stampText:
        'Every unit delivered to you carries a stamp with its own code, issued by the province for this very product. Scan the QR code on the stamp (or type the code) to see the product, the producer, the OCOP certificate number and where it was sold. A code belongs to one unit only: if a stamp has been scanned in many places, the check page warns you.',
    stampLink: 'Stamp check page',
    qualityDocuments: 'Quality documents',
    related: 'Related products',
    stock: {
        IN_STOCK: 'In stock',
        LOW_STOCK: 'Only a few left',
        OUT_OF_STOCK: 'Out of stock',
    },
    sku: 'SKU',
};

export const productText = { vi, en };

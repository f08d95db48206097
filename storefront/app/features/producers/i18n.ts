import type { Translation } from '../../i18n/types';

const vi = {
    title: 'Nhà sản xuất OCOP Hà Tĩnh',
    description: 'Hợp tác xã, doanh nghiệp và hộ sản xuất có sản phẩm OCOP đang bán trên Chợ OCOP Hà Tĩnh.',
    intro: 'Các cơ sở có sản phẩm OCOP đang bán, theo vùng.',
    products_one: '{{count}} sản phẩm',
    products_other: '{{count}} sản phẩm',
    unavailable: 'Danh sách nhà sản xuất sẽ sớm có. Trong lúc chờ, bạn có thể xem tất cả sản phẩm.',
    producerTitle: '{{name}} — nhà sản xuất OCOP | Chợ OCOP Hà Tĩnh',
    producerDescription: '{{name}}, {{commune}}, {{area}}: sản phẩm OCOP đang bán.',
    story: 'Câu chuyện',
    productsOf: 'Sản phẩm đang bán',
    allProducers: 'Tất cả nhà sản xuất',
    commune: 'Xã/phường',
    area: 'Vùng',
    type: 'Loại hình',
};

const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP producers',
    description:
        'Cooperatives, companies and family businesses with OCOP products on sale at the Hà Tĩnh OCOP Market.',
    intro: 'Producers with OCOP products on sale, by area.',
    products_one: '{{count}} product',
    products_other: '{{count}} products',
    unavailable: 'The list of producers is coming soon. Meanwhile, see all products.',
    producerTitle: '{{name}} — OCOP producer | Hà Tĩnh OCOP Market',
    producerDescription: '{{name}}, {{commune}}, {{area}}: OCOP products on sale.',
    story: 'Their story',
    productsOf: 'Products on sale',
    allProducers: 'All producers',
    commune: 'Commune/ward',
    area: 'Area',
    type: 'Type',
};

export const producersText = { vi, en };

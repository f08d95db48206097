import type { Translation } from '../../i18n/types';

const vi = {
    title: 'Sản phẩm OCOP Hà Tĩnh',
    titleSearch: 'Kết quả tìm “{{q}}”',
    description:
        'Tất cả sản phẩm OCOP từ 3 sao đang bán của Hà Tĩnh: lọc theo nhóm, số sao, vùng, nhà sản xuất và giá.',
    results_one: '{{count}} sản phẩm',
    results_other: '{{count}} sản phẩm',
    filters: 'Bộ lọc',
    clearFilters: 'Bỏ tất cả bộ lọc',
    facet: {
        brand: 'Thương hiệu tập thể',
        group: 'Nhóm sản phẩm',
        stars: 'Số sao OCOP',
        area: 'Vùng',
        producer: 'Nhà sản xuất',
        price: 'Giá',
    },
    price: {
        'lt-100': 'Dưới 100.000 ₫',
        '100-300': '100.000 – 300.000 ₫',
        '300-1000': '300.000 – 1.000.000 ₫',
        'gte-1000': 'Từ 1.000.000 ₫',
    },
    sortLabel: 'Sắp xếp',
    sort: {
        relevance: 'Phù hợp nhất',
        'price-asc': 'Giá thấp đến cao',
        'price-desc': 'Giá cao đến thấp',
        name: 'Tên A–Z',
    },
    apply: 'Áp dụng',
    emptyTitle: 'Không tìm thấy sản phẩm phù hợp',
    emptyText: 'Hãy thử từ khóa ngắn hơn, bỏ bớt bộ lọc, hoặc xem các gợi ý sau:',
    tryThese: 'Gợi ý tìm kiếm',
    removeFilter: 'Bỏ lọc {{name}}',
};

const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP products',
    titleSearch: 'Results for “{{q}}”',
    description:
        'Every OCOP product of 3 stars or more on sale from Hà Tĩnh: filter by group, stars, area, producer and price.',
    results_one: '{{count}} product',
    results_other: '{{count}} products',
    filters: 'Filters',
    clearFilters: 'Clear all filters',
    facet: {
        brand: 'Collective brand',
        group: 'Product group',
        stars: 'OCOP stars',
        area: 'Area',
        producer: 'Producer',
        price: 'Price',
    },
    price: {
        'lt-100': 'Under 100.000 ₫',
        '100-300': '100.000 – 300.000 ₫',
        '300-1000': '300.000 – 1.000.000 ₫',
        'gte-1000': '1.000.000 ₫ and more',
    },
    sortLabel: 'Sort by',
    sort: {
        relevance: 'Best match',
        'price-asc': 'Price, low to high',
        'price-desc': 'Price, high to low',
        name: 'Name A–Z',
    },
    apply: 'Apply',
    emptyTitle: 'No matching products',
    emptyText: 'Try a shorter word, remove some filters, or one of these:',
    tryThese: 'Search ideas',
    removeFilter: 'Remove filter {{name}}',
};

export const catalogText = { vi, en };

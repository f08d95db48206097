import type { Translation } from '../../i18n/types';

const vi = {
    title: 'Chợ OCOP Hà Tĩnh — sản phẩm OCOP được chứng nhận, có tem truy xuất',
    description:
        'Mua trực tuyến sản phẩm OCOP từ 3 sao của Hà Tĩnh: nhung hươu Hương Sơn, cam, mật ong, nước mắm… Mỗi sản phẩm có chứng nhận còn hiệu lực và tem truy xuất nguồn gốc.',
    heroTitle: 'Đặc sản Hà Tĩnh được chứng nhận OCOP',
    heroText:
        'Chỉ sản phẩm đạt từ 3 sao, chứng nhận còn hiệu lực và có tem truy xuất trên từng sản phẩm. Mua trực tiếp từ hợp tác xã và hộ sản xuất của tỉnh.',
    heroCta: 'Xem tất cả sản phẩm',
    featured: 'Sản phẩm 4–5 sao nổi bật',
    brands: 'Thương hiệu tập thể của tỉnh',
    brand: {
        deer: 'Nhung hươu Hương Sơn',
        orange: 'Cam Hà Tĩnh',
        honey: 'Mật ong',
        fishSauce: 'Nước mắm',
    },
    newProducts: 'Sản phẩm mới',
    areas: 'Mua theo vùng',
    areaCount_one: '{{count}} sản phẩm',
    areaCount_other: '{{count}} sản phẩm',
    seeAll: 'Xem tất cả',
};

const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP Market — certified OCOP products with traceability stamps',
    description:
        'Buy Hà Tĩnh’s OCOP products of 3 stars and more online: Hương Sơn deer antler velvet, oranges, honey, fish sauce… Every product has a valid certificate and a traceability stamp.',
    heroTitle: 'Hà Tĩnh specialities, OCOP certified',
    heroText:
        'Only products of 3 stars or more, with a valid certificate and a traceability stamp on every unit. Bought straight from the province’s cooperatives and family producers.',
    heroCta: 'See all products',
    featured: 'Featured 4–5 star products',
    brands: 'The province’s collective brands',
    brand: {
        deer: 'Hương Sơn deer antler velvet',
        orange: 'Hà Tĩnh oranges',
        honey: 'Honey',
        fishSauce: 'Fish sauce',
    },
    newProducts: 'New products',
    areas: 'Shop by area',
    areaCount_one: '{{count}} product',
    areaCount_other: '{{count}} products',
    seeAll: 'See all',
};

export const homeText = { vi, en };

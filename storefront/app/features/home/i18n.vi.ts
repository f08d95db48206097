export const vi = {
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

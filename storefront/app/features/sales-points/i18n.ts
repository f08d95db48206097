import type { Translation } from '../../i18n/types';

const vi = {
    title: 'Nơi bán sản phẩm OCOP Hà Tĩnh',
    description:
        'Điểm giới thiệu và bán sản phẩm OCOP, gian hàng hội chợ trong tỉnh Hà Tĩnh: địa chỉ, giờ mở cửa, số điện thoại và chỉ đường.',
    intro: 'Mua trực tiếp sản phẩm OCOP có tem truy xuất tại các điểm bán và hội chợ sau.',
    kinds: {
        SHOWROOM: 'Điểm giới thiệu sản phẩm',
        FAIR_BOOTH: 'Gian hàng hội chợ',
        SHOP: 'Cửa hàng',
        OTHER: 'Điểm bán',
    },
    fair: 'Hội chợ',
    fairDates: 'Từ {{from}} đến {{to}}',
    openingHours: 'Giờ mở cửa',
    phone: 'Điện thoại',
    directions: 'Chỉ đường',
    directionsLabel: 'Chỉ đường đến {{name}} (mở bản đồ)',
    days: {
        MON: 'Thứ 2',
        TUE: 'Thứ 3',
        WED: 'Thứ 4',
        THU: 'Thứ 5',
        FRI: 'Thứ 6',
        SAT: 'Thứ 7',
        SUN: 'Chủ nhật',
    },
    unavailable: 'Danh sách nơi bán sẽ sớm có.',
    empty: 'Hiện chưa có điểm bán nào.',
    byArea: 'Theo vùng',
};

const en: Translation<typeof vi> = {
    title: 'Where to buy Hà Tĩnh OCOP products',
    description:
        'OCOP showrooms and trade-fair booths in Hà Tĩnh province: address, opening hours, phone number and directions.',
    intro: 'Buy stamped OCOP products in person at these sales points and fairs.',
    kinds: {
        SHOWROOM: 'Product showroom',
        FAIR_BOOTH: 'Trade-fair booth',
        SHOP: 'Shop',
        OTHER: 'Sales point',
    },
    fair: 'Fair',
    fairDates: 'From {{from}} to {{to}}',
    openingHours: 'Opening hours',
    phone: 'Phone',
    directions: 'Directions',
    directionsLabel: 'Directions to {{name}} (opens a map)',
    days: {
        MON: 'Mon',
        TUE: 'Tue',
        WED: 'Wed',
        THU: 'Thu',
        FRI: 'Fri',
        SAT: 'Sat',
        SUN: 'Sun',
    },
    unavailable: 'The list of sales points is coming soon.',
    empty: 'There are no sales points at the moment.',
    byArea: 'By area',
};

export const salesPointsText = { vi, en };

/**
 * Realistic demo catalogue of Hà Tĩnh OCOP producers and products.
 *
 * Pure data. Producer and product names follow products reported in the
 * press (see `DOMAIN.md`, "Products for realistic demo data"); where no public
 * name is known the producer is invented. Tax codes, phone numbers, people,
 * decision numbers and scores are fictitious; e-mail addresses use the
 * reserved `example.com` domain. Communes are the pre-2025 names printed on
 * labels; `area` is the former district (the default sales area).
 *
 * The reference "today" of the data is {@link DEMO_REFERENCE_DATE}: every
 * ACTIVE certificate is still valid on that day. Exactly one product carries
 * each {@link UnsellableReason}; all others are sellable OCOP products.
 */
import type {
    DemoCertificate,
    DemoProducer,
    DemoProduct,
    DemoSalesArea,
    ImageSpec,
} from './types';

/** The day the demo data is written for (certificate validity, expiry warnings). */
export const DEMO_REFERENCE_DATE = '2026-11-28';

/** The 13 district-level units of Hà Tĩnh until 30 Jun 2025; default sales areas. */
export const demoSalesAreas: DemoSalesArea[] = [
    { code: 'TP_HA_TINH', name: 'Thành phố Hà Tĩnh', fullName: 'Thành phố Hà Tĩnh', nameEn: 'Hà Tĩnh City', kind: 'CITY', lat: 18.3428, lng: 105.9057 },
    { code: 'TX_HONG_LINH', name: 'Thị xã Hồng Lĩnh', fullName: 'Thị xã Hồng Lĩnh', nameEn: 'Hồng Lĩnh Town', kind: 'TOWN', lat: 18.534, lng: 105.71 },
    { code: 'TX_KY_ANH', name: 'Thị xã Kỳ Anh', fullName: 'Thị xã Kỳ Anh', nameEn: 'Kỳ Anh Town', kind: 'TOWN', lat: 18.07, lng: 106.296 },
    { code: 'DUC_THO', name: 'Đức Thọ', fullName: 'Huyện Đức Thọ', nameEn: 'Đức Thọ District', kind: 'DISTRICT', lat: 18.529, lng: 105.583 },
    { code: 'NGHI_XUAN', name: 'Nghi Xuân', fullName: 'Huyện Nghi Xuân', nameEn: 'Nghi Xuân District', kind: 'DISTRICT', lat: 18.656, lng: 105.767 },
    { code: 'CAN_LOC', name: 'Can Lộc', fullName: 'Huyện Can Lộc', nameEn: 'Can Lộc District', kind: 'DISTRICT', lat: 18.45, lng: 105.77 },
    { code: 'THACH_HA', name: 'Thạch Hà', fullName: 'Huyện Thạch Hà', nameEn: 'Thạch Hà District', kind: 'DISTRICT', lat: 18.36, lng: 105.86 },
    { code: 'CAM_XUYEN', name: 'Cẩm Xuyên', fullName: 'Huyện Cẩm Xuyên', nameEn: 'Cẩm Xuyên District', kind: 'DISTRICT', lat: 18.25, lng: 106.0 },
    { code: 'KY_ANH', name: 'Kỳ Anh', fullName: 'Huyện Kỳ Anh', nameEn: 'Kỳ Anh District', kind: 'DISTRICT', lat: 18.05, lng: 106.2 },
    { code: 'HUONG_SON', name: 'Hương Sơn', fullName: 'Huyện Hương Sơn', nameEn: 'Hương Sơn District', kind: 'DISTRICT', lat: 18.52, lng: 105.43 },
    { code: 'HUONG_KHE', name: 'Hương Khê', fullName: 'Huyện Hương Khê', nameEn: 'Hương Khê District', kind: 'DISTRICT', lat: 18.18, lng: 105.7 },
    { code: 'VU_QUANG', name: 'Vũ Quang', fullName: 'Huyện Vũ Quang', nameEn: 'Vũ Quang District', kind: 'DISTRICT', lat: 18.33, lng: 105.49 },
    { code: 'LOC_HA', name: 'Lộc Hà', fullName: 'Huyện Lộc Hà', nameEn: 'Lộc Hà District', kind: 'DISTRICT', lat: 18.49, lng: 105.89 },
];

// ---------------------------------------------------------------------------
// Producers
// ---------------------------------------------------------------------------

export const demoProducers: DemoProducer[] = [
    {
        code: 'hs-huou-tuan-hau',
        name: 'Hộ kinh doanh Hươu Tuấn Hậu',
        type: 'HOUSEHOLD',
        taxCode: '3066787087',
        commune: 'Sơn Tiến',
        area: 'Hương Sơn',
        address: 'Thôn Tiến Thắng, xã Sơn Tiến, tỉnh Hà Tĩnh',
        phone: '0912 418 536',
        email: 'huoutuanhau@example.com',
        representative: 'Nguyễn Văn Tuấn',
        story: {
            vi: 'Gia đình anh Nguyễn Văn Tuấn và chị Trần Thị Hậu nuôi hươu sao ở xã Sơn Tiến từ năm 1998, nay có đàn gần 60 con nuôi nhốt trong vườn dưới chân núi. Nhung được cắt vào sáng sớm khi đạt độ non chuẩn, cân từng cặp trước mặt khách và giao ngay trong ngày.',
            en: 'Nguyễn Văn Tuấn and Trần Thị Hậu have raised sika deer in Sơn Tiến commune since 1998 and now keep a herd of almost 60 in garden pens at the foot of the hills. The velvet is cut early in the morning at the right tenderness, weighed pair by pair in front of the buyer and delivered the same day.',
        },
        active: true,
        banner: { palette: ['#5d4037', '#d7a86e'], motif: 'antler' },
    },
    {
        code: 'hs-nhung-huou-son-truong',
        name: 'Công ty Cổ phần Dược liệu Nhung hươu Sơn Trường',
        type: 'COMPANY',
        taxCode: '3048748800',
        commune: 'Sơn Trường',
        area: 'Hương Sơn',
        address: 'Xóm 4, xã Sơn Trường, tỉnh Hà Tĩnh',
        phone: '0239 3875 112',
        email: 'lienhe.sontruong@example.com',
        representative: 'Lê Đình Khánh',
        story: {
            vi: 'Công ty do các hộ nuôi hươu xã Sơn Trường góp vốn thành lập năm 2016, thu mua nhung và xương hươu của hơn 120 hộ trong vùng chỉ dẫn địa lý Hương Sơn. Cao và rượu được chế biến trong xưởng đạt chứng nhận HACCP; mỗi lô đều ghi rõ hộ nuôi và ngày cắt nhung.',
            en: 'Founded in 2016 by deer farmers of Sơn Trường commune, the company buys velvet and deer bone from more than 120 households inside the Hương Sơn geographical-indication area. Extracts and wine are made in a HACCP-certified workshop, and every batch records the farm and the day the velvet was cut.',
        },
        active: true,
        banner: { palette: ['#4e342e', '#a1887f'], motif: 'extract' },
    },
    {
        code: 'hs-che-xanh-son-kim',
        name: 'Hợp tác xã Chè xanh Sơn Kim',
        type: 'COOPERATIVE',
        taxCode: '3064322569',
        commune: 'Sơn Kim 1',
        area: 'Hương Sơn',
        address: 'Thôn Khe Tre, xã Sơn Kim 1, tỉnh Hà Tĩnh',
        phone: '0986 220 417',
        email: 'htx.chesonkim@example.com',
        representative: 'Phan Thị Nguyệt',
        story: {
            vi: 'Hợp tác xã gồm 46 hộ trồng chè trên những đồi giáp biên giới Việt – Lào, nơi sương mù bao phủ quanh năm làm búp chè dày và đậm vị. Chè được hái một tôm hai lá và sao bằng chảo gang theo cách các cụ truyền lại.',
            en: 'The cooperative brings together 46 families growing tea on hills along the Vietnam–Laos border, where year-round mist gives thick, full-flavoured buds. Leaves are picked one bud and two leaves and roasted in cast-iron pans the way the elders taught.',
        },
        active: true,
        banner: { palette: ['#33691e', '#aed581'], motif: 'tea' },
    },
    {
        code: 'hk-cam-khe-may',
        name: 'Hợp tác xã Cam Khe Mây',
        type: 'COOPERATIVE',
        taxCode: '3088454405',
        commune: 'Hương Trạch',
        area: 'Hương Khê',
        address: 'Thôn Khe Mây, xã Hương Trạch, tỉnh Hà Tĩnh',
        phone: '0973 615 208',
        email: 'htx.camkhemay@example.com',
        representative: 'Võ Văn Lâm',
        story: {
            vi: 'Vùng cam Khe Mây nằm giữa thung lũng Hương Trạch, đất đỏ vàng và biên độ nhiệt ngày đêm lớn cho quả cam vỏ mỏng, mọng nước, vị ngọt thanh. Hợp tác xã có 38 thành viên canh tác theo VietGAP trên 52 ha và được cấp quyền dùng nhãn hiệu chứng nhận Cam Khe Mây.',
            en: 'The Khe Mây orange area lies in the Hương Trạch valley, where red-yellow soil and large day–night temperature swings give thin-skinned, juicy, delicately sweet fruit. Its 38 members farm 52 ha under VietGAP and are licensed to use the Khe Mây orange certification mark.',
        },
        active: true,
        banner: { palette: ['#e65100', '#ffcc80'], motif: 'orange' },
    },
    {
        code: 'hk-buoi-phuc-trach',
        name: 'Hợp tác xã Bưởi Phúc Trạch',
        type: 'COOPERATIVE',
        taxCode: '3004840968',
        commune: 'Phúc Trạch',
        area: 'Hương Khê',
        address: 'Thôn 3, xã Phúc Trạch, tỉnh Hà Tĩnh',
        phone: '0239 3871 365',
        email: 'buoiphuctrach@example.com',
        representative: 'Nguyễn Thị Mai',
        story: {
            vi: 'Bưởi Phúc Trạch được trồng dọc sông Ngàn Sâu từ hàng trăm năm và được bảo hộ chỉ dẫn địa lý. Hợp tác xã liên kết 70 hộ, thu hoạch từ tháng 8 đến tháng 10 và tuyển chọn từng quả theo độ chín trước khi đóng hộp.',
            en: 'Phúc Trạch pomelos have grown along the Ngàn Sâu river for centuries and are protected by a geographical indication. The cooperative links 70 households, harvests from August to October and grades every fruit by ripeness before packing.',
        },
        active: true,
        banner: { palette: ['#558b2f', '#dce775'], motif: 'pomelo' },
    },
    {
        code: 'hk-tram-huong-dinh-gia',
        name: 'Công ty TNHH Trầm hương Đinh Gia',
        type: 'COMPANY',
        taxCode: '3070220808',
        commune: 'Hương Long',
        area: 'Hương Khê',
        address: 'Thôn Quang Trung, xã Hương Long, tỉnh Hà Tĩnh',
        phone: '0915 337 982',
        email: 'tramhuongdinhgia@example.com',
        representative: 'Đinh Văn Gia',
        story: {
            vi: 'Công ty phát triển từ xưởng chế tác trầm của gia đình ông Đinh Văn Gia, trồng và tạo trầm trên 15 ha rừng dó bầu ở Hương Khê. Nhang và đồ mỹ nghệ được làm hoàn toàn từ trầm tự nhiên, không pha hóa chất tạo mùi.',
            en: 'The company grew out of Mr Đinh Văn Gia’s family agarwood workshop and cultivates agarwood on 15 ha of aquilaria forest in Hương Khê. Its incense and crafts are made entirely from natural agarwood, with no added fragrance chemicals.',
        },
        active: true,
        banner: { palette: ['#3e2723', '#8d6e63'], motif: 'incense' },
    },
    {
        code: 'hk-che-huong-long',
        name: 'Hợp tác xã Chè Hương Long',
        type: 'COOPERATIVE',
        taxCode: '3034337286',
        commune: 'Hương Long',
        area: 'Hương Khê',
        address: 'Thôn Tân Long, xã Hương Long, tỉnh Hà Tĩnh',
        phone: '0239 3872 440',
        email: 'htx.chehuonglong@example.com',
        representative: 'Trần Văn Hòa',
        story: {
            vi: 'Hợp tác xã tiếp nối vùng chè của nông trường cũ ở Hương Long, hiện chăm sóc 30 ha chè trung du. Búp chè được chế biến thành chè xanh khô bằng máy sao quay ngay trong ngày hái.',
            en: 'The cooperative carries on the tea fields of the former Hương Long state farm and now tends 30 ha of midland tea. Buds are processed into dried green tea in rotary roasters on the day they are picked.',
        },
        active: true,
        banner: { palette: ['#2e7d32', '#c5e1a5'], motif: 'tea' },
    },
    {
        code: 'vq-cam-vu-quang',
        name: 'Hợp tác xã Cam Vũ Quang',
        type: 'COOPERATIVE',
        taxCode: '3027934725',
        commune: 'Hương Minh',
        area: 'Vũ Quang',
        address: 'Thôn 6, xã Hương Minh, tỉnh Hà Tĩnh',
        phone: '0948 512 630',
        email: 'htx.camvuquang@example.com',
        representative: 'Lê Văn Thắng',
        story: {
            vi: 'Những gốc cam đầu tiên được trồng trên đất đồi Hương Minh hơn ba mươi năm trước; nay cam Vũ Quang là sinh kế chính của hơn 500 hộ. Hợp tác xã thu mua, phân loại, rửa và đóng gói cam cho thành viên, mỗi thùng đều có tem truy xuất.',
            en: 'The first orange trees were planted on the hills of Hương Minh more than thirty years ago; today Vũ Quang oranges support over 500 households. The cooperative buys, grades, washes and packs its members’ fruit, and every carton carries a traceability stamp.',
        },
        active: true,
        banner: { palette: ['#ef6c00', '#fff59d'], motif: 'orange' },
    },
    {
        code: 'vq-ong-mat-huong-dien',
        name: 'Hợp tác xã Ong mật Hương Điền',
        type: 'COOPERATIVE',
        taxCode: '3022136320',
        commune: 'Hương Điền',
        area: 'Vũ Quang',
        address: 'Thôn Bình Quang, xã Hương Điền, tỉnh Hà Tĩnh',
        phone: '0979 204 385',
        email: 'ongmathuongdien@example.com',
        representative: 'Hoàng Văn Sơn',
        story: {
            vi: 'Các thành viên đặt gần 1.200 đàn ong nội ở vùng đệm Vườn quốc gia Vũ Quang, nơi hoa rừng nở gần như quanh năm. Mật chỉ được quay khi ong đã vít nắp, lọc lạnh và đóng chai thủy tinh, không đun nấu.',
            en: 'Members keep almost 1,200 native bee colonies in the buffer zone of Vũ Quang National Park, where wild flowers bloom nearly all year. Honey is extracted only from capped combs, cold-filtered and bottled in glass without heating.',
        },
        active: true,
        banner: { palette: ['#f9a825', '#fff8e1'], motif: 'honey' },
    },
    {
        code: 'cl-cam-thuong-loc',
        name: 'Hợp tác xã Sản xuất và Kinh doanh cam Thượng Lộc',
        type: 'COOPERATIVE',
        taxCode: '3062796806',
        commune: 'Thượng Lộc',
        area: 'Can Lộc',
        address: 'Thôn Tân Thượng, xã Thượng Lộc, tỉnh Hà Tĩnh',
        phone: '0904 871 226',
        email: 'camthuongloc@example.com',
        representative: 'Nguyễn Hữu Phúc',
        story: {
            vi: 'Thượng Lộc là vùng cam lâu đời của Can Lộc, tựa lưng vào dãy Trà Sơn nên vườn ít sương muối. Hợp tác xã quản lý 40 ha cam theo hướng hữu cơ, bón phân chuồng ủ hoai và bao trái bằng giấy.',
            en: 'Thượng Lộc is Can Lộc’s long-established orange area; sheltered by the Trà Sơn range, its orchards rarely see frost. The cooperative manages 40 ha towards organic practice, feeding the trees with composted manure and bagging the fruit in paper.',
        },
        active: true,
        banner: { palette: ['#f57f17', '#ffe0b2'], motif: 'orange' },
    },
    {
        code: 'cl-du-lich-truong-luu',
        name: 'Hợp tác xã Du lịch cộng đồng Trường Lưu',
        type: 'COOPERATIVE',
        taxCode: '3091439365',
        commune: 'Kim Song Trường',
        area: 'Can Lộc',
        address: 'Làng Trường Lưu, xã Kim Song Trường, tỉnh Hà Tĩnh',
        phone: '0961 358 447',
        email: 'dulichtruongluu@example.com',
        representative: 'Nguyễn Huy Thành',
        story: {
            vi: 'Trường Lưu là làng khoa bảng của dòng họ Nguyễn Huy, nơi lưu giữ bộ mộc bản trường học Phúc Giang. Hai mươi hộ dân cùng nhau đón khách thăm nhà rường cổ, nghe hát ví, giặm và học nấu món quê.',
            en: 'Trường Lưu is the scholar village of the Nguyễn Huy family, keeper of the Phúc Giang school woodblocks. Twenty households welcome visitors to old timber houses, ví and giặm folk singing and home cooking classes.',
        },
        active: true,
        banner: { palette: ['#1b5e20', '#ffe082'], motif: 'village' },
    },
    {
        code: 'txka-nuoc-mam-ky-ninh',
        name: 'Hợp tác xã Chế biến nước mắm Kỳ Ninh',
        type: 'COOPERATIVE',
        taxCode: '3015632649',
        commune: 'Kỳ Ninh',
        area: 'Thị xã Kỳ Anh',
        address: 'Thôn Hải Phong, xã Kỳ Ninh, tỉnh Hà Tĩnh',
        phone: '0239 3866 058',
        email: 'nuocmamkyninh@example.com',
        representative: 'Hồ Văn Hải',
        story: {
            vi: 'Nghề làm nước mắm ở Kỳ Ninh có từ hàng trăm năm. Cá cơm đánh bắt trong ngày được ướp muối hạt theo tỉ lệ 3 cá 1 muối trong thùng gỗ, phơi nắng 12 đến 18 tháng rồi mới rút nước cốt.',
            en: 'Fish sauce has been made in Kỳ Ninh for centuries. Anchovies landed the same day are layered with coarse salt, three parts fish to one of salt, in wooden vats and left in the sun for 12 to 18 months before the first pressing is drawn.',
        },
        active: true,
        banner: { palette: ['#0d47a1', '#90caf9'], motif: 'fish-sauce' },
    },
    {
        code: 'cx-nuoc-mam-ba-ly',
        name: 'Hộ kinh doanh Nước mắm Bà Lý',
        type: 'HOUSEHOLD',
        taxCode: '3073967362',
        commune: 'Cẩm Nhượng',
        area: 'Cẩm Xuyên',
        address: 'Thôn Hải Hà, xã Cẩm Nhượng, tỉnh Hà Tĩnh',
        phone: '0917 463 205',
        email: 'nuocmambaly@example.com',
        representative: 'Lê Thị Lý',
        story: {
            vi: 'Ba thế hệ nhà bà Lê Thị Lý làm nước mắm ở làng chài Cẩm Nhượng. Bà vẫn giữ chượp trong chum sành, đảo bằng tay mỗi sáng và chỉ bán nước mắm đã đủ một năm.',
            en: 'Three generations of Mrs Lê Thị Lý’s family have made fish sauce in the fishing village of Cẩm Nhượng. She still ferments in stoneware jars, stirs them by hand every morning and sells only sauce that has aged a full year.',
        },
        active: true,
        banner: { palette: ['#01579b', '#b3e5fc'], motif: 'fish-sauce' },
    },
    {
        code: 'ka-nuoc-mam-ky-phu',
        name: 'Hợp tác xã Nước mắm Kỳ Phú',
        type: 'COOPERATIVE',
        taxCode: '3004912644',
        commune: 'Kỳ Phú',
        area: 'Kỳ Anh',
        address: 'Thôn Đông Hà, xã Kỳ Phú, tỉnh Hà Tĩnh',
        phone: '0932 576 184',
        email: 'htx.nuocmamkyphu@example.com',
        representative: 'Phạm Văn Đông',
        story: {
            vi: 'Mười hai hộ làm mắm ở Kỳ Phú góp chượp lập hợp tác xã năm 2019 để có xưởng lọc và đóng chai chung. Cá cơm và cá nục được ướp trong bể xi măng lót gỗ, ủ từ 10 đến 12 tháng.',
            en: 'Twelve fish-sauce households of Kỳ Phú pooled their vats in 2019 to share a filtering and bottling workshop. Anchovy and scad are salted in wood-lined tanks and aged for 10 to 12 months.',
        },
        active: true,
        banner: { palette: ['#006064', '#80deea'], motif: 'fish-sauce' },
    },
    {
        code: 'ka-duoc-lieu-ky-tay',
        name: 'Hợp tác xã Dược liệu Kỳ Tây',
        type: 'COOPERATIVE',
        taxCode: '3034673288',
        commune: 'Kỳ Tây',
        area: 'Kỳ Anh',
        address: 'Thôn Tây Sơn, xã Kỳ Tây, tỉnh Hà Tĩnh',
        phone: '0967 140 352',
        email: 'duoclieukytay@example.com',
        representative: 'Bùi Thị Thủy',
        story: {
            vi: 'Hợp tác xã trồng cà gai leo và các cây thuốc nam trên 18 ha đất đồi theo hướng dẫn GACP. Nguyên liệu được sấy lạnh tại chỗ để giữ màu và hoạt chất.',
            en: 'The cooperative grows cà gai leo (Solanum procumbens) and other traditional herbs on 18 ha of hill land following GACP guidance. Harvested plants are cold-dried on site to keep their colour and active compounds.',
        },
        active: true,
        banner: { palette: ['#2e7d32', '#e6ee9c'], motif: 'tea' },
    },
    {
        code: 'tp-keo-cu-do-hien-vo',
        name: 'Công ty TNHH Hiền Võ',
        type: 'COMPANY',
        taxCode: '3058272006',
        commune: 'Tân Giang',
        area: 'Thành phố Hà Tĩnh',
        address: '125 Trần Phú, phường Tân Giang, thành phố Hà Tĩnh, tỉnh Hà Tĩnh',
        phone: '0239 3855 626',
        email: 'keocudohienvo@example.com',
        representative: 'Võ Thị Hiền',
        story: {
            vi: 'Từ một lò kẹo nhỏ mở năm 1990, gia đình bà Võ Thị Hiền đã đưa kẹo cu đơ thành món quà quen thuộc của Hà Tĩnh. Mật mía, lạc, gừng đều mua của nông dân trong tỉnh; bánh đa được tráng mới mỗi ngày.',
            en: 'From a small candy kitchen opened in 1990, Mrs Võ Thị Hiền’s family turned kẹo cu đơ into Hà Tĩnh’s best-known gift. Molasses, peanuts and ginger are bought from farmers in the province, and the rice crackers are made fresh every day.',
        },
        active: true,
        banner: { palette: ['#bf360c', '#ffe0b2'], motif: 'candy' },
    },
    {
        code: 'tp-keo-cu-do-thu-vien',
        name: 'Hộ kinh doanh Kẹo cu đơ Thư Viện – Đặng Thanh',
        type: 'HOUSEHOLD',
        taxCode: '3036018567',
        commune: 'Bắc Hà',
        area: 'Thành phố Hà Tĩnh',
        address: '38 Phan Đình Phùng, phường Bắc Hà, thành phố Hà Tĩnh, tỉnh Hà Tĩnh',
        phone: '0239 3856 914',
        email: 'cudothuvien@example.com',
        representative: 'Đặng Thanh Viện',
        story: {
            vi: 'Cửa hàng kẹo cu đơ trên phố Phan Đình Phùng đã quen thuộc với người đi tàu qua Hà Tĩnh hơn ba mươi năm. Kẹo được nấu thủ công từng mẻ nhỏ, mật kéo dẻo và kẹp giữa hai lớp bánh đa vừng.',
            en: 'This kẹo cu đơ shop on Phan Đình Phùng street has been a stop for travellers through Hà Tĩnh for more than thirty years. The candy is cooked by hand in small batches, pulled until chewy and pressed between two sesame rice crackers.',
        },
        active: true,
        banner: { palette: ['#8d6e63', '#ffe0b2'], motif: 'candy' },
    },
    {
        code: 'dt-keo-cu-do-xuan-luong',
        name: 'Hộ kinh doanh Kẹo cu đơ Xuân Lương',
        type: 'HOUSEHOLD',
        taxCode: '3087340807',
        commune: 'Thị trấn Đức Thọ',
        area: 'Đức Thọ',
        address: 'Khối 4, thị trấn Đức Thọ, tỉnh Hà Tĩnh',
        phone: '0988 315 702',
        email: 'cudoxuanluong@example.com',
        representative: 'Trần Xuân Lương',
        story: {
            vi: 'Vợ chồng ông Trần Xuân Lương nấu kẹo cu đơ theo công thức của mẹ từ những năm 1980. Cơ sở dùng mật mía Đức Thọ và lạc rang củi, gói kẹo bằng giấy bóng kính in tay.',
            en: 'Mr Trần Xuân Lương and his wife have cooked kẹo cu đơ to his mother’s recipe since the 1980s. They use Đức Thọ cane molasses and wood-roasted peanuts and wrap the candy in hand-printed cellophane.',
        },
        active: true,
        banner: { palette: ['#a1887f', '#fff3e0'], motif: 'candy' },
    },
    {
        code: 'th-thuc-pham-thanh-dat',
        name: 'Công ty TNHH Thực phẩm Thành Đạt',
        type: 'COMPANY',
        taxCode: '3005264643',
        commune: 'Thị trấn Thạch Hà',
        area: 'Thạch Hà',
        address: 'Tổ dân phố 5, thị trấn Thạch Hà, tỉnh Hà Tĩnh',
        phone: '0239 3845 271',
        email: 'thanhdatfood@example.com',
        representative: 'Nguyễn Thành Đạt',
        story: {
            vi: 'Công ty sản xuất kẹo cu đơ và kẹo lạc vừng trên dây chuyền bán tự động, vẫn giữ khâu nấu mật bằng tay. Sản phẩm có mặt ở các điểm bán OCOP và nhà ga trong tỉnh.',
            en: 'The company makes kẹo cu đơ and peanut-sesame candies on a semi-automatic line while still cooking the molasses by hand. Its products are sold at OCOP showrooms and railway stations across the province.',
        },
        active: true,
        banner: { palette: ['#6d4c41', '#ffcc80'], motif: 'candy' },
    },
    {
        code: 'txhl-keo-lac-suu-ha',
        name: 'Hộ kinh doanh Kẹo lạc Sửu Hà',
        type: 'HOUSEHOLD',
        taxCode: '3024060162',
        commune: 'Bắc Hồng',
        area: 'Thị xã Hồng Lĩnh',
        address: 'Tổ dân phố 2, phường Bắc Hồng, thị xã Hồng Lĩnh, tỉnh Hà Tĩnh',
        phone: '0913 270 864',
        email: 'keolacsuuha@example.com',
        representative: 'Nguyễn Văn Sửu',
        story: {
            vi: 'Ông Sửu và bà Hà bắt đầu nấu kẹo lạc ở chợ Hồng Lĩnh từ năm 1995. Lạc được tuyển hạt đều, rang trong chảo cát rồi trộn với mật mía và mạch nha nấu vừa tới.',
            en: 'Mr Sửu and Mrs Hà started making peanut brittle at Hồng Lĩnh market in 1995. Even-sized peanuts are roasted in a sand pan and folded into cane molasses and malt syrup cooked just to the right point.',
        },
        active: true,
        banner: { palette: ['#d84315', '#ffecb3'], motif: 'candy' },
    },
    {
        code: 'txhl-banh-da-thuan-ky',
        name: 'Hộ kinh doanh Bánh đa nem Thuận Kỷ',
        type: 'HOUSEHOLD',
        taxCode: '3002143369',
        commune: 'Trung Lương',
        area: 'Thị xã Hồng Lĩnh',
        address: 'Tổ dân phố 6, phường Trung Lương, thị xã Hồng Lĩnh, tỉnh Hà Tĩnh',
        phone: '0945 682 113',
        email: 'banhdathuanky@example.com',
        representative: 'Phan Thuận Kỷ',
        story: {
            vi: 'Trung Lương có nghề tráng bánh đa hơn trăm năm bên bờ sông La. Gia đình ông Phan Thuận Kỷ tráng bánh từ gạo tẻ ngâm qua đêm, phơi trên phên tre dưới nắng sớm.',
            en: 'Trung Lương, on the banks of the La river, has made rice paper for more than a century. Mr Phan Thuận Kỷ’s family spreads batter of overnight-soaked rice and dries the sheets on bamboo racks in the morning sun.',
        },
        active: true,
        banner: { palette: ['#f0e6d2', '#d7ccc8'], motif: 'rice-paper' },
    },
    {
        code: 'lh-nong-nghiep-nga-hai',
        name: 'Hợp tác xã Nông nghiệp công nghệ cao Nga Hải',
        type: 'COOPERATIVE',
        taxCode: '3011641603',
        commune: 'Hộ Độ',
        area: 'Lộc Hà',
        address: 'Thôn Hồng Hà, xã Hộ Độ, tỉnh Hà Tĩnh',
        phone: '0966 804 539',
        email: 'ngahaifarm@example.com',
        representative: 'Lê Thị Nga',
        story: {
            vi: 'Hợp tác xã chuyển đất cát ven biển Lộc Hà thành 3 ha nhà màng trồng dưa lưới tưới nhỏ giọt. Mỗi cây chỉ để một quả, thu hoạch khi độ ngọt đạt từ 14 Brix trở lên.',
            en: 'The cooperative turned sandy coastal land in Lộc Hà into 3 ha of greenhouses growing netted melons on drip irrigation. Each vine keeps a single fruit, picked only once sweetness reaches 14 Brix or more.',
        },
        active: true,
        banner: { palette: ['#7cb342', '#f1f8e9'], motif: 'melon' },
    },
    {
        code: 'lh-hai-san-thach-kim',
        name: 'Hộ kinh doanh Hải sản khô Thạch Kim',
        type: 'HOUSEHOLD',
        taxCode: '3088977927',
        commune: 'Thạch Kim',
        area: 'Lộc Hà',
        address: 'Thôn Kim Hải, xã Thạch Kim, tỉnh Hà Tĩnh',
        phone: '0934 158 726',
        email: 'haisanthachkim@example.com',
        representative: 'Trần Thị Hương',
        story: {
            vi: 'Gia đình chị Trần Thị Hương mua mực ngay tại cảng cá Cửa Sót khi thuyền câu vừa cập bến. Mực được làm sạch, phơi trên giàn lưới một nắng hoặc sấy khô, đóng túi hút chân không.',
            en: 'Trần Thị Hương’s family buys squid at Cửa Sót fishing port as the jigging boats come in. The squid is cleaned, sun-dried on mesh racks for a single day or fully dried, and vacuum-packed.',
        },
        active: true,
        banner: { palette: ['#0277bd', '#fff8e1'], motif: 'dried-seafood' },
    },
    {
        code: 'nx-dau-lac-tuyet-chau',
        name: 'Hộ kinh doanh Dầu lạc Tuyết Châu',
        type: 'HOUSEHOLD',
        taxCode: '3025520648',
        commune: 'Xuân Viên',
        area: 'Nghi Xuân',
        address: 'Thôn Trường Khánh, xã Xuân Viên, tỉnh Hà Tĩnh',
        phone: '0919 642 371',
        email: 'daulactuyetchau@example.com',
        representative: 'Nguyễn Thị Tuyết',
        story: {
            vi: 'Bà Tuyết và con gái Châu ép dầu lạc từ giống lạc sen trồng trên đất cát Nghi Xuân. Lạc được sấy, ép nguội bằng máy trục vít rồi để lắng tự nhiên 15 ngày, không dùng hóa chất tẩy màu.',
            en: 'Mrs Tuyết and her daughter Châu press oil from lotus-type peanuts grown on the sandy soil of Nghi Xuân. The nuts are dried, cold-pressed in a screw press and left to settle naturally for 15 days, with no chemical bleaching.',
        },
        active: true,
        banner: { palette: ['#f9a825', '#fffde7'], motif: 'oil' },
    },
    {
        code: 'dt-ruou-truong-son',
        name: 'Hợp tác xã Rượu truyền thống Trường Sơn',
        type: 'COOPERATIVE',
        taxCode: '3090968327',
        commune: 'Trường Sơn',
        area: 'Đức Thọ',
        address: 'Thôn Vĩnh Phúc, xã Trường Sơn, tỉnh Hà Tĩnh',
        phone: '0985 431 609',
        email: 'ruoutruongson@example.com',
        representative: 'Đậu Văn Vĩnh',
        story: {
            vi: 'Các hộ nấu rượu ven sông La lập hợp tác xã để có nồi chưng cất inox và phòng kiểm nghiệm chung. Rượu nấu từ gạo nếp địa phương với men lá, hạ thổ trong chum sành ít nhất sáu tháng.',
            en: 'Distilling families along the La river formed the cooperative to share stainless-steel stills and a testing room. The wine is distilled from local glutinous rice with leaf yeast and aged underground in stoneware jars for at least six months.',
        },
        active: true,
        banner: { palette: ['#4a148c', '#e1bee7'], motif: 'wine' },
    },
    {
        code: 'dt-chieu-coi-yen-ho',
        name: 'Hợp tác xã Dệt chiếu cói Yên Hồ',
        type: 'COOPERATIVE',
        taxCode: '3079626249',
        commune: 'Yên Hồ',
        area: 'Đức Thọ',
        address: 'Thôn Trung Hòa, xã Yên Hồ, tỉnh Hà Tĩnh',
        phone: '0972 508 164',
        email: 'chieucoiyenho@example.com',
        representative: 'Nguyễn Thị Hồng',
        story: {
            vi: 'Khoảng ba mươi phụ nữ trong làng dệt chiếu cói trên khung gỗ vào lúc nông nhàn. Cói được phơi ba nắng, nhuộm màu từ vỏ cây và dệt hoa văn theo mẫu cổ của làng.',
            en: 'About thirty village women weave sedge mats on wooden looms between farming seasons. The sedge is sun-dried three times, dyed with bark and woven in the village’s old patterns.',
        },
        active: true,
        banner: { palette: ['#a1887f', '#f5e6ca'], motif: 'mat' },
    },
    {
        code: 'th-may-tre-thach-dai',
        name: 'Hợp tác xã Mây tre đan Thạch Đài',
        type: 'COOPERATIVE',
        taxCode: '3009310724',
        commune: 'Thạch Đài',
        area: 'Thạch Hà',
        address: 'Thôn Tân Tiến, xã Thạch Đài, tỉnh Hà Tĩnh',
        phone: '0983 627 415',
        email: 'maytrethachdai@example.com',
        representative: 'Phạm Thị Lan',
        story: {
            vi: 'Hợp tác xã tạo việc làm cho hơn 60 lao động nữ và người cao tuổi với nghề đan mây tre. Mây rừng và tre được luộc, sấy chống mốc rồi đan tay thành giỏ, khay, hộp quà.',
            en: 'The cooperative gives work to more than 60 women and older villagers weaving rattan and bamboo. Forest rattan and bamboo are boiled and dried against mould, then hand-woven into baskets, trays and gift boxes.',
        },
        active: true,
        banner: { palette: ['#8d6e63', '#efebe9'], motif: 'basket' },
    },
    {
        code: 'tp-hoa-cay-canh-thach-ha',
        name: 'Hợp tác xã Hoa cây cảnh Thạch Hạ',
        type: 'COOPERATIVE',
        taxCode: '3021911048',
        commune: 'Thạch Hạ',
        area: 'Thành phố Hà Tĩnh',
        address: 'Thôn Tân Học, xã Thạch Hạ, thành phố Hà Tĩnh, tỉnh Hà Tĩnh',
        phone: '0976 350 928',
        email: 'hoacaycanhthachha@example.com',
        representative: 'Dương Văn Hạ',
        story: {
            vi: 'Làng hoa Thạch Hạ cung cấp hoa, cây cảnh cho thành phố Hà Tĩnh quanh năm. Hợp tác xã có nhà lưới điều khiển nhiệt độ để trồng lan hồ điệp và cây để bàn.',
            en: 'Thạch Hạ flower village supplies Hà Tĩnh city with flowers and ornamental plants all year. The cooperative runs temperature-controlled net houses for phalaenopsis orchids and desk plants.',
        },
        active: true,
        banner: { palette: ['#ad1457', '#f8bbd0'], motif: 'plant' },
    },
    {
        code: 'cx-nam-cam-thanh',
        name: 'Hợp tác xã Nấm Cẩm Thành',
        type: 'COOPERATIVE',
        taxCode: '3080778246',
        commune: 'Cẩm Thành',
        area: 'Cẩm Xuyên',
        address: 'Thôn Phú Hòa, xã Cẩm Thành, tỉnh Hà Tĩnh',
        phone: '0963 271 845',
        email: 'namcamthanh@example.com',
        representative: 'Võ Thị Thanh',
        story: {
            vi: 'Hợp tác xã tận dụng rơm rạ và mùn cưa trong vùng làm giá thể trồng nấm sò, nấm hương và linh chi. Các lán trại được khử trùng bằng hơi nước, không dùng thuốc bảo vệ thực vật.',
            en: 'The cooperative turns local rice straw and sawdust into growing substrate for oyster, shiitake and reishi mushrooms. Its growing sheds are steam-sterilised and no pesticides are used.',
        },
        active: true,
        banner: { palette: ['#795548', '#efebe9'], motif: 'mushroom' },
    },
    {
        code: 'cx-hai-san-cam-linh',
        name: 'Hợp tác xã Chế biến hải sản Cẩm Lĩnh',
        type: 'COOPERATIVE',
        taxCode: '3089841929',
        commune: 'Cẩm Lĩnh',
        area: 'Cẩm Xuyên',
        address: 'Thôn Tây Trung, xã Cẩm Lĩnh, tỉnh Hà Tĩnh',
        phone: '0239 3861 507',
        email: 'haisancamlinh@example.com',
        representative: 'Nguyễn Văn Lĩnh',
        story: {
            vi: 'Hợp tác xã chế biến ruốc tôm và mắm tép từ nguồn tôm moi ven biển Cẩm Lĩnh. Từ tháng 9 năm 2026 hợp tác xã tạm ngừng hoạt động để sắp xếp lại tổ chức.',
            en: 'The cooperative made shrimp floss and shrimp paste from the small coastal shrimp of Cẩm Lĩnh. It has suspended operations since September 2026 while it reorganises.',
        },
        active: false,
        banner: { palette: ['#bf360c', '#ffccbc'], motif: 'extract' },
    },
];

// ---------------------------------------------------------------------------
// Recognition decisions (several products share one decision)
// ---------------------------------------------------------------------------

type Decision = Pick<
    DemoCertificate,
    'decisionNumber' | 'decisionDate' | 'criteriaVersion' | 'issuingLevel' | 'issuer' | 'issuedAt' | 'validUntil'
>;

const PROVINCE = 'UBND tỉnh Hà Tĩnh';

/** Expired: the last batch evaluated under the 2019 criteria. */
const D_PROVINCE_2023_01: Decision = { decisionNumber: '186/QĐ-UBND', decisionDate: '2023-01-16', criteriaVersion: '1048/2019', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2023-01-16', validUntil: '2026-01-16' };
const D_CAN_LOC_2023_12: Decision = { decisionNumber: '3966/QĐ-UBND', decisionDate: '2023-12-20', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Can Lộc', issuedAt: '2023-12-20', validUntil: '2026-12-20' };
const D_CAM_XUYEN_2024_02: Decision = { decisionNumber: '612/QĐ-UBND', decisionDate: '2024-02-26', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Cẩm Xuyên', issuedAt: '2024-02-26', validUntil: '2027-02-26' };
const D_VU_QUANG_2024_03: Decision = { decisionNumber: '1518/QĐ-UBND', decisionDate: '2024-03-27', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Vũ Quang', issuedAt: '2024-03-27', validUntil: '2027-03-27' };
const D_PROVINCE_2024_04: Decision = { decisionNumber: '1146/QĐ-UBND', decisionDate: '2024-04-22', criteriaVersion: '148/2023', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2024-04-22', validUntil: '2027-04-22' };
const D_CAM_XUYEN_2024_05: Decision = { decisionNumber: '2431/QĐ-UBND', decisionDate: '2024-05-30', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Cẩm Xuyên', issuedAt: '2024-05-30', validUntil: '2027-05-30' };
const D_HUONG_SON_2024_06: Decision = { decisionNumber: '4215/QĐ-UBND', decisionDate: '2024-06-12', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Hương Sơn', issuedAt: '2024-06-12', validUntil: '2027-06-12' };
const D_CENTRAL_2024_06: Decision = { decisionNumber: '2475/QĐ-BNN-VPĐP', decisionDate: '2024-06-28', criteriaVersion: '148/2023', issuingLevel: 'CENTRAL', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn', issuedAt: '2024-06-28', validUntil: '2027-06-28' };
const D_KY_ANH_2024_07: Decision = { decisionNumber: '2744/QĐ-UBND', decisionDate: '2024-07-09', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Kỳ Anh', issuedAt: '2024-07-09', validUntil: '2027-07-09' };
const D_NGHI_XUAN_2024_07: Decision = { decisionNumber: '2705/QĐ-UBND', decisionDate: '2024-07-26', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Nghi Xuân', issuedAt: '2024-07-26', validUntil: '2027-07-26' };
const D_DUC_THO_2024_08: Decision = { decisionNumber: '3308/QĐ-UBND', decisionDate: '2024-08-15', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Đức Thọ', issuedAt: '2024-08-15', validUntil: '2027-08-15' };
const D_THACH_HA_2024_10: Decision = { decisionNumber: '4102/QĐ-UBND', decisionDate: '2024-10-08', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Thạch Hà', issuedAt: '2024-10-08', validUntil: '2027-10-08' };
const D_PROVINCE_2024_11: Decision = { decisionNumber: '3187/QĐ-UBND', decisionDate: '2024-11-25', criteriaVersion: '148/2023', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2024-11-25', validUntil: '2027-11-25' };
const D_HA_TINH_CITY_2024_12: Decision = { decisionNumber: '5320/QĐ-UBND', decisionDate: '2024-12-18', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND thành phố Hà Tĩnh', issuedAt: '2024-12-18', validUntil: '2027-12-18' };
const D_TX_KY_ANH_2025_03: Decision = { decisionNumber: '1875/QĐ-UBND', decisionDate: '2025-03-28', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND thị xã Kỳ Anh', issuedAt: '2025-03-28', validUntil: '2028-03-28' };
const D_LOC_HA_2025_04: Decision = { decisionNumber: '1960/QĐ-UBND', decisionDate: '2025-04-21', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND huyện Lộc Hà', issuedAt: '2025-04-21', validUntil: '2028-04-21' };
const D_HONG_LINH_2025_05: Decision = { decisionNumber: '1290/QĐ-UBND', decisionDate: '2025-05-16', criteriaVersion: '148/2023', issuingLevel: 'DISTRICT', issuer: 'UBND thị xã Hồng Lĩnh', issuedAt: '2025-05-16', validUntil: '2028-05-16' };
/** From 6 Jul 2025 (Decision 1489/QĐ-TTg) the province recognises 3★ and 4★. */
const D_PROVINCE_2025_08: Decision = { decisionNumber: '2265/QĐ-UBND', decisionDate: '2025-08-29', criteriaVersion: '148/2023', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2025-08-29', validUntil: '2028-08-29' };
const D_CENTRAL_2025_09: Decision = { decisionNumber: '1342/QĐ-BNNMT', decisionDate: '2025-09-18', criteriaVersion: '148/2023', issuingLevel: 'CENTRAL', issuer: 'Bộ Nông nghiệp và Môi trường', issuedAt: '2025-09-18', validUntil: '2028-09-18' };
const D_PROVINCE_2026_02: Decision = { decisionNumber: '412/QĐ-UBND', decisionDate: '2026-02-10', criteriaVersion: '148/2023', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2026-02-10', validUntil: '2029-02-10' };
const D_PROVINCE_2026_10: Decision = { decisionNumber: '2891/QĐ-UBND', decisionDate: '2026-10-20', criteriaVersion: '148/2023', issuingLevel: 'PROVINCE', issuer: PROVINCE, issuedAt: '2026-10-20', validUntil: '2029-10-20' };

// Sub-groups under Decision 148/QĐ-TTg.
const SG_FRESH = 'Nông sản tươi sống';
const SG_RAW = 'Nông sản thô, sơ chế';
const SG_PROCESSED = 'Thực phẩm chế biến';
const SG_SEASONING = 'Gia vị';
const SG_TEA = 'Chè và sản phẩm từ chè';
const SG_ALCOHOL = 'Đồ uống có cồn';
const SG_SOFT_DRINK = 'Đồ uống không cồn';
const SG_HERBAL_PRODUCT = 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền';
const SG_HERBAL_OTHER = 'Sản phẩm khác từ dược liệu';
const SG_ESSENTIAL_OIL = 'Tinh dầu và thảo dược khác';
const SG_HANDICRAFT = 'Thủ công mỹ nghệ, đồ gia dụng, trang trí';
const SG_FLOWERS = 'Hoa';
const SG_PLANTS = 'Cây cảnh';
const SG_TOURISM = 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch';

const img = (
    kind: ImageSpec['kind'],
    label: string,
    palette: [string, string],
    color?: string,
    variant?: ImageSpec['variant'],
): ImageSpec => ({ kind, label, palette, ...(color ? { color } : {}), ...(variant ? { variant } : {}) });

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const demoProducts: DemoProduct[] = [
    // --- Hương Sơn deer velvet -------------------------------------------------
    {
        slug: 'nhung-huou-tuoi-huong-son',
        producerCode: 'hs-huou-tuan-hau',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Nhung hươu tươi Hương Sơn', en: 'Fresh Hương Sơn deer antler velvet' },
        description: {
            vi: 'Nhung hươu sao nuôi tại Sơn Tiến, vùng chỉ dẫn địa lý Nhung hươu Hương Sơn, cắt khi nhung đạt 50–60 ngày tuổi, còn mọng máu và phủ lông tơ mịn. Mỗi cặp được cân, niêm phong và dán tem truy xuất ngay sau khi cắt. Bảo quản ở 0–4 °C và dùng trong 24 giờ, hoặc chuyển ngăn đông nếu chưa dùng ngay.',
            en: 'Sika deer velvet from Sơn Tiến, inside the Hương Sơn deer velvet geographical-indication area, cut at 50–60 days while still full of blood and covered in fine down. Each pair is weighed, sealed and stamped for traceability right after cutting. Keep at 0–4 °C and use within 24 hours, or move it to the freezer if not used at once.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_CENTRAL_2024_06, number: '2475/QĐ-BNN-VPĐP-2024-01', score: 92, stars: 5, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-NHT-C400', name: { vi: 'Nhung hươu tươi Hương Sơn – cặp ≥ 400 g', en: 'Fresh velvet – pair ≥ 400 g' }, priceDong: 35_000_000, stock: 3, vat: 'zero', stamped: true },
            { sku: 'HS-NHT-C300', name: { vi: 'Nhung hươu tươi Hương Sơn – cặp 300–400 g', en: 'Fresh velvet – pair 300–400 g' }, priceDong: 27_500_000, stock: 4, vat: 'zero', stamped: true },
        ],
        image: img('antler', 'Nhung hươu tươi', ['#fbe9e7', '#d7a86e'], '#b5651d'),
    },
    {
        slug: 'nhung-huou-dong-lanh-huong-son',
        producerCode: 'hs-huou-tuan-hau',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Nhung hươu đông lạnh Hương Sơn', en: 'Frozen Hương Sơn deer antler velvet' },
        description: {
            vi: 'Nhung hươu Hương Sơn cấp đông sâu −18 °C trong vòng hai giờ sau khi cắt, giữ nguyên cặp và lớp lông tơ. Đóng hộp xốp kèm đá khô để vận chuyển xa. Rã đông trong ngăn mát trước khi thái lát ngâm rượu hoặc hầm.',
            en: 'Hương Sơn deer velvet deep-frozen at −18 °C within two hours of cutting, kept as a whole pair with its down. Packed in a foam box with dry ice for long-distance delivery. Thaw in the refrigerator before slicing for wine or slow cooking.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_PROVINCE_2024_04, number: '1146/QĐ-UBND-2024-01', score: 78, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-NHDL-C400', name: { vi: 'Cặp ≥ 400 g', en: 'Pair ≥ 400 g' }, priceDong: 28_000_000, stock: 5, vat: 'zero', stamped: true },
            { sku: 'HS-NHDL-C250', name: { vi: 'Cặp 250–400 g', en: 'Pair 250–400 g' }, priceDong: 19_500_000, stock: 6, vat: 'zero', stamped: true },
        ],
        image: img('antler', 'Nhung đông lạnh', ['#e3f2fd', '#90a4ae'], '#a0522d', 'frozen'),
    },
    {
        slug: 'nhung-huou-say-kho-thai-lat',
        producerCode: 'hs-huou-tuan-hau',
        group: 'HERBAL',
        subGroup: SG_HERBAL_OTHER,
        name: { vi: 'Nhung hươu sấy khô thái lát', en: 'Dried sliced deer antler velvet' },
        description: {
            vi: 'Nhung hươu Hương Sơn được thái lát mỏng rồi sấy lạnh ở nhiệt độ thấp để giữ màu hồng và dưỡng chất. Lát nhung dùng để ngâm rượu, hầm gà hoặc tán bột pha mật ong. Bảo quản nơi khô ráo, đậy kín sau khi mở.',
            en: 'Hương Sơn velvet cut into thin slices and cold-dried at low temperature to keep its pink colour and nutrients. Use the slices to infuse wine, simmer with chicken or grind and mix with honey. Store dry and reseal after opening.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_PROVINCE_2024_04, number: '1146/QĐ-UBND-2024-02', score: 75, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-NHSK-50', name: { vi: 'Hộp 50 g', en: 'Box 50 g' }, priceDong: 4_200_000, stock: 12, vat: 'zero', stamped: true },
            { sku: 'HS-NHSK-100', name: { vi: 'Hộp 100 g', en: 'Box 100 g' }, priceDong: 8_200_000, stock: 8, vat: 'zero', stamped: true },
        ],
        image: img('antler', 'Nhung sấy khô', ['#fff3e0', '#bcaaa4'], '#8d5524', 'slices'),
    },
    {
        slug: 'cao-nhung-huou-huong-son',
        producerCode: 'hs-nhung-huou-son-truong',
        group: 'HERBAL',
        subGroup: SG_HERBAL_PRODUCT,
        name: { vi: 'Cao nhung hươu Hương Sơn', en: 'Hương Sơn deer velvet extract' },
        description: {
            vi: 'Cao được cô đặc từ nhung hươu Hương Sơn cùng kỷ tử và táo đỏ trong 72 giờ ở nhiệt độ thấp. Mỗi ngày dùng 2–3 g hòa với nước ấm hoặc ngậm trực tiếp. Để nơi khô mát, tránh ánh nắng.',
            en: 'An extract concentrated over 72 hours at low temperature from Hương Sơn velvet with goji berries and red dates. Take 2–3 g a day dissolved in warm water or straight from the spoon. Keep in a cool dry place away from sunlight.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_PROVINCE_2024_11, number: '3187/QĐ-UBND-2024-01', score: 81, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-CNH-100', name: { vi: 'Hộp 100 g', en: 'Box 100 g' }, priceDong: 3_600_000, stock: 25, vat: 'standard', stamped: true },
            { sku: 'HS-CNH-200', name: { vi: 'Hộp 200 g', en: 'Box 200 g' }, priceDong: 6_900_000, stock: 15, vat: 'standard', stamped: true },
        ],
        image: img('extract', 'Cao nhung hươu', ['#efebe9', '#a1887f'], '#5d4037'),
    },
    {
        slug: 'ruou-nhung-huou-huong-son',
        producerCode: 'hs-nhung-huou-son-truong',
        group: 'DRINK',
        subGroup: SG_ALCOHOL,
        name: { vi: 'Rượu nhung hươu Hương Sơn', en: 'Hương Sơn deer velvet wine' },
        description: {
            vi: 'Lát nhung hươu Hương Sơn ngâm trong rượu nếp 40 độ ít nhất sáu tháng, sau đó lọc trong và đóng chai. Rượu màu hổ phách, thơm nhẹ, uống mỗi ngày một chén nhỏ trong bữa ăn. Không dùng cho người dưới 18 tuổi và phụ nữ mang thai.',
            en: 'Slices of Hương Sơn velvet steeped in 40 % glutinous-rice spirit for at least six months, then filtered clear and bottled. Amber in colour with a gentle aroma; drink one small cup with a meal. Not for anyone under 18 or for pregnant women.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_HUONG_SON_2024_06, number: '4215/QĐ-UBND-2024-01', score: 66, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-RNH-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 650_000, stock: 60, vat: 'alcohol', stamped: true },
            { sku: 'HS-RNH-750Q', name: { vi: 'Hộp quà chai 750 ml', en: 'Gift box 750 ml' }, priceDong: 1_150_000, stock: 30, vat: 'alcohol', stamped: true },
        ],
        image: img('wine', 'Rượu nhung hươu', ['#fff8e1', '#d4a056'], '#8b4513'),
    },
    {
        slug: 'cao-xuong-huou-huong-son',
        producerCode: 'hs-nhung-huou-son-truong',
        group: 'HERBAL',
        subGroup: SG_HERBAL_PRODUCT,
        name: { vi: 'Cao xương hươu Hương Sơn', en: 'Hương Sơn deer-bone extract' },
        description: {
            vi: 'Xương hươu sao được làm sạch, nấu liên tục 5 ngày đêm rồi cô thành bánh cao theo bài thuốc cổ truyền. Cao dùng thái miếng nhỏ hòa với nước ấm hoặc ngâm rượu. Gói kín trong giấy bạc, để nơi khô ráo.',
            en: 'Sika deer bones are cleaned, simmered for five days and nights and set into cakes of extract following a traditional recipe. Cut a small piece and dissolve it in warm water, or steep it in wine. Keep wrapped in foil in a dry place.',
        },
        collectiveBrand: 'NHUNG_HUOU_HUONG_SON',
        certificate: { ...D_HUONG_SON_2024_06, number: '4215/QĐ-UBND-2024-02', score: 64, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-CXH-100', name: { vi: 'Hộp 100 g', en: 'Box 100 g' }, priceDong: 1_800_000, stock: 30, vat: 'standard', stamped: true },
            { sku: 'HS-CXH-200', name: { vi: 'Hộp 200 g', en: 'Box 200 g' }, priceDong: 3_400_000, stock: 18, vat: 'standard', stamped: true },
        ],
        image: img('extract', 'Cao xương hươu', ['#fafafa', '#bcaaa4'], '#3e2723'),
    },
    {
        slug: 'che-xanh-bup-son-kim',
        producerCode: 'hs-che-xanh-son-kim',
        group: 'FOOD',
        subGroup: SG_TEA,
        name: { vi: 'Chè xanh búp khô Sơn Kim', en: 'Sơn Kim dried green tea buds' },
        description: {
            vi: 'Búp chè một tôm hai lá hái trên đồi Sơn Kim, vò và sao bằng chảo gang cho cánh chè xoăn, nước xanh vàng, vị chát dịu và hậu ngọt. Pha 5 g chè với 150 ml nước 85 °C, hãm 3 phút. Bảo quản trong túi kín, tránh ẩm và mùi lạ.',
            en: 'One bud and two leaves picked on the Sơn Kim hills, rolled and roasted in cast-iron pans into curled leaves that brew a green-gold cup, gently astringent with a sweet finish. Steep 5 g in 150 ml of water at 85 °C for 3 minutes. Keep sealed, away from moisture and strong smells.',
        },
        certificate: { ...D_HUONG_SON_2024_06, number: '4215/QĐ-UBND-2024-03', score: 61, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HS-CXSK-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 95_000, stock: 120, vat: 'standard', stamped: true },
            { sku: 'HS-CXSK-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 220_000, stock: 60, vat: 'standard', stamped: true },
        ],
        image: img('tea', 'Chè xanh Sơn Kim', ['#f1f8e9', '#9ccc65'], '#2e7d32'),
    },

    // --- Hương Khê ---------------------------------------------------------------
    {
        slug: 'cam-khe-may-huong-khe',
        producerCode: 'hk-cam-khe-may',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Cam Khe Mây Hương Khê', en: 'Khe Mây oranges from Hương Khê' },
        description: {
            vi: 'Cam Khe Mây trồng theo VietGAP trong thung lũng Hương Trạch, vỏ mỏng màu vàng xanh, múi mọng và ngọt thanh. Quả được hái khi chín cây vào tháng 11 đến tháng 1, rửa sạch và phân loại theo cỡ. Để nơi thoáng mát dùng trong 2 tuần, hoặc ngăn mát tủ lạnh được lâu hơn.',
            en: 'Khe Mây oranges grown under VietGAP in the Hương Trạch valley: thin green-gold skin, juicy segments and a clean sweetness. Picked tree-ripe from November to January, washed and graded by size. Keep somewhere cool and airy for two weeks, or longer in the fridge.',
        },
        collectiveBrand: 'CAM_HA_TINH',
        certificate: { ...D_PROVINCE_2024_11, number: '3187/QĐ-UBND-2024-02', score: 76, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HK-CKM-3KG', name: { vi: 'Hộp 3 kg', en: 'Box 3 kg' }, priceDong: 165_000, stock: 150, vat: 'zero', stamped: true },
            { sku: 'HK-CKM-5KG', name: { vi: 'Thùng 5 kg', en: 'Carton 5 kg' }, priceDong: 260_000, stock: 90, vat: 'zero', stamped: true },
        ],
        image: img('orange', 'Cam Khe Mây', ['#fff3e0', '#ffb74d'], '#f57c00'),
    },
    {
        slug: 'buoi-phuc-trach',
        producerCode: 'hk-buoi-phuc-trach',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Bưởi Phúc Trạch', en: 'Phúc Trạch pomelo' },
        description: {
            vi: 'Bưởi Phúc Trạch vỏ mỏng, tép hồng nhạt, ráo nước và ngọt mát, là đặc sản mang chỉ dẫn địa lý của Hương Khê. Quả được hái khi đủ 7 tháng tuổi và để “hồi” 2–3 tuần cho vỏ dịu, múi ngọt hơn. Để nơi thoáng mát, quả giữ được đến hai tháng.',
            en: 'Phúc Trạch pomelo, Hương Khê’s geographical-indication speciality, has a thin rind and pale pink, dry-fleshed, cool sweet segments. Fruit is picked at seven months and rested for 2–3 weeks so the rind softens and the flesh sweetens. Kept somewhere cool and airy it lasts up to two months.',
        },
        certificate: { ...D_PROVINCE_2024_04, number: '1146/QĐ-UBND-2024-03', score: 77, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HK-BPT-Q1', name: { vi: 'Quả loại 1 (1,2–1,5 kg)', en: 'Grade 1 fruit (1.2–1.5 kg)' }, priceDong: 60_000, stock: 200, vat: 'zero', stamped: true },
            { sku: 'HK-BPT-H2', name: { vi: 'Hộp quà 2 quả', en: 'Gift box of 2' }, priceDong: 150_000, stock: 80, vat: 'zero', stamped: true },
        ],
        image: img('pomelo', 'Bưởi Phúc Trạch', ['#f9fbe7', '#c5e1a5'], '#9ccc65'),
    },
    {
        slug: 'tinh-dau-vo-buoi-phuc-trach',
        producerCode: 'hk-buoi-phuc-trach',
        group: 'HERBAL',
        subGroup: SG_ESSENTIAL_OIL,
        name: { vi: 'Tinh dầu vỏ bưởi Phúc Trạch', en: 'Phúc Trạch pomelo peel essential oil' },
        description: {
            vi: 'Tinh dầu chưng cất hơi nước từ vỏ bưởi Phúc Trạch tươi, mùi thơm mát đặc trưng. Dùng xông phòng, pha vài giọt vào dầu gội để dưỡng tóc. Không uống; đậy kín, để xa tầm tay trẻ em.',
            en: 'Steam-distilled from fresh Phúc Trạch pomelo peel, with its characteristic fresh scent. Use in a diffuser or add a few drops to shampoo for hair care. Not for drinking; keep tightly closed and out of children’s reach.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-01', score: 58, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HK-TDVB-50', name: { vi: 'Lọ 50 ml', en: 'Bottle 50 ml' }, priceDong: 120_000, stock: 80, vat: 'standard', stamped: true },
            { sku: 'HK-TDVB-100', name: { vi: 'Lọ 100 ml', en: 'Bottle 100 ml' }, priceDong: 210_000, stock: 50, vat: 'standard', stamped: true },
        ],
        image: img('oil', 'Tinh dầu bưởi', ['#f1f8e9', '#aed581'], '#c0ca33', 'dropper'),
    },
    {
        slug: 'nhang-tram-huong-dinh-gia',
        producerCode: 'hk-tram-huong-dinh-gia',
        group: 'HERBAL',
        subGroup: SG_ESSENTIAL_OIL,
        name: { vi: 'Nhang trầm hương Đinh Gia', en: 'Đinh Gia agarwood incense' },
        description: {
            vi: 'Nhang làm từ bột trầm hương tự nhiên trồng tại Hương Khê, kết dính bằng bột cây bời lời, không hóa chất tạo mùi. Khói mỏng, thơm ngọt dịu và không cay mắt. Bảo quản trong hộp kín nơi khô ráo để giữ mùi lâu.',
            en: 'Incense made from natural agarwood grown in Hương Khê, bound with litsea bark powder and free of fragrance chemicals. It burns with thin smoke and a soft sweet scent that does not sting the eyes. Keep in its closed box in a dry place to preserve the aroma.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-02', score: 68, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HK-NTDG-100Q', name: { vi: 'Hộp 100 que 30 cm', en: 'Box of 100 sticks, 30 cm' }, priceDong: 350_000, stock: 90, vat: 'standard', stamped: true },
            { sku: 'HK-NTDG-NU', name: { vi: 'Hộp nhang nụ 200 g', en: 'Cone incense 200 g' }, priceDong: 420_000, stock: 60, vat: 'standard', stamped: true },
        ],
        image: img('incense', 'Nhang trầm Đinh Gia', ['#efebe9', '#a1887f'], '#6d4c41'),
    },
    {
        slug: 'vong-tay-tram-huong-dinh-gia',
        producerCode: 'hk-tram-huong-dinh-gia',
        group: 'HANDICRAFT',
        subGroup: SG_HANDICRAFT,
        name: { vi: 'Vòng tay trầm hương Đinh Gia', en: 'Đinh Gia agarwood bracelet' },
        description: {
            vi: 'Vòng tiện thủ công từ khối trầm có tuổi tạo trầm trên 10 năm, hạt tròn đều, vân dầu rõ. Mùi trầm dậy lên khi vòng ấm theo thân nhiệt. Tránh để vòng tiếp xúc nước hoa và hóa chất; lau bằng khăn mềm.',
            en: 'Hand-turned from agarwood with more than ten years of resin formation, with even beads and clear oil grain. The fragrance rises as the beads warm on the skin. Keep away from perfume and chemicals; wipe with a soft cloth.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-03', score: 72, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'HK-VTDG-108', name: { vi: 'Vòng 108 hạt 6 mm', en: '108 beads, 6 mm' }, priceDong: 1_250_000, stock: 25, vat: 'standard', stamped: true },
            { sku: 'HK-VTDG-14', name: { vi: 'Vòng 14 hạt 12 mm', en: '14 beads, 12 mm' }, priceDong: 2_800_000, stock: 12, vat: 'standard', stamped: true },
        ],
        image: img('incense', 'Vòng trầm Đinh Gia', ['#f5f0e6', '#8d6e63'], '#4e342e', 'bracelet'),
    },
    {
        slug: 'che-xanh-huong-long',
        producerCode: 'hk-che-huong-long',
        group: 'FOOD',
        subGroup: SG_TEA,
        name: { vi: 'Chè xanh Hương Long', en: 'Hương Long green tea' },
        description: {
            vi: 'Chè xanh búp khô chế biến trong ngày từ vườn chè trung du Hương Long, nước xanh, vị chát đậm. Pha với nước sôi để nguội còn khoảng 85 °C. Đựng trong hộp kín, dùng hết trong 6 tháng sau khi mở.',
            en: 'Dried green tea processed on the day of picking from the midland gardens of Hương Long; green liquor with a bold, astringent taste. Brew with water cooled to about 85 °C. Keep in an airtight tin and use within six months of opening.',
        },
        certificate: { ...D_PROVINCE_2023_01, number: '186/QĐ-UBND-2023-05', score: 57, stars: 3, status: 'EXPIRED' },
        variants: [
            { sku: 'HK-CXHL-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 80_000, stock: 40, vat: 'standard', stamped: true },
            { sku: 'HK-CXHL-500', name: { vi: 'Túi 500 g', en: 'Bag 500 g' }, priceDong: 185_000, stock: 25, vat: 'standard', stamped: true },
        ],
        image: img('tea', 'Chè xanh Hương Long', ['#e8f5e9', '#81c784'], '#388e3c'),
        unsellableReason: 'EXPIRED',
    },

    // --- Vũ Quang ----------------------------------------------------------------
    {
        slug: 'cam-vu-quang',
        producerCode: 'vq-cam-vu-quang',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Cam Vũ Quang', en: 'Vũ Quang oranges' },
        description: {
            vi: 'Cam chanh trồng trên đất đồi Hương Minh, quả tròn, vỏ vàng xanh bóng, nhiều nước và thơm. Hợp tác xã chỉ thu hoạch khi quả đạt độ ngọt 11 Brix, rửa bằng nước sạch, không phủ sáp. Dùng ăn tươi hoặc vắt nước; để ngăn mát được 3 tuần.',
            en: 'Sweet oranges from the Hương Minh hills: round, glossy green-gold and very juicy and fragrant. The cooperative harvests only once the fruit reaches 11 Brix, washes it in clean water and never waxes it. Eat fresh or juice; keeps three weeks in the fridge.',
        },
        collectiveBrand: 'CAM_HA_TINH',
        certificate: { ...D_VU_QUANG_2024_03, number: '1518/QĐ-UBND-2024-01', score: 67, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'VQ-CVQ-2KG', name: { vi: 'Túi 2 kg', en: 'Bag 2 kg' }, priceDong: 90_000, stock: 180, vat: 'zero', stamped: true },
            { sku: 'VQ-CVQ-5KG', name: { vi: 'Thùng 5 kg', en: 'Carton 5 kg' }, priceDong: 210_000, stock: 100, vat: 'zero', stamped: true },
        ],
        image: img('orange', 'Cam Vũ Quang', ['#fffde7', '#ffd54f'], '#f9a825'),
    },
    {
        slug: 'nuoc-cam-nguyen-chat-vu-quang',
        producerCode: 'vq-cam-vu-quang',
        group: 'DRINK',
        subGroup: SG_SOFT_DRINK,
        name: { vi: 'Nước cam nguyên chất Vũ Quang', en: 'Vũ Quang pure orange juice' },
        description: {
            vi: 'Nước ép 100% từ cam Vũ Quang, thanh trùng nhanh ở nhiệt độ thấp, không thêm đường và chất bảo quản. Lắc đều trước khi uống, ngon nhất khi ướp lạnh. Bảo quản 2–6 °C, dùng trong 3 ngày sau khi mở nắp.',
            en: '100 % juice pressed from Vũ Quang oranges, flash-pasteurised at low temperature, with no added sugar or preservatives. Shake well and serve chilled. Keep at 2–6 °C and finish within three days of opening.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-04', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'VQ-NCVQ-330', name: { vi: 'Chai 330 ml', en: 'Bottle 330 ml' }, priceDong: 35_000, stock: 240, vat: 'standard', stamped: true },
            { sku: 'VQ-NCVQ-T12', name: { vi: 'Thùng 12 chai 330 ml', en: 'Case of 12 × 330 ml' }, priceDong: 390_000, stock: 40, vat: 'standard', stamped: true },
        ],
        image: img('orange', 'Nước cam Vũ Quang', ['#fff8e1', '#ffca28'], '#fb8c00', 'juice'),
    },
    {
        slug: 'mat-ong-hoa-rung-vu-quang',
        producerCode: 'vq-ong-mat-huong-dien',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Mật ong hoa rừng Vũ Quang', en: 'Vũ Quang wild-flower honey' },
        description: {
            vi: 'Mật của đàn ong nội hút hoa rừng quanh Vườn quốc gia Vũ Quang, màu hổ phách sẫm, vị ngọt đậm hơi đắng nhẹ cuối lưỡi. Mật chỉ quay khi ong đã vít nắp và được lọc lạnh, không đun. Mật có thể kết tinh khi trời lạnh – đó là hiện tượng tự nhiên.',
            en: 'Honey from native bees foraging wild flowers around Vũ Quang National Park: dark amber, richly sweet with a faint bitter finish. Extracted only from capped comb and cold-filtered, never heated. It may crystallise in cold weather – a natural sign of raw honey.',
        },
        collectiveBrand: 'MAT_ONG_VU_QUANG',
        certificate: { ...D_PROVINCE_2024_11, number: '3187/QĐ-UBND-2024-03', score: 79, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'VQ-MOHR-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 280_000, stock: 110, vat: 'zero', stamped: true },
            { sku: 'VQ-MOHR-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 520_000, stock: 60, vat: 'zero', stamped: true },
        ],
        image: img('honey', 'Mật ong hoa rừng', ['#fff8e1', '#ffb300'], '#c77800'),
    },
    {
        slug: 'mat-ong-hoa-cam-vu-quang',
        producerCode: 'vq-ong-mat-huong-dien',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Mật ong hoa cam Vũ Quang', en: 'Vũ Quang orange-blossom honey' },
        description: {
            vi: 'Mật ong thu vào mùa cam ra hoa tháng 2, tháng 3 trên các vườn cam Vũ Quang, màu vàng sáng, thơm mùi hoa cam. Hợp với pha chanh ấm, trà hoặc làm nước sốt. Đậy kín, để nơi thoáng mát, không cần để tủ lạnh.',
            en: 'Collected while the Vũ Quang orange groves bloom in February and March: bright gold with the scent of orange blossom. Lovely in warm lemon water, tea or sauces. Keep closed in a cool place; no need to refrigerate.',
        },
        collectiveBrand: 'MAT_ONG_VU_QUANG',
        certificate: { ...D_VU_QUANG_2024_03, number: '1518/QĐ-UBND-2024-02', score: 65, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'VQ-MOHC-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 220_000, stock: 90, vat: 'zero', stamped: true },
            { sku: 'VQ-MOHC-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 410_000, stock: 45, vat: 'zero', stamped: true },
        ],
        image: img('honey', 'Mật ong hoa cam', ['#fffde7', '#ffe082'], '#f6b30b'),
    },

    // --- Can Lộc -------------------------------------------------------------------
    {
        slug: 'cam-thuong-loc',
        producerCode: 'cl-cam-thuong-loc',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Cam Thượng Lộc', en: 'Thượng Lộc oranges' },
        description: {
            vi: 'Cam bù và cam chanh trồng dưới chân dãy Trà Sơn, bón phân chuồng ủ hoai và bao trái bằng giấy nên vỏ sạch, ít vết. Quả chín vào dịp Tết, vị ngọt đậm, thơm tinh dầu. Để nơi thoáng mát, tránh xếp chồng quá cao.',
            en: 'Bù and sweet oranges grown at the foot of the Trà Sơn range, fed with composted manure and bagged in paper for clean, unblemished skin. They ripen for Tết with a rich sweetness and fragrant oil. Store somewhere cool and airy, not piled too high.',
        },
        collectiveBrand: 'CAM_HA_TINH',
        certificate: { ...D_CAN_LOC_2023_12, number: '3966/QĐ-UBND-2023-01', score: 63, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CL-CTL-2KG', name: { vi: 'Túi 2 kg', en: 'Bag 2 kg' }, priceDong: 100_000, stock: 140, vat: 'zero', stamped: true },
            { sku: 'CL-CTL-4KG', name: { vi: 'Hộp quà 4 kg', en: 'Gift box 4 kg' }, priceDong: 230_000, stock: 70, vat: 'zero', stamped: true },
        ],
        image: img('orange', 'Cam Thượng Lộc', ['#fff3e0', '#ffa726'], '#ef6c00'),
    },
    {
        slug: 'du-lich-cong-dong-lang-co-truong-luu',
        producerCode: 'cl-du-lich-truong-luu',
        group: 'TOURISM',
        subGroup: SG_TOURISM,
        name: { vi: 'Du lịch cộng đồng làng cổ Trường Lưu', en: 'Trường Lưu old-village community tour' },
        description: {
            vi: 'Khách dạo quanh làng khoa bảng Trường Lưu, thăm nhà thờ họ Nguyễn Huy, nhà rường gỗ trăm tuổi và nghe giới thiệu về mộc bản trường học Phúc Giang. Tour một ngày có bữa trưa cùng gia đình chủ nhà và buổi hát ví, giặm bên giếng làng. Đặt trước ít nhất một ngày; phù hợp cho đoàn đến 30 người.',
            en: 'Walk through the scholar village of Trường Lưu, visit the Nguyễn Huy ancestral hall and century-old timber houses, and hear the story of the Phúc Giang school woodblocks. The full-day tour adds lunch with a host family and ví and giặm folk singing by the village well. Book at least a day ahead; suitable for groups of up to 30.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-05', score: 62, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CL-DLTL-NUA', name: { vi: 'Tham quan nửa ngày – 1 khách', en: 'Half-day visit – 1 guest' }, priceDong: 150_000, stock: 300, vat: 'standard', stamped: true },
            { sku: 'CL-DLTL-1NGAY', name: { vi: 'Trải nghiệm 1 ngày kèm bữa trưa – 1 khách', en: 'Full-day experience with lunch – 1 guest' }, priceDong: 450_000, stock: 120, vat: 'standard', stamped: true },
        ],
        image: img('village', 'Làng cổ Trường Lưu', ['#e3f2fd', '#a5d6a7'], '#8d6e63'),
    },

    // --- Fish sauce -----------------------------------------------------------------
    {
        slug: 'nuoc-mam-cot-ky-ninh',
        producerCode: 'txka-nuoc-mam-ky-ninh',
        group: 'FOOD',
        subGroup: SG_SEASONING,
        name: { vi: 'Nước mắm cốt Kỳ Ninh 40 độ đạm', en: 'Kỳ Ninh first-press fish sauce, 40° N' },
        description: {
            vi: 'Nước mắm nhĩ rút giọt đầu tiên từ thùng chượp cá cơm ủ 18 tháng, đạt 40 độ đạm, màu cánh gián, thơm và hậu ngọt. Dùng chấm trực tiếp hoặc nêm món ăn sau khi tắt bếp để giữ hương. Để nơi thoáng mát; muối kết tinh dưới đáy chai là tự nhiên.',
            en: 'The first drip drawn from anchovy vats aged 18 months: 40° nitrogen, cockroach-wing brown, aromatic with a sweet finish. Use as a dip or season dishes after turning off the heat to keep the aroma. Store somewhere cool; salt crystals at the bottom of the bottle are natural.',
        },
        collectiveBrand: 'NUOC_MAM_KY_NINH',
        certificate: { ...D_CENTRAL_2025_09, number: '1342/QĐ-BNNMT-2025-01', score: 90, stars: 5, status: 'ACTIVE' },
        variants: [
            { sku: 'KN-NMC40-500', name: { vi: 'Chai thủy tinh 500 ml', en: 'Glass bottle 500 ml' }, priceDong: 120_000, stock: 200, vat: 'standard', stamped: true },
            { sku: 'KN-NMC40-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 220_000, stock: 120, vat: 'standard', stamped: true },
        ],
        image: img('fish-sauce', 'Nước mắm Kỳ Ninh', ['#e3f2fd', '#64b5f6'], '#8b4513'),
    },
    {
        slug: 'nuoc-mam-truyen-thong-ky-ninh',
        producerCode: 'txka-nuoc-mam-ky-ninh',
        group: 'FOOD',
        subGroup: SG_SEASONING,
        name: { vi: 'Nước mắm truyền thống Kỳ Ninh 25 độ đạm', en: 'Kỳ Ninh traditional fish sauce, 25° N' },
        description: {
            vi: 'Nước mắm pha từ nước cốt và nước chượp kéo rút lần hai, độ đạm 25, vị mặn dịu hợp nấu nướng hằng ngày. Không chất bảo quản, không chất điều vị. Đậy nắp sau khi dùng.',
            en: 'A blend of first-press and second-draw sauce at 25° nitrogen, milder and ideal for everyday cooking. No preservatives or flavour enhancers. Close the cap after use.',
        },
        collectiveBrand: 'NUOC_MAM_KY_NINH',
        certificate: { ...D_TX_KY_ANH_2025_03, number: '1875/QĐ-UBND-2025-01', score: 64, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'KN-NMTT-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 65_000, stock: 260, vat: 'standard', stamped: true },
            { sku: 'KN-NMTT-2L', name: { vi: 'Can 2 lít', en: 'Jerrycan 2 litres' }, priceDong: 230_000, stock: 80, vat: 'standard', stamped: true },
        ],
        image: img('fish-sauce', 'Mắm truyền thống', ['#e1f5fe', '#4fc3f7'], '#a0522d'),
    },
    {
        slug: 'nuoc-mam-ba-ly-cam-nhuong',
        producerCode: 'cx-nuoc-mam-ba-ly',
        group: 'FOOD',
        subGroup: SG_SEASONING,
        name: { vi: 'Nước mắm Bà Lý Cẩm Nhượng', en: 'Bà Lý fish sauce from Cẩm Nhượng' },
        description: {
            vi: 'Nước mắm cá cơm ủ chượp trong chum sành hơn 12 tháng ở làng chài Cẩm Nhượng, đạm 30 độ, màu nâu đỏ trong. Pha nước chấm với chanh, tỏi, ớt hoặc rưới cơm nóng. Để chai đứng, nơi khô mát.',
            en: 'Anchovy sauce aged over 12 months in stoneware jars in the fishing village of Cẩm Nhượng: 30° nitrogen and a clear reddish brown. Mix a dipping sauce with lime, garlic and chilli, or spoon over hot rice. Store upright somewhere cool and dry.',
        },
        certificate: { ...D_CAM_XUYEN_2024_05, number: '2431/QĐ-UBND-2024-01', score: 67, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CX-NMBL-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 75_000, stock: 150, vat: 'standard', stamped: true },
            { sku: 'CX-NMBL-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 140_000, stock: 90, vat: 'standard', stamped: true },
        ],
        image: img('fish-sauce', 'Nước mắm Bà Lý', ['#e0f7fa', '#4dd0e1'], '#7b3f00'),
    },
    {
        slug: 'mam-tom-ba-ly',
        producerCode: 'cx-nuoc-mam-ba-ly',
        group: 'FOOD',
        subGroup: SG_SEASONING,
        name: { vi: 'Mắm tôm Bà Lý', en: 'Bà Lý shrimp paste' },
        description: {
            vi: 'Mắm tôm làm từ tôm moi tươi ướp muối, giã nhuyễn và phơi nắng 3 tháng, màu tím hồng, mùi thơm nồng. Dùng chấm bún đậu, nêm canh chua. Đậy kín, để ngăn mát sau khi mở.',
            en: 'Shrimp paste from fresh small shrimp salted, pounded and sun-aged for three months: pinkish purple with a strong aroma. Serve with bún and tofu or use to season sour soups. Keep sealed and refrigerate after opening.',
        },
        certificate: {
            ...D_CAM_XUYEN_2024_02,
            number: '612/QĐ-UBND-2024-04',
            score: 55,
            stars: 3,
            status: 'REVOKED',
            revokedAt: '2026-09-14',
            revokedReason:
                'Thu hồi theo Quyết định số 2198/QĐ-UBND ngày 14/9/2026 của UBND tỉnh: chủ thể không tham gia đánh giá lại sau khi thay đổi nhãn và quy trình sản xuất; mẫu hậu kiểm không đạt chỉ tiêu vi sinh.',
        },
        variants: [
            { sku: 'CX-MTBL-250', name: { vi: 'Hũ 250 g', en: 'Jar 250 g' }, priceDong: 45_000, stock: 70, vat: 'standard', stamped: true },
            { sku: 'CX-MTBL-500', name: { vi: 'Hũ 500 g', en: 'Jar 500 g' }, priceDong: 80_000, stock: 40, vat: 'standard', stamped: true },
        ],
        image: img('extract', 'Mắm tôm Bà Lý', ['#fce4ec', '#ce93d8'], '#8e4f7a', 'jar'),
        unsellableReason: 'REVOKED',
    },
    {
        slug: 'nuoc-mam-ca-com-ky-phu',
        producerCode: 'ka-nuoc-mam-ky-phu',
        group: 'FOOD',
        subGroup: SG_SEASONING,
        name: { vi: 'Nước mắm cá cơm Kỳ Phú', en: 'Kỳ Phú anchovy fish sauce' },
        description: {
            vi: 'Cá cơm và cá nục đánh bắt ven bờ Kỳ Phú, ướp muối biển trong bể lót gỗ 10–12 tháng, lọc qua than hoạt tính và cát. Nước mắm đạm 30 độ, vị mặn đằm, thơm mùi cá. Dùng chấm và nấu nướng; đậy nắp sau khi dùng.',
            en: 'Anchovy and scad caught off Kỳ Phú, salted with sea salt in wood-lined tanks for 10–12 months and filtered through charcoal and sand. 30° nitrogen, round saltiness and a clear fish aroma. For dipping and cooking; close the cap after use.',
        },
        certificate: { ...D_KY_ANH_2024_07, number: '2744/QĐ-UBND-2024-01', score: 62, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'KP-NMCC-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 70_000, stock: 170, vat: 'standard', stamped: true },
            { sku: 'KP-NMCC-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 130_000, stock: 100, vat: 'standard', stamped: true },
        ],
        image: img('fish-sauce', 'Nước mắm Kỳ Phú', ['#e0f2f1', '#4db6ac'], '#8d4e1f'),
    },
    {
        slug: 'tra-ca-gai-leo-ky-tay',
        producerCode: 'ka-duoc-lieu-ky-tay',
        group: 'HERBAL',
        subGroup: SG_HERBAL_OTHER,
        name: { vi: 'Trà cà gai leo Kỳ Tây', en: 'Kỳ Tây cà gai leo herbal tea' },
        description: {
            vi: 'Cà gai leo trồng theo GACP tại Kỳ Tây, thu hái cả thân lá, sấy lạnh và thái nhỏ hoặc đóng túi lọc. Nước trà vàng nhạt, vị đắng nhẹ, thường dùng hỗ trợ giải rượu và mát gan. Mỗi ngày 2–3 túi hãm với nước sôi 5 phút; sản phẩm không phải là thuốc.',
            en: 'Cà gai leo grown to GACP in Kỳ Tây; stems and leaves are cold-dried and cut or packed in tea bags. It brews a pale yellow, lightly bitter tea traditionally drunk after alcohol and to cool the liver. Steep 2–3 bags a day in boiling water for 5 minutes; this product is not a medicine.',
        },
        certificate: { ...D_KY_ANH_2024_07, number: '2744/QĐ-UBND-2024-02', score: 59, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'KT-TCGL-25T', name: { vi: 'Hộp 25 túi lọc', en: 'Box of 25 tea bags' }, priceDong: 65_000, stock: 200, vat: 'standard', stamped: true },
            { sku: 'KT-TCGL-500', name: { vi: 'Túi 500 g khô', en: 'Dried, bag 500 g' }, priceDong: 120_000, stock: 90, vat: 'standard', stamped: true },
        ],
        image: img('tea', 'Trà cà gai leo', ['#f9fbe7', '#d4e157'], '#689f38'),
    },
    {
        slug: 'cao-ca-gai-leo-ky-tay',
        producerCode: 'ka-duoc-lieu-ky-tay',
        group: 'HERBAL',
        subGroup: SG_HERBAL_PRODUCT,
        name: { vi: 'Cao cà gai leo Kỳ Tây', en: 'Kỳ Tây cà gai leo extract' },
        description: {
            vi: 'Cao đặc nấu từ cà gai leo khô theo tỉ lệ 10 kg dược liệu cho 1 kg cao, không pha đường. Pha 2–3 g cao với nước ấm, uống sau bữa ăn. Đậy kín nắp, để nơi khô mát.',
            en: 'A thick extract cooked down from dried cà gai leo at 10 kg of herb per kilogram of extract, with no added sugar. Dissolve 2–3 g in warm water and drink after meals. Keep the lid tight and store somewhere cool and dry.',
        },
        certificate: { ...D_KY_ANH_2024_07, number: '2744/QĐ-UBND-2024-03', score: 57, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'KT-CCGL-100', name: { vi: 'Hũ 100 g', en: 'Jar 100 g' }, priceDong: 180_000, stock: 80, vat: 'standard', stamped: true },
            { sku: 'KT-CCGL-200', name: { vi: 'Hũ 200 g', en: 'Jar 200 g' }, priceDong: 320_000, stock: 50, vat: 'standard', stamped: true },
        ],
        image: img('extract', 'Cao cà gai leo', ['#f1f8e9', '#c5e1a5'], '#33261a'),
    },

    // --- Kẹo cu đơ and candies ----------------------------------------------------------
    {
        slug: 'keo-cu-do-hien-vo',
        producerCode: 'tp-keo-cu-do-hien-vo',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo cu đơ Hiền Võ', en: 'Hiền Võ kẹo cu đơ peanut candy' },
        description: {
            vi: 'Kẹo cu đơ nấu từ mật mía, lạc rang và gừng tươi, kẹp giữa hai lớp bánh đa vừng giòn. Miếng kẹo dẻo, ngọt đậm, thơm gừng – món quà quen thuộc của người Hà Tĩnh. Ngon nhất khi dùng với chè xanh nóng; để nơi khô ráo, dùng trong 3 tháng.',
            en: 'Kẹo cu đơ cooked from cane molasses, roasted peanuts and fresh ginger, sandwiched between two crisp sesame rice crackers. Chewy, deeply sweet and gingery – Hà Tĩnh’s classic gift. Best with hot green tea; keep dry and eat within three months.',
        },
        certificate: { ...D_PROVINCE_2024_04, number: '1146/QĐ-UBND-2024-04', score: 74, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'TP-KCD-HV-200', name: { vi: 'Túi 4 thanh 200 g', en: 'Bag of 4 pieces, 200 g' }, priceDong: 25_000, stock: 300, vat: 'standard', stamped: true },
            { sku: 'TP-KCD-HV-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 60_000, stock: 200, vat: 'standard', stamped: true },
            { sku: 'TP-KCD-HV-1KG', name: { vi: 'Hộp quà 1 kg', en: 'Gift box 1 kg' }, priceDong: 115_000, stock: 80, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Cu đơ Hiền Võ', ['#fff3e0', '#ffab91'], '#c62828'),
    },
    {
        slug: 'keo-cu-do-gung-hien-vo',
        producerCode: 'tp-keo-cu-do-hien-vo',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo cu đơ gừng đặc biệt Hiền Võ', en: 'Hiền Võ extra-ginger kẹo cu đơ' },
        description: {
            vi: 'Phiên bản mới nhiều gừng hơn, dùng gừng núi Hương Sơn và mật mía lâu năm, cay ấm và ít ngọt. Sản phẩm đang chờ hội đồng đánh giá OCOP, chưa được cấp tem. Bảo quản nơi khô ráo.',
            en: 'A new recipe with more ginger, using Hương Sơn mountain ginger and aged molasses: warm, spicy and less sweet. It is awaiting OCOP evaluation and has no stamps yet. Keep in a dry place.',
        },
        variants: [
            { sku: 'TP-KCDG-HV-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 28_000, stock: 100, vat: 'standard', stamped: false },
            { sku: 'TP-KCDG-HV-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 65_000, stock: 50, vat: 'standard', stamped: false },
        ],
        image: img('candy', 'Cu đơ gừng', ['#fffde7', '#ffe082'], '#ef6c00'),
        unsellableReason: 'NO_CERTIFICATE',
    },
    {
        slug: 'keo-cu-do-thu-vien-dang-thanh',
        producerCode: 'tp-keo-cu-do-thu-vien',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo cu đơ Thư Viện – Đặng Thanh', en: 'Thư Viện – Đặng Thanh kẹo cu đơ' },
        description: {
            vi: 'Kẹo nấu từng mẻ nhỏ trên bếp than, mật kéo đến khi dẻo quánh rồi trộn lạc rang bóc vỏ và gừng giã. Bánh đa vừng được nướng lại cho giòn trước khi kẹp kẹo. Để nơi khô ráo, tránh ánh nắng; dùng trong 90 ngày.',
            en: 'Cooked in small batches over charcoal, the molasses is worked until thick and chewy, then mixed with skinned roasted peanuts and pounded ginger. The sesame rice crackers are toasted again for crunch before the candy goes in. Keep dry and out of the sun; best within 90 days.',
        },
        certificate: { ...D_HA_TINH_CITY_2024_12, number: '5320/QĐ-UBND-2024-01', score: 68, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'TP-KCD-TV-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 27_000, stock: 260, vat: 'standard', stamped: true },
            { sku: 'TP-KCD-TV-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 62_000, stock: 140, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Cu đơ Thư Viện', ['#efebe9', '#d7ccc8'], '#6d4c41'),
    },
    {
        slug: 'keo-cu-do-xuan-luong',
        producerCode: 'dt-keo-cu-do-xuan-luong',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo cu đơ Xuân Lương', en: 'Xuân Lương kẹo cu đơ' },
        description: {
            vi: 'Kẹo cu đơ Đức Thọ làm theo công thức gia truyền: mật mía đặc, lạc rang củi, gừng già, bánh đa tráng mỏng rắc vừng đen. Vị ngọt vừa, dẻo mà không dính răng. Để nơi khô ráo, dùng trong 2 tháng.',
            en: 'Đức Thọ kẹo cu đơ made to a family recipe: thick cane molasses, wood-roasted peanuts, mature ginger and thin rice crackers scattered with black sesame. Moderately sweet and chewy without sticking to the teeth. Keep dry and eat within two months.',
        },
        certificate: { ...D_DUC_THO_2024_08, number: '3308/QĐ-UBND-2024-01', score: 61, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'DT-KCD-XL-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 25_000, stock: 220, vat: 'standard', stamped: true },
            { sku: 'DT-KCD-XL-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 58_000, stock: 120, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Cu đơ Xuân Lương', ['#fff8e1', '#ffcc80'], '#2e7d32'),
    },
    {
        slug: 'keo-cu-do-thanh-dat',
        producerCode: 'th-thuc-pham-thanh-dat',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo cu đơ Thành Đạt', en: 'Thành Đạt kẹo cu đơ' },
        description: {
            vi: 'Kẹo cu đơ cắt thanh vừa ăn, đóng gói từng chiếc trong màng an toàn thực phẩm để giữ giòn lâu. Mật mía và lạc được kiểm nghiệm theo từng lô. Hạn dùng 6 tháng kể từ ngày sản xuất.',
            en: 'Kẹo cu đơ cut into bite-size bars and individually wrapped in food-grade film so the crackers stay crisp. The molasses and peanuts are tested batch by batch. Best before six months from production.',
        },
        certificate: { ...D_THACH_HA_2024_10, number: '4102/QĐ-UBND-2024-01', score: 63, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'TH-KCD-TD-250', name: { vi: 'Túi 250 g', en: 'Bag 250 g' }, priceDong: 30_000, stock: 240, vat: 'standard', stamped: true },
            { sku: 'TH-KCD-TD-600', name: { vi: 'Hộp 600 g', en: 'Box 600 g' }, priceDong: 70_000, stock: 120, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Cu đơ Thành Đạt', ['#fbe9e7', '#ffab91'], '#1565c0'),
    },
    {
        slug: 'keo-guong-thanh-dat',
        producerCode: 'th-thuc-pham-thanh-dat',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo gương lạc vừng Thành Đạt', en: 'Thành Đạt peanut-sesame brittle' },
        description: {
            vi: 'Kẹo gương cán mỏng từ đường, mạch nha, lạc và vừng, giòn tan. Sản phẩm mới đạt 2 sao nên chưa được bán với danh nghĩa OCOP; công ty đang cải tiến bao bì và hồ sơ để đánh giá lại. Để nơi khô ráo, đậy kín sau khi mở.',
            en: 'Thin, crisp brittle rolled from sugar, malt syrup, peanuts and sesame. It scored only 2 stars, so it may not be sold as an OCOP product; the company is improving its packaging and dossier for re-evaluation. Keep dry and reseal after opening.',
        },
        certificate: { ...D_THACH_HA_2024_10, number: '4102/QĐ-UBND-2024-02', score: 44, stars: 2, status: 'ACTIVE' },
        variants: [
            { sku: 'TH-KG-TD-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 32_000, stock: 90, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Kẹo gương', ['#fffde7', '#fff176'], '#f57f17', 'brittle'),
        unsellableReason: 'TWO_STARS',
    },
    {
        slug: 'keo-lac-suu-ha',
        producerCode: 'txhl-keo-lac-suu-ha',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo lạc Sửu Hà', en: 'Sửu Hà peanut brittle' },
        description: {
            vi: 'Lạc được tuyển hạt đều, rang chảo cát cho chín vàng rồi đảo cùng mật mía và mạch nha, cán mỏng khi còn nóng. Kẹo giòn, thơm lạc, ngọt vừa phải. Để trong hộp kín nơi khô ráo để kẹo không bị dẻo.',
            en: 'Even-sized peanuts are roasted golden in a sand pan, tossed with cane molasses and malt syrup and rolled thin while hot. Crisp, nutty and not too sweet. Keep in an airtight box somewhere dry so it stays crunchy.',
        },
        certificate: { ...D_HONG_LINH_2025_05, number: '1290/QĐ-UBND-2025-01', score: 64, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HL-KLSH-250', name: { vi: 'Gói 250 g', en: 'Pack 250 g' }, priceDong: 35_000, stock: 210, vat: 'standard', stamped: true },
            { sku: 'HL-KLSH-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 65_000, stock: 110, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Kẹo lạc Sửu Hà', ['#fff3e0', '#ffcc80'], '#d84315', 'brittle'),
    },
    {
        slug: 'keo-vung-suu-ha',
        producerCode: 'txhl-keo-lac-suu-ha',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Kẹo vừng Sửu Hà', en: 'Sửu Hà sesame brittle' },
        description: {
            vi: 'Vừng đen và vừng trắng Nghi Xuân rang thơm, trộn mật mía và cán thành miếng mỏng. Kẹo giòn, béo, thơm mùi vừng rang. Đậy kín sau khi mở, dùng trong 60 ngày.',
            en: 'Black and white sesame from Nghi Xuân, roasted, bound with cane molasses and rolled into thin sheets. Crisp, rich and full of toasted-sesame aroma. Reseal after opening and eat within 60 days.',
        },
        certificate: { ...D_HONG_LINH_2025_05, number: '1290/QĐ-UBND-2025-02', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HL-KVSH-250', name: { vi: 'Gói 250 g', en: 'Pack 250 g' }, priceDong: 38_000, stock: 150, vat: 'standard', stamped: true },
            { sku: 'HL-KVSH-500', name: { vi: 'Hộp 500 g', en: 'Box 500 g' }, priceDong: 70_000, stock: 80, vat: 'standard', stamped: true },
        ],
        image: img('candy', 'Kẹo vừng Sửu Hà', ['#fafafa', '#bdbdbd'], '#37474f', 'brittle'),
    },

    // --- Rice paper ----------------------------------------------------------------------
    {
        slug: 'banh-da-nem-thuan-ky',
        producerCode: 'txhl-banh-da-thuan-ky',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Bánh đa nem Thuận Kỷ', en: 'Thuận Kỷ spring-roll rice paper' },
        description: {
            vi: 'Bánh đa nem tráng mỏng từ gạo tẻ ngâm qua đêm, phơi trên phên tre nên có vân đan đặc trưng. Bánh dai, không cần nhúng nước lâu, rán lên giòn rụm. Để nơi khô ráo, buộc kín túi sau khi dùng.',
            en: 'Thin rice paper made from rice soaked overnight and dried on bamboo racks, which leave their woven pattern on each sheet. Pliable, needs only a quick dip in water and fries up very crisp. Keep dry and retie the bag after use.',
        },
        certificate: { ...D_HONG_LINH_2025_05, number: '1290/QĐ-UBND-2025-03', score: 66, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HL-BDN-TK-300', name: { vi: 'Tệp 300 g', en: 'Pack 300 g' }, priceDong: 28_000, stock: 250, vat: 'standard', stamped: true },
            { sku: 'HL-BDN-TK-1KG', name: { vi: 'Gói 1 kg', en: 'Bag 1 kg' }, priceDong: 85_000, stock: 90, vat: 'standard', stamped: true },
        ],
        image: img('rice-paper', 'Bánh đa nem', ['#fffdf5', '#e6d7b9'], '#f3e9d2'),
    },
    {
        slug: 'banh-da-vung-thuan-ky',
        producerCode: 'txhl-banh-da-thuan-ky',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Bánh đa vừng Thuận Kỷ', en: 'Thuận Kỷ sesame rice crackers' },
        description: {
            vi: 'Bánh đa dày rắc vừng đen, phơi khô rồi nướng than hoa cho phồng giòn. Ăn kèm mít, bẻ vào bát cháo hoặc chấm mắm tép. Nướng lại vài giây trước khi dùng nếu bánh bị ỉu.',
            en: 'Thick rice crackers scattered with black sesame, sun-dried and toasted over charcoal until puffed and crisp. Eat with jackfruit, crumble into rice porridge or dip in shrimp sauce. Toast for a few seconds before eating if they go soft.',
        },
        certificate: { ...D_HONG_LINH_2025_05, number: '1290/QĐ-UBND-2025-04', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'HL-BDV-TK-10', name: { vi: 'Chồng 10 chiếc', en: 'Stack of 10' }, priceDong: 40_000, stock: 180, vat: 'standard', stamped: true },
            { sku: 'HL-BDV-TK-20', name: { vi: 'Chồng 20 chiếc', en: 'Stack of 20' }, priceDong: 75_000, stock: 90, vat: 'standard', stamped: true },
        ],
        image: img('rice-paper', 'Bánh đa vừng', ['#fff8e1', '#d7ccc8'], '#e8d5a8', 'sesame'),
    },

    // --- Lộc Hà -------------------------------------------------------------------------
    {
        slug: 'dua-luoi-nga-hai',
        producerCode: 'lh-nong-nghiep-nga-hai',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Dưa lưới Nga Hải', en: 'Nga Hải netted melon' },
        description: {
            vi: 'Dưa lưới ruột cam trồng trong nhà màng trên đất cát Lộc Hà, tưới nhỏ giọt và chỉ để một quả mỗi cây. Quả được hái khi đạt từ 14 Brix, vỏ lưới dày, thịt giòn ngọt thơm. Để nhiệt độ phòng 2–3 ngày cho dậy mùi, ướp lạnh trước khi ăn.',
            en: 'Orange-fleshed netted melons grown in greenhouses on the sands of Lộc Hà, drip-irrigated with one fruit per vine. Picked only at 14 Brix or above, with a dense net, crisp sweet flesh and a rich aroma. Leave at room temperature for 2–3 days to bring out the scent, then chill before eating.',
        },
        certificate: { ...D_LOC_HA_2025_04, number: '1960/QĐ-UBND-2025-01', score: 69, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'LH-DLNH-1Q', name: { vi: 'Quả 1,5–2 kg', en: 'One fruit 1.5–2 kg' }, priceDong: 85_000, stock: 120, vat: 'zero', stamped: true },
            { sku: 'LH-DLNH-H2', name: { vi: 'Hộp quà 2 quả', en: 'Gift box of 2' }, priceDong: 180_000, stock: 50, vat: 'zero', stamped: true },
        ],
        image: img('melon', 'Dưa lưới Nga Hải', ['#f1f8e9', '#c5e1a5'], '#9ccc65'),
    },
    {
        slug: 'muc-mot-nang-thach-kim',
        producerCode: 'lh-hai-san-thach-kim',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Mực một nắng Thạch Kim', en: 'Thạch Kim one-sun dried squid' },
        description: {
            vi: 'Mực ống câu đêm ở vùng biển Cửa Sót, làm sạch và phơi đúng một nắng để thịt còn ngọt, dẻo. Nướng than hoặc chiên, chấm tương ớt. Bảo quản ngăn đá, dùng trong 3 tháng.',
            en: 'Squid jigged at night off Cửa Sót, cleaned and sun-dried for exactly one day so the flesh stays sweet and tender. Grill over charcoal or pan-fry and dip in chilli sauce. Keep frozen and use within three months.',
        },
        certificate: { ...D_LOC_HA_2025_04, number: '1960/QĐ-UBND-2025-02', score: 65, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'LH-MMN-500', name: { vi: 'Túi 500 g', en: 'Pack 500 g' }, priceDong: 320_000, stock: 60, vat: 'zero', stamped: true },
            { sku: 'LH-MMN-1KG', name: { vi: 'Túi 1 kg', en: 'Pack 1 kg' }, priceDong: 620_000, stock: 35, vat: 'zero', stamped: true },
        ],
        image: img('dried-seafood', 'Mực một nắng', ['#e1f5fe', '#ffe0b2'], '#f4c38b'),
    },
    {
        slug: 'muc-kho-thach-kim',
        producerCode: 'lh-hai-san-thach-kim',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Mực khô Thạch Kim', en: 'Thạch Kim dried squid' },
        description: {
            vi: 'Mực khô phơi nắng 3–4 ngày đến khi thân trong, màu vàng hổ phách, hút chân không từng túi. Nướng than rồi xé nhỏ, chấm tương ớt hoặc mayonnaise. Để nơi khô ráo hoặc ngăn mát, dùng trong 6 tháng.',
            en: 'Squid sun-dried for 3–4 days until translucent and amber, vacuum-packed bag by bag. Grill over charcoal, shred and dip in chilli sauce or mayonnaise. Keep dry or refrigerated and use within six months.',
        },
        certificate: { ...D_PROVINCE_2025_08, number: '2265/QĐ-UBND-2025-06', score: 71, stars: 4, status: 'ACTIVE' },
        variants: [
            { sku: 'LH-MK-250', name: { vi: 'Túi 250 g', en: 'Pack 250 g' }, priceDong: 380_000, stock: 50, vat: 'zero', stamped: true },
            { sku: 'LH-MK-500', name: { vi: 'Túi 500 g', en: 'Pack 500 g' }, priceDong: 740_000, stock: 30, vat: 'zero', stamped: true },
        ],
        image: img('dried-seafood', 'Mực khô Thạch Kim', ['#fff8e1', '#ffcc80'], '#d9a066'),
    },

    // --- Nghi Xuân --------------------------------------------------------------------------
    {
        slug: 'dau-lac-tuyet-chau',
        producerCode: 'nx-dau-lac-tuyet-chau',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Dầu lạc Tuyết Châu', en: 'Tuyết Châu peanut oil' },
        description: {
            vi: 'Dầu ép nguội từ lạc sen trồng trên đất cát Nghi Xuân, lắng tự nhiên 15 ngày, màu vàng óng và thơm mùi lạc rang. Dùng xào, rán hoặc trộn nộm. Đậy kín, tránh ánh nắng trực tiếp.',
            en: 'Cold-pressed from lotus-type peanuts grown on the sands of Nghi Xuân and settled naturally for 15 days: golden, with the aroma of roasted peanuts. Use for stir-frying, frying or dressing salads. Keep closed and out of direct sunlight.',
        },
        certificate: { ...D_NGHI_XUAN_2024_07, number: '2705/QĐ-UBND-2024-01', score: 66, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'NX-DLTC-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 75_000, stock: 160, vat: 'standard', stamped: true },
            { sku: 'NX-DLTC-1L', name: { vi: 'Chai 1 lít', en: 'Bottle 1 litre' }, priceDong: 140_000, stock: 100, vat: 'standard', stamped: true },
        ],
        image: img('oil', 'Dầu lạc Tuyết Châu', ['#fffde7', '#ffe082'], '#e0a800'),
    },

    // --- Đức Thọ ----------------------------------------------------------------------------
    {
        slug: 'ruou-nep-truong-son',
        producerCode: 'dt-ruou-truong-son',
        group: 'DRINK',
        subGroup: SG_ALCOHOL,
        name: { vi: 'Rượu nếp truyền thống Trường Sơn 40°', en: 'Trường Sơn traditional rice wine 40 %' },
        description: {
            vi: 'Rượu cất từ gạo nếp cái trồng ven sông La với men lá gia truyền, hạ thổ trong chum sành ít nhất sáu tháng cho êm. Rượu trong, thơm mùi nếp, êm và không gây đau đầu. Uống có trách nhiệm; không bán cho người dưới 18 tuổi.',
            en: 'Distilled from glutinous rice grown along the La river with a family leaf-yeast, then buried in stoneware jars for at least six months to mellow. Clear, fragrant of sticky rice and smooth. Drink responsibly; not sold to anyone under 18.',
        },
        certificate: { ...D_DUC_THO_2024_08, number: '3308/QĐ-UBND-2024-02', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'DT-RNTS-500', name: { vi: 'Chai 500 ml', en: 'Bottle 500 ml' }, priceDong: 90_000, stock: 150, vat: 'alcohol', stamped: true },
            { sku: 'DT-RNTS-2L', name: { vi: 'Bình sành 2 lít', en: 'Stoneware jar 2 litres' }, priceDong: 320_000, stock: 40, vat: 'alcohol', stamped: true },
        ],
        image: img('wine', 'Rượu nếp Trường Sơn', ['#f3e5f5', '#ce93d8'], '#e6e0d0'),
    },
    {
        slug: 'chieu-coi-yen-ho',
        producerCode: 'dt-chieu-coi-yen-ho',
        group: 'HANDICRAFT',
        subGroup: SG_HANDICRAFT,
        name: { vi: 'Chiếu cói dệt tay Yên Hồ', en: 'Yên Hồ hand-woven sedge mat' },
        description: {
            vi: 'Chiếu dệt tay từ cói phơi ba nắng, nhuộm đỏ và xanh bằng vỏ cây, viền vải chắc chắn. Chiếu mát về mùa hè, càng dùng càng bóng. Phơi nắng nhẹ định kỳ và cuộn tròn khi cất để chiếu không gãy sợi.',
            en: 'Hand-woven from sedge sun-dried three times and dyed red and green with bark, with a sturdy cloth border. Cool to sleep on in summer and glossier with use. Air it in gentle sun from time to time and roll, never fold, to store.',
        },
        certificate: { ...D_DUC_THO_2024_08, number: '3308/QĐ-UBND-2024-03', score: 58, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'DT-CC-160', name: { vi: 'Khổ 1,6 × 2 m', en: '1.6 × 2 m' }, priceDong: 320_000, stock: 40, vat: 'standard', stamped: true },
            { sku: 'DT-CC-180', name: { vi: 'Khổ 1,8 × 2 m', en: '1.8 × 2 m' }, priceDong: 380_000, stock: 30, vat: 'standard', stamped: true },
        ],
        image: img('mat', 'Chiếu cói Yên Hồ', ['#fbf3e4', '#d7c29e'], '#c9a86a'),
    },

    // --- Thạch Hà -----------------------------------------------------------------------------
    {
        slug: 'gio-may-dan-thach-dai',
        producerCode: 'th-may-tre-thach-dai',
        group: 'HANDICRAFT',
        subGroup: SG_HANDICRAFT,
        name: { vi: 'Giỏ mây đan tay Thạch Đài', en: 'Thạch Đài hand-woven rattan basket' },
        description: {
            vi: 'Giỏ đan tay từ mây rừng đã luộc, sấy chống mốc, khung tre chắc, quai bọc mây. Dùng đựng quà Tết, trái cây hoặc trang trí nhà. Tránh để nơi ẩm; lau bằng khăn khô.',
            en: 'Hand-woven from boiled, mould-proofed forest rattan on a strong bamboo frame, with a rattan-wrapped handle. Use it for Tết gifts, fruit or as a home decoration. Keep away from damp and wipe with a dry cloth.',
        },
        certificate: { ...D_THACH_HA_2024_10, number: '4102/QĐ-UBND-2024-03', score: 62, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'TH-GM-QUA', name: { vi: 'Giỏ đựng quà', en: 'Gift basket' }, priceDong: 150_000, stock: 80, vat: 'standard', stamped: true },
            { sku: 'TH-GM-BO3', name: { vi: 'Bộ 3 giỏ lồng nhau', en: 'Set of 3 nesting baskets' }, priceDong: 260_000, stock: 45, vat: 'standard', stamped: true },
        ],
        image: img('basket', 'Giỏ mây Thạch Đài', ['#fdf6ec', '#d7ccc8'], '#b0834f'),
    },

    // --- Thành phố Hà Tĩnh: flowers and plants --------------------------------------------------
    {
        slug: 'lan-ho-diep-thach-ha',
        producerCode: 'tp-hoa-cay-canh-thach-ha',
        group: 'ORNAMENTAL',
        subGroup: SG_FLOWERS,
        name: { vi: 'Lan hồ điệp chậu Thạch Hạ', en: 'Thạch Hạ potted phalaenopsis orchid' },
        description: {
            vi: 'Lan hồ điệp trồng trong nhà lưới điều khiển nhiệt độ, cành hoa dài, bông to, giữ hoa 2–3 tháng. Đặt nơi sáng nhưng tránh nắng gắt, tưới mỗi tuần một lần vào giá thể. Chậu được ghép sẵn trong chậu sứ, có thể giao trong thành phố.',
            en: 'Phalaenopsis grown in temperature-controlled net houses, with long spikes of large flowers that last 2–3 months. Place in bright light away from harsh sun and water the medium once a week. Arranged in a ceramic pot; delivery available within the city.',
        },
        certificate: { ...D_HA_TINH_CITY_2024_12, number: '5320/QĐ-UBND-2024-02', score: 63, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'TP-LHD-2C', name: { vi: 'Chậu 2 cành', en: 'Pot with 2 spikes' }, priceDong: 450_000, stock: 40, vat: 'reduced', stamped: true },
            { sku: 'TP-LHD-5C', name: { vi: 'Chậu 5 cành', en: 'Pot with 5 spikes' }, priceDong: 1_100_000, stock: 15, vat: 'reduced', stamped: true },
        ],
        image: img('plant', 'Lan hồ điệp', ['#fce4ec', '#f48fb1'], '#d81b60', 'flowers'),
    },
    {
        slug: 'cay-kim-ngan-de-ban-thach-ha',
        producerCode: 'tp-hoa-cay-canh-thach-ha',
        group: 'ORNAMENTAL',
        subGroup: SG_PLANTS,
        name: { vi: 'Cây kim ngân để bàn Thạch Hạ', en: 'Thạch Hạ money tree for the desk' },
        description: {
            vi: 'Cây kim ngân thân bện ba, lá xanh bóng, trồng trong chậu sứ trắng, hợp đặt bàn làm việc hoặc quầy lễ tân. Cây ưa bóng bán phần, tưới 2 lần mỗi tuần, tránh úng. Quà tặng khai trương được ưa chuộng.',
            en: 'A three-stem braided money tree with glossy leaves in a white ceramic pot, ideal for a desk or reception counter. Likes partial shade; water twice a week and never let it stand in water. A favourite gift for a shop opening.',
        },
        certificate: { ...D_PROVINCE_2026_02, number: '412/QĐ-UBND-2026-01', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'TP-KN-NHO', name: { vi: 'Chậu nhỏ cao 40 cm', en: 'Small pot, 40 cm tall' }, priceDong: 180_000, stock: 60, vat: 'reduced', stamped: true },
            { sku: 'TP-KN-LON', name: { vi: 'Chậu lớn cao 80 cm', en: 'Large pot, 80 cm tall' }, priceDong: 350_000, stock: 25, vat: 'reduced', stamped: true },
        ],
        image: img('plant', 'Kim ngân để bàn', ['#e8f5e9', '#a5d6a7'], '#43a047'),
    },

    // --- Cẩm Xuyên: mushrooms and shrimp ---------------------------------------------------------
    {
        slug: 'nam-so-tuoi-cam-thanh',
        producerCode: 'cx-nam-cam-thanh',
        group: 'FOOD',
        subGroup: SG_FRESH,
        name: { vi: 'Nấm sò tươi Cẩm Thành', en: 'Cẩm Thành fresh oyster mushrooms' },
        description: {
            vi: 'Nấm sò trồng trên giá thể rơm rạ thanh trùng bằng hơi nước, hái buổi sáng và đóng hộp ngay. Nấm dày, giòn, ngọt, hợp xào, nấu canh hoặc lẩu. Bảo quản ngăn mát, dùng trong 3 ngày.',
            en: 'Oyster mushrooms grown on steam-sterilised rice straw, picked in the morning and packed straight away. Thick, crunchy and sweet – good stir-fried, in soups or hot pot. Keep refrigerated and use within three days.',
        },
        certificate: { ...D_CAM_XUYEN_2024_05, number: '2431/QĐ-UBND-2024-02', score: 61, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CX-NS-300', name: { vi: 'Hộp 300 g', en: 'Tray 300 g' }, priceDong: 25_000, stock: 100, vat: 'zero', stamped: true },
            { sku: 'CX-NS-1KG', name: { vi: 'Túi 1 kg', en: 'Bag 1 kg' }, priceDong: 70_000, stock: 50, vat: 'zero', stamped: true },
        ],
        image: img('mushroom', 'Nấm sò Cẩm Thành', ['#fafafa', '#cfd8dc'], '#b0a089'),
    },
    {
        slug: 'nam-huong-kho-cam-thanh',
        producerCode: 'cx-nam-cam-thanh',
        group: 'FOOD',
        subGroup: SG_RAW,
        name: { vi: 'Nấm hương khô Cẩm Thành', en: 'Cẩm Thành dried shiitake' },
        description: {
            vi: 'Nấm hương trồng trên mùn cưa gỗ keo, sấy nhiệt thấp đến khi mũ nấm nứt hoa, thơm đậm. Ngâm nước ấm 20 phút trước khi nấu; nước ngâm dùng nêm canh rất ngọt. Đựng trong hũ kín, để nơi khô ráo.',
            en: 'Shiitake grown on acacia sawdust and dried at low heat until the caps crack into a flower pattern, with a deep aroma. Soak in warm water for 20 minutes before cooking; the soaking water makes a sweet stock. Keep in an airtight jar somewhere dry.',
        },
        certificate: { ...D_PROVINCE_2026_02, number: '412/QĐ-UBND-2026-02', score: 59, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CX-NHK-200', name: { vi: 'Túi 200 g', en: 'Bag 200 g' }, priceDong: 120_000, stock: 90, vat: 'zero', stamped: true },
            { sku: 'CX-NHK-500', name: { vi: 'Túi 500 g', en: 'Bag 500 g' }, priceDong: 280_000, stock: 40, vat: 'zero', stamped: true },
        ],
        image: img('mushroom', 'Nấm hương khô', ['#efebe9', '#bcaaa4'], '#6d4c41'),
    },
    {
        slug: 'nam-linh-chi-do-cam-thanh',
        producerCode: 'cx-nam-cam-thanh',
        group: 'HERBAL',
        subGroup: SG_HERBAL_OTHER,
        name: { vi: 'Nấm linh chi đỏ Cẩm Thành', en: 'Cẩm Thành red reishi mushroom' },
        description: {
            vi: 'Linh chi đỏ trồng trên phôi mùn cưa, thu hái khi tai nấm đã phóng hết bào tử, sấy khô và thái lát. Sắc 10 g với 1 lít nước, đun nhỏ lửa 30 phút, uống thay trà. Sản phẩm vừa được công nhận OCOP, tem truy xuất đang chờ cấp.',
            en: 'Red reishi grown on sawdust logs, harvested after the caps have released their spores, then dried and sliced. Simmer 10 g in a litre of water for 30 minutes and drink like tea. Newly recognised as OCOP; its traceability stamps are still pending.',
        },
        certificate: { ...D_PROVINCE_2026_10, number: '2891/QĐ-UBND-2026-01', score: 62, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CX-LCD-250', name: { vi: 'Túi thái lát 250 g', en: 'Sliced, bag 250 g' }, priceDong: 350_000, stock: 40, vat: 'zero', stamped: false },
            { sku: 'CX-LCD-500', name: { vi: 'Nguyên tai 500 g', en: 'Whole caps 500 g' }, priceDong: 650_000, stock: 20, vat: 'zero', stamped: false },
        ],
        image: img('mushroom', 'Linh chi đỏ', ['#fbe9e7', '#e57373'], '#8e2a1a', 'reishi'),
        unsellableReason: 'NO_STAMPS',
    },
    {
        slug: 'ruoc-tom-cam-linh',
        producerCode: 'cx-hai-san-cam-linh',
        group: 'FOOD',
        subGroup: SG_PROCESSED,
        name: { vi: 'Ruốc tôm Cẩm Lĩnh', en: 'Cẩm Lĩnh shrimp floss' },
        description: {
            vi: 'Tôm biển Cẩm Lĩnh luộc chín, giã tơi và rang nhỏ lửa đến khi khô xốp, màu cam hồng. Rắc lên cháo, cơm nóng hoặc kẹp bánh mì. Đậy kín, để nơi khô mát, dùng trong 2 tháng.',
            en: 'Cẩm Lĩnh sea shrimp boiled, pounded loose and dry-roasted over low heat until light and fluffy, pinkish orange. Sprinkle on porridge, hot rice or in a bánh mì. Keep sealed somewhere cool and dry; eat within two months.',
        },
        certificate: { ...D_CAM_XUYEN_2024_05, number: '2431/QĐ-UBND-2024-03', score: 60, stars: 3, status: 'ACTIVE' },
        variants: [
            { sku: 'CX-RTCL-200', name: { vi: 'Hũ 200 g', en: 'Jar 200 g' }, priceDong: 85_000, stock: 30, vat: 'standard', stamped: true },
            { sku: 'CX-RTCL-500', name: { vi: 'Hũ 500 g', en: 'Jar 500 g' }, priceDong: 195_000, stock: 15, vat: 'standard', stamped: true },
        ],
        image: img('extract', 'Ruốc tôm Cẩm Lĩnh', ['#fff3e0', '#ffab91'], '#e0703c', 'jar'),
        unsellableReason: 'INACTIVE_PRODUCER',
    },
];

/** Producer by code. */
export function findDemoProducer(code: string): DemoProducer | undefined {
    return demoProducers.find(p => p.code === code);
}

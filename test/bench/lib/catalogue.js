'use strict';
// A generated catalogue of Hà Tĩnh OCOP products, written straight into Vendure's
// `search_index_item` table (what DefaultSearchPlugin's indexer writes), so that
// 10,000 products take seconds instead of an hour through the Admin API. The
// facet values, collections and assets of each row are copied from a real indexed
// demo row, so facet counts and the Shop API's search result fields stay real.

/** Product kinds: name, variant names, a sentence of description, an SKU stem. */
const KINDS = [
    [
        'Nước mắm cốt',
        ['Chai 500 ml', 'Chai 1 lít', 'Can 2 lít'],
        'Nước mắm cá cơm ủ chượp trong thùng gỗ mười hai tháng, độ đạm cao, màu cánh gián.',
        'NMC',
    ],
    [
        'Nước mắm truyền thống',
        ['Chai 500 ml', 'Chai 750 ml'],
        'Cá cơm tươi trộn muối hạt to theo tỉ lệ ba cá một muối, phơi nắng tự nhiên.',
        'NMT',
    ],
    ['Mắm tôm', ['Hũ 250 g', 'Hũ 500 g'], 'Tôm moi tươi giã nhuyễn với muối, ủ trong chum sành.', 'MT'],
    [
        'Mật ong hoa rừng',
        ['Chai 500 ml', 'Chai 1 lít'],
        'Mật của đàn ong nội hút hoa rừng, màu hổ phách sẫm, vị ngọt đậm.',
        'MOR',
    ],
    [
        'Mật ong hoa cam',
        ['Chai 500 ml', 'Hũ 250 g'],
        'Mật ong quay từ cầu ong nuôi giữa vườn cam, thơm mùi hoa cam.',
        'MOC',
    ],
    [
        'Cam chanh',
        ['Hộp 3 kg', 'Thùng 5 kg', 'Thùng 10 kg'],
        'Cam chín cây, vỏ mỏng, mọng nước, vị ngọt thanh.',
        'CC',
    ],
    ['Cam bù', ['Hộp 3 kg', 'Thùng 5 kg'], 'Cam bù quả to, vỏ sần màu vàng cam, múi mọng.', 'CB'],
    [
        'Nước cam nguyên chất',
        ['Chai 330 ml', 'Thùng 24 chai'],
        'Nước ép từ cam tươi, không đường, không chất bảo quản.',
        'NC',
    ],
    [
        'Nhung hươu tươi',
        ['Cặp 300 g', 'Cặp 400 g'],
        'Nhung hươu sao cắt ở độ tuổi năm mươi ngày, còn mọng máu.',
        'NHT',
    ],
    [
        'Nhung hươu sấy khô',
        ['Hộp 50 g', 'Hộp 100 g'],
        'Nhung hươu thái lát mỏng, sấy lạnh giữ nguyên dưỡng chất.',
        'NHS',
    ],
    [
        'Rượu nhung hươu',
        ['Chai 500 ml', 'Hộp quà 750 ml'],
        'Rượu nếp ngâm nhung hươu trong chum sành một năm.',
        'RNH',
    ],
    [
        'Cao nhung hươu',
        ['Hộp 100 g', 'Hộp 200 g'],
        'Cao nấu từ nhung và xương hươu, cô đặc theo bài thuốc cổ.',
        'CNH',
    ],
    [
        'Kẹo cu đơ',
        ['Gói 200 g', 'Hộp 500 g'],
        'Kẹo mạch nha, lạc rang và gừng kẹp giữa hai lớp bánh đa.',
        'KCD',
    ],
    ['Kẹo cu đơ gừng', ['Gói 200 g', 'Hộp 400 g'], 'Kẹo cu đơ thêm gừng tươi giã nhỏ, cay ấm.', 'KCG'],
    ['Kẹo lạc', ['Gói 250 g', 'Hộp 500 g'], 'Lạc rang bóc vỏ trộn mạch nha, cắt thanh.', 'KL'],
    ['Kẹo gương', ['Gói 200 g'], 'Kẹo mỏng trong như gương, vừng rang và mạch nha.', 'KGU'],
    [
        'Chè xanh búp khô',
        ['Túi 200 g', 'Hộp 500 g'],
        'Búp chè một tôm hai lá, sao tay trên chảo gang.',
        'CXB',
    ],
    ['Chè xanh tươi', ['Bó 1 kg'], 'Lá chè hái buổi sáng, nấu nước uống mát.', 'CXT'],
    ['Trà thảo mộc', ['Hộp 20 túi lọc', 'Túi 100 g'], 'Trà phối từ lá vằng, cà gai leo và cam thảo.', 'TTM'],
    [
        'Trà cà gai leo',
        ['Túi 200 g', 'Hộp 30 túi lọc'],
        'Cà gai leo trồng hữu cơ, thái nhỏ, sao vàng.',
        'TCG',
    ],
    [
        'Bưởi Phúc Trạch',
        ['Quả loại 1', 'Hộp quà 2 quả'],
        'Bưởi tôm vàng, múi mọng, vị ngọt mát, hậu vị the nhẹ.',
        'BPT',
    ],
    ['Tinh dầu vỏ bưởi', ['Lọ 50 ml', 'Lọ 100 ml'], 'Tinh dầu chưng cất từ vỏ bưởi tươi, dưỡng tóc.', 'TDB'],
    ['Tinh dầu tràm', ['Lọ 50 ml', 'Lọ 100 ml'], 'Tinh dầu lá tràm chưng cất, giữ ấm cho trẻ nhỏ.', 'TDT'],
    [
        'Gạo nếp cái hoa vàng',
        ['Túi 2 kg', 'Túi 5 kg'],
        'Hạt nếp tròn, dẻo thơm, dùng đồ xôi và nấu rượu.',
        'GN',
    ],
    ['Mực một nắng', ['Gói 500 g', 'Gói 1 kg'], 'Mực câu phơi đúng một nắng, thịt ngọt dày.', 'MMN'],
    ['Mực khô', ['Gói 250 g', 'Gói 500 g'], 'Mực ống phơi khô, nướng thơm.', 'MK'],
    ['Ruốc tôm', ['Hũ 200 g'], 'Tôm biển rim khô, giã tơi.', 'RT'],
    [
        'Bánh đa vừng',
        ['Gói 10 chiếc', 'Gói 20 chiếc'],
        'Bánh đa tráng tay rắc vừng đen, nướng than hoa.',
        'BDV',
    ],
    ['Dầu lạc', ['Chai 1 lít', 'Can 2 lít'], 'Dầu ép lạnh từ lạc đỏ, lắng lọc tự nhiên.', 'DL'],
    ['Nấm hương khô', ['Túi 200 g', 'Túi 500 g'], 'Nấm hương rừng sấy khô, mũ dày, thơm đậm.', 'NHK'],
    ['Nấm linh chi đỏ', ['Hộp 250 g'], 'Linh chi trồng trên gỗ keo, thái lát sấy khô.', 'NLC'],
    ['Hồng sấy', ['Hộp 500 g'], 'Hồng chín phơi gió, dẻo ngọt.', 'HS'],
    ['Chiếu cói dệt tay', ['Chiếu 1,6 m', 'Chiếu 1,8 m'], 'Cói chẻ nhỏ, nhuộm màu tự nhiên, dệt tay.', 'CCO'],
    [
        'Nhang trầm hương',
        ['Hộp 100 que', 'Hộp nhang nụ 200 g'],
        'Bột trầm hương nguyên chất, không hoá chất tạo mùi.',
        'NTH',
    ],
];
const PLACES = [
    'Hương Sơn',
    'Hương Khê',
    'Vũ Quang',
    'Kỳ Anh',
    'Kỳ Ninh',
    'Cẩm Xuyên',
    'Thạch Hà',
    'Can Lộc',
    'Nghi Xuân',
    'Đức Thọ',
    'Lộc Hà',
    'Hồng Lĩnh',
    'Phúc Trạch',
    'Sơn Kim',
    'Thượng Lộc',
    'Cẩm Nhượng',
    'Thạch Kim',
    'Xuân Lương',
    'Trường Lưu',
    'Khe Mây',
    'Sơn Tiến',
    'Hòa Hải',
    'Thủy Hà',
    'Kỳ Phú',
    'Thạch Đài',
];
const PRODUCERS = [
    'Bà Lý',
    'Hiền Võ',
    'Thành Đạt',
    'Đặng Thanh',
    'Tuấn Hậu',
    'Sơn Trường',
    'Đinh Gia',
    'Thuận Kỷ',
    'Sửu Hà',
    'Hoà Bình',
    'Thủy Tiên',
    'Hương Điền',
    'Minh Châu',
    'Phú Lộc',
    'Ngọc Ánh',
    'Quang Trung',
];
const PRODUCER_KINDS = ['Hợp tác xã', 'Hộ kinh doanh', 'Cơ sở sản xuất', 'Công ty TNHH'];
const FILLER = [
    'Sản phẩm đạt chứng nhận OCOP của tỉnh Hà Tĩnh.',
    'Mỗi đơn vị sản phẩm được dán tem truy xuất nguồn gốc.',
    'Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.',
    'Đóng gói tại cơ sở, giao hàng toàn quốc.',
    'Quy trình sản xuất theo hướng dẫn của hợp tác xã, nguyên liệu từ vùng trồng địa phương.',
    'Thích hợp làm quà biếu dịp lễ Tết.',
    'Không dùng chất bảo quản, hương liệu hay phẩm màu.',
];

/** Deterministic pseudo-random numbers: both strategies see the same catalogue in every run. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** First generated product id; generated variant ids are 4 × this and above. */
const BASE_ID = 10_000_000;

/**
 * Rows of products [from, to) as column arrays for one INSERT … SELECT FROM unnest.
 * Every product has 1–3 variants; one variant in ten is out of stock.
 */
function generateRows(from, to) {
    const cols = {
        productId: [],
        variantId: [],
        name: [],
        variantName: [],
        description: [],
        slug: [],
        sku: [],
        price: [],
        priceWithTax: [],
        inStock: [],
        productInStock: [],
        template: [],
    };
    for (let i = from; i < to; i++) {
        const rnd = random(i + 1);
        const pick = list => list[Math.floor(rnd() * list.length)];
        const [kind, variantNames, sentence, stem] = KINDS[i % KINDS.length];
        const place = pick(PLACES);
        const producer = pick(PRODUCERS);
        const name = rnd() < 0.5 ? `${kind} ${place}` : `${kind} ${place} ${producer}`;
        const commune = pick(PLACES);
        const fillers = [pick(FILLER), pick(FILLER), pick(FILLER)];
        const description =
            `<p>${sentence} Sản xuất tại xã ${commune}, vùng ${place}, tỉnh Hà Tĩnh, bởi ${pick(PRODUCER_KINDS)} ${producer}.</p>` +
            `<p>${fillers.join(' ')}</p>`;
        const variants = variantNames.slice(0, 1 + Math.floor(rnd() * variantNames.length));
        const stock = variants.map(() => rnd() >= 0.1);
        const template = Math.floor(rnd() * 1_000_000);
        variants.forEach((variantName, v) => {
            const price = (Math.round(30 + rnd() * 2_000) * 1_000 + v * 50_000) * 100;
            cols.productId.push(BASE_ID + i);
            cols.variantId.push(BASE_ID * 4 + i * 4 + v);
            cols.name.push(name);
            cols.variantName.push(`${name} – ${variantName}`);
            cols.description.push(description);
            cols.slug.push(`sp-${i}`);
            cols.sku.push(`${stem}-${i}-${v + 1}`);
            cols.price.push(price);
            cols.priceWithTax.push(Math.round(price * 1.08));
            cols.inStock.push(stock[v]);
            cols.productInStock.push(stock.some(Boolean));
            cols.template.push(template);
        });
    }
    return cols;
}

/**
 * Adds generated products [from, to) to the search index of the marketplace channel
 * (language vi), 2,000 products per statement. Returns the number of rows written.
 */
async function addProducts(pool, { channelId, from, to }) {
    let rows = 0;
    for (let start = from; start < to; start += 2_000) {
        const c = generateRows(start, Math.min(to, start + 2_000));
        const result = await pool.query(
            `WITH t AS (
                SELECT *, (row_number() OVER (ORDER BY "productVariantId") - 1)::int AS rn, count(*) OVER ()::int AS n
                  FROM search_index_item WHERE "channelId" = $1 AND "languageCode" = 'vi' AND "productVariantId" < ${BASE_ID})
             INSERT INTO search_index_item ("languageCode", "productVariantId", "channelId", "productId", enabled,
                "productName", "productVariantName", description, slug, sku, price, "priceWithTax",
                "facetIds", "facetValueIds", "collectionIds", "collectionSlugs", "channelIds",
                "productPreview", "productPreviewFocalPoint", "productVariantPreview", "productVariantPreviewFocalPoint",
                "productAssetId", "productVariantAssetId", "inStock", "productInStock")
             SELECT 'vi', g.vid, $1, g.pid, true, g.name, g.vname, g.descr, g.slug, g.sku, g.price, g.price_tax,
                t."facetIds", t."facetValueIds", t."collectionIds", t."collectionSlugs", t."channelIds",
                t."productPreview", t."productPreviewFocalPoint", t."productVariantPreview",
                t."productVariantPreviewFocalPoint", t."productAssetId", t."productVariantAssetId", g.in_stock, g.product_in_stock
               FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                           $9::int[], $10::int[], $11::bool[], $12::bool[], $13::int[])
                    AS g(pid, vid, name, vname, descr, slug, sku, price, price_tax, in_stock, product_in_stock, tmpl)
               JOIN t ON t.rn = g.tmpl % t.n`,
            [
                channelId,
                c.productId,
                c.variantId,
                c.name,
                c.variantName,
                c.description,
                c.slug,
                c.sku,
                c.price,
                c.priceWithTax,
                c.inStock,
                c.productInStock,
                c.template,
            ],
        );
        rows += result.rowCount;
    }
    // As autovacuum would after a bulk write; our search's trigger also filled its name table.
    const { rows: names } = await pool.query(`SELECT to_regclass('ocop_search_name') IS NOT NULL AS present`);
    await pool.query(
        names[0].present ? 'ANALYZE search_index_item, ocop_search_name' : 'ANALYZE search_index_item',
    );
    return rows;
}

/** Removes every generated row (the demo rows stay). */
async function removeProducts(pool) {
    await pool.query(`DELETE FROM search_index_item WHERE "productVariantId" >= $1`, [BASE_ID * 4]);
}

module.exports = { addProducts, removeProducts, generateRows, BASE_ID };

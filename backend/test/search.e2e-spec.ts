import gql from 'graphql-tag';
import { foldVietnamese } from '@ocop/shared';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { NAME_INDEX_NAME, NAME_TABLE, SEARCH_INDEX_NAME } from '../src/plugins/search/search-schema';
import { searchWords } from '../src/plugins/search/search-terms';
import { eventually } from './utils/eventually';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * Vietnamese search in the Shop API (ADR 0009), on the demo catalogue plus two
 * products of our own. Most expectations compare the server's answer with an
 * oracle computed here from every listed variant: a result is right when each word
 * of the query is a whole word (the last one: the start of a word) of the name,
 * variant name, description or SKU, whatever the diacritics and case.
 */
const ROW_FIELDS = `
    productId
    productVariantId
    slug
    productName
    productVariantName
    description
    sku
    facetValueIds
    collectionIds
    inStock
    score
    price {
        ... on SinglePrice {
            value
        }
    }
    priceWithTax {
        ... on SinglePrice {
            value
        }
        ... on PriceRange {
            min
            max
        }
    }
`;
const SEARCH = gql`
    query ($input: SearchInput!) {
        search(input: $input) {
            totalItems
            items { ${ROW_FIELDS} }
        }
    }
`;
const SEARCH_COUNTS = gql`
    query ($input: SearchInput!) {
        search(input: $input) {
            totalItems
            facetValues {
                count
                facetValue {
                    id
                }
            }
            collections {
                count
                collection {
                    id
                }
            }
        }
    }
`;

interface Row {
    productId: string;
    productVariantId: string;
    slug: string;
    productName: string;
    productVariantName: string;
    description: string;
    sku: string;
    facetValueIds: string[];
    collectionIds: string[];
    inStock: boolean;
    score: number;
    price: { value?: number };
    priceWithTax: { value?: number; min?: number; max?: number };
}

/** The words of a stored text, as the index splits them (HTML tags and entities dropped). */
const wordsOfText = (text: string) => searchWords(text.replace(/<[^>]*>|&[#a-zA-Z0-9]+;/g, ' '));

/** Whether a row matches a query by the rules of ADR 0009. */
function matches(row: Row, term: string): boolean {
    const query = searchWords(term);
    const words = new Set(
        [row.sku, row.productName, row.productVariantName, row.description].flatMap(wordsOfText),
    );
    return query.every((q, i) =>
        i === query.length - 1 ? [...words].some(w => w.startsWith(q)) : words.has(q),
    );
}

describe('Vietnamese search', () => {
    let server: TestServer;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    /** Every listed variant of the marketplace (the oracle's universe). */
    let all: Row[];

    const search = async (input: Record<string, unknown>, languageCode?: string) => {
        const { search: result } = await server.shopClient.query(
            SEARCH,
            { input },
            languageCode ? { languageCode } : undefined,
        );
        return result as { totalItems: number; items: Row[] };
    };
    const variantIds = (rows: Row[]) =>
        rows.map(r => r.productVariantId).sort((a, b) => Number(a) - Number(b));
    const productIds = (rows: Row[]) =>
        [...new Set(rows.map(r => r.productId))].sort((a, b) => Number(a) - Number(b));
    const oracle = (term: string) => (searchWords(term).length ? all.filter(r => matches(r, term)) : []);

    const newAdminClient = async (channelToken: string) => {
        const client = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        await client.asSuperAdmin();
        client.setChannelToken(channelToken);
        return client;
    };

    /** A certified, stamped product of a new producer, as the office and the producer create one. */
    const createListedProduct = async (
        office: SimpleGraphQLClient,
        key: string,
        name: string,
        description: string,
        variant: { name: string; sku: string; stock: number },
    ) => {
        const { createProducer } = await office.query(
            gql`
                mutation ($input: CreateProducerInput!) {
                    createProducer(input: $input) {
                        channelToken
                    }
                }
            `,
            {
                input: {
                    code: `search-${key}`,
                    legalName: `HTX Tìm kiếm ${key}`,
                    type: 'COOPERATIVE',
                    taxCode: `300987654${key.length}`,
                    commune: 'Sơn Kim 1',
                    area: 'Hương Sơn',
                    address: 'Thôn 2, xã Sơn Kim 1, tỉnh Hà Tĩnh',
                    phone: '0912345678',
                },
            },
        );
        const producer = await newAdminClient(createProducer.channelToken);
        const { createProduct } = await producer.query(
            gql`
                mutation ($input: CreateProductInput!) {
                    createProduct(input: $input) {
                        id
                    }
                }
            `,
            { input: { translations: [{ languageCode: 'vi', name, slug: `search-${key}`, description }] } },
        );
        const { createProductVariants } = await producer.query(
            gql`
                mutation ($input: [CreateProductVariantInput!]!) {
                    createProductVariants(input: $input) {
                        id
                    }
                }
            `,
            {
                input: [
                    {
                        productId: createProduct.id,
                        sku: variant.sku,
                        price: 50_000,
                        stockOnHand: variant.stock,
                        translations: [{ languageCode: 'vi', name: variant.name }],
                    },
                ],
            },
        );
        await office.query(
            gql`
                mutation ($input: CertifyProductInput!) {
                    certifyProduct(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    productId: createProduct.id,
                    certificateNumber: `HT-OCOP-SEARCH-${key}`,
                    stars: 4,
                    score: 78,
                    issuedAt: '2025-06-01',
                    criteriaVersion: '148/2023',
                    productGroup: 'FOOD',
                    decisionNumber: `${key}/QĐ-UBND`,
                },
            },
        );
        for (const v of createProductVariants) {
            await office.query(
                gql`
                    mutation ($input: IssueStampBatchInput!) {
                        issueStampBatch(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        productVariantId: v.id,
                        quantity: 10,
                        lotCode: `L-${key}-${v.id}`,
                        productionDate: '2026-10-01',
                        expiryDate: '2027-10-01',
                    },
                },
            );
        }
        return String(createProduct.id);
    };

    let teaId: string;
    let teaBagsId: string;
    let candyId: string;

    beforeAll(async () => {
        server = await startTestServer('search', { demoData: true });
        const connection = server.app.get(TransactionalConnection);
        sql = (query, params) => connection.rawConnection.query(query, params);
        const [{ token: defaultToken }] = await sql(
            `SELECT token FROM channel WHERE code = '__default_channel__'`,
        );
        const office = await newAdminClient(defaultToken);
        // Both tone-mark styles in stored names: "Hòa" (new) and "Hoà" (old); one product sold out.
        teaId = await createListedProduct(
            office,
            'tea',
            'Chè vằng Hòa Hải',
            '<p>Chè vằng phơi khô, hãm nước uống hằng ngày.</p>',
            { name: 'Túi 500 g', sku: 'CV-HH-500', stock: 20 },
        );
        teaBagsId = await createListedProduct(
            office,
            'teabag',
            'Chè vằng túi lọc Hòa Hải',
            'Chè vằng xay nhỏ đóng túi lọc.',
            { name: 'Hộp 20 túi', sku: 'CV-HH-TL', stock: 0 },
        );
        candyId = await createListedProduct(
            office,
            'candy',
            'Kẹo gừng Hoà Bình',
            'Kẹo gừng ngào với mật ong rừng, gói giấy bóng.',
            { name: 'Hộp 200 g', sku: 'KG-HB-200', stock: 20 },
        );
        await eventually(
            async () => {
                const { items } = await search({ term: '', take: 1000 });
                return [teaId, teaBagsId, candyId].every(id => items.some(i => i.productId === id));
            },
            'both new products are listed and indexed',
            90_000,
        );
        ({ items: all } = await search({ term: '', take: 1000 }));
    }, 600_000);
    afterAll(() => server?.close());

    it('finds the same products with or without diacritics, in any case and in NFD', async () => {
        const forms = ['nuoc mam', 'NƯỚC MẮM', 'nước mắm', 'nước mắm'.normalize('NFD'), '  Nước   Mắm '];
        const expected = variantIds(oracle('nuoc mam'));
        expect(expected.length).toBeGreaterThanOrEqual(4);
        for (const term of forms) {
            const { items, totalItems } = await search({ term, take: 100 });
            expect({ term, ids: variantIds(items) }).toEqual({ term, ids: expected });
            expect(totalItems).toBe(expected.length);
        }
        // đ is d: "Đặng" and "dang" are the same word.
        expect(productIds((await search({ term: 'keo cu do thu vien dang thanh', take: 10 })).items)).toEqual(
            productIds((await search({ term: 'Kẹo cu đơ Thư Viện – Đặng Thanh', take: 10 })).items),
        );
    });

    it('treats both tone-mark styles alike ("hòa" and "hoà")', async () => {
        const results = await Promise.all(
            ['hòa', 'hoà', 'HOÀ', 'hoa', 'hòa'.normalize('NFD')].map(async term =>
                productIds((await search({ term, take: 100 })).items),
            ),
        );
        expect(results[0]).toEqual(expect.arrayContaining([teaId, candyId]));
        for (const r of results) expect(r).toEqual(results[0]);
        expect(results[0]).toEqual(productIds(oracle('hoa')));
    });

    it('matches whole words only: "ong" is not inside "Hương", "mật ong" not in "thống"', async () => {
        for (const term of [
            'mật ong',
            'ong',
            'mat ong',
            'huong son',
            'cam',
            'keo cu do',
            'nhung h',
            'hop 100 g',
        ]) {
            const { items, totalItems } = await search({ term, take: 500 });
            expect({ term, ids: variantIds(items) }).toEqual({ term, ids: variantIds(oracle(term)) });
            expect(totalItems).toBe(items.length);
        }
        const honey = await search({ term: 'mật ong', groupByProduct: true, take: 100 });
        const names = honey.items.map(i => i.productName);
        expect(names).toEqual(expect.arrayContaining(['Mật ong hoa rừng Vũ Quang', 'Kẹo gừng Hoà Bình']));
        // "Nước mắm truyền thống …" holds "thống" and "Hương Sơn" products hold "Hương": neither is honey.
        expect(names.some(n => n.startsWith('Nước mắm truyền thống'))).toBe(false);
        expect(names.some(n => n.startsWith('Nhung hươu tươi'))).toBe(false);
        // Only the last word is a prefix: "nuo mam" is not "nước mắm".
        expect((await search({ term: 'nuo mam', take: 100 })).items).toEqual(oracle('nuo mam'));
        expect(oracle('nuo mam')).toEqual([]);
    });

    it('takes the last word as the start of a word, for suggestions while typing', async () => {
        const typing = await search({ term: 'nuoc ma', groupByProduct: true, take: 100 });
        const full = await search({ term: 'nước mắm', groupByProduct: true, take: 100 });
        expect(productIds(typing.items)).toEqual(expect.arrayContaining(productIds(full.items)));
        expect(productIds(typing.items)).toEqual(productIds(oracle('nuoc ma')));
        expect(productIds((await search({ term: 'nhung h', take: 100 })).items)).toEqual(
            productIds(oracle('nhung h')),
        );
    });

    it('ranks a match in the name above one in the description alone', async () => {
        const { items } = await search({ term: 'mật ong', groupByProduct: true, take: 100 });
        const position = (name: string) => items.findIndex(i => i.productName === name);
        expect(position('Mật ong hoa rừng Vũ Quang')).toBeGreaterThanOrEqual(0);
        expect(position('Kẹo gừng Hoà Bình')).toBeGreaterThan(position('Mật ong hoa rừng Vũ Quang'));
        expect(position('Kẹo gừng Hoà Bình')).toBeGreaterThan(position('Mật ong hoa cam Vũ Quang'));
        // Scores never rise down the list.
        const scores = items.map(i => i.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        // Every product with the word in its name before any without; the shortest such name first.
        const orange = (await search({ term: 'cam', groupByProduct: true, take: 100 })).items;
        const inName = orange.map(i => searchWords(i.productName).some(w => w.startsWith('cam')));
        expect(inName.indexOf(false)).toBeGreaterThan(0);
        expect(inName.slice(inName.indexOf(false))).not.toContain(true);
        expect(orange[0].productName).toBe('Cam Vũ Quang');
    });

    it('combines a term with a facet filter, and counts facet values and collections of the result', async () => {
        // The demo catalogue's rows in the marketplace index carry no facet value (Vendure's indexer
        // leaves them out there); the strategy reads only this table, so the test gives its rows
        // facet values of a facet of the marketplace and the marketplace's collections.
        const [{ id: marketplace }] = await sql(`SELECT id FROM channel WHERE token = 'hatinh'`);
        const marketplaceAdmin = await newAdminClient('hatinh');
        const { createFacet } = await marketplaceAdmin.query(
            gql`
                mutation ($input: CreateFacetInput!) {
                    createFacet(input: $input) {
                        id
                        values {
                            id
                        }
                    }
                }
            `,
            {
                input: {
                    code: 'vung-thu',
                    isPrivate: false,
                    translations: [{ languageCode: 'vi', name: 'Vùng thử' }],
                    values: ['a', 'b', 'c'].map(code => ({
                        code,
                        translations: [{ languageCode: 'vi', name: `Vùng ${code}` }],
                    })),
                },
            },
        );
        const [a, b, c] = createFacet.values.map((v: { id: string }) => v.id);
        const collections = (
            await sql(
                `SELECT c.id FROM collection c JOIN collection_channels_channel cc ON cc."collectionId" = c.id
                  WHERE cc."channelId" = $1 AND NOT c."isRoot" AND NOT c."isPrivate" ORDER BY c.id LIMIT 2`,
                [marketplace],
            )
        ).map((r: { id: number }) => String(r.id));
        expect(collections.length).toBe(2);
        await sql(
            `UPDATE search_index_item SET "facetIds" = $2,
                "facetValueIds" = (ARRAY[$3, $3 || ',' || $4, $5])[1 + "productId" % 3],
                "collectionIds" = (ARRAY[$6, $6 || ',' || $7, ''])[1 + "productId" % 3]
              WHERE "channelId" = $1`,
            [marketplace, createFacet.id, a, b, c, collections[0], collections[1]],
        );
        ({ items: all } = await search({ term: '', take: 1000 }));
        const shared = a;
        for (const input of [
            { term: 'cam', facetValueFilters: [{ and: shared }] },
            { term: 'cam', facetValueIds: [shared] },
        ]) {
            const { items } = await search({ ...input, groupByProduct: true, take: 100 });
            const expected = productIds(oracle('cam').filter(r => r.facetValueIds.includes(shared)));
            expect(expected.length).toBeGreaterThanOrEqual(2);
            expect(productIds(items)).toEqual(expected);
        }

        for (const groupByProduct of [true, false]) {
            const { search: counts } = await server.shopClient.query(SEARCH_COUNTS, {
                input: { term: 'cam', groupByProduct, take: 5 },
            });
            // Counted per product when grouped, per variant otherwise; each list once per row.
            const rows = oracle('cam');
            const units = groupByProduct ? productIds(rows) : variantIds(rows);
            const unitRows = (unit: string) =>
                rows.filter(r => (groupByProduct ? r.productId : r.productVariantId) === unit);
            const expectCounts = (key: 'facetValueIds' | 'collectionIds') => {
                const expected = new Map<string, number>();
                for (const unit of units) {
                    for (const id of new Set(unitRows(unit).flatMap(r => r[key].filter(Boolean))))
                        expected.set(id, (expected.get(id) ?? 0) + 1);
                }
                return expected;
            };
            const facetCounts = new Map<string, number>(
                counts.facetValues.map((f: any) => [f.facetValue.id, f.count]),
            );
            const collectionCounts = new Map<string, number>(
                counts.collections.map((c: any) => [c.collection.id, c.count]),
            );
            expect(facetCounts).toEqual(expectCounts('facetValueIds'));
            expect(collectionCounts).toEqual(expectCounts('collectionIds'));
            expect(counts.totalItems).toBe(units.length);
        }

        // A collection filter with a term.
        const { items } = await search({
            term: 'cam',
            collectionId: collections[1],
            groupByProduct: true,
            take: 100,
        });
        const expected = productIds(oracle('cam').filter(r => r.collectionIds.includes(collections[1])));
        expect(expected.length).toBeGreaterThan(0);
        expect(productIds(items)).toEqual(expected);
    });

    it('filters by stock', async () => {
        const soldOut = await search({ term: 'chè vằng', inStock: false, take: 100 });
        expect(soldOut.items.map(i => i.sku)).toContain('CV-HH-TL');
        expect(variantIds(soldOut.items)).toEqual(variantIds(oracle('chè vằng').filter(r => !r.inStock)));
        const inStock = await search({ term: 'chè vằng', inStock: true, take: 100 });
        expect(inStock.items.map(i => i.sku)).toContain('CV-HH-500');
        expect(inStock.items.map(i => i.sku)).not.toContain('CV-HH-TL');
        expect(variantIds(inStock.items)).toEqual(variantIds(oracle('chè vằng').filter(r => r.inStock)));
        // Grouped, by the product's stock.
        const grouped = await search({
            term: 'chè vằng hòa',
            inStock: true,
            groupByProduct: true,
            take: 100,
        });
        expect(productIds(grouped.items)).toContain(teaId);
        expect(productIds(grouped.items)).not.toContain(teaBagsId);
        const groupedOut = await search({
            term: 'chè vằng hòa',
            inStock: false,
            groupByProduct: true,
            take: 100,
        });
        expect(productIds(groupedOut.items)).toContain(teaBagsId);
        expect(productIds(groupedOut.items)).not.toContain(teaId);
    });

    it('pages with a stable order and the same total on every page', async () => {
        for (const term of ['cam', '']) {
            const expected = term ? oracle(term) : all;
            const pages: Row[] = [];
            for (let skip = 0; skip < expected.length + 3; skip += 3) {
                const { items, totalItems } = await search({ term, skip, take: 3 });
                expect(totalItems).toBe(expected.length);
                pages.push(...items);
            }
            expect(variantIds(pages)).toEqual(variantIds(expected));
            expect(new Set(pages.map(p => p.productVariantId)).size).toBe(pages.length);
        }
        // Beyond the last page: no items, the right total.
        const past = await search({ term: 'cam', skip: 1000, take: 10 });
        expect(past).toEqual({ totalItems: oracle('cam').length, items: [] });
    });

    it('sorts by name (Vietnamese letters among their base letters) and by price', async () => {
        const byName = (await search({ term: 'keo', groupByProduct: true, sort: { name: 'ASC' }, take: 100 }))
            .items;
        const folded = byName.map(i => foldVietnamese(i.productName));
        expect(folded).toEqual([...folded].sort());
        const byPrice = (await search({ term: 'nuoc mam', sort: { price: 'DESC' }, take: 100 })).items;
        const prices = byPrice.map(i => i.price.value!);
        expect(prices.length).toBeGreaterThan(2);
        expect(prices).toEqual([...prices].sort((a, b) => b - a));
    });

    it('searches the translation of the language asked for', async () => {
        const english = await search({ term: 'honey', groupByProduct: true, take: 100 }, 'en');
        expect(english.items.map(i => i.productName)).toEqual(
            expect.arrayContaining(['Vũ Quang wild-flower honey', 'Vũ Quang orange-blossom honey']),
        );
        // Our two products have no English translation: they are found by their Vietnamese text.
        const fallback = await search({ term: 'keo gung', groupByProduct: true, take: 100 }, 'en');
        expect(productIds(fallback.items)).toContain(candyId);
        expect((await search({ term: 'honey', groupByProduct: true, take: 100 })).items).toEqual([]);
    });

    it('answers any input, SQL or tsquery syntax included, with results or an empty list', async () => {
        const terms = [
            "'",
            "mật ong' OR 1=1 --",
            '&|!:*()',
            "cam:* | !'x'",
            'nuoc <-> mam',
            '\\',
            '%_',
            '"; DROP TABLE search_index_item; --',
            'ñ ü ß 漢字 😀',
            'a'.repeat(500),
            Array.from({ length: 250 }, (_, i) => 'mật ong!&'[i % 9]).join(''),
            Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
        ];
        for (const term of terms) {
            for (const groupByProduct of [false, true]) {
                const { items, totalItems } = await search({ term, groupByProduct, take: 10 });
                expect(Array.isArray(items)).toBe(true);
                expect(totalItems).toBe(
                    groupByProduct ? productIds(oracle(term)).length : oracle(term).length,
                );
            }
        }
        expect((await search({ term: '&|!:*()', take: 10 })).items).toEqual([]);
        expect((await search({ term: "cam:* | !'x'", take: 100 })).totalItems).toBe(oracle('cam x').length);
        // The index is intact.
        expect((await search({ term: 'cam', take: 1 })).totalItems).toBe(oracle('cam').length);
    });

    it('finds the rows through the GIN index, not by folding every row', async () => {
        // 10,000 more rows in the marketplace, disabled so that no shopper sees them: the planner
        // then faces a real table, where scanning the channel's rows costs more than the index.
        const [{ id: marketplace }] = await sql(`SELECT id FROM channel WHERE token = 'hatinh'`);
        await sql(
            `
            INSERT INTO search_index_item ("languageCode", "productVariantId", "channelId", "productId", enabled,
                "productName", "productVariantName", description, slug, sku, price, "priceWithTax",
                "facetIds", "facetValueIds", "collectionIds", "collectionSlugs", "channelIds",
                "productPreview", "productPreviewFocalPoint", "productVariantPreview",
                "productVariantPreviewFocalPoint", "productAssetId", "productVariantAssetId", "inStock", "productInStock")
            SELECT 'vi', 1000000 + g, $1::int, 1000000 + g, false,
                'Sản phẩm thử ' || g, 'Gói ' || g, 'Mô tả số ' || g || ' của Hương Sơn', 'thu-' || g, 'T-' || g, 1000, 1000,
                '', '', '', '', $1::text, '', NULL, '', NULL, NULL, NULL, true, true
            FROM generate_series(1, 10000) g`,
            [marketplace],
        );
        // As autovacuum would after a bulk write: the trigger filled the name table too.
        await sql(`ANALYZE search_index_item, ${NAME_TABLE}`);
        const connection = server.app.get(TransactionalConnection).rawConnection;
        const captured: Array<{ query: string; parameters?: unknown[] }> = [];
        const logger = connection.logger;
        (connection as any).logger = {
            ...logger,
            logQuery: (query: string, parameters?: unknown[]) => captured.push({ query, parameters }),
            logQueryError: () => undefined,
            logQuerySlow: () => undefined,
            logSchemaBuild: () => undefined,
            logMigration: () => undefined,
            log: () => undefined,
        };
        try {
            await search({ term: 'mật ong', take: 5 });
        } finally {
            (connection as any).logger = logger;
        }
        const searchQuery = captured.find(c => c.query.includes('ocop_search_vector'));
        expect(searchQuery).toBeDefined();
        const plan = (await sql(`EXPLAIN ${searchQuery!.query}`, searchQuery!.parameters))
            .map((r: any) => r['QUERY PLAN'])
            .join('\n');
        expect(plan).toContain(SEARCH_INDEX_NAME);
        expect(plan).toContain(NAME_INDEX_NAME);
        expect(plan).not.toMatch(/Seq Scan on search_index_item/);
        await sql(`DELETE FROM search_index_item WHERE "productVariantId" > 1000000`);
    });
});

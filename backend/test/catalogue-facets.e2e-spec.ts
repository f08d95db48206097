import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import gql from 'graphql-tag';
import sharp from 'sharp';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { eventually } from './utils/eventually';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * What the storefront filters by and shows about products and producers, built
 * through the Admin API as the office and producers do it: the ocop-* facets follow
 * certificates, producers and brands (and nobody can set them by hand), collective
 * brands, quality documents, and producers' public pages.
 */
const SEARCH = gql`
    query ($id: ID!) {
        search(input: { facetValueFilters: [{ and: $id }], groupByProduct: true, take: 100 }) {
            items {
                productId
                slug
            }
        }
    }
`;
const FACETS = gql`
    query {
        facets(options: { filter: { code: { contains: "ocop-" } }, take: 20 }) {
            items {
                id
                code
                name
                values {
                    id
                    code
                    name
                }
            }
        }
    }
`;
const CERTIFY = gql`
    mutation ($input: CertifyProductInput!) {
        certifyProduct(input: $input) {
            id
        }
    }
`;
const UPDATE_PRODUCT = gql`
    mutation ($input: UpdateProductInput!) {
        updateProduct(input: $input) {
            id
            facetValues {
                code
                facet {
                    code
                }
            }
        }
    }
`;
const CREATE_BRAND = gql`
    mutation ($input: CreateCollectiveBrandInput!) {
        createCollectiveBrand(input: $input) {
            id
            code
            name
        }
    }
`;
const SET_BRAND_PRODUCTS = gql`
    mutation ($brandId: ID!, $productIds: [ID!]!) {
        setCollectiveBrandProducts(brandId: $brandId, productIds: $productIds) {
            id
        }
    }
`;
const SHOP_BRANDS = gql`
    query {
        collectiveBrands {
            code
            name
            kind
            holder
            productCount
        }
    }
`;
const ADD_DOCUMENT = gql`
    mutation ($input: AddProductQualityDocumentInput!) {
        addProductQualityDocument(input: $input) {
            id
            kind
            number
        }
    }
`;
const UPDATE_DOCUMENT = gql`
    mutation ($input: UpdateProductQualityDocumentInput!) {
        updateProductQualityDocument(input: $input) {
            id
        }
    }
`;
const REMOVE_DOCUMENT = gql`
    mutation ($id: ID!) {
        removeProductQualityDocument(id: $id)
    }
`;

async function errorOf(promise: Promise<unknown>): Promise<{ message: string; code?: string }> {
    try {
        await promise;
    } catch (e: any) {
        const first = e.response?.errors?.[0];
        return { message: first?.message ?? e.message, code: first?.extensions?.code };
    }
    throw new Error('expected the request to fail');
}

interface TestProducer {
    id: string;
    code: string;
    token: string;
    email: string;
}

describe('catalogue facets, collective brands, quality documents, public producers', () => {
    let server: TestServer;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let defaultToken: string;
    let assetId: string;
    let serial = 0;
    const producers: Record<'A' | 'B', TestProducer> = {} as any;
    let honey: { productId: string; variantId: string; slug: string };
    let tea: { productId: string; variantId: string; slug: string };

    const newAdminClient = async (
        channelToken: string,
        login?: { email: string; password: string },
    ): Promise<SimpleGraphQLClient> => {
        const client = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        if (login) await client.asUserWithCredentials(login.email, login.password);
        else await client.asSuperAdmin();
        client.setChannelToken(channelToken);
        return client;
    };
    const asProducer = (key: 'A' | 'B') =>
        newAdminClient(producers[key].token, { email: producers[key].email, password: 'secret-password' });
    const asStaff = (email: string) => newAdminClient(defaultToken, { email, password: 'secret-password' });

    /** The id of an ocop-* facet value, as the storefront finds it: by facet and value code. */
    const valueId = async (facetCode: string, code: string): Promise<string | undefined> => {
        const { facets } = await server.shopClient.query(FACETS);
        const facet = facets.items.find((f: any) => f.code === facetCode);
        return facet?.values.find((v: any) => v.code === code)?.id;
    };
    const searchSlugs = async (facetCode: string, code: string): Promise<string[]> => {
        const id = await valueId(facetCode, code);
        if (!id) return [];
        const { search } = await server.shopClient.query(SEARCH, { id });
        return search.items.map((i: any) => i.slug);
    };
    const isUnder = async (slug: string, facetCode: string, code: string) =>
        (await searchSlugs(facetCode, code)).includes(slug);

    const certify = (productId: string, stars: number, group = 'FOOD') =>
        server.adminClient.query(CERTIFY, {
            input: {
                productId,
                certificateNumber: `HT-OCOP-FACETS-${++serial}`,
                stars,
                score: { 3: 60, 4: 78, 5: 92 }[stars],
                issuedAt: '2025-06-01',
                criteriaVersion: '148/2023',
                productGroup: group,
                decisionNumber: `${serial}/QĐ-UBND`,
            },
        });

    /** A producer creates a product in its channel; the office certifies it and issues its stamps. */
    const loadProduct = async (key: 'A' | 'B', slug: string, name: string, stars: number, group: string) => {
        const producer = await newAdminClient(producers[key].token);
        const { createProduct } = await producer.query(
            gql`
                mutation ($input: CreateProductInput!) {
                    createProduct(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    featuredAssetId: assetId,
                    assetIds: [assetId],
                    translations: [
                        { languageCode: 'vi', name, slug, description: name },
                        { languageCode: 'en', name: `${name} (en)`, slug: `${slug}-en`, description: name },
                    ],
                },
            },
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
                        sku: slug.toUpperCase(),
                        price: 150_000_00,
                        stockOnHand: 10,
                        translations: [{ languageCode: 'vi', name: `${name} hộp` }],
                    },
                ],
            },
        );
        await certify(createProduct.id, stars, group);
        await server.adminClient.query(
            gql`
                mutation ($input: IssueStampBatchInput!) {
                    issueStampBatch(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    productVariantId: createProductVariants[0].id,
                    quantity: 10,
                    lotCode: `L-${slug}`,
                    productionDate: '2026-10-01',
                    expiryDate: '2027-10-01',
                },
            },
        );
        return { productId: createProduct.id, variantId: createProductVariants[0].id, slug };
    };

    beforeAll(async () => {
        server = await startTestServer('catalogue_facets', { demoData: false });
        await server.adminClient.asSuperAdmin();
        const connection = server.app.get(TransactionalConnection);
        sql = (query, params) => connection.rawConnection.query(query, params);
        [{ token: defaultToken }] = await sql(`SELECT token FROM channel WHERE code = '__default_channel__'`);
        server.adminClient.setChannelToken(defaultToken);
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'facets-')), 'p.png');
        await sharp({ create: { width: 32, height: 32, channels: 3, background: '#c27c0e' } })
            .png()
            .toFile(file);
        const upload = await server.adminClient.fileUploadMutation({
            mutation: gql`
                mutation CreateAssets($input: [CreateAssetInput!]!) {
                    createAssets(input: $input) {
                        ... on Asset {
                            id
                        }
                    }
                }
            `,
            filePaths: [file],
            mapVariables: () => ({ input: [{ file: null }] }),
        });
        assetId = upload.createAssets[0].id;
        const profiles = {
            A: {
                code: 'vq-mat-ong-test',
                legalName: 'HTX Ong mật Vũ Quang',
                area: 'Vũ Quang',
                commune: 'Vũ Quang',
            },
            B: {
                code: 'hs-che-test',
                legalName: 'Hộ kinh doanh Chè Sơn Kim',
                area: 'Hương Sơn',
                commune: 'Sơn Kim 1',
            },
        };
        for (const key of ['A', 'B'] as const) {
            const email = `${profiles[key].code}@example.vn`;
            const { createProducer } = await server.adminClient.query(
                gql`
                    mutation ($input: CreateProducerInput!) {
                        createProducer(input: $input) {
                            id
                            code
                            channelToken
                        }
                    }
                `,
                {
                    input: {
                        ...profiles[key],
                        type: 'COOPERATIVE',
                        taxCode: key === 'A' ? '3001234567' : '3007654321',
                        address: `Thôn 1, xã ${profiles[key].commune}, tỉnh Hà Tĩnh`,
                        phone: '0912345678',
                        email,
                        storyVi: 'Câu chuyện của chúng tôi',
                        storyEn: 'Our story',
                        administrator: {
                            emailAddress: email,
                            firstName: 'Chủ',
                            lastName: key,
                            password: 'secret-password',
                        },
                    },
                },
            );
            producers[key] = {
                id: createProducer.id,
                code: createProducer.code,
                token: createProducer.channelToken,
                email,
            };
        }
        const { roles } = await server.adminClient.query(gql`
            query {
                roles {
                    items {
                        id
                        code
                    }
                }
            }
        `);
        for (const [role, email] of [
            ['ocop-office', 'office@ocop.test'],
            ['industry-trade', 'trade@ocop.test'],
        ]) {
            await server.adminClient.query(
                gql`
                    mutation ($input: CreateAdministratorInput!) {
                        createAdministrator(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        firstName: 'Cán bộ',
                        lastName: role,
                        emailAddress: email,
                        password: 'secret-password',
                        roleIds: [roles.items.find((r: any) => r.code === role).id],
                    },
                },
            );
        }
        honey = await loadProduct('A', 'mat-ong-hoa-rung-test', 'Mật ong hoa rừng', 4, 'FOOD');
        tea = await loadProduct('B', 'che-xanh-test', 'Chè xanh Sơn Kim', 3, 'DRINK');
        await eventually(
            async () =>
                (await isUnder(honey.slug, 'ocop-stars', '4')) &&
                (await isUnder(tea.slug, 'ocop-stars', '3')),
            'both products are searchable under their stars',
            30_000,
        );
    }, 180_000);
    afterAll(() => server?.close());

    describe('facets kept from the records', () => {
        it('creates the five facets, public in the marketplace, with named star and group values', async () => {
            const { facets } = await server.shopClient.query(FACETS);
            expect(facets.items.map((f: any) => f.code).sort()).toEqual([
                'ocop-area',
                'ocop-brand',
                'ocop-group',
                'ocop-producer',
                'ocop-stars',
            ]);
            const stars = facets.items.find((f: any) => f.code === 'ocop-stars');
            expect(stars.values.map((v: any) => [v.code, v.name])).toEqual([
                ['3', '3 sao'],
                ['4', '4 sao'],
                ['5', '5 sao'],
            ]);
            const group = facets.items.find((f: any) => f.code === 'ocop-group');
            expect(group.values.map((v: any) => v.code).sort()).toEqual(
                ['DRINK', 'FOOD', 'HANDICRAFT', 'HERBAL', 'ORNAMENTAL', 'TOURISM'].sort(),
            );
            const english = await server.shopClient.query(FACETS, {}, { languageCode: 'en' });
            const starsEn = english.facets.items.find((f: any) => f.code === 'ocop-stars');
            expect(starsEn.values.find((v: any) => v.code === '4').name).toBe('4 stars');
            expect(english.facets.items.find((f: any) => f.code === 'ocop-group').values).toContainEqual(
                expect.objectContaining({ code: 'FOOD', name: 'Food' }),
            );
        });

        it('puts each product under its stars, group, area and producer, and nowhere else', async () => {
            expect(await searchSlugs('ocop-stars', '4')).toEqual([honey.slug]);
            expect(await searchSlugs('ocop-stars', '3')).toEqual([tea.slug]);
            expect(await searchSlugs('ocop-group', 'FOOD')).toEqual([honey.slug]);
            expect(await searchSlugs('ocop-group', 'DRINK')).toEqual([tea.slug]);
            expect(await searchSlugs('ocop-area', 'vu-quang')).toEqual([honey.slug]);
            expect(await searchSlugs('ocop-area', 'huong-son')).toEqual([tea.slug]);
            expect(await searchSlugs('ocop-producer', producers.A.code)).toEqual([honey.slug]);
            const { facets } = await server.shopClient.query(FACETS);
            const area = facets.items.find((f: any) => f.code === 'ocop-area');
            expect(area.values).toContainEqual(
                expect.objectContaining({ code: 'vu-quang', name: 'Vũ Quang' }),
            );
            const producer = facets.items.find((f: any) => f.code === 'ocop-producer');
            expect(producer.values).toContainEqual(
                expect.objectContaining({ code: producers.A.code, name: 'HTX Ong mật Vũ Quang' }),
            );
            // Facet counts as a storefront's filter panel shows them.
            const { search } = await server.shopClient.query(gql`
                query {
                    search(input: { groupByProduct: true, take: 10 }) {
                        facetValues {
                            count
                            facetValue {
                                code
                                facet {
                                    code
                                }
                            }
                        }
                    }
                }
            `);
            const counts = Object.fromEntries(
                search.facetValues.map((f: any) => [
                    `${f.facetValue.facet.code}:${f.facetValue.code}`,
                    f.count,
                ]),
            );
            expect(counts).toMatchObject({ 'ocop-stars:4': 1, 'ocop-stars:3': 1, 'ocop-area:vu-quang': 1 });
        });

        it('moves the product to its new stars when it is certified again', async () => {
            await certify(honey.productId, 5);
            await eventually(
                async () =>
                    (await isUnder(honey.slug, 'ocop-stars', '5')) &&
                    !(await isUnder(honey.slug, 'ocop-stars', '4')),
                'the honey is under 5 stars only',
                30_000,
            );
        });

        it('moves the product when its producer moves to another area, and renames the producer value', async () => {
            await server.adminClient.query(
                gql`
                    mutation ($input: UpdateProducerInput!) {
                        updateProducer(input: $input) {
                            id
                        }
                    }
                `,
                { input: { id: producers.A.id, area: 'Hương Khê', legalName: 'HTX Mật ong Hương Khê' } },
            );
            await eventually(
                async () =>
                    (await isUnder(honey.slug, 'ocop-area', 'huong-khe')) &&
                    !(await isUnder(honey.slug, 'ocop-area', 'vu-quang')),
                'the honey is under Hương Khê only',
                30_000,
            );
            const { facets } = await server.shopClient.query(FACETS);
            const producer = facets.items.find((f: any) => f.code === 'ocop-producer');
            expect(producer.values).toContainEqual(
                expect.objectContaining({ code: producers.A.code, name: 'HTX Mật ong Hương Khê' }),
            );
        });

        it('refuses a producer who sets or clears ocop-* values on its own product', async () => {
            const producer = await asProducer('A');
            const threeStars = (await valueId('ocop-stars', '3'))!;
            const error = await errorOf(
                producer.query(UPDATE_PRODUCT, {
                    input: { id: honey.productId, facetValueIds: [threeStars] },
                }),
            );
            expect(error.message).toMatch(/^OCOP_FACET_DERIVED:/);
            // Saving without them changes nothing of the ocop-* values (they are not the producer's to clear).
            await producer.query(UPDATE_PRODUCT, { input: { id: honey.productId, facetValueIds: [] } });
            const rows = await sql(
                `SELECT f.code AS facet, fv.code FROM product_facet_values_facet_value pf
                   JOIN facet_value fv ON fv.id = pf."facetValueId" JOIN facet f ON f.id = fv."facetId"
                  WHERE pf."productId" = $1 AND f.code LIKE 'ocop-%' ORDER BY f.code`,
                [honey.productId],
            );
            expect(rows.map(r => `${r.facet}:${r.code}`)).toEqual([
                'ocop-area:huong-khe',
                'ocop-group:FOOD',
                `ocop-producer:${producers.A.code}`,
                'ocop-stars:5',
            ]);
            expect(await isUnder(honey.slug, 'ocop-stars', '5')).toBe(true);
            const onVariant = await errorOf(
                producer.query(
                    gql`
                        mutation ($input: [UpdateProductVariantInput!]!) {
                            updateProductVariants(input: $input) {
                                id
                            }
                        }
                    `,
                    { input: [{ id: honey.variantId, facetValueIds: [threeStars] }] },
                ),
            );
            expect(onVariant.message).toMatch(/^OCOP_FACET_DERIVED:/);
        });

        it('refuses hand edits of ocop-* values and facets by the office too, but lets it save a product as is', async () => {
            const office = await asStaff('office@ocop.test');
            const error = await errorOf(
                office.query(UPDATE_PRODUCT, { input: { id: honey.productId, facetValueIds: [] } }),
            );
            expect(error.message).toMatch(/^OCOP_FACET_DERIVED:/);
            const { product } = await office.query(
                gql`
                    query ($id: ID!) {
                        product(id: $id) {
                            facetValues {
                                id
                            }
                        }
                    }
                `,
                { id: honey.productId },
            );
            const saved = await office.query(UPDATE_PRODUCT, {
                input: { id: honey.productId, facetValueIds: product.facetValues.map((v: any) => v.id) },
            });
            expect(saved.updateProduct.facetValues).toHaveLength(4);
            const superadmin = await newAdminClient(defaultToken);
            const rename = await errorOf(
                superadmin.query(
                    gql`
                        mutation ($input: [UpdateFacetValueInput!]!) {
                            updateFacetValues(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: [
                            {
                                id: await valueId('ocop-stars', '5'),
                                translations: [{ languageCode: 'vi', name: '6 sao' }],
                            },
                        ],
                    },
                ),
            );
            expect(rename.message).toMatch(/^OCOP_FACET_DERIVED:/);
            const { facets } = await server.shopClient.query(FACETS);
            const removal = await errorOf(
                superadmin.query(
                    gql`
                        mutation ($ids: [ID!]!) {
                            deleteFacets(ids: $ids, force: true) {
                                result
                            }
                        }
                    `,
                    { ids: [facets.items.find((f: any) => f.code === 'ocop-area').id] },
                ),
            );
            expect(removal.message).toMatch(/^OCOP_FACET_DERIVED:/);
        });

        it('restores values taken off behind its back at the next refresh', async () => {
            await sql(
                `DELETE FROM product_facet_values_facet_value pf USING facet_value fv, facet f
                  WHERE fv.id = pf."facetValueId" AND f.id = fv."facetId" AND f.code = 'ocop-stars' AND pf."productId" = $1`,
                [honey.productId],
            );
            await sql(`UPDATE facet_value_translation SET name = 'sai' WHERE "baseId" = $1`, [
                await valueId('ocop-stars', '5'),
            ]);
            await server.adminClient.query(
                gql`
                    mutation ($ids: [ID!]) {
                        refreshListing(productIds: $ids) {
                            added
                        }
                    }
                `,
                { ids: [honey.productId] },
            );
            const [row] = await sql(
                `SELECT count(*)::int AS n FROM product_facet_values_facet_value pf JOIN facet_value fv ON fv.id = pf."facetValueId"
                   JOIN facet f ON f.id = fv."facetId" WHERE f.code = 'ocop-stars' AND fv.code = '5' AND pf."productId" = $1`,
                [honey.productId],
            );
            expect(row.n).toBe(1);
            const { facets } = await server.shopClient.query(FACETS);
            expect(facets.items.find((f: any) => f.code === 'ocop-stars').values).toContainEqual(
                expect.objectContaining({ code: '5', name: '5 sao' }),
            );
        });
    });

    describe('collective brands', () => {
        let brandId: string;

        it('refuses brand writes to producers and Industry and Trade, and lets them read', async () => {
            const input = {
                code: 'mat-ong-vu-quang',
                name: 'Mật ong Vũ Quang',
                kind: 'CERTIFICATION_MARK',
                holder: 'UBND huyện Vũ Quang',
            };
            for (const client of [await asProducer('A'), await asStaff('trade@ocop.test')]) {
                expect((await errorOf(client.query(CREATE_BRAND, { input }))).code).toBe('FORBIDDEN');
            }
            // Never logged in (logging out would end every session of the superadmin).
            const anonymous = new SimpleGraphQLClient(
                getConfig() as Required<VendureConfig>,
                `http://127.0.0.1:${server.port}/admin-api`,
            );
            anonymous.setChannelToken(defaultToken);
            expect((await errorOf(anonymous.query(CREATE_BRAND, { input }))).code).toBe('FORBIDDEN');
            for (const client of [await asProducer('A'), await asStaff('trade@ocop.test')]) {
                const { collectiveBrands } = await client.query(gql`
                    query {
                        collectiveBrands {
                            code
                        }
                    }
                `);
                expect(collectiveBrands).toEqual([]);
            }
        });

        it('refuses bad input and creates nothing', async () => {
            const office = await asStaff('office@ocop.test');
            const error = await errorOf(
                office.query(CREATE_BRAND, {
                    input: { code: 'Mật Ong', name: 'x', kind: 'CERTIFICATION_MARK', holder: 'y' },
                }),
            );
            expect(error.message).toMatch(/^OCOP_BRAND_CODE_INVALID:/);
            const missing = await errorOf(
                office.query(CREATE_BRAND, {
                    input: { code: 'mat-ong', name: '  ', kind: 'CERTIFICATION_MARK', holder: 'y' },
                }),
            );
            expect(missing.message).toMatch(/^OCOP_BRAND_FIELD_REQUIRED:/);
            expect(await sql(`SELECT id FROM collective_brand`)).toEqual([]);
        });

        it('puts the brand’s products under its facet value and counts those on sale', async () => {
            const office = await asStaff('office@ocop.test');
            const { createCollectiveBrand } = await office.query(CREATE_BRAND, {
                input: {
                    code: 'mat-ong-vu-quang',
                    name: 'Mật ong Vũ Quang'.normalize('NFD'),
                    kind: 'CERTIFICATION_MARK',
                    registrationNumber: '4-0123456-000',
                    holder: 'UBND huyện Vũ Quang',
                    area: 'Vũ Quang',
                    description: 'Nhãn hiệu chứng nhận cho mật ong hoa rừng Vũ Quang',
                    productIds: [honey.productId],
                },
            });
            brandId = createCollectiveBrand.id;
            expect(createCollectiveBrand.name).toBe('Mật ong Vũ Quang'.normalize('NFC'));
            await eventually(
                async () => (await searchSlugs('ocop-brand', 'mat-ong-vu-quang')).join() === honey.slug,
                'the honey is under its brand',
                30_000,
            );
            const { collectiveBrands } = await server.shopClient.query(SHOP_BRANDS);
            expect(collectiveBrands).toEqual([
                {
                    code: 'mat-ong-vu-quang',
                    name: 'Mật ong Vũ Quang',
                    kind: 'CERTIFICATION_MARK',
                    holder: 'UBND huyện Vũ Quang',
                    productCount: 1,
                },
            ]);
            const { product } = await server.shopClient.query(
                gql`
                    query ($slug: String!) {
                        product(slug: $slug) {
                            ocop {
                                stars
                                producerCode
                                validFrom
                                validUntil
                                brands {
                                    code
                                    name
                                }
                            }
                        }
                    }
                `,
                { slug: honey.slug },
            );
            expect(product.ocop).toEqual({
                stars: 5,
                producerCode: producers.A.code,
                validFrom: '2025-06-01',
                validUntil: '2028-06-01',
                brands: [{ code: 'mat-ong-vu-quang', name: 'Mật ong Vũ Quang' }],
            });
            const { collectiveBrand } = await server.shopClient.query(gql`
                query {
                    collectiveBrand(code: "mat-ong-vu-quang") {
                        registrationNumber
                        area
                    }
                    unknown: collectiveBrand(code: "khong-co") {
                        code
                    }
                }
            `);
            expect(collectiveBrand).toEqual({ registrationNumber: '4-0123456-000', area: 'Vũ Quang' });
        });

        it('shows a producer only its own products of a brand', async () => {
            const office = await asStaff('office@ocop.test');
            await office.query(SET_BRAND_PRODUCTS, { brandId, productIds: [honey.productId, tea.productId] });
            const query = gql`
                query {
                    collectiveBrand(code: "mat-ong-vu-quang") {
                        products {
                            id
                        }
                    }
                }
            `;
            expect((await (await asProducer('B')).query(query)).collectiveBrand.products).toEqual([
                { id: tea.productId },
            ]);
            expect((await office.query(query)).collectiveBrand.products).toHaveLength(2);
        });

        it('takes a product out of the brand facet when it leaves the brand', async () => {
            const office = await asStaff('office@ocop.test');
            await office.query(SET_BRAND_PRODUCTS, { brandId, productIds: [tea.productId] });
            await eventually(
                async () => (await searchSlugs('ocop-brand', 'mat-ong-vu-quang')).join() === tea.slug,
                'only the tea is under the brand',
                30_000,
            );
        });
    });

    describe('quality documents', () => {
        const declaration = (productId: string) => ({
            productId,
            kind: 'QUALITY_DECLARATION',
            number: '01/2025/VQ-TCB',
            issuer: 'HTX Ong mật Vũ Quang',
            issuedOn: '2025-02-10',
        });

        it('lets the office and the product’s own producer add documents, shown in the Shop API', async () => {
            const office = await asStaff('office@ocop.test');
            await office.query(ADD_DOCUMENT, { input: declaration(honey.productId) });
            const producer = await asProducer('A');
            await producer.query(ADD_DOCUMENT, {
                input: {
                    productId: honey.productId,
                    kind: 'FOOD_SAFETY_CERTIFICATE',
                    number: '125/2024/ATTP-CNĐK',
                    issuer: 'Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh',
                    issuedOn: '2024-05-20',
                    validUntil: '2027-05-19',
                },
            });
            const { product } = await server.shopClient.query(
                gql`
                    query ($slug: String!) {
                        product(slug: $slug) {
                            qualityDocuments {
                                kind
                                number
                                issuer
                                issuedOn
                                validUntil
                            }
                        }
                    }
                `,
                { slug: honey.slug },
            );
            expect(product.qualityDocuments).toEqual([
                {
                    kind: 'QUALITY_DECLARATION',
                    number: '01/2025/VQ-TCB',
                    issuer: 'HTX Ong mật Vũ Quang',
                    issuedOn: '2025-02-10',
                    validUntil: null,
                },
                {
                    kind: 'FOOD_SAFETY_CERTIFICATE',
                    number: '125/2024/ATTP-CNĐK',
                    issuer: 'Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh',
                    issuedOn: '2024-05-20',
                    validUntil: '2027-05-19',
                },
            ]);
        });

        it('refuses another producer and Industry and Trade, and changes nothing', async () => {
            const [{ id }] = await sql(
                `SELECT id FROM product_quality_document WHERE "productId" = $1 LIMIT 1`,
                [honey.productId],
            );
            const before = await sql(`SELECT * FROM product_quality_document ORDER BY id`);
            const other = await asProducer('B');
            expect(
                (await errorOf(other.query(ADD_DOCUMENT, { input: declaration(honey.productId) }))).code,
            ).toBe('FORBIDDEN');
            expect(
                (await errorOf(other.query(UPDATE_DOCUMENT, { input: { id, number: 'GIẢ-MẠO' } }))).code,
            ).toBe('FORBIDDEN');
            expect((await errorOf(other.query(REMOVE_DOCUMENT, { id }))).code).toBe('FORBIDDEN');
            const trade = await asStaff('trade@ocop.test');
            expect(
                (await errorOf(trade.query(ADD_DOCUMENT, { input: declaration(honey.productId) }))).code,
            ).toBe('FORBIDDEN');
            expect((await errorOf(trade.query(REMOVE_DOCUMENT, { id }))).code).toBe('FORBIDDEN');
            expect(await sql(`SELECT * FROM product_quality_document ORDER BY id`)).toEqual(before);
        });

        it('refuses impossible dates', async () => {
            const office = await asStaff('office@ocop.test');
            for (const bad of [
                { issuedOn: '2025-02-30' },
                { issuedOn: '2025-02-10', validUntil: '2024-01-01' },
                { issuedOn: '2999-01-01' },
            ]) {
                const error = await errorOf(
                    office.query(ADD_DOCUMENT, { input: { ...declaration(tea.productId), ...bad } }),
                );
                expect(error.message).toMatch(/^OCOP_QUALITY_DOCUMENT_DATE_INVALID:/);
            }
            expect(
                await sql(`SELECT id FROM product_quality_document WHERE "productId" = $1`, [tea.productId]),
            ).toEqual([]);
        });

        it('lets the owner update and remove its documents', async () => {
            const producer = await asProducer('A');
            const [{ id }] = await sql(
                `SELECT id FROM product_quality_document WHERE "productId" = $1 AND kind = 'QUALITY_DECLARATION'`,
                [honey.productId],
            );
            await producer.query(UPDATE_DOCUMENT, { input: { id, number: '02/2026/VQ-TCB' } });
            expect(
                (await sql(`SELECT number FROM product_quality_document WHERE id = $1`, [id]))[0].number,
            ).toBe('02/2026/VQ-TCB');
            expect((await producer.query(REMOVE_DOCUMENT, { id })).removeProductQualityDocument).toBe(true);
            expect(await sql(`SELECT id FROM product_quality_document WHERE id = $1`, [id])).toEqual([]);
        });
    });

    describe('public producer pages', () => {
        const PRODUCERS = gql`
            query {
                producers {
                    code
                    name
                    type
                    commune
                    area
                    story
                    productCount
                }
            }
        `;

        it('lists active producers with products on sale, public fields only', async () => {
            const res = await server.shopClient.query(PRODUCERS);
            expect(res.producers).toEqual([
                {
                    code: producers.B.code,
                    name: 'Hộ kinh doanh Chè Sơn Kim',
                    type: 'COOPERATIVE',
                    commune: 'Sơn Kim 1',
                    area: 'Hương Sơn',
                    story: 'Câu chuyện của chúng tôi',
                    productCount: 1,
                },
                {
                    code: producers.A.code,
                    name: 'HTX Mật ong Hương Khê',
                    type: 'COOPERATIVE',
                    commune: 'Vũ Quang',
                    area: 'Hương Khê',
                    story: 'Câu chuyện của chúng tôi',
                    productCount: 1,
                },
            ]);
            const english = await server.shopClient.query(PRODUCERS, {}, { languageCode: 'en' });
            expect(english.producers[0].story).toBe('Our story');
            const raw = JSON.stringify(res);
            for (const secret of ['3001234567', '3007654321', '0912345678', '@example.vn'])
                expect(raw).not.toContain(secret);
            const schemaError = await errorOf(
                server.shopClient.query(gql`
                    query {
                        producers {
                            taxCode
                        }
                    }
                `),
            );
            expect(schemaError.message).toMatch(/Cannot query field "taxCode"/);
        });

        it('answers null for an unknown or suspended producer', async () => {
            const ONE = gql`
                query ($code: String!) {
                    producer(code: $code) {
                        code
                        productCount
                    }
                }
            `;
            expect((await server.shopClient.query(ONE, { code: producers.B.code })).producer).toEqual({
                code: producers.B.code,
                productCount: 1,
            });
            expect((await server.shopClient.query(ONE, { code: 'khong-ton-tai' })).producer).toBeNull();
            await server.adminClient.query(
                gql`
                    mutation ($id: ID!) {
                        setProducerActive(id: $id, active: false) {
                            id
                        }
                    }
                `,
                { id: producers.B.id },
            );
            expect((await server.shopClient.query(ONE, { code: producers.B.code })).producer).toBeNull();
            const { producers: listed } = await server.shopClient.query(PRODUCERS);
            expect(listed.map((p: any) => p.code)).toEqual([producers.A.code]);
            // The brand's only product (the tea) is off sale with its producer: no longer counted.
            await eventually(
                async () =>
                    (await server.shopClient.query(SHOP_BRANDS)).collectiveBrands[0].productCount === 0,
                'the brand counts no product on sale',
                30_000,
            );
        });
    });

    describe('revocation', () => {
        it('takes a revoked product out of every ocop-* search', async () => {
            const [{ id }] = await sql(
                `SELECT id FROM certificate WHERE "productId" = $1 AND status = 'ACTIVE'`,
                [honey.productId],
            );
            await server.adminClient.query(
                gql`
                    mutation ($id: ID!) {
                        revokeCertificate(id: $id, reason: "Vi phạm chất lượng") {
                            id
                        }
                    }
                `,
                { id },
            );
            await eventually(
                async () =>
                    !(await isUnder(honey.slug, 'ocop-stars', '5')) &&
                    !(await isUnder(honey.slug, 'ocop-producer', producers.A.code)),
                'the honey is gone from search',
                30_000,
            );
            // Its stars and group are taken off as well: they describe an OCOP product it no longer is.
            const rows = await sql(
                `SELECT f.code FROM product_facet_values_facet_value pf JOIN facet_value fv ON fv.id = pf."facetValueId"
                   JOIN facet f ON f.id = fv."facetId" WHERE pf."productId" = $1 AND f.code IN ('ocop-stars', 'ocop-group')`,
                [honey.productId],
            );
            expect(rows).toEqual([]);
        });
    });
});

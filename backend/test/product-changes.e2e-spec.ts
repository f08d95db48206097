import gql from 'graphql-tag';
import { Client } from 'pg';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { eventually } from './utils/eventually';
import { enrolTablet } from './utils/pos';
import { startTestServer, TestServer, waitForIdleJobQueue } from './utils/test-server';

/**
 * Changes to certified products (issue 9, ADR 0018), with the demo logins: a producer's
 * change of a certified product's name, description, variants' names or options, and a
 * new variant, wait for the office; the marketplace, the showrooms and the stamp page keep
 * the approved contents until then; prices change at once. Only the office decides; a
 * producer sees only its own changes.
 */
const PASSWORD = 'ocop-demo';
const OFFICE = 'vanphong@ocop.hatinh.vn';
const TRADE = 'socongthuong@ocop.hatinh.vn';
const PRODUCER_A = { email: 'huoutuanhau@example.com', token: 'producer-hs-huou-tuan-hau' };
const PRODUCER_B = { email: 'lienhe.sontruong@example.com', token: 'producer-hs-nhung-huou-son-truong' };
const SLUG = 'nhung-huou-say-kho-thai-lat';

const PRODUCT = gql`
    query ($slug: String!) {
        product(slug: $slug) {
            id
            name
            description
            variants {
                id
                name
                sku
                price
            }
        }
    }
`;
const UPDATE_PRODUCT = gql`
    mutation ($input: UpdateProductInput!) {
        updateProduct(input: $input) {
            id
            name
        }
    }
`;
const UPDATE_VARIANTS = gql`
    mutation ($input: [UpdateProductVariantInput!]!) {
        updateProductVariants(input: $input) {
            id
            name
            price
        }
    }
`;
const CHANGES = gql`
    query ($options: ProductChangeListOptions) {
        productChanges(options: $options) {
            totalItems
            items {
                id
                kind
                status
                productId
                product {
                    name
                }
                newVariant {
                    variantId
                    name
                    sku
                    price
                    currencyCode
                    options {
                        groupName
                        name
                    }
                }
                productContents {
                    translations {
                        languageCode
                        name
                        description
                    }
                }
                variants {
                    variantId
                    contents {
                        translations {
                            languageCode
                            name
                        }
                        options {
                            groupName
                            name
                        }
                    }
                }
                decisionNote
            }
        }
    }
`;
const APPROVE = gql`
    mutation ($id: ID!) {
        approveProductChange(id: $id) {
            id
            status
        }
    }
`;
const REJECT = gql`
    mutation ($id: ID!, $note: String!) {
        rejectProductChange(id: $id, note: $note) {
            id
            status
            decisionNote
        }
    }
`;
const CREATE_OPTION = gql`
    mutation ($input: CreateProductOptionInput!) {
        createProductOption(input: $input) {
            id
            name
        }
    }
`;
const CREATE_VARIANTS = gql`
    mutation ($input: [CreateProductVariantInput!]!) {
        createProductVariants(input: $input) {
            id
            name
            sku
        }
    }
`;
const DELETE_VARIANT = gql`
    mutation ($id: ID!) {
        deleteProductVariant(id: $id) {
            result
            message
        }
    }
`;
const ADMIN_PRODUCT = gql`
    query ($slug: String!) {
        product(slug: $slug) {
            id
            optionGroups {
                id
                options {
                    id
                    code
                    name
                }
            }
            variants {
                id
                name
                sku
                price
                options {
                    id
                    name
                }
            }
        }
    }
`;
const SHOP_VARIANTS = gql`
    query ($slug: String!) {
        product(slug: $slug) {
            variants {
                id
                sku
                name
                options {
                    code
                    name
                }
            }
        }
    }
`;
const ELIGIBILITY = gql`
    query ($productId: ID!) {
        productEligibility(productId: $productId) {
            productVariantId
            sellable
            reason
            message
        }
    }
`;
const ISSUE_STAMPS = gql`
    mutation ($input: IssueStampBatchInput!) {
        issueStampBatch(input: $input) {
            id
        }
    }
`;
const ADD_TO_CART = gql`
    mutation ($id: ID!) {
        addItemToOrder(productVariantId: $id, quantity: 1) {
            ... on Order {
                lines {
                    quantity
                    productVariant {
                        id
                    }
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const POS_VARIANTS = gql`
    query {
        posBootstrap {
            variants {
                id
            }
        }
    }
`;
const VERIFY = gql`
    query ($code: String!) {
        verifyStamp(code: $code) {
            result
            productName
            variantName
        }
    }
`;

describe('changes to certified products', () => {
    let server: TestServer;
    let product: { id: string; name: string; description: string; variants: any[] };
    let stampCode: string;

    const login = async (email: string, token?: string) => {
        const client = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        await client.asUserWithCredentials(email, PASSWORD);
        if (token) client.setChannelToken(token);
        return client;
    };
    const shopName = async () => (await server.shopClient.query(PRODUCT, { slug: SLUG })).product;
    const stampPage = async () => (await server.shopClient.query(VERIFY, { code: stampCode })).verifyStamp;
    const expectRefused = async (promise: Promise<unknown>, pattern: RegExp) => {
        await expect(promise).rejects.toThrow(pattern);
    };

    beforeAll(async () => {
        server = await startTestServer('product_changes', { demoData: true });
        product = await shopName();
        const db = new Client({ connectionString: server.databaseUrl });
        await db.connect();
        try {
            const { rows } = await db.query(
                `SELECT s.code FROM stamp s WHERE s."productVariantId" = $1 AND s.status = 'ISSUED' LIMIT 1`,
                [Number(product.variants[0].id)],
            );
            stampCode = rows[0].code;
        } finally {
            await db.end();
        }
    }, 480_000);
    afterAll(() => server?.close());

    it("holds a producer's new name and description; the marketplace and the stamp page keep the certified ones", async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const { updateProduct } = await producer.query(UPDATE_PRODUCT, {
            input: {
                id: product.id,
                translations: [
                    { languageCode: 'vi', name: 'Nhung hươu siêu bổ', description: 'Chữa bách bệnh' },
                ],
            },
        });
        expect(updateProduct.name).toBe(product.name);
        expect((await shopName()).name).toBe(product.name);
        expect((await shopName()).description).toBe(product.description);
        expect((await stampPage()).productName).toBe(product.name);

        const { productChanges } = await producer.query(CHANGES, { options: { productId: product.id } });
        expect(productChanges.totalItems).toBe(1);
        expect(productChanges.items[0]).toMatchObject({
            status: 'PENDING',
            product: { name: product.name },
            productContents: {
                translations: [
                    { languageCode: 'vi', name: 'Nhung hươu siêu bổ', description: 'Chữa bách bệnh' },
                ],
            },
        });
    });

    it('changes the price at once and holds the variant name in the same pending change', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const variant = product.variants[0];
        const { updateProductVariants } = await producer.query(UPDATE_VARIANTS, {
            input: [
                {
                    id: variant.id,
                    price: variant.price + 10_000_00,
                    translations: [{ languageCode: 'vi', name: 'Hộp 50 g loại đặc biệt' }],
                },
            ],
        });
        expect(updateProductVariants[0].name).toBe(variant.name);
        const shopVariant = (await shopName()).variants.find((v: any) => v.id === variant.id);
        expect(shopVariant.price).toBe(variant.price + 10_000_00);
        expect(shopVariant.name).toBe(variant.name);
        expect((await stampPage()).variantName).toBe(variant.name);

        const { productChanges } = await producer.query(CHANGES, { options: { productId: product.id } });
        expect(productChanges.totalItems).toBe(1);
        expect(productChanges.items[0].productContents.translations[0].name).toBe('Nhung hươu siêu bổ');
        expect(productChanges.items[0].variants).toEqual([
            {
                variantId: variant.id,
                contents: {
                    translations: [{ languageCode: 'vi', name: 'Hộp 50 g loại đặc biệt' }],
                    options: null,
                },
            },
        ]);
    });

    it('saving unchanged contents (as the dashboard form does with a price) opens no change', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const other = (await shopName()).variants[1];
        await producer.query(UPDATE_VARIANTS, {
            input: [
                {
                    id: other.id,
                    price: other.price,
                    translations: [{ languageCode: 'vi', name: other.name }],
                },
            ],
        });
        const { productChanges } = await producer.query(CHANGES, { options: { productId: product.id } });
        expect(productChanges.items[0].variants.map((v: any) => v.variantId)).toEqual([
            product.variants[0].id,
        ]);
    });

    it('lets neither producer nor Industry and Trade decide, and hides the change from another producer', async () => {
        const { productChanges } = await (
            await login(PRODUCER_A.email, PRODUCER_A.token)
        ).query(CHANGES, { options: { status: 'PENDING' } });
        const id = productChanges.items[0].id;
        for (const client of [
            await login(PRODUCER_A.email, PRODUCER_A.token),
            await login(PRODUCER_B.email, PRODUCER_B.token),
            await login(TRADE),
        ]) {
            await expectRefused(client.query(APPROVE, { id }), /not currently authorized|FORBIDDEN/i);
            await expectRefused(
                client.query(REJECT, { id, note: 'no' }),
                /not currently authorized|FORBIDDEN/i,
            );
        }
        const other = await login(PRODUCER_B.email, PRODUCER_B.token);
        expect((await other.query(CHANGES, {})).productChanges.totalItems).toBe(0);
        // Industry and Trade reads every change.
        expect((await (await login(TRADE)).query(CHANGES, {})).productChanges.totalItems).toBe(1);
        expect((await shopName()).name).toBe(product.name);
    });

    it('applies the change when the office approves: the marketplace and the stamp page show it', async () => {
        const office = await login(OFFICE);
        const { productChanges } = await office.query(CHANGES, { options: { status: 'PENDING' } });
        expect(productChanges.totalItems).toBe(1);
        const { approveProductChange } = await office.query(APPROVE, { id: productChanges.items[0].id });
        expect(approveProductChange.status).toBe('APPROVED');
        const shown = await shopName();
        expect(shown.name).toBe('Nhung hươu siêu bổ');
        expect(shown.description).toBe('Chữa bách bệnh');
        expect(shown.variants.find((v: any) => v.id === product.variants[0].id).name).toBe(
            'Hộp 50 g loại đặc biệt',
        );
        expect(await stampPage()).toMatchObject({
            productName: 'Nhung hươu siêu bổ',
            variantName: 'Hộp 50 g loại đặc biệt',
        });
        await expectRefused(
            office.query(APPROVE, { id: productChanges.items[0].id }),
            /OCOP_PRODUCT_CHANGE_DECIDED/,
        );
    });

    it('a rejected change leaves the product as approved and tells the producer why', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        await producer.query(UPDATE_PRODUCT, {
            input: { id: product.id, translations: [{ languageCode: 'vi', name: 'Tên khác' }] },
        });
        const office = await login(OFFICE);
        const pending = (await office.query(CHANGES, { options: { status: 'PENDING' } })).productChanges
            .items[0];
        await expectRefused(
            office.query(REJECT, { id: pending.id, note: ' ' }),
            /OCOP_PRODUCT_CHANGE_NOTE_REQUIRED/,
        );
        const { rejectProductChange } = await office.query(REJECT, {
            id: pending.id,
            note: 'Tên mới không khớp hồ sơ chứng nhận',
        });
        expect(rejectProductChange.status).toBe('REJECTED');
        expect((await shopName()).name).toBe('Nhung hươu siêu bổ');
        const mine = await producer.query(CHANGES, { options: { status: 'REJECTED' } });
        expect(mine.productChanges.items[0].decisionNote).toBe('Tên mới không khớp hồ sơ chứng nhận');
    });

    it("applies the office's own edit at once", async () => {
        const office = await login(OFFICE);
        await office.query(UPDATE_PRODUCT, {
            input: { id: product.id, translations: [{ languageCode: 'vi', name: product.name }] },
        });
        expect((await shopName()).name).toBe(product.name);
        expect(
            (await office.query(CHANGES, { options: { status: 'PENDING' } })).productChanges.totalItems,
        ).toBe(0);
    });

    // New variants, variants' options and deleting variants.
    const shopVariants = async (slug = SLUG): Promise<any[]> =>
        (await server.shopClient.query(SHOP_VARIANTS, { slug })).product?.variants ?? [];
    /** After a change: the events' half-second buffer, then every listing refresh they queued. */
    const settled = async () => {
        await new Promise(r => setTimeout(r, 1_000));
        await waitForIdleJobQueue(server.databaseUrl);
    };
    const addToCart = async (variantId: string) => {
        await server.shopClient.asAnonymousUser();
        try {
            return (await server.shopClient.query(ADD_TO_CART, { id: variantId })).addItemToOrder;
        } catch (e: any) {
            return { message: String(e.message).replace(variantId, '<id>') };
        }
    };
    /** The variants the marketplace's search finds for the product's name. */
    const searchSkus = async (): Promise<string[]> => {
        const { search } = await server.shopClient.query(
            gql`
                query ($term: String!) {
                    search(input: { term: $term, groupByProduct: false, take: 50 }) {
                        items {
                            sku
                        }
                    }
                }
            `,
            { term: 'nhung hươu sấy khô' },
        );
        return search.items.map((i: any) => i.sku);
    };
    let tablet: Awaited<ReturnType<typeof enrolTablet>> | undefined;
    /** What the demo showroom's tablet may sell. */
    const posVariantIds = async (): Promise<string[]> => {
        tablet ??= await enrolTablet(server, 'quanly.tpht@ocop.hatinh.vn', PASSWORD, 'Quầy kiểm tra');
        return (await tablet.client.query(POS_VARIANTS)).posBootstrap.variants.map((v: any) => v.id);
    };
    const newOption = async (client: SimpleGraphQLClient, slug: string, code: string, name: string) => {
        const { product: p } = await client.query(ADMIN_PRODUCT, { slug });
        const { createProductOption } = await client.query(CREATE_OPTION, {
            input: {
                productOptionGroupId: p.optionGroups[0].id,
                code,
                translations: [{ languageCode: 'vi', name }],
            },
        });
        return { productId: p.id as string, optionId: createProductOption.id as string };
    };
    const newVariant = async (
        client: SimpleGraphQLClient,
        slug: string,
        sku: string,
        name: string,
        price: number,
    ) => {
        const { productId, optionId } = await newOption(client, slug, sku.toLowerCase(), name);
        const { createProductVariants } = await client.query(CREATE_VARIANTS, {
            input: [
                {
                    productId,
                    sku,
                    optionIds: [optionId],
                    price,
                    stockOnHand: 20,
                    translations: [{ languageCode: 'vi', name }],
                },
            ],
        });
        return createProductVariants[0] as { id: string; name: string; sku: string };
    };
    const pendingOf = async (client: SimpleGraphQLClient) =>
        (await client.query(CHANGES, { options: { productId: product.id, status: 'PENDING' } }))
            .productChanges.items as any[];
    let held: { id: string; name: string; sku: string };

    it("creates a producer's new variant of a listed certified product, held off sale for the office", async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        held = await newVariant(producer, SLUG, 'HS-NHSK-200', 'Hộp 200 g', 1_600_000_00);
        expect(held).toMatchObject({ sku: 'HS-NHSK-200', name: 'Hộp 200 g' });
        expect(await pendingOf(producer)).toEqual([
            expect.objectContaining({
                kind: 'NEW_VARIANT',
                status: 'PENDING',
                newVariant: {
                    variantId: held.id,
                    name: 'Hộp 200 g',
                    sku: 'HS-NHSK-200',
                    price: 1_600_000_00,
                    currencyCode: 'VND',
                    options: [{ groupName: 'Quy cách', name: 'Hộp 200 g' }],
                },
            }),
        ]);

        // Stamps do not put it on sale: the office's approval is missing, as the gate says.
        const office = await login(OFFICE);
        await office.query(ISSUE_STAMPS, {
            input: {
                productVariantId: held.id,
                quantity: 10,
                lotCode: 'NHSK-200-L1',
                productionDate: '2026-11-20',
                expiryDate: '2027-11-20',
            },
        });
        await settled();
        // The product stays on sale with the variants the certificate covers.
        expect((await shopVariants()).map(v => v.sku).sort()).toEqual(['HS-NHSK-100', 'HS-NHSK-50']);
        expect(await searchSkus()).toEqual(expect.arrayContaining(['HS-NHSK-50', 'HS-NHSK-100']));
        expect(await searchSkus()).not.toContain('HS-NHSK-200');
        const { productEligibility } = await producer.query(ELIGIBILITY, { productId: product.id });
        expect(productEligibility.find((e: any) => e.productVariantId === held.id)).toMatchObject({
            sellable: false,
            reason: 'PENDING_REVIEW',
            message: expect.stringMatching(/chờ .*duyệt.*\(.*review/),
        });
        expect(
            productEligibility.find((e: any) => e.productVariantId === product.variants[0].id).sellable,
        ).toBe(true);
        // A shopper who adds it by id gets the answer an unknown id gets; the showrooms cannot sell it.
        expect(await addToCart(held.id)).toEqual(await addToCart('999999'));
        const pos = await posVariantIds();
        expect(pos).toContain(product.variants[0].id);
        expect(pos).not.toContain(held.id);
    });

    it('lets only the office decide a new variant, and shows it to no other producer', async () => {
        const [pending] = await pendingOf(await login(PRODUCER_A.email, PRODUCER_A.token));
        for (const client of [
            await login(PRODUCER_A.email, PRODUCER_A.token),
            await login(PRODUCER_B.email, PRODUCER_B.token),
            await login(TRADE),
        ]) {
            await expectRefused(
                client.query(APPROVE, { id: pending.id }),
                /not currently authorized|FORBIDDEN/i,
            );
            await expectRefused(
                client.query(REJECT, { id: pending.id, note: 'no' }),
                /not currently authorized|FORBIDDEN/i,
            );
        }
        const other = await login(PRODUCER_B.email, PRODUCER_B.token);
        expect(
            (await other.query(CHANGES, { options: { status: 'PENDING' } })).productChanges.totalItems,
        ).toBe(0);
        expect(
            (await (await login(TRADE)).query(CHANGES, { options: { status: 'PENDING' } })).productChanges
                .items,
        ).toEqual([expect.objectContaining({ id: pending.id, kind: 'NEW_VARIANT' })]);
        await settled();
        expect((await shopVariants()).map(v => v.sku)).not.toContain('HS-NHSK-200');
    });

    it('lists the new variant once the office approves it; from then on its contents are held like the others', async () => {
        const office = await login(OFFICE);
        const [pending] = await pendingOf(office);
        expect((await office.query(APPROVE, { id: pending.id })).approveProductChange.status).toBe(
            'APPROVED',
        );
        await eventually(
            async () => (await shopVariants()).some(v => v.sku === 'HS-NHSK-200'),
            'the approved variant is listed',
        );
        await eventually(async () => (await searchSkus()).includes('HS-NHSK-200'), 'search finds it');
        expect((await addToCart(held.id)).lines).toEqual([{ quantity: 1, productVariant: { id: held.id } }]);
        expect(await posVariantIds()).toContain(held.id);

        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        await producer.query(UPDATE_VARIANTS, {
            input: [{ id: held.id, translations: [{ languageCode: 'vi', name: 'Hộp 200 g tặng kèm sâm' }] }],
        });
        expect((await shopVariants()).find(v => v.id === held.id).name).toBe('Hộp 200 g');
        const [contents] = await pendingOf(producer);
        expect(contents).toMatchObject({ kind: 'CONTENTS', variants: [{ variantId: held.id }] });
        await office.query(REJECT, { id: contents.id, note: 'Quà tặng kèm không thuộc hồ sơ chứng nhận' });
    });

    it('keeps a rejected new variant off sale; its producer may then delete it', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const rejected = await newVariant(producer, SLUG, 'HS-NHSK-20', 'Hộp 20 g', 180_000_00);
        // Until the office decides, its producer edits it freely: the office reviews it as it is.
        await producer.query(UPDATE_VARIANTS, {
            input: [{ id: rejected.id, translations: [{ languageCode: 'vi', name: 'Hộp 20 g dùng thử' }] }],
        });
        const office = await login(OFFICE);
        const [pending, ...others] = await pendingOf(office);
        expect(others).toEqual([]);
        expect(pending).toMatchObject({
            kind: 'NEW_VARIANT',
            newVariant: { variantId: rejected.id, name: 'Hộp 20 g dùng thử' },
        });
        await office.query(REJECT, { id: pending.id, note: 'Quy cách 20 g chưa được hội đồng đánh giá' });
        await settled();
        expect((await shopVariants()).map(v => v.sku)).not.toContain('HS-NHSK-20');
        const { productEligibility } = await producer.query(ELIGIBILITY, { productId: product.id });
        expect(productEligibility.find((e: any) => e.productVariantId === rejected.id)).toMatchObject({
            sellable: false,
            reason: 'REVIEW_REJECTED',
        });
        const mine = await producer.query(CHANGES, {
            options: { productId: product.id, status: 'REJECTED' },
        });
        expect(mine.productChanges.items[0]).toMatchObject({
            kind: 'NEW_VARIANT',
            decisionNote: 'Quy cách 20 g chưa được hội đồng đánh giá',
        });
        expect((await producer.query(DELETE_VARIANT, { id: rejected.id })).deleteProductVariant.result).toBe(
            'DELETED',
        );
    });

    it("holds a change of an approved variant's options like its name; a price in the same request changes at once", async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const variant = (await shopName()).variants.find((v: any) => v.sku === 'HS-NHSK-100');
        const { optionId } = await newOption(producer, SLUG, 'hs-nhsk-100-l1', 'Hộp 100 g loại 1');
        await producer.query(UPDATE_VARIANTS, {
            input: [{ id: variant.id, price: variant.price + 20_000_00, optionIds: [optionId] }],
        });
        const shown = (await shopVariants()).find(v => v.id === variant.id);
        expect(shown.options.map((o: any) => o.name)).toEqual(['Hộp 100 g']);
        expect((await shopName()).variants.find((v: any) => v.id === variant.id).price).toBe(
            variant.price + 20_000_00,
        );
        const [pending] = await pendingOf(producer);
        expect(pending).toMatchObject({
            kind: 'CONTENTS',
            variants: [
                {
                    variantId: variant.id,
                    contents: { options: [{ groupName: 'Quy cách', name: 'Hộp 100 g loại 1' }] },
                },
            ],
        });
        await (await login(OFFICE)).query(APPROVE, { id: pending.id });
        expect((await shopVariants()).find(v => v.id === variant.id).options.map((o: any) => o.name)).toEqual(
            ['Hộp 100 g loại 1'],
        );
    });

    it("refuses a producer's removal or renaming of options that certified variants use", async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        const { product: p } = await producer.query(ADMIN_PRODUCT, { slug: SLUG });
        const group = p.optionGroups[0];
        await expectRefused(
            producer.query(
                gql`
                    mutation ($productId: ID!, $optionGroupId: ID!) {
                        removeOptionGroupFromProduct(
                            productId: $productId
                            optionGroupId: $optionGroupId
                            force: true
                        ) {
                            ... on Product {
                                id
                            }
                            ... on ErrorResult {
                                message
                            }
                        }
                    }
                `,
                { productId: p.id, optionGroupId: group.id },
            ),
            /OCOP_CERTIFIED_OPTIONS_IN_USE/,
        );
        const RENAME = gql`
            mutation ($input: UpdateProductOptionInput!) {
                updateProductOption(input: $input) {
                    id
                    name
                }
            }
        `;
        const used = group.options.find((o: any) => o.code === 'hs-nhsk-50');
        await expectRefused(
            producer.query(RENAME, {
                input: { id: used.id, translations: [{ languageCode: 'vi', name: 'Hộp 500 g' }] },
            }),
            /OCOP_CERTIFIED_OPTIONS_IN_USE/,
        );
        const unused = group.options.find((o: any) => o.code === 'hs-nhsk-100');
        const { updateProductOption } = await producer.query(RENAME, {
            input: { id: unused.id, translations: [{ languageCode: 'vi', name: 'Hộp 100 g (cũ)' }] },
        });
        expect(updateProductOption.name).toBe('Hộp 100 g (cũ)');
        expect((await shopVariants()).find(v => v.sku === 'HS-NHSK-50').options[0].name).toBe('Hộp 50 g');
    });

    it('refuses to delete a variant whose stamps are unsold; once the office voids them it goes, and sold stamps still verify', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
        await expectRefused(
            producer.query(DELETE_VARIANT, { id: held.id }),
            /OCOP_VARIANT_HAS_UNSOLD_STAMPS/,
        );
        expect((await shopVariants()).map(v => v.sku)).toContain('HS-NHSK-200');
        const db = new Client({ connectionString: server.databaseUrl });
        await db.connect();
        let soldCode: string;
        let batchId: string;
        try {
            // One unit was sold in a showroom (as the POS records it).
            const { rows } = await db.query(
                `UPDATE stamp SET status = 'SOLD', "soldAt" = now(), "soldChannel" = 'SALES_POINT', "soldWhere" = 'Showroom OCOP Hà Tĩnh'
                  WHERE id = (SELECT min(id) FROM stamp WHERE "productVariantId" = $1) RETURNING trim(code) AS code, "batchId"`,
                [Number(held.id)],
            );
            [{ code: soldCode, batchId }] = rows;
        } finally {
            await db.end();
        }
        await (
            await login(OFFICE)
        ).query(
            gql`
                mutation ($batchId: ID!) {
                    voidStampBatch(batchId: $batchId, reason: "Ngừng sản xuất quy cách 200 g") {
                        voided
                        sold
                    }
                }
            `,
            { batchId: String(batchId) },
        );
        // A rename waiting for the office goes with the variant: there is nothing left to approve.
        await producer.query(UPDATE_VARIANTS, {
            input: [{ id: held.id, translations: [{ languageCode: 'vi', name: 'Hộp 200 g (ngừng bán)' }] }],
        });
        expect((await pendingOf(producer)).map(c => c.variants[0]?.variantId)).toEqual([held.id]);
        expect((await producer.query(DELETE_VARIANT, { id: held.id })).deleteProductVariant.result).toBe(
            'DELETED',
        );
        expect(await pendingOf(producer)).toEqual([]);
        expect((await shopVariants()).map(v => v.sku)).not.toContain('HS-NHSK-200');
        const { verifyStamp } = await server.shopClient.query(VERIFY, { code: soldCode });
        expect(verifyStamp).toMatchObject({ productName: product.name, variantName: 'Hộp 200 g' });
    });

    it('holds nothing of a product that is not certified', async () => {
        const producer = await login(PRODUCER_A.email, PRODUCER_A.token);
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
                    translations: [
                        {
                            languageCode: 'vi',
                            name: 'Cao nhung hươu',
                            slug: 'cao-nhung-huou-tuan-hau',
                            description: 'Đang chờ đánh giá OCOP',
                        },
                    ],
                },
            },
        );
        const { createProductVariants } = await producer.query(CREATE_VARIANTS, {
            input: [
                {
                    productId: createProduct.id,
                    sku: 'HS-CNH-100',
                    price: 950_000_00,
                    stockOnHand: 10,
                    translations: [{ languageCode: 'vi', name: 'Lọ 100 g' }],
                },
            ],
        });
        await producer.query(UPDATE_VARIANTS, {
            input: [
                {
                    id: createProductVariants[0].id,
                    translations: [{ languageCode: 'vi', name: 'Lọ 100 g quà Tết' }],
                },
            ],
        });
        await producer.query(UPDATE_PRODUCT, {
            input: {
                id: createProduct.id,
                translations: [{ languageCode: 'vi', name: 'Cao nhung hươu Tuấn Hậu' }],
            },
        });
        const { product: after } = await producer.query(ADMIN_PRODUCT, { slug: 'cao-nhung-huou-tuan-hau' });
        expect(after.variants.map((v: any) => v.name)).toEqual(['Lọ 100 g quà Tết']);
        const { productChanges } = await producer.query(CHANGES, {
            options: { productId: createProduct.id },
        });
        expect(productChanges.totalItems).toBe(0);
    });
});

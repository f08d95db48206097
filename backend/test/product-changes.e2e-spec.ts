import gql from 'graphql-tag';
import { Client } from 'pg';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * Changes to certified products (issue 9, ADR 0018), with the demo logins: a producer's
 * change of a certified product's name, description or variants' names waits for the
 * office; the marketplace and the stamp page keep the approved contents until then;
 * prices change at once. Only the office decides; a producer sees only its own changes.
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
                status
                productId
                product {
                    name
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
                contents: { translations: [{ languageCode: 'vi', name: 'Hộp 50 g loại đặc biệt' }] },
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
});

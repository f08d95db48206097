import gql from 'graphql-tag';
import { TransactionalConnection } from '@vendure/core';
import { Buyer } from './utils/checkout';
import { eventually } from './utils/eventually';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * The listing gate as shoppers, producers and the office meet it, on the demo
 * catalogue: only stamped, validly certified 3★+ products of active producers
 * are visible or purchasable, whatever the shopper tries.
 */
const UNSELLABLE: Record<string, string> = {
    'keo-guong-thanh-dat': 'BELOW_THREE_STARS',
    'che-xanh-huong-long': 'CERTIFICATE_EXPIRED',
    'mam-tom-ba-ly': 'CERTIFICATE_REVOKED',
    'nam-linh-chi-do-cam-thanh': 'NO_STAMPS',
    'ruoc-tom-cam-linh': 'PRODUCER_INACTIVE',
    'keo-cu-do-gung-hien-vo': 'NO_CERTIFICATE',
};

const ADD = gql`
    mutation ($id: ID!, $qty: Int!) {
        addItemToOrder(productVariantId: $id, quantity: $qty) {
            ... on Order {
                id
                lines {
                    quantity
                    productVariant {
                        id
                    }
                }
            }
            ... on OrderInterceptorError {
                interceptorError
            }
            ... on InsufficientStockError {
                quantityAvailable
                order {
                    lines {
                        quantity
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

describe('listing gate', () => {
    let server: TestServer;
    let sql: (query: string, params?: unknown[]) => Promise<any[]>;
    let defaultToken: string;

    const adminProduct = async (slug: string) => {
        const { product } = await server.adminClient.query(
            gql`
                query ($slug: String!) {
                    product(slug: $slug) {
                        id
                        variants {
                            id
                            sku
                        }
                    }
                }
            `,
            { slug },
        );
        return product as { id: string; variants: Array<{ id: string; sku: string }> };
    };
    const shopProduct = async (slug: string) => {
        const { product } = await server.shopClient.query(
            gql`
                query ($slug: String!) {
                    product(slug: $slug) {
                        id
                        variants {
                            id
                            sku
                        }
                        ocop {
                            stars
                            certificateNumber
                            validUntil
                            productGroup
                            producerName
                            area
                        }
                    }
                }
            `,
            { slug },
        );
        return product;
    };
    const tryAdd = async (variantId: string, qty = 1) => {
        await server.shopClient.asAnonymousUser();
        try {
            const { addItemToOrder } = await server.shopClient.query(ADD, { id: variantId, qty });
            return addItemToOrder;
        } catch (e: any) {
            return { errorCode: 'GRAPHQL_ERROR', message: e.message };
        }
    };

    beforeAll(async () => {
        server = await startTestServer('listing_gate', { demoData: true });
        await server.adminClient.asSuperAdmin();
        const connection = server.app.get(TransactionalConnection);
        sql = (query, params) => connection.rawConnection.query(query, params);
        [{ token: defaultToken }] = await sql(`SELECT token FROM channel WHERE code = '__default_channel__'`);
    });
    afterAll(() => server?.close());

    it('hides every unsellable demo product from product, products, search and collections', async () => {
        const { products } = await server.shopClient.query(gql`
            query {
                products(options: { take: 100 }) {
                    totalItems
                    items {
                        slug
                    }
                }
            }
        `);
        const { search } = await server.shopClient.query(gql`
            query {
                search(input: { term: "", take: 100, groupByProduct: true }) {
                    totalItems
                    items {
                        slug
                    }
                }
            }
        `);
        const { collections } = await server.shopClient.query(gql`
            query {
                collections {
                    items {
                        slug
                    }
                }
            }
        `);
        expect(collections.items.length).toBeGreaterThan(3);
        for (const collection of collections.items) {
            const { collection: c } = await server.shopClient.query(
                gql`
                    query ($slug: String!) {
                        collection(slug: $slug) {
                            productVariants(options: { take: 100 }) {
                                items {
                                    product {
                                        slug
                                    }
                                }
                            }
                        }
                    }
                `,
                { slug: collection.slug },
            );
            collection.productVariants = c.productVariants;
        }
        const listed = new Set(products.items.map((p: any) => p.slug));
        const searched = new Set(search.items.map((p: any) => p.slug));
        const inCollections = new Set(
            collections.items.flatMap((c: any) => c.productVariants.items.map((v: any) => v.product.slug)),
        );
        expect(listed.size).toBe(43);
        expect(searched.size).toBe(43);
        // The group collections hold exactly the listed products (filled by the kept `ocop-group` facet).
        expect([...inCollections].sort()).toEqual([...listed].sort());
        for (const slug of Object.keys(UNSELLABLE)) {
            expect(await shopProduct(slug)).toBeNull();
            expect(listed.has(slug)).toBe(false);
            expect(searched.has(slug)).toBe(false);
            expect(inCollections.has(slug)).toBe(false);
        }
    });

    it('finds products whatever the diacritics, and never an unsellable one', async () => {
        const find = async (term: string) => {
            const { search } = await server.shopClient.query(
                gql`
                    query ($term: String!) {
                        search(input: { term: $term, groupByProduct: true, take: 50 }) {
                            totalItems
                            items {
                                slug
                            }
                        }
                    }
                `,
                { term },
            );
            return search.items.map((i: any) => i.slug) as string[];
        };
        const fishSauce = await find('nuoc mam');
        expect(fishSauce).toEqual(
            expect.arrayContaining(['nuoc-mam-cot-ky-ninh', 'nuoc-mam-truyen-thong-ky-ninh']),
        );
        expect(await find('NƯỚC MẮM')).toEqual(fishSauce);
        expect(await find('nước mắm')).toEqual(fishSauce);
        expect(await find('cu do')).toEqual(expect.arrayContaining(['keo-cu-do-hien-vo']));
        // "kẹo cu đơ gừng" has no certificate: it never appears, however it is spelt.
        expect(await find('cu do gung')).not.toContain('keo-cu-do-gung-hien-vo');
        expect(await find('keo guong')).toEqual([]);
        expect(await find('nhung huou')).toEqual(expect.arrayContaining(['nhung-huou-tuoi-huong-son']));
    });

    it('shows the same marketplace whatever channel token the shopper sends', async () => {
        for (const token of ['producer-th-thuc-pham-thanh-dat', '__default_channel__', 'nonsense']) {
            server.shopClient.setChannelToken(token);
            expect(await shopProduct('keo-guong-thanh-dat')).toBeNull();
            const { products } = await server.shopClient.query(gql`
                query {
                    products(options: { take: 1 }) {
                        totalItems
                    }
                }
            `);
            expect(products.totalItems).toBe(43);
        }
        server.shopClient.setChannelToken(null as any);
    });

    it('explains per variant why an unsellable product may not be sold', async () => {
        for (const [slug, reason] of Object.entries(UNSELLABLE)) {
            const product = await adminProduct(slug);
            const { productEligibility } = await server.adminClient.query(
                gql`
                    query ($id: ID!) {
                        productEligibility(productId: $id) {
                            sellable
                            reason
                            message
                            issuedStamps
                        }
                    }
                `,
                { id: product.id },
            );
            expect(productEligibility.map((e: any) => e.reason)).toEqual(product.variants.map(() => reason));
            expect(productEligibility.every((e: any) => !e.sellable && e.message)).toBe(true);
        }
    });

    it('gives every sellable product ISSUED stamps, at most one unit per stamp', async () => {
        const rows = await sql(`
            SELECT v.sku, (SELECT count(*) FROM stamp s WHERE s."productVariantId" = v.id AND s.status = 'ISSUED')::int AS issued
              FROM product_variant v
              JOIN product_variant_channels_channel vc ON vc."productVariantId" = v.id
              JOIN channel c ON c.id = vc."channelId" AND c.code = 'hatinh'`);
        expect(rows.length).toBeGreaterThan(80);
        for (const row of rows) expect(row.issued).toBeGreaterThan(0);
    });

    it('answers a shopper who adds an unlisted variant by id as if it did not exist, without telling why', async () => {
        const nonexistent = (await tryAdd('999999')).message.replace('999999', '<id>');
        expect(nonexistent).toMatch(/No ProductVariant with the id "<id>" could be found/);
        for (const slug of Object.keys(UNSELLABLE)) {
            const product = await adminProduct(slug);
            const result = await tryAdd(product.variants[0].id);
            expect(result.lines).toBeUndefined();
            expect(result.message.replace(product.variants[0].id, '<id>')).toBe(nonexistent);
        }
    });

    it('refuses, in the cart and at checkout, a listed variant that became unsellable since the page loaded', async () => {
        // Suspended straight in the database: no event, so the marketplace still lists the product
        // and the shopper's request reaches the order interceptor and the order process.
        const gingerTea = await adminProduct('tra-ca-gai-leo-ky-tay');
        const buyer = new Buyer(server);
        await buyer.readyToPay([[gingerTea.variants[0].id, 1]]);
        const second = new Buyer(server);
        await sql(
            `UPDATE producer SET active = false WHERE "channelId" IN (SELECT "channelId" FROM product_channels_channel WHERE "productId" = $1)`,
            [gingerTea.id],
        );
        const added = await second.add(gingerTea.variants[0].id, 1);
        expect(added.errorCode).toBe('ORDER_INTERCEPTOR_ERROR');
        expect(added.interceptorError).toBe(
            'OCOP_PRODUCER_INACTIVE: Chủ thể OCOP đang tạm ngừng bán (producer suspended)',
        );
        const paid = await buyer.pay();
        expect(paid.placed).toBe(false);
        expect((paid as { error: string }).error).toMatch(/OCOP_PRODUCER_INACTIVE/);
        await sql(
            `UPDATE producer SET active = true WHERE "channelId" IN (SELECT "channelId" FROM product_channels_channel WHERE "productId" = $1)`,
            [gingerTea.id],
        );
    });

    it('shows the OCOP badge of sellable products', async () => {
        const velvet = await shopProduct('nhung-huou-tuoi-huong-son');
        expect(velvet.ocop).toEqual({
            stars: 5,
            certificateNumber: '2475/QĐ-BNN-VPĐP-2024-01',
            validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            productGroup: 'FOOD',
            producerName: expect.any(String),
            area: 'Hương Sơn',
        });
    });

    it('shows the badge on every product of a list, from one batch', async () => {
        const { products } = await server.shopClient.query(gql`
            query {
                products(options: { take: 50 }) {
                    items {
                        slug
                        ocop {
                            stars
                            area
                        }
                    }
                }
            }
        `);
        expect(products.items.length).toBe(43);
        for (const p of products.items) {
            expect(p.ocop.stars).toBeGreaterThanOrEqual(3);
            expect(p.ocop.area).toBeTruthy();
        }
        expect(products.items.find((p: any) => p.slug === 'nhung-huou-tuoi-huong-son').ocop.stars).toBe(5);
    });

    it('sells at most as many units as there are ISSUED stamps', async () => {
        const velvet = await adminProduct('nhung-huou-tuoi-huong-son');
        const pair = velvet.variants.find(v => v.sku === 'HS-NHT-C400')!;
        // One stamp of the lot was damaged and voided: stock still says 3, only 2 may be sold.
        const [damaged] = await sql(
            `SELECT code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial LIMIT 1`,
            [pair.id],
        );
        await server.adminClient.query(
            gql`
                mutation ($codes: [String!]!) {
                    voidStamps(codes: $codes, reason: "Tem rách khi dán") {
                        voided
                    }
                }
            `,
            { codes: [damaged.code] },
        );
        const [{ issued }] = await sql(
            `SELECT count(*)::int AS issued FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED'`,
            [pair.id],
        );
        const [{ stock }] = await sql(
            `SELECT sum("stockOnHand")::int AS stock FROM stock_level WHERE "productVariantId" = $1`,
            [pair.id],
        );
        expect(issued).toBeLessThan(stock);
        // Vendure's own stock check counts stamps (ADR 0007): the cart gets what may be sold, and says so.
        const tooMany = await tryAdd(pair.id, issued + 1);
        expect(tooMany.errorCode).toBe('INSUFFICIENT_STOCK_ERROR');
        expect(tooMany.quantityAvailable).toBe(2);
        expect(tooMany.order.lines[0].quantity).toBe(2);
        const ok = await tryAdd(pair.id, issued);
        expect(ok.lines[0].quantity).toBe(issued);
    });

    it('keeps a new variant of an approved product off sale until it has stamps', async () => {
        const candy = await adminProduct('keo-cu-do-hien-vo');
        const [group] = await sql(
            `SELECT g.id FROM product_option_group g WHERE g.code = 'keo-cu-do-hien-vo-quy-cach'`,
        );
        // The producer adds a 2 kg carton to its approved product, in its own channel.
        server.adminClient.setChannelToken('producer-tp-keo-cu-do-hien-vo');
        let newVariant: { id: string };
        try {
            const { createProductOption } = await server.adminClient.query(
                gql`
                    mutation ($input: CreateProductOptionInput!) {
                        createProductOption(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        productOptionGroupId: group.id,
                        code: 'tp-kcd-hv-2kg',
                        translations: [{ languageCode: 'vi', name: 'Thùng 2 kg' }],
                    },
                },
            );
            const { createProductVariants } = await server.adminClient.query(
                gql`
                    mutation ($input: [CreateProductVariantInput!]!) {
                        createProductVariants(input: $input) {
                            id
                            sku
                        }
                    }
                `,
                {
                    input: [
                        {
                            productId: candy.id,
                            sku: 'TP-KCD-HV-2KG',
                            optionIds: [createProductOption.id],
                            price: 22_000_000,
                            stockOnHand: 20,
                            translations: [{ languageCode: 'vi', name: 'Thùng 2 kg' }],
                        },
                    ],
                },
            );
            newVariant = createProductVariants[0];
        } finally {
            server.adminClient.setChannelToken(defaultToken);
        }
        // Vendure 3.7.3 puts a new variant in every channel of its product; the gate takes it back out.
        await eventually(
            async () =>
                !(await shopProduct('keo-cu-do-hien-vo')).variants.some(
                    (v: any) => v.sku === 'TP-KCD-HV-2KG',
                ),
            'the new variant is off sale',
        );
        const refused = await tryAdd(newVariant.id);
        expect(refused.lines).toBeUndefined();

        await server.adminClient.query(
            gql`
                mutation ($input: IssueStampBatchInput!) {
                    issueStampBatch(input: $input) {
                        id
                        quantity
                    }
                }
            `,
            {
                input: {
                    productVariantId: newVariant.id,
                    quantity: 20,
                    lotCode: 'KCD-2KG-L1',
                    productionDate: '2026-11-20',
                    expiryDate: '2027-05-20',
                },
            },
        );
        await eventually(
            async () =>
                (await shopProduct('keo-cu-do-hien-vo')).variants.some((v: any) => v.sku === 'TP-KCD-HV-2KG'),
            'the stamped variant is on sale',
        );
        const added = await tryAdd(newVariant.id, 2);
        expect(added.lines[0].quantity).toBe(2);
    });

    it('takes a revoked product off sale at once, in the listing and in carts', async () => {
        const honey = await adminProduct('mat-ong-hoa-rung-vu-quang');
        expect(await shopProduct('mat-ong-hoa-rung-vu-quang')).not.toBeNull();
        const [cert] = await sql(`SELECT id FROM certificate WHERE "productId" = $1 AND status = 'ACTIVE'`, [
            honey.id,
        ]);
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    revokeCertificate(id: $id, reason: "Không tái đánh giá đúng hạn") {
                        status
                    }
                }
            `,
            { id: cert.id },
        );
        const refused = await tryAdd(honey.variants[0].id);
        expect(refused.lines).toBeUndefined();
        await eventually(
            async () => (await shopProduct('mat-ong-hoa-rung-vu-quang')) === null,
            'the revoked product disappears',
        );
    });

    it('takes a suspended producer off sale and brings it back when reactivated', async () => {
        const [producer] = await sql(`SELECT id FROM producer WHERE code = 'hs-huou-tuan-hau'`);
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    setProducerActive(id: $id, active: false) {
                        active
                    }
                }
            `,
            { id: producer.id },
        );
        await eventually(
            async () => (await shopProduct('nhung-huou-tuoi-huong-son')) === null,
            'the suspended producer disappears',
        );
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    setProducerActive(id: $id, active: true) {
                        active
                    }
                }
            `,
            { id: producer.id },
        );
        await eventually(
            async () => (await shopProduct('nhung-huou-tuoi-huong-son')) !== null,
            'the producer is back',
        );
    });

    it('stops a checkout when the certificate expires while the cart is open', async () => {
        const oranges = await adminProduct('cam-khe-may-huong-khe');
        const buyer = new Buyer(server);
        expect((await buyer.add(oranges.variants[0].id, 2)).lines[0].quantity).toBe(2);
        await buyer.contactAndDelivery();

        // Midnight passes: the certificate's last valid day was yesterday (no job has run yet).
        await sql(
            `UPDATE certificate SET "validUntil" = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, "issuedAt" = '2023-01-01' WHERE "productId" = $1 AND status = 'ACTIVE'`,
            [oranges.id],
        );
        const transition = await buyer.toPayment();
        expect(transition.errorCode).toBe('ORDER_STATE_TRANSITION_ERROR');
        expect(transition.transitionError).toMatch(/^OCOP_CERTIFICATE_EXPIRED/);
        const { activeOrder } = await buyer.client.query(gql`
            query {
                activeOrder {
                    state
                }
            }
        `);
        expect(activeOrder.state).toBe('AddingItems');
    });

    it('refuses payment when the certificate is revoked after the payment step began', async () => {
        const fishSauce = await adminProduct('nuoc-mam-truyen-thong-ky-ninh');
        const buyer = new Buyer(server);
        await buyer.readyToPay([[fishSauce.variants[0].id, 1]]);

        const [cert] = await sql(`SELECT id FROM certificate WHERE "productId" = $1 AND status = 'ACTIVE'`, [
            fishSauce.id,
        ]);
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    revokeCertificate(id: $id, reason: "Vi phạm an toàn thực phẩm") {
                        status
                    }
                }
            `,
            { id: cert.id },
        );
        const paid = await buyer.pay();
        expect(paid.placed).toBe(false);
        expect((paid as { error: string }).error).toMatch(/OCOP_CERTIFICATE_REVOKED/);
        const { activeOrder } = await buyer.client.query(gql`
            query {
                activeOrder {
                    state
                    payments {
                        id
                    }
                }
            }
        `);
        expect(activeOrder).toEqual({ state: 'ArrangingPayment', payments: [] });
        const placed = await sql(
            `SELECT count(*)::int AS n FROM "order" o JOIN order_line l ON l."orderId" = o.id WHERE l."productVariantId" = $1 AND o."orderPlacedAt" IS NOT NULL`,
            [fishSauce.variants[0].id],
        );
        expect(placed[0].n).toBe(0);
    });

    it('reports the governing certificate: a revocation outranks an older expiry that ends the same day', async () => {
        const product = await adminProduct('keo-lac-suu-ha');
        const [current] = await sql(
            `SELECT id FROM certificate WHERE "productId" = $1 AND status = 'ACTIVE'`,
            [product.id],
        );
        // An older certificate, long expired, that happens to end on the same day as the current one.
        await sql(
            `INSERT INTO certificate ("productId", "certificateNumber", "decisionNumber", "criteriaVersion", score, stars, "productGroup",
                                      "issuedAt", "validUntil", status)
             SELECT "productId", "certificateNumber" || '-CU', "decisionNumber" || '-CU', "criteriaVersion", score, stars, "productGroup",
                    "issuedAt" - 400, "validUntil", 'EXPIRED' FROM certificate WHERE id = $1`,
            [current.id],
        );
        await server.adminClient.query(
            gql`
                mutation ($id: ID!) {
                    revokeCertificate(id: $id, reason: "Vi phạm nhãn mác") {
                        status
                    }
                }
            `,
            { id: current.id },
        );
        const { productEligibility } = await server.adminClient.query(
            gql`
                query ($id: ID!) {
                    productEligibility(productId: $id) {
                        reason
                    }
                }
            `,
            { id: product.id },
        );
        expect(productEligibility.map((e: any) => e.reason)).toEqual(
            product.variants.map(() => 'CERTIFICATE_REVOKED'),
        );
        const { verifyStamp } = await server.shopClient.query(
            gql`
                query ($code: String!) {
                    verifyStamp(code: $code) {
                        certificateStatus
                    }
                }
            `,
            {
                code: (
                    await sql(`SELECT code FROM stamp WHERE "productVariantId" = $1 LIMIT 1`, [
                        product.variants[0].id,
                    ])
                )[0].code,
            },
        );
        expect(verifyStamp.certificateStatus).toBe('REVOKED');
    });
});

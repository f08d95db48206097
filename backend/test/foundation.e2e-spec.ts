import gql from 'graphql-tag';
import { formatVnd } from '@ocop/shared';
import { Buyer } from './utils/checkout';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * The foundation as a shopper and the office see it: the server boots with the
 * demo data, the Shop API sells in VND and Vietnamese, and big velvet orders add up.
 */
describe('foundation', () => {
    let server: TestServer;

    beforeAll(async () => {
        server = await startTestServer('foundation', { demoData: true });
    });
    afterAll(() => server?.close());

    it('answers the health check, with the database', async () => {
        const res = await fetch(`http://127.0.0.1:${server.port}/health`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    });

    it('serves the Shop API from the VND, Vietnamese-first marketplace channel', async () => {
        const { activeChannel } = await server.shopClient.query(gql`
            query {
                activeChannel {
                    code
                    token
                    defaultCurrencyCode
                    defaultLanguageCode
                    availableLanguageCodes
                    pricesIncludeTax
                }
            }
        `);
        expect(activeChannel).toEqual({
            code: 'hatinh',
            token: 'hatinh',
            defaultCurrencyCode: 'VND',
            defaultLanguageCode: 'vi',
            availableLanguageCodes: ['vi', 'en'],
            pricesIncludeTax: true,
        });
    });

    it('serves the marketplace whatever channel token the request names', async () => {
        server.shopClient.setChannelToken('producer-does-not-matter');
        try {
            const { activeChannel } = await server.shopClient.query(gql`
                query {
                    activeChannel {
                        code
                    }
                }
            `);
            expect(activeChannel.code).toBe('hatinh');
        } finally {
            server.shopClient.setChannelToken(null as any);
        }
    });

    it('lists the demo catalogue in Vietnamese, with English on request', async () => {
        const query = gql`
            query ($slug: String!) {
                product(slug: $slug) {
                    name
                    variants {
                        name
                        priceWithTax
                        currencyCode
                    }
                }
            }
        `;
        const vi = await server.shopClient.query(query, { slug: 'nhung-huou-tuoi-huong-son' });
        expect(vi.product.name).toMatch(/^Nhung hươu/);
        expect(vi.product.variants[0].currencyCode).toBe('VND');
        const res = await server.shopClient.fetch(
            `http://127.0.0.1:${server.port}/shop-api?languageCode=en`,
            {
                method: 'POST',
                body: JSON.stringify({ query: '{ product(slug: "nhung-huou-tuoi-huong-son") { name } }' }),
            },
        );
        const en = (await res.json()) as any;
        expect(en.data.product.name).toMatch(/velvet/i);
    });

    it('totals 3 × a 35.000.000 ₫ velvet pair at exactly 105.000.000 ₫ through checkout', async () => {
        const { product } = await server.shopClient.query(gql`
            query {
                product(slug: "nhung-huou-tuoi-huong-son") {
                    variants {
                        id
                        priceWithTax
                    }
                }
            }
        `);
        const variant = product.variants.find((v: any) => v.priceWithTax === 3_500_000_000);
        expect(variant).toBeDefined();

        const { addItemToOrder } = await server.shopClient.query(
            gql`
                mutation ($id: ID!) {
                    addItemToOrder(productVariantId: $id, quantity: 3) {
                        ... on Order {
                            code
                            subTotalWithTax
                            totalWithTax
                            lines {
                                quantity
                                linePriceWithTax
                            }
                        }
                        ... on ErrorResult {
                            errorCode
                            message
                        }
                    }
                }
            `,
            { id: variant.id },
        );
        expect(addItemToOrder.lines).toEqual([{ quantity: 3, linePriceWithTax: 10_500_000_000 }]);
        expect(addItemToOrder.subTotalWithTax).toBe(10_500_000_000);
        expect(formatVnd(addItemToOrder.subTotalWithTax)).toBe('105.000.000\u00a0₫');

        await server.shopClient.query(gql`
            mutation {
                setCustomerForOrder(
                    input: { emailAddress: "lan.nguyen@example.vn", firstName: "Lan", lastName: "Nguyễn" }
                ) {
                    ... on Order {
                        id
                    }
                }
                setOrderShippingAddress(
                    input: {
                        fullName: "Nguyễn Thị Lan"
                        streetLine1: "12 Phan Đình Phùng"
                        city: "Phường Thành Sen"
                        province: "Hà Tĩnh"
                        countryCode: "VN"
                        phoneNumber: "0912345678"
                    }
                ) {
                    ... on Order {
                        id
                    }
                }
            }
        `);
        const { eligibleShippingMethods } = await server.shopClient.query(gql`
            query {
                eligibleShippingMethods {
                    id
                    code
                    priceWithTax
                }
            }
        `);
        const standard = eligibleShippingMethods.find((m: any) => m.code === 'standard-delivery');
        await server.shopClient.query(
            gql`
                mutation ($id: [ID!]!) {
                    setOrderShippingMethod(shippingMethodId: $id) {
                        ... on Order {
                            id
                        }
                    }
                }
            `,
            { id: [standard.id] },
        );
        await server.shopClient.query(gql`
            mutation {
                transitionOrderToState(state: "ArrangingPayment") {
                    ... on Order {
                        state
                    }
                }
            }
        `);
        const { addPaymentToOrder } = await server.shopClient.query(gql`
            mutation {
                addPaymentToOrder(input: { method: "cash-on-delivery", metadata: {} }) {
                    ... on Order {
                        state
                        subTotalWithTax
                        shippingWithTax
                        totalWithTax
                        payments {
                            amount
                            state
                            method
                        }
                    }
                    ... on ErrorResult {
                        errorCode
                        message
                    }
                }
            }
        `);
        expect(addPaymentToOrder.state).toBe('PaymentAuthorized');
        expect(addPaymentToOrder.subTotalWithTax).toBe(10_500_000_000);
        expect(addPaymentToOrder.totalWithTax).toBe(10_500_000_000 + standard.priceWithTax);
        expect(addPaymentToOrder.payments).toEqual([
            { amount: addPaymentToOrder.totalWithTax, state: 'Authorized', method: 'cash-on-delivery' },
        ]);
    });

    it('refuses to go to payment without an address a courier can deliver to', async () => {
        const { product } = await server.shopClient.query(gql`
            query {
                product(slug: "keo-cu-do-hien-vo") {
                    variants {
                        id
                    }
                }
            }
        `);
        const buyer = new Buyer(server);
        expect((await buyer.add(product.variants[0].id, 1)).lines).toHaveLength(1);
        const toPayment = () => buyer.toPayment();
        const setAddress = (input: Record<string, string>) =>
            buyer.client.query(
                gql`
                    mutation ($input: CreateAddressInput!) {
                        setOrderShippingAddress(input: $input) {
                            ... on Order {
                                id
                            }
                        }
                    }
                `,
                { input: { countryCode: 'VN', ...input } },
            );
        await buyer.client.query(gql`
            mutation {
                setCustomerForOrder(
                    input: { emailAddress: "khach@example.vn", firstName: "Hà", lastName: "Lê" }
                ) {
                    ... on Order {
                        id
                    }
                }
            }
        `);
        const { eligibleShippingMethods } = await buyer.client.query(gql`
            query {
                eligibleShippingMethods {
                    id
                }
            }
        `);
        await buyer.client.query(
            gql`
                mutation ($id: [ID!]!) {
                    setOrderShippingMethod(shippingMethodId: $id) {
                        ... on Order {
                            id
                        }
                    }
                }
            `,
            { id: [eligibleShippingMethods[0].id] },
        );
        // What a storefront that sends the address only with a postal code leaves behind: none at all.
        expect((await toPayment()).transitionError).toBe(
            'OCOP_ADDRESS_INCOMPLETE: Địa chỉ giao hàng còn thiếu họ tên người nhận, số nhà, đường hoặc thôn, xã/phường, ' +
                'tỉnh/thành phố, số điện thoại hợp lệ (the delivery address lacks recipient name, street, commune or ward, ' +
                'province, a valid phone number)',
        );
        await setAddress({
            fullName: 'Lê Thị Hà',
            streetLine1: 'Thôn 3',
            city: 'Xã Sơn Kim 1',
            province: 'Hà Tĩnh',
            phoneNumber: '12',
        });
        expect((await toPayment()).transitionError).toMatch(
            /thiếu số điện thoại hợp lệ \(the delivery address lacks a valid phone number\)$/,
        );
        await setAddress({
            fullName: 'Lê Thị Hà',
            streetLine1: 'Thôn 3',
            city: 'Xã Sơn Kim 1',
            province: 'Hà Tĩnh',
            phoneNumber: '0912 345 678',
        });
        expect((await toPayment()).state).toBe('ArrangingPayment');
    });

    it('shows each producer the lines it sold, and only those', async () => {
        const { getConfig } = await import('@vendure/core');
        const { SimpleGraphQLClient } = await import('@vendure/testing');
        const asProducer = async (email: string, token: string) => {
            const client = new SimpleGraphQLClient(
                getConfig() as any,
                `http://127.0.0.1:${server.port}/admin-api`,
            );
            await client.asUserWithCredentials(email, 'ocop-demo');
            client.setChannelToken(token);
            return client.query(gql`
                query {
                    producerOrderLines {
                        totalItems
                        items {
                            orderState
                            sku
                            quantity
                            linePriceWithTax
                            shippingCity
                        }
                    }
                }
            `);
        };
        const velvet = await asProducer('huoutuanhau@example.com', 'producer-hs-huou-tuan-hau');
        expect(velvet.producerOrderLines.items).toEqual([
            {
                orderState: 'PaymentAuthorized',
                sku: 'HS-NHT-C400',
                quantity: 3,
                linePriceWithTax: 10_500_000_000,
                shippingCity: 'Phường Thành Sen',
            },
        ]);
        const other = await asProducer('lienhe.sontruong@example.com', 'producer-hs-nhung-huou-son-truong');
        expect(other.producerOrderLines).toEqual({ totalItems: 0, items: [] });
    });

    it('rounds a VAT-inclusive price at 8% to a whole đồng of net price and tax', async () => {
        const { search } = await server.shopClient.query(gql`
            query {
                search(input: { term: "", take: 100 }) {
                    items {
                        sku
                    }
                }
            }
        `);
        expect(search.items.length).toBeGreaterThan(0);
        const { product } = await server.shopClient.query(gql`
            query {
                product(slug: "keo-cu-do-hien-vo") {
                    variants {
                        price
                        priceWithTax
                        taxRateApplied {
                            value
                        }
                    }
                }
            }
        `);
        for (const v of product.variants) {
            expect(v.taxRateApplied.value).toBe(8);
            expect(v.price % 100).toBe(0);
            // e.g. 25.000 ₫ gross → 23.148 ₫ net (23.148,148… rounded)
            expect(v.price).toBe(Math.round(v.priceWithTax / 100 / 1.08) * 100);
        }
    });

    it('loads the demo data only once', async () => {
        const { DemoDataService } = await import('../src/demo/services/demo-data.service');
        const before = await server.adminClient.asSuperAdmin().then(() =>
            server.adminClient.query(gql`
                query {
                    products(options: { take: 1 }) {
                        totalItems
                    }
                }
            `),
        );
        const result = await server.app.get(DemoDataService).seed();
        expect(result.created).toBe(0);
        const after = await server.adminClient.query(gql`
            query {
                products(options: { take: 1 }) {
                    totalItems
                }
            }
        `);
        expect(after.products.totalItems).toBe(before.products.totalItems);
        expect(before.products.totalItems).toBeGreaterThanOrEqual(40);
    });
});

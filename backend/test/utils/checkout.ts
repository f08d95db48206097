import gql from 'graphql-tag';
import { getConfig, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { TestServer } from './test-server';

const ADD = gql`
    mutation ($id: ID!, $qty: Int!) {
        addItemToOrder(productVariantId: $id, quantity: $qty) {
            ... on Order {
                id
                code
                lines {
                    id
                    quantity
                    productVariant {
                        id
                    }
                }
            }
            ... on InsufficientStockError {
                quantityAvailable
            }
            ... on OrderInterceptorError {
                interceptorError
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const PAY = gql`
    mutation {
        addPaymentToOrder(input: { method: "cash-on-delivery", metadata: {} }) {
            ... on Order {
                id
                code
                state
                lines {
                    id
                    quantity
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** What a buyer ended with: an order placed, or the error a person would read. */
export type PayOutcome =
    { placed: true; orderId: string; code: string; lineIds: string[] } | { placed: false; error: string };

/**
 * A shopper with a browser session of its own, checking out over the Shop API as
 * the storefront will: cart, contact, address, delivery, cash on delivery.
 */
export class Buyer {
    readonly client: SimpleGraphQLClient;
    orderId?: string;

    constructor(
        server: TestServer,
        private n = 0,
    ) {
        this.client = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/shop-api`,
        );
    }

    async add(variantId: string, quantity = 1) {
        const { addItemToOrder } = await this.client.query(ADD, { id: variantId, qty: quantity });
        if (addItemToOrder.id) this.orderId = addItemToOrder.id;
        return addItemToOrder;
    }

    /** Everything up to the payment step; throws if a step that should pass does not. */
    async readyToPay(lines: Array<[variantId: string, quantity: number]>) {
        for (const [variantId, quantity] of lines) {
            const added = await this.add(variantId, quantity);
            if (!added.lines) throw new Error(`addItemToOrder refused: ${JSON.stringify(added)}`);
        }
        await this.contactAndDelivery();
        const transition = await this.toPayment();
        if (transition.state !== 'ArrangingPayment')
            throw new Error(`checkout refused: ${transition.transitionError}`);
    }

    /** Contact, a complete Vietnamese address and the first delivery method offered. */
    async contactAndDelivery() {
        await this.client.query(
            gql`
                mutation ($email: String!) {
                    setCustomerForOrder(
                        input: { emailAddress: $email, firstName: "Lan", lastName: "Nguyễn" }
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
            `,
            { email: `buyer${this.n}.${Date.now()}@example.vn` },
        );
        const { eligibleShippingMethods } = await this.client.query(gql`
            query {
                eligibleShippingMethods {
                    id
                }
            }
        `);
        await this.client.query(
            gql`
                mutation ($id: [ID!]!) {
                    setOrderShippingMethod(shippingMethodId: $id) {
                        ... on Order {
                            id
                        }
                    }
                }
            `,
            {
                id: [eligibleShippingMethods[0].id],
            },
        );
    }

    /** The step to payment: the order's state, or the reason it was refused. */
    async toPayment(): Promise<{ state?: string; errorCode?: string; transitionError?: string }> {
        const { transitionOrderToState } = await this.client.query(gql`
            mutation {
                transitionOrderToState(state: "ArrangingPayment") {
                    ... on Order {
                        state
                    }
                    ... on OrderStateTransitionError {
                        errorCode
                        transitionError
                    }
                }
            }
        `);
        return transitionOrderToState;
    }

    async pay(): Promise<PayOutcome> {
        try {
            const { addPaymentToOrder } = await this.client.query(PAY);
            if (
                addPaymentToOrder.state === 'PaymentAuthorized' ||
                addPaymentToOrder.state === 'PaymentSettled'
            ) {
                return {
                    placed: true,
                    orderId: addPaymentToOrder.id,
                    code: addPaymentToOrder.code,
                    lineIds: addPaymentToOrder.lines.map((l: any) => l.id),
                };
            }
            return { placed: false, error: `${addPaymentToOrder.errorCode}: ${addPaymentToOrder.message}` };
        } catch (e: any) {
            return { placed: false, error: String(e.message) };
        }
    }
}

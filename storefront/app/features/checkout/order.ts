/** The order as the cart, checkout, payment and confirmation pages show it (see order.server.ts). */
export interface OrderLineView {
    id: string;
    quantity: number;
    unitPriceWithTax: number;
    linePriceWithTax: number;
    featuredAsset: { preview: string } | null;
    productVariant: {
        id: string;
        name: string;
        product: {
            id: string;
            name: string;
            slug: string;
            featuredAsset: { preview: string } | null;
            ocop: { producerName: string; stars: number } | null;
        };
    };
}

export interface OrderAddressView {
    fullName?: string | null;
    phoneNumber?: string | null;
    streetLine1?: string | null;
    city?: string | null;
    province?: string | null;
    countryCode?: string | null;
}

export interface PaymentView {
    id: string;
    method: string;
    state: string;
    amount: number;
    /** The public part of the payment's metadata (the Shop API shows nothing else). */
    metadata: Record<string, unknown> | null;
    createdAt: string;
}

export interface OrderView {
    id: string;
    code: string;
    state: string;
    active: boolean;
    totalQuantity: number;
    subTotalWithTax: number;
    shippingWithTax: number;
    totalWithTax: number;
    orderPlacedAt: string | null;
    customer: {
        id: string;
        emailAddress: string;
        firstName: string;
        lastName: string;
        phoneNumber: string | null;
    } | null;
    shippingAddress: OrderAddressView | null;
    shippingLines: { priceWithTax: number; shippingMethod: { id: string; code: string; name: string } }[];
    taxSummary: { taxRate: number; taxTotal: number }[];
    payments: PaymentView[] | null;
    lines: OrderLineView[];
}

/** One parcel per producer: lines grouped by the producer that ships them, in cart order. */
export function groupByProducer(
    lines: OrderLineView[],
): { producer: string | null; lines: OrderLineView[] }[] {
    const groups = new Map<string, { producer: string | null; lines: OrderLineView[] }>();
    for (const line of lines) {
        const producer = line.productVariant.product.ocop?.producerName ?? null;
        const key = producer ?? '';
        let group = groups.get(key);
        if (!group) {
            group = { producer, lines: [] };
            groups.set(key, group);
        }
        group.lines.push(line);
    }
    return [...groups.values()];
}

/** The image of a line: the variant's, else the product's. */
export function lineImage(line: OrderLineView): string | undefined {
    return line.featuredAsset?.preview ?? line.productVariant.product.featuredAsset?.preview;
}

/** What a VietQR payment shows the buyer (`Payment.metadata.public`, see the payments plugin). */
export interface VietQrDetails {
    payload: string;
    /** Minor units. */
    amount: number;
    amountDong: number;
    bankBin: string;
    bankName: string;
    accountNumber: string;
    accountName: string;
    reference: string;
    expiresAt: string;
}

/** The Shop API shows only `metadata.public` of a payment; older shapes had the fields at the top. */
export function publicPart(payment: PaymentView | undefined): Partial<VietQrDetails> | undefined {
    const meta = payment?.metadata as
        ({ public?: Partial<VietQrDetails> } & Partial<VietQrDetails>) | null | undefined;
    if (!meta) return undefined;
    return meta.public ?? meta;
}

/**
 * The i18n keys (namespace `order`) of an order's state and payment state as a buyer reads
 * them: a cash-on-delivery order is "placed, pay on delivery", not "awaiting payment".
 */
export function stateKeys(state: string, method?: string, paymentState?: string) {
    const cod = method === 'cash-on-delivery';
    return {
        state: cod && state === 'PaymentAuthorized' ? 'PlacedCashOnDelivery' : state,
        payment: cod && paymentState === 'Authorized' ? 'CashOnDelivery' : paymentState,
    };
}

import { ID } from '@vendure/core';

export interface PosSaleLineInput {
    productVariantId: ID;
    quantity: number;
    stampCodes: string[];
    /** The price the tablet sold at; the server's current price when absent. */
    unitPriceWithTax?: number | null;
}

export interface PosPaymentInput {
    method: string;
    amount: number;
    reference?: string | null;
    tendered?: number | null;
}

export interface PosDiscountInput {
    productVariantId?: ID | null;
    amount?: number | null;
    percent?: number | null;
    reason?: string | null;
    approvedByStaffId?: ID | null;
}

export interface RecordPosSaleInput {
    clientSaleId: string;
    salesPointId: ID;
    soldAt: Date | string;
    staffId: ID;
    shiftId?: ID | null;
    lines: PosSaleLineInput[];
    payments: PosPaymentInput[];
    discounts?: PosDiscountInput[] | null;
    buyerTaxCode?: string | null;
    buyerName?: string | null;
    buyerAddress?: string | null;
    buyerEmail?: string | null;
}

export interface PosReceiptLine {
    productVariantId: string;
    name: string;
    sku: string;
    quantity: number;
    unitPriceWithTax: number;
    discount: number;
    lineTotalWithTax: number;
    taxRate: number;
    stampCodes: string[];
    producerName: string | null;
    productGroup: string | null;
}

export interface PosReceiptVat {
    taxRate: number;
    net: number;
    tax: number;
    gross: number;
}

export interface PosReceiptPayment {
    method: string;
    amount: number;
    reference: string | null;
    tendered: number | null;
    change: number;
}

/** What the receipt and a later e-invoice need, as it was at the sale. */
export interface PosReceipt {
    orderCode: string;
    soldAt: string;
    salesPointName: string;
    salesPointCode: string;
    salesPointAddress: string;
    staffName: string;
    buyerTaxCode: string | null;
    buyerName: string | null;
    buyerAddress: string | null;
    buyerEmail: string | null;
    lines: PosReceiptLine[];
    vat: PosReceiptVat[];
    payments: PosReceiptPayment[];
    cartDiscount: number;
    total: number;
    totalTax: number;
}

export interface PosSaleConflictView {
    id: ID;
    code: string;
    message: string;
    stampCode: string | null;
    productVariantId: ID | null;
}

export interface PosSaleResult {
    orderCode: string;
    total: number;
    totalTax: number;
    change: number;
    conflicts: PosSaleConflictView[];
    replayed: boolean;
    receipt: PosReceipt;
}

/** The tablet a request comes from, resolved from its session. */
export interface TabletIdentity {
    tabletId: number;
    tabletName: string;
    salesPointId: number;
    stockLocationId: number;
}

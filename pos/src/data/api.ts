import type { PosSettings, SaleRecord, StaffRole } from './db';

/**
 * The Admin API as the tablet uses it. Every operation the POS calls is in this
 * file, so that the contract with the backend can be read (and changed) in one place.
 */

export class ApiError extends Error {
    constructor(
        message: string,
        readonly code: string | undefined,
        /** True when the server could not be reached (offline, DNS, refused): retry later. */
        readonly network = false,
    ) {
        super(message);
    }
}

export interface ApiTarget {
    apiUrl: string;
    token?: string;
}

export async function gql<T>(
    target: ApiTarget,
    query: string,
    variables: Record<string, unknown> = {},
): Promise<T> {
    let response: Response;
    try {
        response = await fetch(`${target.apiUrl.replace(/\/+$/, '')}/admin-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
    } catch (e) {
        throw new ApiError((e as Error).message, 'NETWORK', true);
    }
    if (response.status >= 500 || response.status === 0) {
        throw new ApiError(`HTTP ${response.status}`, 'NETWORK', true);
    }
    const body = (await response.json().catch(() => ({}))) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
        const first = body.errors[0];
        throw new ApiError(first.message, first.extensions?.code);
    }
    if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'NETWORK', true);
    return body.data;
}

export interface EnrolResult {
    token: string;
    tablet: { id: string; name: string };
    salesPoint: { id: string; name: string; kind: string };
}

export async function enrolTablet(apiUrl: string, username: string, password: string, name: string) {
    const data = await gql<{ enrolPosTablet: EnrolResult }>(
        { apiUrl },
        `mutation Enrol($input: EnrolPosTabletInput!) {
            enrolPosTablet(input: $input) { token tablet { id name } salesPoint { id name kind } }
        }`,
        { input: { username, password, name } },
    );
    return data.enrolPosTablet;
}

export interface Bootstrap {
    salesPoint: { id: string; name: string; kind: string };
    settings: PosSettings;
    variants: {
        id: string;
        sku: string;
        name: string;
        productName: string;
        group: string | null;
        producerName: string | null;
        priceWithTax: number;
        taxRate: number;
        ean?: string | null;
    }[];
    stamps: { code: string; productVariantId: string }[];
    staff: {
        id: string;
        name: string;
        role: StaffRole;
        pinSalt: string;
        pinHash: string;
        pinIterations: number;
    }[];
}

export async function fetchBootstrap(target: ApiTarget): Promise<Bootstrap> {
    const data = await gql<{ posBootstrap: Bootstrap }>(
        target,
        `query PosBootstrap {
            posBootstrap {
                salesPoint { id name kind }
                settings { discountApprovalPercent vietqrBankBin vietqrAccountNumber vietqrAccountName }
                variants { id sku name productName group producerName priceWithTax taxRate ean }
                stamps { code productVariantId }
                staff { id name role pinSalt pinHash pinIterations }
            }
        }`,
    );
    return data.posBootstrap;
}

export interface RecordResult {
    orderCode: string;
    total: number;
    replayed: boolean;
    conflicts: { code: string; message: string; stampCode?: string | null }[];
}

/** The idempotent sale command: the server dedupes on `clientSaleId`. */
export async function recordPosSale(
    target: ApiTarget,
    sale: SaleRecord,
    shiftServerId?: string,
): Promise<RecordResult> {
    const byVariant = new Map<
        string,
        { productVariantId: string; quantity: number; stampCodes: string[]; unitPriceWithTax: number }
    >();
    const lineDiscounts = new Map<string, number>();
    for (const line of sale.lines) {
        const entry = byVariant.get(line.productVariantId) ?? {
            productVariantId: line.productVariantId,
            quantity: 0,
            stampCodes: [],
            // The price the tablet sold at: a price changed since is a conflict on the server, not a new total.
            unitPriceWithTax: line.unitPriceWithTax,
        };
        entry.quantity += 1;
        entry.stampCodes.push(line.stampCode);
        byVariant.set(line.productVariantId, entry);
        if (line.discount > 0) {
            lineDiscounts.set(
                line.productVariantId,
                (lineDiscounts.get(line.productVariantId) ?? 0) + line.discount,
            );
        }
    }
    // Amounts, not percentages: the server then reaches exactly the total the buyer paid.
    const approvedByStaffId = sale.approvedByStaffId ?? null;
    const discounts = [
        ...[...lineDiscounts.entries()].map(([productVariantId, amount]) => ({
            productVariantId,
            amount,
            approvedByStaffId,
        })),
        ...(sale.cartDiscount > 0
            ? [{ productVariantId: null, amount: sale.cartDiscount, approvedByStaffId }]
            : []),
    ];
    const data = await gql<{ recordPosSale: RecordResult }>(
        target,
        `mutation RecordPosSale($input: RecordPosSaleInput!) {
            recordPosSale(input: $input) { orderCode total replayed conflicts { code message stampCode } }
        }`,
        {
            input: {
                clientSaleId: sale.clientSaleId,
                salesPointId: sale.salesPointId,
                soldAt: sale.soldAt,
                staffId: sale.staffId,
                shiftId: shiftServerId ?? null,
                lines: [...byVariant.values()],
                payments: sale.payments.map(p => ({
                    method: p.method,
                    amount: p.amount,
                    reference: p.reference ?? null,
                    tendered: p.given ?? null,
                })),
                discounts,
                buyerTaxCode: sale.buyerTaxCode ?? null,
            },
        },
    );
    return data.recordPosSale;
}

export interface StampLookup {
    code: string;
    status: 'ISSUED' | 'SOLD' | 'VOID' | 'UNKNOWN';
    productVariantId: string | null;
    locatedHere: boolean;
    suspect: boolean;
    message: string | null;
}

/** Online check of a scanned stamp; for a suspect stamp the server also records an alert for the office. */
export async function lookupStamp(target: ApiTarget, code: string): Promise<StampLookup> {
    const data = await gql<{ posStampLookup: StampLookup }>(
        target,
        `mutation PosStampLookup($code: String!) {
            posStampLookup(code: $code) { code status productVariantId locatedHere suspect message }
        }`,
        { code },
    );
    return data.posStampLookup;
}

export interface ServerShift {
    id: string;
    openedAt: string;
    state: 'OPEN' | 'CLOSED';
}

export async function currentShift(target: ApiTarget): Promise<ServerShift | null> {
    const data = await gql<{ currentPosShift: ServerShift | null }>(
        target,
        `query { currentPosShift { id openedAt state } }`,
    );
    return data.currentPosShift;
}

export async function openShift(
    target: ApiTarget,
    staffId: string,
    openingFloat: number,
): Promise<ServerShift> {
    const data = await gql<{ openPosShift: ServerShift }>(
        target,
        `mutation OpenShift($input: OpenPosShiftInput!) { openPosShift(input: $input) { id openedAt state } }`,
        { input: { staffId, openingFloat } },
    );
    return data.openPosShift;
}

export async function cashMovement(
    target: ApiTarget,
    shiftId: string,
    staffId: string,
    amount: number,
    reason: string,
) {
    await gql(
        target,
        `mutation CashMovement($input: PosCashMovementInput!) { posCashMovement(input: $input) { id } }`,
        { input: { shiftId, staffId, amount, reason } },
    );
}

export interface ServerZReport {
    salesCount: number;
    total: number;
    totalTax: number;
    byTender: { method: string; amount: number; count: number }[];
    byVatRate: { taxRate: number; net: number; tax: number; gross: number }[];
    byProductGroup: { name: string; gross: number; quantity: number }[];
    byProducer: { name: string; gross: number; quantity: number }[];
    expectedCash: number;
    countedCash: number | null;
    difference: number | null;
}

export async function closeShift(
    target: ApiTarget,
    shiftId: string,
    staffId: string,
    countedCash: number,
    unsyncedSales: number,
    salesCount: number,
): Promise<ServerZReport> {
    const data = await gql<{ closePosShift: ServerZReport }>(
        target,
        `mutation CloseShift($input: ClosePosShiftInput!) {
            closePosShift(input: $input) {
                salesCount total totalTax
                byTender { method amount count }
                byVatRate { taxRate net tax gross }
                byProductGroup { name gross quantity }
                byProducer { name gross quantity }
                expectedCash countedCash difference
            }
        }`,
        { input: { shiftId, staffId, countedCash, unsyncedSales, salesCount } },
    );
    return data.closePosShift;
}

export async function refundSale(
    target: ApiTarget,
    input: {
        orderCode: string;
        stampCodes: string[];
        reason: string;
        method: string;
        managerStaffId: string;
        managerPin: string;
    },
): Promise<{ orderCode: string; refundTotal: number; stampCodes: string[] }> {
    const data = await gql<{
        refundPosSale: { orderCode: string; refundTotal: number; stampCodes: string[] };
    }>(
        target,
        `mutation Refund($input: RefundPosSaleInput!) { refundPosSale(input: $input) { orderCode refundTotal stampCodes } }`,
        { input },
    );
    return data.refundPosSale;
}

export interface ConflictRecord {
    id: string;
    code: string;
    message: string;
    stampCode: string | null;
    orderCode: string | null;
    createdAt: string;
}

/** Unresolved sync conflicts of this sales point, from every tablet: what the manager must look at. */
export async function openConflicts(target: ApiTarget): Promise<ConflictRecord[]> {
    const data = await gql<{ posConflicts: ConflictRecord[] }>(
        target,
        `query { posConflicts(resolved: false) { id code message stampCode orderCode createdAt } }`,
    );
    return data.posConflicts;
}

export interface LowStockRow {
    productVariantId: string;
    name: string;
    onHand: number;
    stampsHere: number;
}

/** Variants of this sales point at or below `threshold` units (the server's count, not the cache). */
export async function lowStock(target: ApiTarget, threshold: number): Promise<LowStockRow[]> {
    const data = await gql<{ posLowStock: LowStockRow[] }>(
        target,
        `query PosLowStock($threshold: Int) { posLowStock(threshold: $threshold) { productVariantId name onHand stampsHere } }`,
        { threshold },
    );
    return data.posLowStock;
}

export interface StockMoveRequest {
    stampCodes?: string[];
    serialFrom?: string;
    serialTo?: string;
}

export interface StockMoveResult {
    moved: number;
    byVariant: { productVariantId: string; quantity: number }[];
    refused: { code: string; reason: string }[];
}

/**
 * Units into this sales point (a delivery), or back from it to each product's
 * producer warehouse (a fair booth after the fair), with their stamps.
 */
export async function moveStock(
    target: ApiTarget,
    direction: 'IN' | 'OUT',
    input: StockMoveRequest,
): Promise<StockMoveResult> {
    const field = direction === 'IN' ? 'receivePosStock' : 'returnPosStock';
    const data = await gql<Record<string, StockMoveResult>>(
        target,
        `mutation PosStockMove($input: PosStockMoveInput!) {
            ${field}(input: $input) { moved byVariant { productVariantId quantity } refused { code reason } }
        }`,
        { input },
    );
    return data[field];
}

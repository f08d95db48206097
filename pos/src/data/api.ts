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

export async function gql<T>(target: ApiTarget, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
    salesPoint: { id: string; name: string; kind: string };
}

export async function enrolTablet(apiUrl: string, username: string, password: string, name: string) {
    const data = await gql<{ enrolPosTablet: EnrolResult }>(
        { apiUrl },
        `mutation Enrol($input: EnrolPosTabletInput!) {
            enrolPosTablet(input: $input) { token salesPoint { id name kind } }
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
        group: string;
        producerName: string;
        priceWithTax: number;
        taxRate: number;
        ean?: string | null;
    }[];
    stamps: { code: string; productVariantId: string }[];
    staff: { id: string; name: string; role: StaffRole; pinSalt: string; pinHash: string; pinIterations: number }[];
}

export async function fetchBootstrap(target: ApiTarget): Promise<Bootstrap> {
    const data = await gql<{ posBootstrap: Bootstrap }>(
        target,
        `query PosBootstrap {
            posBootstrap {
                salesPoint { id name kind }
                settings { discountApprovalPercent vietqrBankBin vietqrAccountNumber vietqrAccountName }
                variants { id sku name group producerName priceWithTax taxRate ean }
                stamps { code productVariantId }
                staff { id name role pinSalt pinHash pinIterations }
            }
        }`,
    );
    return data.posBootstrap;
}

export interface RecordResult {
    orderCode: string | null;
    total: number | null;
    conflicts: { code: string; message: string }[];
}

/** The idempotent sale command: the server dedupes on `clientSaleId`. */
export async function recordPosSale(target: ApiTarget, sale: SaleRecord): Promise<RecordResult> {
    const byVariant = new Map<string, { productVariantId: string; quantity: number; stampCodes: string[] }>();
    for (const line of sale.lines) {
        const entry = byVariant.get(line.productVariantId) ?? {
            productVariantId: line.productVariantId,
            quantity: 0,
            stampCodes: [],
        };
        entry.quantity += 1;
        entry.stampCodes.push(line.stampCode);
        byVariant.set(line.productVariantId, entry);
    }
    const discounts = [
        ...sale.lines
            .filter(l => l.discount > 0)
            .map(l => ({
                productVariantId: l.productVariantId,
                stampCode: l.stampCode,
                amount: l.discount,
                percent: l.discountPercent,
                approvedByStaffId: sale.approvedByStaffId ?? null,
            })),
        ...(sale.cartDiscount > 0
            ? [
                  {
                      productVariantId: null,
                      amount: sale.cartDiscount,
                      percent: sale.cartDiscountPercent,
                      approvedByStaffId: sale.approvedByStaffId ?? null,
                  },
              ]
            : []),
    ];
    const data = await gql<{ recordPosSale: RecordResult }>(
        target,
        `mutation RecordPosSale($input: RecordPosSaleInput!) {
            recordPosSale(input: $input) { orderCode total conflicts { code message } }
        }`,
        {
            input: {
                clientSaleId: sale.clientSaleId,
                salesPointId: sale.salesPointId,
                soldAt: sale.soldAt,
                lines: [...byVariant.values()],
                payments: sale.payments.map(p => ({ method: p.method, amount: p.amount, reference: p.reference ?? null })),
                discounts,
                ...(sale.buyerTaxCode ? { buyerTaxCode: sale.buyerTaxCode } : {}),
            },
        },
    );
    return data.recordPosSale;
}

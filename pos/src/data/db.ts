import Dexie, { type Table } from 'dexie';

/** What the tablet remembers about itself after a manager enrolled it. */
export interface TabletRecord {
    key: 'tablet';
    apiUrl: string;
    token: string;
    salesPoint: { id: string; name: string; kind: string };
    settings: PosSettings;
    enrolledAt: string;
    /** When the catalogue, stamps and staff were last refreshed from the server. */
    refreshedAt?: string;
}

export interface PosSettings {
    /** A discount above this percentage of the line (or cart) needs a manager's PIN. */
    discountApprovalPercent: number;
    vietqrBankBin?: string;
    vietqrAccountNumber?: string;
    vietqrAccountName?: string;
}

export interface VariantRecord {
    id: string;
    sku: string;
    name: string;
    group: string;
    producerName: string;
    /** Minor units, VAT included (the channel's prices include tax). */
    priceWithTax: number;
    /** Percent, e.g. 8 or 10. */
    taxRate: number;
    ean?: string | null;
    /** `foldVietnamese` of name, SKU, group and producer, for the search box. */
    searchKey: string;
}

/** An ISSUED stamp the server says is located at this sales point. */
export interface StampRecord {
    code: string;
    productVariantId: string;
}

export type StaffRole = 'CASHIER' | 'MANAGER';

export interface StaffRecord {
    id: string;
    name: string;
    role: StaffRole;
    pinSalt: string;
    pinHash: string;
    pinIterations: number;
}

export interface SaleLine {
    productVariantId: string;
    name: string;
    group: string;
    producerName: string;
    unitPriceWithTax: number;
    taxRate: number;
    stampCode: string;
    /** Discount on this unit, minor units incl. VAT. */
    discount: number;
    discountPercent: number;
}

export interface SalePayment {
    method: 'cash' | 'card' | 'vietqr';
    /** Minor units applied to the sale (cash: the due part, not the note handed over). */
    amount: number;
    reference?: string;
    /** Cash only: what the buyer handed over. */
    given?: number;
}

export type OutboxStatus = 'PENDING' | 'SYNCED' | 'CONFLICT' | 'REJECTED';

/** A sale as made on the tablet; kept after sync for receipts and the Z-report. */
export interface SaleRecord {
    clientSaleId: string;
    soldAt: string;
    salesPointId: string;
    shiftId: string;
    staffId: string;
    staffName: string;
    lines: SaleLine[];
    /** The stamp of every unit, indexed so that a stamp sold on this tablet is refused at once. */
    stampCodes: string[];
    cartDiscount: number;
    cartDiscountPercent: number;
    approvedByStaffId?: string;
    payments: SalePayment[];
    total: number;
    buyerTaxCode?: string;
    status: OutboxStatus;
    attempts: number;
    orderCode?: string;
    serverTotal?: number;
    conflicts?: { code: string; message: string }[];
    error?: string;
    syncedAt?: string;
}

export interface CashMovement {
    amount: number;
    reason: string;
    at: string;
}

export interface ShiftRecord {
    id: string;
    serverId?: string;
    openedAt: string;
    openedBy: string;
    openedByStaffId: string;
    float: number;
    movements: CashMovement[];
    closedAt?: string;
    countedCash?: number;
}

export interface KeyValue {
    key: string;
    value: unknown;
}

/** IndexedDB through Dexie: everything the tablet needs to keep selling with no network. */
export class PosDatabase extends Dexie {
    tablet!: Table<TabletRecord, string>;
    variants!: Table<VariantRecord, string>;
    stamps!: Table<StampRecord, string>;
    staff!: Table<StaffRecord, string>;
    sales!: Table<SaleRecord, string>;
    shifts!: Table<ShiftRecord, string>;
    kv!: Table<KeyValue, string>;

    constructor(name = 'ocop-pos') {
        super(name);
        this.version(1).stores({
            tablet: 'key',
            variants: 'id, ean, group',
            stamps: 'code, productVariantId',
            staff: 'id',
            sales: 'clientSaleId, status, shiftId, soldAt, *stampCodes',
            shifts: 'id, openedAt',
            kv: 'key',
        });
    }
}

export const db = new PosDatabase();

export async function getKv<T>(key: string): Promise<T | undefined> {
    return (await db.kv.get(key))?.value as T | undefined;
}

export async function setKv(key: string, value: unknown): Promise<void> {
    await db.kv.put({ key, value });
}

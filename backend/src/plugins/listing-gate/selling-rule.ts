import { isSellingPrice } from '@ocop/shared';

/**
 * The selling rule of the marketplace and the showrooms (ADR 0004, ADR 0007), in
 * one place: which certificate and which producer govern a product, whether a
 * variant may be listed, and how many of its units may still be sold. Pure code
 * and SQL text only, so the listing gate, the order checks, the OCOP badge, the
 * stamp verification page and the certificate registry all judge alike.
 */

/** Only products of this many stars or more are "OCOP standard" and may be sold as such (directive §4.3). */
export const MIN_OCOP_STARS = 3;

/** Why a variant may not be sold; the first failing rule wins, in this order. */
export type GateReason =
    | 'PRODUCT_NOT_FOUND'
    | 'NO_PRODUCER'
    | 'PRODUCER_INACTIVE'
    | 'NO_CERTIFICATE'
    | 'CERTIFICATE_REVOKED'
    | 'CERTIFICATE_EXPIRED'
    | 'CERTIFICATE_NOT_YET_VALID'
    | 'BELOW_THREE_STARS'
    | 'PENDING_REVIEW'
    | 'REVIEW_REJECTED'
    | 'NO_VALID_PRICE'
    | 'STOCK_NOT_TRACKED'
    | 'NO_STAMPS'
    | 'NOT_ENOUGH_STAMPS'
    | 'NOT_ENOUGH_STOCK';

/** Reasons that depend on how many units are asked for: the variant stays listed, out of stock. */
export const QUANTITY_REASONS: ReadonlySet<GateReason> = new Set(['NOT_ENOUGH_STAMPS', 'NOT_ENOUGH_STOCK']);

export interface GoverningCertificate {
    status: 'ACTIVE' | 'EXPIRED' | 'REVOKED' | string;
    stars: number;
    /** YYYY-MM-DD */
    issuedAt: string;
    /** YYYY-MM-DD */
    validUntil: string;
}

/** Stock as Vendure books it, in the locations the selling channel sells from. */
export interface StockFacts {
    onHand: number;
    /** Units allocated to placed, unfulfilled orders in those locations. */
    allocated: number;
    /** Units allocated in every location: each of them holds one ISSUED stamp, whoever sells it. */
    allocatedEverywhere: number;
    /** Vendure's effective out-of-stock threshold of the variant. */
    threshold: number;
}

/** Everything the rule needs to know about one variant. */
export interface SellingFacts {
    producer: { active: boolean } | null;
    certificate: GoverningCertificate | null;
    /**
     * The office's review of a variant its producer added to a certified product (ADR 0018):
     * off sale until APPROVED; null for a variant the certificate already covers.
     */
    review?: 'PENDING' | 'REJECTED' | 'APPROVED' | null;
    /** The producer's own price of the variant, in minor units; null when it has none. */
    price: number | null;
    inventoryTracked: boolean;
    /** ISSUED stamps of the variant (promised to placed orders or not). */
    issuedStamps: number;
    /** Stamps ever issued to the variant, whatever became of them; the facts query stops at 1, as only "is it in the stamp register" matters. */
    registeredStamps: number;
    stock: StockFacts;
}

export interface SellingVerdict {
    /** May be sold in the quantity asked. */
    sellable: boolean;
    /** May be listed in the marketplace (sold out or not). */
    listable: boolean;
    reason?: GateReason;
    /** Units that may still be sold in the selling channel. */
    units: number;
    /** ISSUED stamps not promised to a placed order. */
    unpromisedStamps: number;
}

/**
 * Vendure's stock figures with the stamp rule applied: no more units are on hand
 * for sale than there are ISSUED stamps not promised to placed orders. Vendure
 * subtracts `stockAllocated` and its threshold from `stockOnHand`, so capping
 * `stockOnHand` makes every Vendure stock check (add to cart, checkout, order
 * modification, search index, `stockLevel`) count stamps too.
 */
export function stampedAvailableStock(issuedStamps: number, stock: Omit<StockFacts, 'threshold'>) {
    const unpromisedStamps = issuedStamps - stock.allocatedEverywhere;
    return {
        stockOnHand: stock.allocated + Math.min(stock.onHand - stock.allocated, unpromisedStamps),
        stockAllocated: stock.allocated,
    };
}

/** How many units may still be sold: one per unpromised ISSUED stamp, never more than the stock allows. */
export function sellableUnits(issuedStamps: number, stock: StockFacts): number {
    const available = stampedAvailableStock(issuedStamps, stock);
    return Math.max(0, available.stockOnHand - available.stockAllocated - stock.threshold);
}

/** The verdict on selling `quantity` units of a variant on `today` (YYYY-MM-DD, Vietnam time); 0 asks whether it may be listed. */
export function sellingVerdict(facts: SellingFacts, today: string, quantity = 0): SellingVerdict {
    const units = facts.inventoryTracked ? sellableUnits(facts.issuedStamps, facts.stock) : 0;
    const unpromisedStamps = Math.max(0, facts.issuedStamps - facts.stock.allocatedEverywhere);
    const listingReason = listingReasonOf(facts, today);
    if (listingReason)
        return { sellable: false, listable: false, reason: listingReason, units: 0, unpromisedStamps };
    if (quantity > units) {
        // Name what binds: the buyer is told the number still available either way.
        const reason: GateReason = unpromisedStamps <= units ? 'NOT_ENOUGH_STAMPS' : 'NOT_ENOUGH_STOCK';
        return { sellable: false, listable: true, reason, units, unpromisedStamps };
    }
    return { sellable: true, listable: true, units, unpromisedStamps };
}

function listingReasonOf(facts: SellingFacts, today: string): GateReason | undefined {
    const { producer, certificate } = facts;
    if (!producer) return 'NO_PRODUCER';
    if (!producer.active) return 'PRODUCER_INACTIVE';
    const certificateReason = certificateReasonOn(certificate, today);
    if (certificateReason) return certificateReason;
    if (facts.review === 'PENDING') return 'PENDING_REVIEW';
    if (facts.review === 'REJECTED') return 'REVIEW_REJECTED';
    if (facts.price == null || !isSellingPrice(facts.price)) return 'NO_VALID_PRICE';
    if (!facts.inventoryTracked) return 'STOCK_NOT_TRACKED';
    if (facts.registeredStamps < 1) return 'NO_STAMPS';
    return undefined;
}

/**
 * Why a product's governing certificate does not make it OCOP standard today, or
 * undefined when it does; the OCOP badge is shown exactly when it does.
 */
export function certificateReasonOn(
    certificate: GoverningCertificate | null,
    today: string,
): GateReason | undefined {
    if (!certificate) return 'NO_CERTIFICATE';
    if (certificate.status === 'REVOKED') return 'CERTIFICATE_REVOKED';
    if (certificate.status !== 'ACTIVE' || certificate.validUntil < today) return 'CERTIFICATE_EXPIRED';
    if (certificate.issuedAt > today) return 'CERTIFICATE_NOT_YET_VALID';
    if (certificate.stars < MIN_OCOP_STARS) return 'BELOW_THREE_STARS';
    return undefined;
}

/** The certificate's status as a consumer should read it today: an ACTIVE one past its date is expired already. */
export function certificateStatusOn(certificate: GoverningCertificate | null, today: string): string | null {
    if (!certificate) return null;
    if (certificate.status === 'ACTIVE' && certificate.validUntil < today) return 'EXPIRED';
    return certificate.status;
}

/**
 * SQL (a LATERAL subquery body) for the certificate that governs a product: the
 * ACTIVE one (certifying supersedes the previous one, so there is at most one),
 * else the latest decision by issue date — a revocation outranks an older expiry.
 * `alias` names the certificate table; `productId` is an SQL expression.
 */
export function governingCertificateSql(productId: string, columns: string, alias = 'c'): string {
    return `SELECT ${columns} FROM "certificate" ${alias}
             WHERE ${alias}."productId" = ${productId}
             ORDER BY (${alias}.status = 'ACTIVE') DESC, ${alias}."issuedAt" DESC, ${alias}.id DESC LIMIT 1`;
}

/**
 * SQL (a LATERAL subquery body) for the producer that governs a product: the one
 * whose own channel holds the product, an active one first, then the oldest.
 */
export function governingProducerSql(productId: string, columns: string, alias = 'pr'): string {
    return `SELECT ${columns} FROM "producer" ${alias}
              JOIN "product_channels_channel" gpc ON gpc."channelId" = ${alias}."channelId" AND gpc."productId" = ${productId}
             ORDER BY ${alias}.active DESC, ${alias}.id LIMIT 1`;
}

export const GATE_MESSAGES: Record<GateReason, string> = {
    PRODUCT_NOT_FOUND: 'Sản phẩm không tồn tại (product not found)',
    NO_PRODUCER: 'Sản phẩm chưa thuộc chủ thể OCOP nào (no OCOP producer)',
    PRODUCER_INACTIVE: 'Chủ thể OCOP đang tạm ngừng bán (producer suspended)',
    NO_CERTIFICATE: 'Sản phẩm chưa được công nhận OCOP (not OCOP certified)',
    CERTIFICATE_REVOKED: 'Chứng nhận OCOP đã bị thu hồi (certificate revoked)',
    CERTIFICATE_EXPIRED: 'Chứng nhận OCOP đã hết hạn (certificate expired)',
    CERTIFICATE_NOT_YET_VALID: 'Chứng nhận OCOP chưa có hiệu lực (certificate not yet valid)',
    BELOW_THREE_STARS: 'Sản phẩm dưới 3 sao OCOP (below 3 stars)',
    PENDING_REVIEW:
        'Phiên bản mới đang chờ Văn phòng Điều phối OCOP duyệt (new variant awaiting the office’s review)',
    REVIEW_REJECTED:
        'Văn phòng Điều phối OCOP không duyệt phiên bản mới này (the office rejected this new variant)',
    NO_VALID_PRICE: 'Sản phẩm chưa có giá bán hợp lệ (no valid price: a positive whole number of đồng)',
    STOCK_NOT_TRACKED: 'Phiên bản không theo dõi tồn kho, không thể đếm theo tem (inventory tracking is off)',
    NO_STAMPS: 'Sản phẩm chưa có tem truy xuất nguồn gốc (no traceability stamps)',
    NOT_ENOUGH_STAMPS: 'Không đủ sản phẩm có tem truy xuất (not enough stamped units)',
    NOT_ENOUGH_STOCK: 'Không đủ hàng trong kho (not enough stock)',
};

/** The error text for a refusal, with a stable code first: `OCOP_<REASON>: …`. */
export function refusalMessage(verdict: Pick<SellingVerdict, 'reason' | 'units'>, name?: string): string {
    const reason = verdict.reason ?? 'PRODUCT_NOT_FOUND';
    const subject = name ? `${name} — ` : '';
    if (QUANTITY_REASONS.has(reason)) {
        return `OCOP_${reason}: ${subject}chỉ còn ${verdict.units} sản phẩm có thể bán (only ${verdict.units} units available)`;
    }
    return `OCOP_${reason}: ${subject}${GATE_MESSAGES[reason]}`;
}

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
    | 'NO_STAMPS';

export interface VariantEligibility {
    productVariantId: number;
    productId: number;
    sellable: boolean;
    reason?: GateReason;
    /** Units that may be sold: one per ISSUED stamp. */
    issuedStamps: number;
    producerChannelId?: number;
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
    NO_STAMPS: 'Sản phẩm chưa có tem truy xuất nguồn gốc (no traceability stamps)',
};

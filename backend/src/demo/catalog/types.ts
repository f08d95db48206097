/**
 * Types of the Hà Tĩnh OCOP demo catalogue (`catalog.ts`).
 *
 * Pure data shapes: nothing here knows about Vendure entities. The seeding
 * code maps a {@link DemoProducer} to a seller/channel, a {@link DemoProduct}
 * to a product with its certificate, and a {@link DemoVariant} to a variant.
 */

export type ProducerType = 'COOPERATIVE' | 'COMPANY' | 'HOUSEHOLD';

/** OCOP product groups under Decision 148/QĐ-TTg. */
export type ProductGroup = 'FOOD' | 'DRINK' | 'HERBAL' | 'HANDICRAFT' | 'ORNAMENTAL' | 'TOURISM';

/**
 * How VAT applies to a variant; the rates themselves are dated data elsewhere.
 * - `standard`: 10 % (8 % from 2025-07-01 to 2026-12-31, Decree 174/2025)
 * - `alcohol`: 10 %, never reduced (special consumption tax goods)
 * - `reduced`: 5 %
 * - `zero`: 0 % / exempt (raw or only pre-processed farm produce)
 */
export type VatCategory = 'standard' | 'alcohol' | 'reduced' | 'zero';

export interface Localized {
    vi: string;
    en: string;
}

/** Former district-level units of Hà Tĩnh (until 30 Jun 2025), used as default sales areas. */
export type FormerDistrict =
    | 'Thành phố Hà Tĩnh'
    | 'Thị xã Hồng Lĩnh'
    | 'Thị xã Kỳ Anh'
    | 'Đức Thọ'
    | 'Nghi Xuân'
    | 'Can Lộc'
    | 'Thạch Hà'
    | 'Cẩm Xuyên'
    | 'Kỳ Anh'
    | 'Hương Sơn'
    | 'Hương Khê'
    | 'Vũ Quang'
    | 'Lộc Hà';

export interface DemoSalesArea {
    /** Stable ASCII code, e.g. `HUONG_SON`. */
    code: string;
    /** Former district name exactly as used in {@link DemoProducer.area}. */
    name: FormerDistrict;
    /** Full administrative name, e.g. "Huyện Hương Sơn". */
    fullName: string;
    nameEn: string;
    kind: 'CITY' | 'TOWN' | 'DISTRICT';
    /** Approximate centre, for a map pin. */
    lat: number;
    lng: number;
}

export interface DemoProducer {
    /** Unique ASCII code, `<area prefix>-<slug>`, e.g. `hs-huou-tuan-hau`. */
    code: string;
    /** Legal Vietnamese name. */
    name: string;
    type: ProducerType;
    /** 10 digits; Hà Tĩnh codes start with 30. */
    taxCode: string;
    /** Commune or ward (pre-2025 name, as printed on labels and in the press). */
    commune: string;
    /** Former district (historical attribute; default sales area). */
    area: FormerDistrict;
    address: string;
    phone: string;
    email: string;
    story: Localized;
    active: boolean;
    /** Name of the owner / director, for the producer page. */
    representative: string;
    banner: BannerSpec;
}

export interface DemoVariant {
    sku: string;
    name: Localized;
    /** VAT-inclusive retail price in whole đồng. */
    priceDong: number;
    stock: number;
    vat: VatCategory;
    /** `false` = no traceability stamps issued for it, so it cannot be sold. */
    stamped: boolean;
}

export type CriteriaVersion = '1048/2019' | '148/2023';
export type IssuingLevel = 'DISTRICT' | 'PROVINCE' | 'CENTRAL';
export type CertificateStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';
export type Stars = 1 | 2 | 3 | 4 | 5;

export interface DemoCertificate {
    /** Certificate number, unique, e.g. `3187/QĐ-UBND-2024-07`. */
    number: string;
    /** Number of the recognition decision (several products share one decision). */
    decisionNumber: string;
    /** ISO date of the decision. */
    decisionDate: string;
    criteriaVersion: CriteriaVersion;
    /** Total on the 100-point scale; agrees with {@link stars} by the star bands. */
    score: number;
    stars: Stars;
    issuingLevel: IssuingLevel;
    /** Who signed the decision, e.g. "UBND tỉnh Hà Tĩnh". */
    issuer: string;
    /** ISO date. */
    issuedAt: string;
    /** ISO date: issuedAt + 36 months. */
    validUntil: string;
    status: CertificateStatus;
    /** ISO date, only for REVOKED. */
    revokedAt?: string;
    /** Vietnamese reason, only for REVOKED. */
    revokedReason?: string;
}

export type CollectiveBrand =
    'NHUNG_HUOU_HUONG_SON' | 'CAM_HA_TINH' | 'MAT_ONG_VU_QUANG' | 'NUOC_MAM_KY_NINH';

export type UnsellableReason =
    'TWO_STARS' | 'EXPIRED' | 'REVOKED' | 'NO_STAMPS' | 'INACTIVE_PRODUCER' | 'NO_CERTIFICATE';

/** What {@link renderProductImage} draws. */
export type ImageKind =
    | 'orange'
    | 'pomelo'
    | 'honey'
    | 'fish-sauce'
    | 'candy'
    | 'antler'
    | 'wine'
    | 'extract'
    | 'tea'
    | 'mushroom'
    | 'basket'
    | 'mat'
    | 'plant'
    | 'oil'
    | 'incense'
    | 'melon'
    | 'rice-paper'
    | 'dried-seafood'
    | 'village'
    | 'gift-box';

export interface ImageSpec {
    kind: ImageKind;
    /** Background gradient, top → bottom (hex colours). */
    palette: [string, string];
    /** Main colour of the object (fruit skin, bottle glass, packet…); a default per kind otherwise. */
    color?: string;
    /** Short Vietnamese name printed on the packaging band (≤ 22 characters reads best). */
    label: string;
    /** Optional drawing variation within a kind. */
    variant?: ImageVariant;
}

/**
 * Variations of a drawing: `juice` (orange + juice bottle), `slices` (antler + dried
 * slices), `bracelet` (agarwood beads instead of incense), `flowers` (orchid on a
 * plant), `dropper` (small essential-oil bottle), `reishi` (fan-shaped caps), `jar` (a jar alone), `frozen` (ice cubes),
 * `sesame` (rice crackers with sesame), `brittle` (sheet candy instead of cu đơ).
 */
export type ImageVariant =
    | 'juice'
    | 'slices'
    | 'frozen'
    | 'bracelet'
    | 'flowers'
    | 'dropper'
    | 'reishi'
    | 'jar'
    | 'sesame'
    | 'brittle';

export interface BannerSpec {
    /** Background gradient, left → right. */
    palette: [string, string];
    /** The kind drawn as the banner's motif. */
    motif: ImageKind;
}

export interface DemoProduct {
    /** Unique ASCII kebab-case. */
    slug: string;
    producerCode: string;
    group: ProductGroup;
    /** Sub-group under Decision 148, Vietnamese. */
    subGroup: string;
    name: Localized;
    /** 2–4 sentences: origin, how it is made, how to use or keep it. */
    description: Localized;
    collectiveBrand?: CollectiveBrand;
    certificate?: DemoCertificate;
    variants: DemoVariant[];
    image: ImageSpec;
    /** Set exactly when the product may never be sold as OCOP in the demo. */
    unsellableReason?: UnsellableReason;
}

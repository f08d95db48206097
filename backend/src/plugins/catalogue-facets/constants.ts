/**
 * Facet codes the storefront relies on (a contract): their values are assigned by
 * OcopFacetSyncService from the certificate, producer and brand records, never by hand.
 */
export const OCOP_FACETS = {
    stars: 'ocop-stars',
    group: 'ocop-group',
    area: 'ocop-area',
    producer: 'ocop-producer',
    brand: 'ocop-brand',
} as const;

export type OcopFacetKey = keyof typeof OCOP_FACETS;
export const OCOP_FACET_CODES: string[] = Object.values(OCOP_FACETS);

export interface Localized {
    vi: string;
    en: string;
}

export const OCOP_FACET_NAMES: Record<OcopFacetKey, Localized> = {
    stars: { vi: 'Hạng sao OCOP', en: 'OCOP stars' },
    group: { vi: 'Nhóm sản phẩm', en: 'Product group' },
    area: { vi: 'Vùng (huyện cũ)', en: 'Area (former district)' },
    producer: { vi: 'Chủ thể OCOP', en: 'Producer' },
    brand: { vi: 'Nhãn hiệu tập thể', en: 'Collective brand' },
};

/** The star ranks that are sold (3★ and up, directive §4.3). */
export const STAR_VALUES: Array<{ code: string; name: Localized }> = [3, 4, 5].map(n => ({
    code: String(n),
    name: { vi: `${n} sao`, en: `${n} stars` },
}));

/** The six OCOP product groups (Decision 148/QĐ-TTg), codes as on certificates. */
export const GROUP_VALUES: Array<{ code: string; name: Localized }> = [
    { code: 'FOOD', name: { vi: 'Thực phẩm', en: 'Food' } },
    { code: 'DRINK', name: { vi: 'Đồ uống', en: 'Drinks' } },
    { code: 'HERBAL', name: { vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Herbal products' } },
    { code: 'HANDICRAFT', name: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' } },
    { code: 'ORNAMENTAL', name: { vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' } },
    {
        code: 'TOURISM',
        name: {
            vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
            en: 'Community and eco-tourism services',
        },
    },
];

/** Namespace of the transaction-scoped advisory lock that serialises facet syncs. */
export const FACET_SYNC_LOCK = 0x4f46;

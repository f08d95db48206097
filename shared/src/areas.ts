import { foldVietnamese } from './vietnamese';

/**
 * The 13 district-level units Hà Tĩnh had until the district level ended on
 * 1 July 2025: one city, two towns, ten districts. Communes and wards now belong
 * to the province directly, but the province still plans OCOP sales by these
 * "areas": directive D4 asks for at least one showroom in each, and a producer's
 * `area` names the one it belonged to.
 *
 * `name` is the form stored everywhere (producers, sales points): a district by
 * its bare name ("Hương Sơn"), the city and towns with their title, because
 * "Kỳ Anh" the district and "Thị xã Kỳ Anh" the town are two different areas.
 * Lộc Hà is listed as it stood on 30 June 2025, although the province had
 * planned to merge it into Thạch Hà.
 */
export interface HaTinhArea {
    /** Stable ASCII key, e.g. `HUONG_SON`. */
    code: string;
    /** Stored name, NFC, e.g. `Hương Sơn` or `Thị xã Hồng Lĩnh`. */
    name: string;
    /** Full administrative name, e.g. `Huyện Hương Sơn`. */
    fullName: string;
    kind: 'CITY' | 'TOWN' | 'DISTRICT';
}

export const HA_TINH_AREAS: readonly HaTinhArea[] = [
    { code: 'TP_HA_TINH', name: 'Thành phố Hà Tĩnh', fullName: 'Thành phố Hà Tĩnh', kind: 'CITY' },
    { code: 'TX_HONG_LINH', name: 'Thị xã Hồng Lĩnh', fullName: 'Thị xã Hồng Lĩnh', kind: 'TOWN' },
    { code: 'TX_KY_ANH', name: 'Thị xã Kỳ Anh', fullName: 'Thị xã Kỳ Anh', kind: 'TOWN' },
    { code: 'DUC_THO', name: 'Đức Thọ', fullName: 'Huyện Đức Thọ', kind: 'DISTRICT' },
    { code: 'NGHI_XUAN', name: 'Nghi Xuân', fullName: 'Huyện Nghi Xuân', kind: 'DISTRICT' },
    { code: 'CAN_LOC', name: 'Can Lộc', fullName: 'Huyện Can Lộc', kind: 'DISTRICT' },
    { code: 'THACH_HA', name: 'Thạch Hà', fullName: 'Huyện Thạch Hà', kind: 'DISTRICT' },
    { code: 'CAM_XUYEN', name: 'Cẩm Xuyên', fullName: 'Huyện Cẩm Xuyên', kind: 'DISTRICT' },
    { code: 'KY_ANH', name: 'Kỳ Anh', fullName: 'Huyện Kỳ Anh', kind: 'DISTRICT' },
    { code: 'HUONG_SON', name: 'Hương Sơn', fullName: 'Huyện Hương Sơn', kind: 'DISTRICT' },
    { code: 'HUONG_KHE', name: 'Hương Khê', fullName: 'Huyện Hương Khê', kind: 'DISTRICT' },
    { code: 'VU_QUANG', name: 'Vũ Quang', fullName: 'Huyện Vũ Quang', kind: 'DISTRICT' },
    { code: 'LOC_HA', name: 'Lộc Hà', fullName: 'Huyện Lộc Hà', kind: 'DISTRICT' },
];

/** Abbreviations people type for the titles; "huyện" adds nothing to a district's name. */
const TITLES: Array<[RegExp, string]> = [
    [/^(tp\.?|thanh pho)\s*/, 'thanh pho '],
    [/^(tx\.?|thi xa)\s*/, 'thi xa '],
    [/^(h\.|huyen)\s*/, ''],
];

/**
 * Finds a former district by code or by its name typed any way: "Hương Sơn",
 * "huyện Hương Sơn", "huong son", "TP Hà Tĩnh", "TX. Kỳ Anh". A bare "Kỳ Anh"
 * is the district, never the town.
 */
export function findHaTinhArea(codeOrName: string): HaTinhArea | undefined {
    const raw = codeOrName.trim();
    const byCode = HA_TINH_AREAS.find(a => a.code === raw.toUpperCase());
    if (byCode) return byCode;
    let key = foldVietnamese(raw);
    for (const [title, canonical] of TITLES) {
        if (title.test(key)) {
            key = key.replace(title, canonical).trim();
            break;
        }
    }
    if (!key) return undefined;
    return HA_TINH_AREAS.find(a => foldVietnamese(a.name) === key);
}

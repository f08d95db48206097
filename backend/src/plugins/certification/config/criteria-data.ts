import { CriteriaPart, StarBand } from '../entities/criteria-version.entity';

/**
 * The official OCOP scoring sets as data. They are written into the
 * `criteria_version` table on every server start, so correcting a criterion
 * here (and redeploying) changes the table without a migration; rows added
 * directly in the database for a future decision are left alone.
 *
 * The criteria lists follow the structure of the decisions' score sheets for
 * the food group (the largest group in Hà Tĩnh); the point split inside each
 * part is our reading, the part maximums and star bands are the decisions'.
 */
export interface CriteriaVersionDefinition {
    code: string;
    decision: string;
    effectiveFrom: string;
    effectiveUntil: string | null;
    parts: CriteriaPart[];
    starBands: StarBand[];
}

/** Bands on the 100-point scale (both decisions): <30 → 1★, 30–49 → 2★, 50–69 → 3★, 70–89 → 4★, 90–100 → 5★. */
export const OCOP_STAR_BANDS: StarBand[] = [
    { minScore: 0, stars: 1 },
    { minScore: 30, stars: 2 },
    { minScore: 50, stars: 3 },
    { minScore: 70, stars: 4 },
    { minScore: 90, stars: 5 },
];

/** Product groups under Decision 148/QĐ-TTg (codes used on certificates). */
export const PRODUCT_GROUPS: Array<{ code: string; name: string }> = [
    { code: 'FOOD', name: 'Thực phẩm' },
    { code: 'DRINK', name: 'Đồ uống' },
    { code: 'HERBAL', name: 'Dược liệu và sản phẩm từ dược liệu' },
    { code: 'HANDICRAFT', name: 'Thủ công mỹ nghệ' },
    { code: 'ORNAMENTAL', name: 'Sinh vật cảnh' },
    { code: 'TOURISM', name: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch' },
];

const PART_A = 'Sản phẩm và sức mạnh cộng đồng';
const PART_B = 'Khả năng tiếp thị';
const PART_C = 'Chất lượng sản phẩm';

export const CRITERIA_VERSIONS: CriteriaVersionDefinition[] = [
    {
        code: '1048/2019',
        decision:
            'Quyết định 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình OCOP',
        effectiveFrom: '2019-08-21',
        effectiveUntil: '2023-02-23',
        starBands: OCOP_STAR_BANDS,
        parts: [
            {
                code: 'A',
                name: PART_A,
                maxPoints: 35,
                criteria: [
                    {
                        code: 'A1',
                        name: 'Nguồn nguyên liệu (tỷ lệ nguyên liệu địa phương, vùng nguyên liệu ổn định)',
                        maxPoints: 5,
                        mandatory: false,
                    },
                    {
                        code: 'A2',
                        name: 'Gia tăng giá trị (mức độ sơ chế, chế biến)',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    { code: 'A3', name: 'Công suất và quy mô sản xuất', maxPoints: 3, mandatory: false },
                    { code: 'A4', name: 'Liên kết sản xuất, chuỗi giá trị', maxPoints: 4, mandatory: false },
                    {
                        code: 'A5',
                        name: 'Bảo vệ môi trường trong quá trình sản xuất',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    {
                        code: 'A6',
                        name: 'Tính sáng tạo, cải tiến của sản phẩm',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    {
                        code: 'A7',
                        name: 'Bao bì và ghi nhãn hàng hóa theo quy định',
                        maxPoints: 4,
                        mandatory: false,
                    },
                    {
                        code: 'A8',
                        name: 'Tư cách pháp nhân của chủ thể (đăng ký kinh doanh)',
                        maxPoints: 4,
                        mandatory: true,
                    },
                    { code: 'A9', name: 'Sử dụng lao động địa phương', maxPoints: 3, mandatory: false },
                    { code: 'A10', name: 'Quản trị, hạch toán kế toán', maxPoints: 3, mandatory: false },
                ],
            },
            {
                code: 'B',
                name: PART_B,
                maxPoints: 25,
                criteria: [
                    { code: 'B1', name: 'Quy mô thị trường tiêu thụ', maxPoints: 5, mandatory: false },
                    { code: 'B2', name: 'Tổ chức hệ thống phân phối', maxPoints: 4, mandatory: false },
                    { code: 'B3', name: 'Quảng bá, xúc tiến thương mại', maxPoints: 5, mandatory: false },
                    { code: 'B4', name: 'Câu chuyện về sản phẩm', maxPoints: 4, mandatory: false },
                    { code: 'B5', name: 'Truy xuất nguồn gốc sản phẩm', maxPoints: 3, mandatory: true },
                    { code: 'B6', name: 'Nhãn hiệu, sở hữu trí tuệ', maxPoints: 4, mandatory: false },
                ],
            },
            {
                code: 'C',
                name: PART_C,
                maxPoints: 40,
                criteria: [
                    {
                        code: 'C1',
                        name: 'Chất lượng cảm quan (màu sắc, mùi vị, trạng thái)',
                        maxPoints: 6,
                        mandatory: false,
                    },
                    { code: 'C2', name: 'Tính độc đáo, đặc trưng vùng miền', maxPoints: 5, mandatory: false },
                    {
                        code: 'C3',
                        name: 'Chỉ tiêu chất lượng có phiếu kiểm nghiệm định kỳ',
                        maxPoints: 6,
                        mandatory: true,
                    },
                    {
                        code: 'C4',
                        name: 'Công bố tiêu chuẩn, tự công bố chất lượng sản phẩm',
                        maxPoints: 5,
                        mandatory: true,
                    },
                    {
                        code: 'C5',
                        name: 'Điều kiện bảo đảm an toàn thực phẩm của cơ sở sản xuất',
                        maxPoints: 6,
                        mandatory: true,
                    },
                    {
                        code: 'C6',
                        name: 'Hệ thống quản lý chất lượng (ISO, HACCP, VietGAP…)',
                        maxPoints: 5,
                        mandatory: false,
                    },
                    {
                        code: 'C7',
                        name: 'Khả năng xuất khẩu, đáp ứng tiêu chuẩn quốc tế',
                        maxPoints: 4,
                        mandatory: false,
                    },
                    { code: 'C8', name: 'Hạn sử dụng và hướng dẫn bảo quản', maxPoints: 3, mandatory: false },
                ],
            },
        ],
    },
    {
        code: '148/2023',
        decision:
            'Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí, quy trình đánh giá và phân hạng sản phẩm Chương trình OCOP',
        effectiveFrom: '2023-02-24',
        effectiveUntil: null,
        starBands: OCOP_STAR_BANDS,
        parts: [
            {
                code: 'A',
                name: PART_A,
                maxPoints: 40,
                criteria: [
                    {
                        code: 'A1',
                        name: 'Nguồn nguyên liệu và vùng nguyên liệu',
                        maxPoints: 5,
                        mandatory: false,
                    },
                    { code: 'A2', name: 'Sử dụng lao động địa phương', maxPoints: 3, mandatory: false },
                    { code: 'A3', name: 'Liên kết sản xuất, chuỗi giá trị', maxPoints: 5, mandatory: false },
                    {
                        code: 'A4',
                        name: 'Công nghệ, máy móc, thiết bị sản xuất',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    {
                        code: 'A5',
                        name: 'Bảo vệ môi trường trong quá trình sản xuất',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    { code: 'A6', name: 'Chế độ tài chính, kế toán', maxPoints: 2, mandatory: false },
                    {
                        code: 'A7',
                        name: 'Tính sáng tạo, cải tiến của sản phẩm',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    {
                        code: 'A8',
                        name: 'Bao bì và ghi nhãn hàng hóa theo quy định',
                        maxPoints: 4,
                        mandatory: true,
                    },
                    {
                        code: 'A9',
                        name: 'Tư cách pháp nhân, loại hình tổ chức của chủ thể',
                        maxPoints: 4,
                        mandatory: true,
                    },
                    {
                        code: 'A10',
                        name: 'Vai trò, năng lực của người đại diện, quản lý',
                        maxPoints: 3,
                        mandatory: false,
                    },
                    { code: 'A11', name: 'Kế hoạch kinh doanh', maxPoints: 3, mandatory: false },
                    {
                        code: 'A12',
                        name: 'Quản trị và phân phối lợi ích trong cộng đồng',
                        maxPoints: 2,
                        mandatory: false,
                    },
                ],
            },
            {
                code: 'B',
                name: PART_B,
                maxPoints: 25,
                criteria: [
                    {
                        code: 'B1',
                        name: 'Quy mô, kênh phân phối và thị trường tiêu thụ',
                        maxPoints: 5,
                        mandatory: false,
                    },
                    { code: 'B2', name: 'Quảng bá, xúc tiến thương mại', maxPoints: 5, mandatory: false },
                    { code: 'B3', name: 'Tiếp thị số, thương mại điện tử', maxPoints: 4, mandatory: false },
                    { code: 'B4', name: 'Câu chuyện về sản phẩm', maxPoints: 4, mandatory: false },
                    {
                        code: 'B5',
                        name: 'Truy xuất nguồn gốc (tem, mã truy xuất)',
                        maxPoints: 4,
                        mandatory: true,
                    },
                    { code: 'B6', name: 'Xây dựng và bảo hộ nhãn hiệu', maxPoints: 3, mandatory: false },
                ],
            },
            {
                code: 'C',
                name: PART_C,
                maxPoints: 35,
                criteria: [
                    { code: 'C1', name: 'Tính hấp dẫn, chất lượng cảm quan', maxPoints: 5, mandatory: false },
                    { code: 'C2', name: 'Tính độc đáo, đặc trưng vùng miền', maxPoints: 5, mandatory: false },
                    {
                        code: 'C3',
                        name: 'Chỉ tiêu chất lượng có phiếu kiểm nghiệm',
                        maxPoints: 5,
                        mandatory: true,
                    },
                    {
                        code: 'C4',
                        name: 'Công bố tiêu chuẩn, tự công bố chất lượng sản phẩm',
                        maxPoints: 4,
                        mandatory: true,
                    },
                    {
                        code: 'C5',
                        name: 'Điều kiện bảo đảm an toàn thực phẩm của cơ sở sản xuất',
                        maxPoints: 5,
                        mandatory: true,
                    },
                    {
                        code: 'C6',
                        name: 'Hệ thống quản lý chất lượng (ISO, HACCP, VietGAP…)',
                        maxPoints: 4,
                        mandatory: false,
                    },
                    {
                        code: 'C7',
                        name: 'Khả năng xuất khẩu, đáp ứng tiêu chuẩn quốc tế',
                        maxPoints: 4,
                        mandatory: false,
                    },
                    {
                        code: 'C8',
                        name: 'Hạn sử dụng, hướng dẫn bảo quản và an toàn khi dùng',
                        maxPoints: 3,
                        mandatory: false,
                    },
                ],
            },
        ],
    },
];

/**
 * Demo collective brands (directive D8) and quality documents (directive D9) of
 * the demo catalogue, by product slug. Registration numbers are left out: they
 * are not invented for real brands.
 */
export interface DemoBrand {
    code: string;
    name: string;
    kind: 'GEOGRAPHICAL_INDICATION' | 'CERTIFICATION_MARK' | 'COLLECTIVE_MARK';
    holder: string;
    area: string | null;
    description: string;
    productSlugs: string[];
}

export interface DemoQualityDocument {
    productSlug: string;
    kind: 'QUALITY_DECLARATION' | 'FOOD_SAFETY_CERTIFICATE';
    number: string;
    issuer: string;
    issuedOn: string;
    validUntil?: string;
}

export const demoBrands: DemoBrand[] = [
    {
        code: 'nhung-huou-huong-son',
        name: 'Nhung hươu Hương Sơn',
        kind: 'GEOGRAPHICAL_INDICATION',
        holder: 'UBND tỉnh Hà Tĩnh',
        area: 'Hương Sơn',
        description:
            'Chỉ dẫn địa lý cho nhung hươu sao nuôi tại vùng Hương Sơn: nhung cắt đúng tuổi, mọng, lông tơ mịn, truy xuất được đến từng hộ nuôi.',
        productSlugs: [
            'nhung-huou-tuoi-huong-son',
            'nhung-huou-dong-lanh-huong-son',
            'nhung-huou-say-kho-thai-lat',
            'cao-nhung-huou-huong-son',
            'ruou-nhung-huou-huong-son',
            'cao-xuong-huou-huong-son',
        ],
    },
    {
        code: 'cam-vu-quang',
        name: 'Cam Vũ Quang',
        kind: 'CERTIFICATION_MARK',
        holder: 'UBND huyện Vũ Quang',
        area: 'Vũ Quang',
        description: 'Nhãn hiệu chứng nhận cho cam trồng tại Vũ Quang theo quy trình của vùng.',
        productSlugs: ['cam-vu-quang'],
    },
    {
        code: 'cam-khe-may',
        name: 'Cam Khe Mây',
        kind: 'CERTIFICATION_MARK',
        holder: 'UBND huyện Hương Khê',
        area: 'Hương Khê',
        description: 'Nhãn hiệu chứng nhận cho cam Khe Mây trồng trên đất đồi xã Hương Trạch, Hương Khê.',
        productSlugs: ['cam-khe-may-huong-khe'],
    },
    {
        code: 'mat-ong-vu-quang',
        name: 'Mật ong Vũ Quang',
        kind: 'COLLECTIVE_MARK',
        holder: 'UBND huyện Vũ Quang',
        area: 'Vũ Quang',
        description: 'Nhãn hiệu tập thể của các hộ nuôi ong lấy mật hoa rừng và hoa cam ở Vũ Quang.',
        productSlugs: ['mat-ong-hoa-rung-vu-quang', 'mat-ong-hoa-cam-vu-quang'],
    },
    {
        code: 'nuoc-mam-ky-ninh',
        name: 'Nước mắm Kỳ Ninh',
        kind: 'CERTIFICATION_MARK',
        holder: 'UBND thị xã Kỳ Anh',
        area: 'Thị xã Kỳ Anh',
        description: 'Nhãn hiệu chứng nhận cho nước mắm cá cơm ủ chượp truyền thống ở làng Kỳ Ninh.',
        productSlugs: ['nuoc-mam-cot-ky-ninh', 'nuoc-mam-truyen-thong-ky-ninh'],
    },
];

const FOOD_SAFETY_ISSUER = 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Hà Tĩnh';

export const demoQualityDocuments: DemoQualityDocument[] = [
    {
        productSlug: 'mat-ong-hoa-rung-vu-quang',
        kind: 'QUALITY_DECLARATION',
        number: '01/2025/ONGHD-TCB',
        issuer: 'Hợp tác xã Ong mật Hương Điền',
        issuedOn: '2025-03-12',
    },
    {
        productSlug: 'mat-ong-hoa-rung-vu-quang',
        kind: 'FOOD_SAFETY_CERTIFICATE',
        number: '118/2024/NNPTNT-HT',
        issuer: FOOD_SAFETY_ISSUER,
        issuedOn: '2024-08-20',
        validUntil: '2027-08-19',
    },
    {
        productSlug: 'nuoc-mam-cot-ky-ninh',
        kind: 'QUALITY_DECLARATION',
        number: '02/2025/KN-TCB',
        issuer: 'Hợp tác xã Chế biến nước mắm Kỳ Ninh',
        issuedOn: '2025-01-15',
    },
    {
        productSlug: 'nuoc-mam-cot-ky-ninh',
        kind: 'FOOD_SAFETY_CERTIFICATE',
        number: '76/2024/NNPTNT-HT',
        issuer: FOOD_SAFETY_ISSUER,
        issuedOn: '2024-06-03',
        validUntil: '2027-06-02',
    },
    {
        productSlug: 'cam-vu-quang',
        kind: 'QUALITY_DECLARATION',
        number: '05/2025/CVQ-TCB',
        issuer: 'Hợp tác xã Cam Vũ Quang',
        issuedOn: '2025-09-01',
    },
    {
        productSlug: 'nhung-huou-tuoi-huong-son',
        kind: 'FOOD_SAFETY_CERTIFICATE',
        number: '93/2024/NNPTNT-HT',
        issuer: FOOD_SAFETY_ISSUER,
        issuedOn: '2024-07-10',
        validUntil: '2027-07-09',
    },
    {
        productSlug: 'cam-khe-may-huong-khe',
        kind: 'QUALITY_DECLARATION',
        number: '03/2025/KM-TCB',
        issuer: 'Hợp tác xã Cam Khe Mây',
        issuedOn: '2025-10-05',
    },
];

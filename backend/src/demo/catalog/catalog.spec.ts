import sharp from 'sharp';

import { DEMO_REFERENCE_DATE, demoProducers, demoProducts, demoSalesAreas } from './catalog';
import { productSvg, renderProducerImage, renderProductImage } from './images';
import type { DemoCertificate, DemoProduct, Stars, UnsellableReason } from './types';

/** The day the catalogue is checked against; never Date.now(). */
const TODAY = '2026-11-28';
/** Decision 148/QĐ-TTg replaced 1048/QĐ-TTg on this day. */
const CRITERIA_148_FROM = '2023-02-24';
/** Decision 1489/QĐ-TTg: from this day the province recognises 3★ and 4★. */
const PROVINCE_RECOGNISES_3_STARS_FROM = '2025-07-06';

const FORMER_DISTRICTS = [
    'Thành phố Hà Tĩnh',
    'Thị xã Hồng Lĩnh',
    'Thị xã Kỳ Anh',
    'Đức Thọ',
    'Nghi Xuân',
    'Can Lộc',
    'Thạch Hà',
    'Cẩm Xuyên',
    'Kỳ Anh',
    'Hương Sơn',
    'Hương Khê',
    'Vũ Quang',
    'Lộc Hà',
];

const UNSELLABLE_REASONS: UnsellableReason[] = [
    'TWO_STARS',
    'EXPIRED',
    'REVOKED',
    'NO_STAMPS',
    'INACTIVE_PRODUCER',
    'NO_CERTIFICATE',
];

function starsForScore(score: number): Stars {
    if (score < 30) return 1;
    if (score < 50) return 2;
    if (score < 70) return 3;
    if (score < 90) return 4;
    return 5;
}

function addMonths(isoDate: string, months: number): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    const total = y * 12 + (m - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isIsoDate(s: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

/** A certificate still lets its product be sold on `today`. */
function isValidOn(cert: DemoCertificate, today: string): boolean {
    return cert.status === 'ACTIVE' && cert.issuedAt <= today && today < cert.validUntil;
}

function expectedIssuingLevel(cert: DemoCertificate): DemoCertificate['issuingLevel'] {
    if (cert.stars === 5) return 'CENTRAL';
    if (cert.criteriaVersion === '1048/2019') return 'PROVINCE';
    if (cert.issuedAt >= PROVINCE_RECOGNISES_3_STARS_FROM) return 'PROVINCE';
    return cert.stars === 4 ? 'PROVINCE' : 'DISTRICT';
}

function allStrings(value: unknown, path = '$'): Array<[string, string]> {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
    }
    return [];
}

function sentenceCount(text: string): number {
    return (text.match(/[.!?…](?=\s|$)/g) ?? []).length;
}

const producerByCode = new Map(demoProducers.map(p => [p.code, p]));
const certified = demoProducts.filter(p => p.certificate) as Array<
    DemoProduct & { certificate: DemoCertificate }
>;
const allVariants = demoProducts.flatMap(p => p.variants);

describe('demo catalogue', () => {
    it('is written for the reference date', () => {
        expect(DEMO_REFERENCE_DATE).toBe(TODAY);
    });

    describe('sales areas', () => {
        it('lists the 13 former districts with unique codes', () => {
            expect(demoSalesAreas.map(a => a.name).sort()).toEqual([...FORMER_DISTRICTS].sort());
            expect(new Set(demoSalesAreas.map(a => a.code)).size).toBe(13);
            for (const area of demoSalesAreas) {
                expect(area.code).toMatch(/^[A-Z_]+$/);
            }
        });
    });

    describe('producers', () => {
        it('has at least 18 producers of every type, spread over at least 11 former districts', () => {
            expect(demoProducers.length).toBeGreaterThanOrEqual(18);
            expect(new Set(demoProducers.map(p => p.type))).toEqual(
                new Set(['COOPERATIVE', 'COMPANY', 'HOUSEHOLD']),
            );
            const areas = new Set(demoProducers.map(p => p.area));
            expect(areas.size).toBeGreaterThanOrEqual(11);
            for (const area of areas) {
                expect(FORMER_DISTRICTS).toContain(area);
            }
        });

        it('has unique codes and tax codes in the Hà Tĩnh format', () => {
            expect(new Set(demoProducers.map(p => p.code)).size).toBe(demoProducers.length);
            expect(new Set(demoProducers.map(p => p.taxCode)).size).toBe(demoProducers.length);
            for (const p of demoProducers) {
                expect(p.code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
                expect(p.taxCode).toMatch(/^30\d{8}$/);
                expect(p.email).toMatch(/^[a-z0-9.]+@example\.com$/);
                expect(p.phone.replace(/\s/g, '')).toMatch(/^0\d{9,10}$/);
                expect(p.address).toMatch(/tỉnh Hà Tĩnh$/);
                expect(p.address.toLowerCase()).toContain(p.commune.toLowerCase());
                expect(p.story.vi.length).toBeGreaterThan(40);
                expect(p.story.en.length).toBeGreaterThan(40);
            }
        });

        it('has exactly one inactive producer', () => {
            expect(demoProducers.filter(p => !p.active)).toHaveLength(1);
        });
    });

    describe('products', () => {
        it('has at least 44 products across all OCOP groups, mostly food', () => {
            expect(demoProducts.length).toBeGreaterThanOrEqual(44);
            const byGroup = new Map<string, number>();
            for (const p of demoProducts) byGroup.set(p.group, (byGroup.get(p.group) ?? 0) + 1);
            expect([...byGroup.keys()].sort()).toEqual([
                'DRINK',
                'FOOD',
                'HANDICRAFT',
                'HERBAL',
                'ORNAMENTAL',
                'TOURISM',
            ]);
            const food = byGroup.get('FOOD') ?? 0;
            for (const [group, n] of byGroup) {
                if (group !== 'FOOD') expect(food).toBeGreaterThan(n);
            }
        });

        it('belong to known producers and have unique ASCII kebab-case slugs', () => {
            expect(new Set(demoProducts.map(p => p.slug)).size).toBe(demoProducts.length);
            for (const p of demoProducts) {
                expect(producerByCode.has(p.producerCode)).toBe(true);
                expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            }
        });

        it('include the products reported in the press', () => {
            const names = demoProducts.map(p => p.name.vi).join(' | ');
            for (const needle of [
                'Nước mắm cốt Kỳ Ninh',
                'Bà Lý',
                'Kỳ Phú',
                'Cam Khe Mây',
                'Cam Vũ Quang',
                'Cam Thượng Lộc',
                'Mật ong hoa rừng Vũ Quang',
                'Kẹo cu đơ Hiền Võ',
                'Kẹo cu đơ Thư Viện – Đặng Thanh',
                'Kẹo cu đơ Xuân Lương',
                'Kẹo cu đơ Thành Đạt',
                'Kẹo lạc Sửu Hà',
                'Bánh đa nem Thuận Kỷ',
                'Dưa lưới Nga Hải',
                'Dầu lạc Tuyết Châu',
                'trầm hương Đinh Gia',
                'Nhung hươu tươi',
                'Nhung hươu đông lạnh',
                'Nhung hươu sấy khô',
                'Cao nhung hươu',
                'Rượu nhung hươu',
                'Cao xương hươu',
                'Rượu nếp',
                'Chè xanh',
                'Nấm',
                'Giỏ mây',
                'Chiếu cói',
                'Lan hồ điệp',
                'Du lịch cộng đồng',
            ]) {
                expect(names).toContain(needle);
            }
        });

        it('have descriptions of 2–4 sentences in both languages', () => {
            for (const p of demoProducts) {
                for (const text of [p.description.vi, p.description.en]) {
                    const n = sentenceCount(text);
                    if (n < 2 || n > 4) throw new Error(`${p.slug}: ${n} sentences in "${text}"`);
                }
            }
        });

        it('use each collective brand, only for its home area', () => {
            const home: Record<string, string[]> = {
                NHUNG_HUOU_HUONG_SON: ['Hương Sơn'],
                CAM_HA_TINH: ['Hương Khê', 'Vũ Quang', 'Can Lộc', 'Hương Sơn'],
                MAT_ONG_VU_QUANG: ['Vũ Quang'],
                NUOC_MAM_KY_NINH: ['Thị xã Kỳ Anh'],
            };
            const used = new Set(demoProducts.map(p => p.collectiveBrand).filter(Boolean));
            expect([...used].sort()).toEqual(Object.keys(home).sort());
            for (const p of demoProducts.filter(x => x.collectiveBrand)) {
                expect(home[p.collectiveBrand!]).toContain(producerByCode.get(p.producerCode)!.area);
            }
        });

        it('have image specs with a label and hex palette', () => {
            for (const p of demoProducts) {
                expect(p.image.label.length).toBeGreaterThan(0);
                expect(p.image.label.length).toBeLessThanOrEqual(22);
                for (const c of [...p.image.palette, ...(p.image.color ? [p.image.color] : [])]) {
                    expect(c).toMatch(/^#[0-9a-f]{6}$/i);
                }
            }
        });
    });

    describe('variants and prices', () => {
        it('have unique SKUs', () => {
            expect(new Set(allVariants.map(v => v.sku)).size).toBe(allVariants.length);
            for (const v of allVariants) expect(v.sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);
        });

        it('are priced in whole đồng from about 25.000 to at least 35.000.000', () => {
            const prices = allVariants.map(v => v.priceDong);
            for (const price of prices) {
                expect(Number.isSafeInteger(price)).toBe(true);
                expect(price % 1000).toBe(0);
            }
            expect(Math.min(...prices)).toBe(25_000);
            expect(Math.max(...prices)).toBeGreaterThanOrEqual(35_000_000);
            const velvetPair = allVariants.find(v => v.name.vi === 'Nhung hươu tươi Hương Sơn – cặp ≥ 400 g');
            expect(velvetPair?.priceDong).toBe(35_000_000);
        });

        it('offer several sizes for most products', () => {
            const multi = demoProducts.filter(p => p.variants.length >= 2).length;
            expect(multi / demoProducts.length).toBeGreaterThan(0.8);
            expect(demoProducts.some(p => p.variants.length === 3)).toBe(true);
        });

        it('keep stock within 5–300, velvet pairs within 2–6', () => {
            for (const v of allVariants) {
                const pair = /cặp/i.test(v.name.vi);
                const [min, max] = pair ? [2, 6] : [5, 300];
                expect(v.stock).toBeGreaterThanOrEqual(min);
                expect(v.stock).toBeLessThanOrEqual(max);
            }
        });

        it('tax alcohol as alcohol and nothing else', () => {
            for (const p of demoProducts) {
                const alcoholic = p.subGroup === 'Đồ uống có cồn';
                for (const v of p.variants) expect(v.vat === 'alcohol').toBe(alcoholic);
            }
        });
    });

    describe('certificates', () => {
        it('have unique numbers and ISO dates', () => {
            expect(new Set(certified.map(p => p.certificate.number)).size).toBe(certified.length);
            for (const { certificate: c } of certified) {
                for (const d of [c.issuedAt, c.validUntil, c.decisionDate]) expect(isIsoDate(d)).toBe(true);
                expect(c.number.startsWith(c.decisionNumber)).toBe(true);
                expect(c.decisionDate <= c.issuedAt).toBe(true);
            }
        });

        it('agree with the star bands', () => {
            for (const { slug, certificate: c } of certified) {
                expect(c.score).toBeGreaterThanOrEqual(0);
                expect(c.score).toBeLessThanOrEqual(100);
                if (starsForScore(c.score) !== c.stars)
                    throw new Error(`${slug}: score ${c.score} but ${c.stars}★`);
            }
        });

        it('are valid 36 months, issued 2023–2026 under the criteria then in force', () => {
            for (const { certificate: c } of certified) {
                expect(c.validUntil).toBe(addMonths(c.issuedAt, 36));
                expect(c.issuedAt >= '2023-01-01' && c.issuedAt <= TODAY).toBe(true);
                expect(c.criteriaVersion).toBe(c.issuedAt < CRITERIA_148_FROM ? '1048/2019' : '148/2023');
            }
        });

        it('are issued at the level the rules of the day require', () => {
            for (const { slug, certificate: c } of certified) {
                if (c.issuingLevel !== expectedIssuingLevel(c)) throw new Error(`${slug}: ${c.issuingLevel}`);
            }
        });

        it('are still valid today when ACTIVE, in the past when EXPIRED, explained when REVOKED', () => {
            for (const { slug, certificate: c } of certified) {
                if (c.status === 'ACTIVE' && !isValidOn(c, TODAY))
                    throw new Error(`${slug} is ACTIVE but not valid on ${TODAY}`);
                if (c.status === 'EXPIRED') expect(c.validUntil <= TODAY).toBe(true);
                if (c.status === 'REVOKED') {
                    expect(c.revokedReason?.length).toBeGreaterThan(20);
                    expect(c.revokedAt! > c.issuedAt && c.revokedAt! <= TODAY).toBe(true);
                } else {
                    expect(c.revokedReason).toBeUndefined();
                    expect(c.revokedAt).toBeUndefined();
                }
            }
        });

        it('are mostly 3★, some 4★, one or two 5★', () => {
            const count = (s: number) => certified.filter(p => p.certificate.stars === s).length;
            expect(count(3)).toBeGreaterThan(certified.length / 2);
            expect(count(4)).toBeGreaterThanOrEqual(3);
            expect(count(5)).toBeGreaterThanOrEqual(1);
            expect(count(5)).toBeLessThanOrEqual(2);
        });
    });

    describe('never-sellable cases', () => {
        it('has each reason exactly once', () => {
            for (const reason of UNSELLABLE_REASONS) {
                expect(demoProducts.filter(p => p.unsellableReason === reason)).toHaveLength(1);
            }
        });

        it('flags each case consistently with its data', () => {
            const only = (r: UnsellableReason) => demoProducts.find(p => p.unsellableReason === r)!;
            const two = only('TWO_STARS').certificate!;
            expect(two.stars).toBe(2);
            expect(two.score >= 30 && two.score <= 49).toBe(true);
            expect(only('EXPIRED').certificate!.status).toBe('EXPIRED');
            expect(only('EXPIRED').certificate!.validUntil < TODAY).toBe(true);
            expect(only('REVOKED').certificate!.status).toBe('REVOKED');
            const noStamps = only('NO_STAMPS');
            expect(noStamps.certificate!.status).toBe('ACTIVE');
            expect(noStamps.certificate!.stars).toBe(3);
            expect(noStamps.variants.every(v => !v.stamped)).toBe(true);
            expect(producerByCode.get(only('INACTIVE_PRODUCER').producerCode)!.active).toBe(false);
            expect(only('NO_CERTIFICATE').certificate).toBeUndefined();
        });

        it('leaves every other product sellable', () => {
            for (const p of demoProducts.filter(x => !x.unsellableReason)) {
                const ok =
                    !!p.certificate &&
                    isValidOn(p.certificate, TODAY) &&
                    p.certificate.stars >= 3 &&
                    producerByCode.get(p.producerCode)!.active &&
                    p.variants.every(v => v.stamped);
                if (!ok) throw new Error(`${p.slug} has no unsellableReason but cannot be sold`);
            }
        });
    });

    it('writes all text in NFC', () => {
        const bad = allStrings({ demoProducers, demoProducts, demoSalesAreas }).filter(
            ([, s]) => s !== s.normalize('NFC'),
        );
        expect(bad).toEqual([]);
    });
});

describe('demo images', () => {
    const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

    it('renders an 800×800 JPEG for a product', async () => {
        const jpeg = await renderProductImage(demoProducts[0]);
        expect(isJpeg(jpeg)).toBe(true);
        const meta = await sharp(jpeg).metadata();
        expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 800 });
        expect(jpeg.length).toBeLessThan(80 * 1024);
    });

    it('renders a 1200×500 JPEG banner for a producer', async () => {
        const jpeg = await renderProducerImage(demoProducers[0]);
        expect(isJpeg(jpeg)).toBe(true);
        expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 500 });
    });

    it('paints no OCOP badge into any product picture (the badge follows the certificate)', () => {
        const painted = demoProducts.filter(p => /OCOP/i.test(productSvg(p)));
        expect(painted.map(p => p.slug)).toEqual([]);
    });

    it('keeps every product picture under 80 KB', async () => {
        const sizes = await Promise.all(demoProducts.map(async p => (await renderProductImage(p)).length));
        expect(Math.max(...sizes)).toBeLessThan(80 * 1024);
    });
});

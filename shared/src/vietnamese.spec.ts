import {
    compareVietnamese,
    foldVietnamese,
    matchesQuery,
    nfc,
    slugifyVietnamese,
    sortVietnamese,
    stripVietnameseDiacritics,
} from './vietnamese';

describe('nfc', () => {
    it('turns decomposed input into the precomposed form we store', () => {
        const typedOnMac = 'Nước mắm'.normalize('NFD');
        expect(typedOnMac).not.toBe('Nước mắm');
        expect(nfc(typedOnMac)).toBe('Nước mắm');
    });
});

describe('foldVietnamese', () => {
    it('drops marks, lower-cases and collapses whitespace', () => {
        expect(foldVietnamese('Nước mắm')).toBe('nuoc mam');
        expect(foldVietnamese('  Nước \t Mắm\nKỳ   Ninh ')).toBe('nuoc mam ky ninh');
    });

    it('maps đ and Đ, which NFD does not decompose', () => {
        expect(foldVietnamese('Đinh Gia – trầm hương Đức Thọ')).toBe('dinh gia – tram huong duc tho');
        expect(foldVietnamese('kẹo cu đơ')).toBe('keo cu do');
    });

    it('folds both tone-mark placements and both normal forms alike', () => {
        expect(foldVietnamese('hòa')).toBe('hoa');
        expect(foldVietnamese('hoà')).toBe('hoa');
        expect(foldVietnamese('Thủy'.normalize('NFD'))).toBe(foldVietnamese('Thuỷ'));
    });
});

describe('stripVietnameseDiacritics', () => {
    it('keeps case and spacing', () => {
        expect(stripVietnameseDiacritics('Nước mắm Đà Nẵng')).toBe('Nuoc mam Da Nang');
    });
});

describe('slugifyVietnamese', () => {
    it('makes URL segments from product and place names', () => {
        expect(slugifyVietnamese('Kẹo cu đơ Thư Viện')).toBe('keo-cu-do-thu-vien');
        expect(slugifyVietnamese('Nhung hươu Hương Sơn (tươi, cặp 400g+)')).toBe(
            'nhung-huou-huong-son-tuoi-cap-400g',
        );
        expect(slugifyVietnamese('  Thư Viện–Đặng Thanh  ')).toBe('thu-vien-dang-thanh');
        expect(slugifyVietnamese('★★★')).toBe('');
    });
});

describe('compareVietnamese and sortVietnamese', () => {
    it('sorts in Vietnamese alphabetical order, not by code point', () => {
        const districts = [
            'Đức Thọ',
            'Vũ Quang',
            'Can Lộc',
            'Ân Phú',
            'Anh Sơn',
            'Dung',
            'Ơn',
            'Ô Môn',
            'Oa',
        ];
        expect(sortVietnamese(districts)).toEqual([
            'Anh Sơn',
            'Ân Phú',
            'Can Lộc',
            'Dung',
            'Đức Thọ',
            'Oa',
            'Ô Môn',
            'Ơn',
            'Vũ Quang',
        ]);
        // Code-point order would put Đ after V.
        expect([...districts].sort().indexOf('Đức Thọ')).toBeGreaterThan(
            [...districts].sort().indexOf('Vũ Quang'),
        );
    });

    it('treats NFC and NFD spellings as equal', () => {
        expect(compareVietnamese('Hương Khê', 'Hương Khê'.normalize('NFD'))).toBe(0);
    });

    it('sorts objects by a key without touching the input', () => {
        const products = [{ name: 'Mật ong Vũ Quang' }, { name: 'Cam Khe Mây' }, { name: 'Đinh Gia' }];
        const sorted = sortVietnamese(products, p => p.name);
        expect(sorted.map(p => p.name)).toEqual(['Cam Khe Mây', 'Đinh Gia', 'Mật ong Vũ Quang']);
        expect(products[0].name).toBe('Mật ong Vũ Quang');
    });
});

describe('matchesQuery', () => {
    it('finds Vietnamese names from queries typed without diacritics', () => {
        expect(matchesQuery('Nước mắm Kỳ Ninh', 'nuoc mam')).toBe(true);
        expect(matchesQuery('Nước mắm Kỳ Ninh', 'NƯỚC MẮM')).toBe(true);
        expect(matchesQuery('Nước mắm Kỳ Ninh', 'ninh nước')).toBe(true);
        expect(matchesQuery('Kẹo cu đơ Thư Viện', 'keo cu do')).toBe(true);
        expect(matchesQuery('Trà hoà thảo', 'hòa')).toBe(true);
    });

    it('requires every query word to match', () => {
        expect(matchesQuery('Nước mắm Kỳ Ninh', 'nuoc mam ba ly')).toBe(false);
        expect(matchesQuery('Cam Khe Mây', 'mat ong')).toBe(false);
    });

    it('matches everything with an empty query', () => {
        expect(matchesQuery('Cam Khe Mây', '')).toBe(true);
        expect(matchesQuery('Cam Khe Mây', '   ')).toBe(true);
    });
});

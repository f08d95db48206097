import { findProvince, HA_TINH_PROVINCE_CODE, PROVINCES } from './provinces';

describe('provinces after the 2025 reform', () => {
    it('are 34 units with unique codes and NFC names', () => {
        expect(PROVINCES).toHaveLength(34);
        expect(new Set(PROVINCES.map(p => p.code)).size).toBe(34);
        expect(PROVINCES.filter(p => p.kind === 'CITY').map(p => p.name)).toEqual([
            'Hà Nội',
            'Hải Phòng',
            'Huế',
            'Đà Nẵng',
            'Hồ Chí Minh',
            'Cần Thơ',
        ]);
        for (const p of PROVINCES) expect(p.name).toBe(p.name.normalize('NFC'));
    });

    it('are found by code or by the name typed with or without marks, prefix or NFD', () => {
        expect(findProvince(HA_TINH_PROVINCE_CODE)?.name).toBe('Hà Tĩnh');
        expect(findProvince('ha tinh')?.code).toBe('42');
        expect(findProvince('Tỉnh Hà Tĩnh')?.code).toBe('42');
        expect(findProvince('Thanh Hoá')?.code).toBe('38');
        expect(findProvince('TP. Hồ Chí Minh')?.code).toBe('79');
        expect(findProvince('Hà Tĩnh'.normalize('NFD'))?.code).toBe('42');
    });

    it('do not include the provinces merged away in 2025', () => {
        expect(findProvince('Quảng Bình')).toBeUndefined();
        expect(findProvince('Hà Giang')).toBeUndefined();
        expect(findProvince('')).toBeUndefined();
    });
});

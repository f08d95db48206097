import { findHaTinhArea, HA_TINH_AREAS } from './areas';

describe('the former districts of Hà Tĩnh', () => {
    it('are 13: one city, two towns, ten districts, unique and NFC', () => {
        expect(HA_TINH_AREAS).toHaveLength(13);
        expect(HA_TINH_AREAS.filter(a => a.kind === 'CITY')).toHaveLength(1);
        expect(HA_TINH_AREAS.filter(a => a.kind === 'TOWN')).toHaveLength(2);
        expect(new Set(HA_TINH_AREAS.map(a => a.code)).size).toBe(13);
        expect(new Set(HA_TINH_AREAS.map(a => a.name)).size).toBe(13);
        for (const a of HA_TINH_AREAS) expect(a.name).toBe(a.name.normalize('NFC'));
    });

    it('are found by code or by the name typed with or without marks and title', () => {
        expect(findHaTinhArea('Hương Sơn')?.code).toBe('HUONG_SON');
        expect(findHaTinhArea('huyện hương sơn')?.name).toBe('Hương Sơn');
        expect(findHaTinhArea('H. Hương Khê')?.name).toBe('Hương Khê');
        expect(findHaTinhArea('  HUONG KHE ')?.name).toBe('Hương Khê');
        expect(findHaTinhArea('TP Hà Tĩnh')?.name).toBe('Thành phố Hà Tĩnh');
        expect(findHaTinhArea('tp. ha tinh')?.name).toBe('Thành phố Hà Tĩnh');
        expect(findHaTinhArea('TX. Hồng Lĩnh')?.name).toBe('Thị xã Hồng Lĩnh');
        expect(findHaTinhArea('Đức Thọ'.normalize('NFD'))?.code).toBe('DUC_THO');
        expect(findHaTinhArea('vu_quang')?.name).toBe('Vũ Quang');
    });

    it('keep the district and the town of Kỳ Anh apart', () => {
        expect(findHaTinhArea('Kỳ Anh')?.code).toBe('KY_ANH');
        expect(findHaTinhArea('Huyện Kỳ Anh')?.code).toBe('KY_ANH');
        expect(findHaTinhArea('Thị xã Kỳ Anh')?.code).toBe('TX_KY_ANH');
    });

    it('find nothing for other places or blanks', () => {
        expect(findHaTinhArea('Hà Nội')).toBeUndefined();
        expect(findHaTinhArea('Quỳnh Lưu')).toBeUndefined();
        expect(findHaTinhArea('')).toBeUndefined();
        expect(findHaTinhArea('huyện')).toBeUndefined();
    });
});

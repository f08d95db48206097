import { missingAddressParts } from './deliverable-address';

const complete = {
    fullName: 'Nguyễn Thị Lan',
    streetLine1: '12 Phan Đình Phùng',
    city: 'Phường Thành Sen',
    province: 'Hà Tĩnh',
    phoneNumber: '0912 345 678',
    countryCode: 'VN',
};

describe('missingAddressParts', () => {
    it('accepts a complete Vietnamese address without a postal code', () => {
        expect(missingAddressParts(complete)).toEqual([]);
        expect(missingAddressParts({ ...complete, phoneNumber: '+84 912.345.678' })).toEqual([]);
    });

    it('names every part a courier would miss', () => {
        expect(missingAddressParts({}).map(p => p.field)).toEqual([
            'fullName',
            'streetLine1',
            'city',
            'province',
            'phoneNumber',
        ]);
        expect(missingAddressParts(null).length).toBe(5);
        expect(missingAddressParts({ ...complete, province: '  ' }).map(p => p.field)).toEqual(['province']);
    });

    it('refuses phone numbers no one can call', () => {
        for (const phoneNumber of ['12345', '0912', 'không có', '091234567890123']) {
            expect(missingAddressParts({ ...complete, phoneNumber }).map(p => p.field)).toEqual([
                'phoneNumber',
            ]);
        }
    });
});

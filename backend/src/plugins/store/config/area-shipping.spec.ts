import { findProvince } from '@ocop/shared';
import { DeliveryArea, deliveryArea, parcelCount } from './area-shipping';
import { shareOf } from '../../seller-orders/services/seller-order.service';

describe('delivery areas', () => {
    it('puts Hà Tĩnh at home, its neighbours next, every other province in the rest of the country', () => {
        const area = (name: string) => deliveryArea(findProvince(name)!);
        expect(area('Hà Tĩnh')).toBe(DeliveryArea.HOME);
        expect(['Nghệ An', 'quang tri', 'Thanh Hoá'].map(area)).toEqual([
            DeliveryArea.NEIGHBOUR,
            DeliveryArea.NEIGHBOUR,
            DeliveryArea.NEIGHBOUR,
        ]);
        expect(['Hà Nội', 'TP. Hồ Chí Minh', 'Huế', 'Cà Mau'].map(area)).toEqual(
            Array(4).fill(DeliveryArea.NATIONAL),
        );
    });

    it('counts one parcel per producer with units in the order', () => {
        const order = (lines: Array<[channel: number | null, quantity: number]>) =>
            ({ lines: lines.map(([sellerChannelId, quantity]) => ({ sellerChannelId, quantity })) }) as any;
        expect(parcelCount(order([]))).toBe(1);
        expect(parcelCount(order([[5, 1]]))).toBe(1);
        expect(
            parcelCount(
                order([
                    [5, 1],
                    [5, 2],
                    [7, 1],
                ]),
            ),
        ).toBe(2);
        expect(
            parcelCount(
                order([
                    [5, 1],
                    [7, 0],
                ]),
            ),
        ).toBe(1);
    });

    it('splits a shipping charge into whole-đồng shares that add up', () => {
        expect([0, 1].map(i => shareOf(4_000_000, 2, i))).toEqual([2_000_000, 2_000_000]);
        const shares = [0, 1, 2].map(i => shareOf(1_000_000, 3, i));
        expect(shares.every(s => s % 100 === 0)).toBe(true);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    });
});

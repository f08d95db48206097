import { findProvince, HA_TINH_PROVINCE_CODE, Province } from '@ocop/shared';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Order, ShippingCalculator, ShippingEligibilityChecker } from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { VAT_PERIODS, vatRateOn } from './vat-schedule';

/** Where a parcel goes, seen from Hà Tĩnh, where every producer ships from. */
export enum DeliveryArea {
    /** Within Hà Tĩnh. */
    HOME = 'HOME',
    /** Nghệ An, Quảng Trị, Thanh Hóa: one day by road. */
    NEIGHBOUR = 'NEIGHBOUR',
    /** Every other province. */
    NATIONAL = 'NATIONAL',
}

/** Nghệ An, Quảng Trị, Thanh Hóa. */
export const NEIGHBOUR_PROVINCE_CODES = ['40', '44', '38'];

export function deliveryArea(province: Province): DeliveryArea {
    if (province.code === HA_TINH_PROVINCE_CODE) return DeliveryArea.HOME;
    if (NEIGHBOUR_PROVINCE_CODES.includes(province.code)) return DeliveryArea.NEIGHBOUR;
    return DeliveryArea.NATIONAL;
}

/** The province of the order's delivery address, if it names one of the 34. */
export function orderProvince(order: Order): Province | undefined {
    return findProvince(order.shippingAddress?.province ?? '');
}

/**
 * Every producer packs and sends its own parcel: an order with products of two
 * producers travels as two parcels (and becomes two seller orders, ADR 0011).
 */
export function parcelCount(order: Order): number {
    const sellers = new Set(
        (order.lines ?? []).filter(l => l.quantity > 0).map(l => String(l.sellerChannelId)),
    );
    return Math.max(sellers.size, 1);
}

const areaLabel = (vi: string, en: string) => [
    { languageCode: LanguageCode.vi, value: vi },
    { languageCode: LanguageCode.en, value: en },
];

/**
 * Offers a delivery method only to the areas it serves (express is not offered
 * across the country). Before the address names one of the 34 provinces, a
 * method counts as going anywhere in the country (the storefront can show the
 * price), and the checkout stops at the unknown province (deliverable-address).
 */
export const deliveryAreaChecker = new ShippingEligibilityChecker({
    code: 'ocop-delivery-area',
    description: areaLabel('Giao đến các vùng đã chọn', 'Delivers to the chosen areas'),
    args: {
        areas: {
            type: 'string',
            list: true,
            ui: {
                component: 'select-form-input',
                options: [
                    { value: DeliveryArea.HOME, label: areaLabel('Trong tỉnh Hà Tĩnh', 'Within Hà Tĩnh') },
                    {
                        value: DeliveryArea.NEIGHBOUR,
                        label: areaLabel(
                            'Tỉnh lân cận (Nghệ An, Quảng Trị, Thanh Hóa)',
                            'Neighbouring provinces (Nghệ An, Quảng Trị, Thanh Hóa)',
                        ),
                    },
                    {
                        value: DeliveryArea.NATIONAL,
                        label: areaLabel('Các tỉnh khác', 'Rest of the country'),
                    },
                ],
            },
            label: areaLabel('Vùng giao hàng', 'Delivery areas'),
        },
    },
    check: (ctx, order, args) => {
        const province = orderProvince(order);
        return args.areas.includes(province ? deliveryArea(province) : DeliveryArea.NATIONAL);
    },
});

const rateArg = (vi: string, en: string, defaultValue: number) => ({
    type: 'int' as const,
    defaultValue,
    ui: { component: 'currency-form-input' },
    label: areaLabel(vi, en),
});

/**
 * A VAT-inclusive rate per parcel by the delivery area. VAT on delivery is the
 * standard category's rate on the day (the dated schedule: 8% until the end of
 * 2026, 10% after), so a rate change needs no edit of the methods.
 */
export const areaRateCalculator = new ShippingCalculator({
    code: 'ocop-area-rate',
    description: areaLabel(
        'Phí giao hàng theo vùng, mỗi chủ thể một kiện',
        'Rate by area, one parcel per producer',
    ),
    args: {
        homeRate: rateArg('Phí mỗi kiện trong tỉnh', 'Per parcel within Hà Tĩnh', 2000000),
        neighbourRate: rateArg(
            'Phí mỗi kiện đến tỉnh lân cận',
            'Per parcel to neighbouring provinces',
            3000000,
        ),
        nationalRate: rateArg(
            'Phí mỗi kiện đến các tỉnh khác',
            'Per parcel to the rest of the country',
            4000000,
        ),
    },
    calculate: (ctx, order, args) => {
        const province = orderProvince(order);
        const area = province ? deliveryArea(province) : DeliveryArea.NATIONAL;
        const perParcel =
            area === DeliveryArea.HOME
                ? args.homeRate
                : area === DeliveryArea.NEIGHBOUR
                  ? args.neighbourRate
                  : args.nationalRate;
        const parcels = parcelCount(order);
        return {
            price: perParcel * parcels,
            priceIncludesTax: true,
            taxRate: vatRateOn(VAT_PERIODS, 'standard', vietnamDate())?.ratePercent ?? 10,
            metadata: { area, provinceCode: province?.code ?? null, parcels, perParcel },
        };
    },
});

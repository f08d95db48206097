import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ConfigurableOperationInput } from '@vendure/common/lib/generated-types';
import {
    CASH_ON_DELIVERY_CODE,
    EXPRESS_SHIPPING_CODE,
    STANDARD_SHIPPING_CODE,
    STRIPE_CODE,
    VIETQR_CODE,
} from '../constants';
import { areaRateCalculator, DeliveryArea, deliveryAreaChecker } from './area-shipping';

interface Translation {
    languageCode: LanguageCode;
    name: string;
    description: string;
}

export interface ShippingMethodDefinition {
    code: string;
    checker: ConfigurableOperationInput;
    calculator: ConfigurableOperationInput;
    translations: Translation[];
}

export interface PaymentMethodDefinition {
    code: string;
    translations: Translation[];
}

const areas = (...list: DeliveryArea[]) => ({
    code: deliveryAreaChecker.code,
    arguments: [{ name: 'areas', value: JSON.stringify(list) }],
});

/** Rates per parcel in minor units (×100), VAT included; the office changes them as method arguments. */
const rates = (home: number, neighbour: number, national: number) => ({
    code: areaRateCalculator.code,
    arguments: [
        { name: 'homeRate', value: String(home * 100) },
        { name: 'neighbourRate', value: String(neighbour * 100) },
        { name: 'nationalRate', value: String(national * 100) },
    ],
});

/**
 * The delivery methods of the marketplace, each producer's parcel charged by
 * where it goes (ADR 0011). Express is not offered beyond the neighbouring provinces.
 */
export const SHIPPING_METHODS: ShippingMethodDefinition[] = [
    {
        code: STANDARD_SHIPPING_CODE,
        checker: areas(DeliveryArea.HOME, DeliveryArea.NEIGHBOUR, DeliveryArea.NATIONAL),
        calculator: rates(20_000, 30_000, 40_000),
        translations: [
            {
                languageCode: LanguageCode.vi,
                name: 'Giao hàng tiêu chuẩn',
                description: 'Trong tỉnh 1–2 ngày, tỉnh lân cận 2–3 ngày, các tỉnh khác 3–5 ngày làm việc',
            },
            {
                languageCode: LanguageCode.en,
                name: 'Standard delivery',
                description:
                    'Within Hà Tĩnh 1–2 days, neighbouring provinces 2–3, elsewhere 3–5 working days',
            },
        ],
    },
    {
        code: EXPRESS_SHIPPING_CODE,
        checker: areas(DeliveryArea.HOME, DeliveryArea.NEIGHBOUR),
        calculator: rates(35_000, 55_000, 0),
        translations: [
            {
                languageCode: LanguageCode.vi,
                name: 'Giao hàng nhanh',
                description: 'Trong ngày trong tỉnh, hôm sau đến Nghệ An, Quảng Trị, Thanh Hóa',
            },
            {
                languageCode: LanguageCode.en,
                name: 'Express delivery',
                description: 'Same day within Hà Tĩnh, next day to Nghệ An, Quảng Trị, Thanh Hóa',
            },
        ],
    },
];

/** The payment methods of the marketplace; their codes are a contract with the storefront and the POS. */
export const PAYMENT_METHODS: PaymentMethodDefinition[] = [
    {
        code: CASH_ON_DELIVERY_CODE,
        translations: [
            {
                languageCode: LanguageCode.vi,
                name: 'Thanh toán khi nhận hàng',
                description: 'Trả tiền mặt cho người giao hàng',
            },
            {
                languageCode: LanguageCode.en,
                name: 'Cash on delivery',
                description: 'Pay the courier in cash',
            },
        ],
    },
    {
        code: VIETQR_CODE,
        translations: [
            {
                languageCode: LanguageCode.vi,
                name: 'Chuyển khoản VietQR',
                description:
                    'Quét mã VietQR bằng ứng dụng ngân hàng; đơn được xác nhận khi tiền về tài khoản',
            },
            {
                languageCode: LanguageCode.en,
                name: 'Bank transfer (VietQR)',
                description: 'Scan the VietQR code in your banking app; confirmed when the money arrives',
            },
        ],
    },
    {
        code: STRIPE_CODE,
        translations: [
            {
                languageCode: LanguageCode.vi,
                name: 'Thẻ ngân hàng',
                description: 'Visa, Mastercard, JCB qua Stripe',
            },
            { languageCode: LanguageCode.en, name: 'Card', description: 'Visa, Mastercard, JCB via Stripe' },
        ],
    },
];

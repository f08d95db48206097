import { catalogText } from '../features/catalog/i18n';
import { accountText } from '../features/account/i18n';
import { cartPageText } from '../features/cart/cart-page-i18n';
import { cartText } from '../features/cart/i18n';
import { checkoutText } from '../features/checkout/i18n';
import { orderText } from '../features/checkout/order-i18n';
import { homeText } from '../features/home/i18n';
import { layoutText } from '../features/layout/i18n';
import { producersText } from '../features/producers/i18n';
import { productText } from '../features/product/i18n';
import { salesPointsText } from '../features/sales-points/i18n';
import { commonText } from '../ui/i18n';

/** Every namespace in both languages; each feature owns its strings. */
export const resources = {
    vi: {
        common: commonText.vi,
        layout: layoutText.vi,
        home: homeText.vi,
        catalog: catalogText.vi,
        product: productText.vi,
        producers: producersText.vi,
        salesPoints: salesPointsText.vi,
        cart: cartText.vi,
        cartPage: cartPageText.vi,
        checkout: checkoutText.vi,
        order: orderText.vi,
        account: accountText.vi,
    },
    en: {
        common: commonText.en,
        layout: layoutText.en,
        home: homeText.en,
        catalog: catalogText.en,
        product: productText.en,
        producers: producersText.en,
        salesPoints: salesPointsText.en,
        cart: cartText.en,
        cartPage: cartPageText.en,
        checkout: checkoutText.en,
        order: orderText.en,
        account: accountText.en,
    },
} as const;

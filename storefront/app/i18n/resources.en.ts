import { en as common } from '../ui/i18n.en';
import { en as layout } from '../features/layout/i18n.en';
import { en as home } from '../features/home/i18n.en';
import { en as catalog } from '../features/catalog/i18n.en';
import { en as product } from '../features/product/i18n.en';
import { en as producers } from '../features/producers/i18n.en';
import { en as salesPoints } from '../features/sales-points/i18n.en';
import { en as cart } from '../features/cart/i18n.en';
import { en as cartPage } from '../features/cart/cart-page-i18n.en';
import { en as checkout } from '../features/checkout/i18n.en';
import { en as order } from '../features/checkout/order-i18n.en';
import { en as account } from '../features/account/i18n.en';

/** Every namespace in English; each feature owns its strings. */
export const en = {
    common,
    layout,
    home,
    catalog,
    product,
    producers,
    salesPoints,
    cart,
    cartPage,
    checkout,
    order,
    account,
};

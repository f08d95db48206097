import { vi as common } from '../ui/i18n.vi';
import { vi as layout } from '../features/layout/i18n.vi';
import { vi as home } from '../features/home/i18n.vi';
import { vi as catalog } from '../features/catalog/i18n.vi';
import { vi as product } from '../features/product/i18n.vi';
import { vi as producers } from '../features/producers/i18n.vi';
import { vi as salesPoints } from '../features/sales-points/i18n.vi';
import { vi as cart } from '../features/cart/i18n.vi';
import { vi as cartPage } from '../features/cart/cart-page-i18n.vi';
import { vi as checkout } from '../features/checkout/i18n.vi';
import { vi as order } from '../features/checkout/order-i18n.vi';
import { vi as account } from '../features/account/i18n.vi';

/** Every namespace in Vietnamese; each feature owns its strings. */
export const vi = {
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

import { vi as cartPage } from '../features/cart/cart-page-i18n.vi';
import { vi as checkout } from '../features/checkout/i18n.vi';
import { vi as order } from '../features/checkout/order-i18n.vi';

/**
 * The namespaces of the cart, checkout, order and account pages in Vietnamese: the browser
 * loads them only for those pages (`i18n.ts`), the shop's other pages never need them.
 */
export const viOrders = {
    cartPage,
    checkout,
    order,
};

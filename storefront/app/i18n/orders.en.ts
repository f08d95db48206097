import { en as cartPage } from '../features/cart/cart-page-i18n.en';
import { en as checkout } from '../features/checkout/i18n.en';
import { en as order } from '../features/checkout/order-i18n.en';

/**
 * The namespaces of the cart, checkout, order and account pages in English: the browser
 * loads them only for those pages (`i18n.ts`), the shop's other pages never need them.
 */
export const enOrders = {
    cartPage,
    checkout,
    order,
};

import { en as common } from '../ui/i18n.en';
import { en as layout } from '../features/layout/i18n.en';
import { en as home } from '../features/home/i18n.en';
import { en as catalog } from '../features/catalog/i18n.en';
import { en as product } from '../features/product/i18n.en';
import { en as producers } from '../features/producers/i18n.en';
import { en as salesPoints } from '../features/sales-points/i18n.en';
import { en as cart } from '../features/cart/i18n.en';
import { en as account } from '../features/account/i18n.en';

/**
 * The namespaces of every page in English (each feature owns its strings); the browser
 * loads them before hydrating. Cart, checkout and orders are in `orders.en.ts`.
 */
export const en = {
    common,
    layout,
    home,
    catalog,
    product,
    producers,
    salesPoints,
    cart,
    account,
};

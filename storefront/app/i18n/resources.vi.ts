import { vi as common } from '../ui/i18n.vi';
import { vi as layout } from '../features/layout/i18n.vi';
import { vi as home } from '../features/home/i18n.vi';
import { vi as catalog } from '../features/catalog/i18n.vi';
import { vi as product } from '../features/product/i18n.vi';
import { vi as producers } from '../features/producers/i18n.vi';
import { vi as salesPoints } from '../features/sales-points/i18n.vi';
import { vi as cart } from '../features/cart/i18n.vi';
import { vi as account } from '../features/account/i18n.vi';

/**
 * The namespaces of every page in Vietnamese (each feature owns its strings); the browser
 * loads them before hydrating. Cart, checkout and orders are in `orders.vi.ts`.
 */
export const vi = {
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

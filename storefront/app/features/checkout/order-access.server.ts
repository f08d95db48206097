import { data } from 'react-router';
import type { ShopContext } from '../../api/shop.server';
import { getCustomer } from '../account/account.server';
import type { NotFoundData } from '../layout/NotFound';
import type { OrderView } from './order';
import { getActiveOrder, getOrderByCode } from './order.server';
import { placedCodes } from './placed.server';

/**
 * The order of that code for this visitor, or a 404: the visitor's still active order (a
 * card payment the backend has not confirmed yet), a signed-in customer's own order (Vendure
 * checks the owner), or a guest order this browser placed. Vendure alone would show any
 * recent guest order to whoever knows its code; the cookie narrows that (ADR 0015).
 */
export async function orderForVisitor(ctx: ShopContext, request: Request, code: string): Promise<OrderView> {
    let order: OrderView | null = null;
    if (ctx.token) {
        const active = await getActiveOrder(ctx);
        if (active?.code === code) return active;
        const [customer, placed] = await Promise.all([getCustomer(ctx), placedCodes(request)]);
        if (customer || placed.includes(code)) order = await getOrderByCode(ctx, code);
    }
    if (!order) throw data<NotFoundData>({}, { status: 404 });
    return order;
}

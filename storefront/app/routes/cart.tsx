import {
    data,
    redirect,
    useActionData,
    useLoaderData,
    type ActionFunctionArgs,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { sessionHeaders, shopContext, withSession } from '../api/shop.server';
import { CartPage, type CartOutcome } from '../features/cart/CartPage';
import { adjustLine, removeLine } from '../features/checkout/checkout.server';
import { privateMeta } from '../features/checkout/meta';
import { getActiveOrder } from '../features/checkout/order.server';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const order = await getActiveOrder(ctx);
    return withSession(ctx, { lang: ctx.lang, order, title: tFor(ctx.lang)('cartPage:title') });
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const lineId = String(form.get('lineId') ?? '');
    const intent = String(form.get('intent') ?? 'adjust');
    const current = Number(form.get('current') ?? 0);
    const raw = String(form.get('quantity') ?? '').trim();
    // An emptied box means "unchanged", not zero: only the remove button or 0 removes a line.
    const typed = raw === '' ? current : Number(raw);
    const quantity =
        intent === 'increase'
            ? current + 1
            : intent === 'decrease'
              ? current - 1
              : Number.isFinite(typed)
                ? Math.floor(typed)
                : current;
    if (!lineId) return data<CartOutcome>({ ok: false, lineId, message: '' }, { status: 400 });
    const result =
        intent === 'remove' || quantity <= 0
            ? await removeLine(ctx, lineId)
            : await adjustLine(ctx, lineId, Math.min(quantity, 999));
    if (!result.ok) {
        return withSession<CartOutcome>(ctx, { ok: false, lineId, message: result.message }, { status: 422 });
    }
    // Post/redirect/get: reloading the cart never repeats the change.
    return redirect(new URL(request.url).pathname, { headers: sessionHeaders(ctx) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Cart() {
    const loaderData = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    return <CartPage data={loaderData} outcome={outcome} />;
}

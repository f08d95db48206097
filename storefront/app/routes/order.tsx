import { useLoaderData, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext, withSession } from '../api/shop.server';
import { getCustomer } from '../features/account/account.server';
import { privateMeta } from '../features/checkout/meta';
import { orderForVisitor } from '../features/checkout/order-access.server';
import { OrderPage } from '../features/checkout/OrderPage';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request, params }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const order = await orderForVisitor(ctx, request, params.code ?? '');
    const customer = await getCustomer(ctx);
    const search = new URL(request.url).searchParams;
    // Stripe sends the buyer back with ?payment_intent=…&redirect_status=…
    const fromStripe = search.has('payment_intent');
    const cardFailed = fromStripe && search.get('redirect_status') === 'failed';
    const processing = fromStripe && !cardFailed && (order.active || order.state === 'ArrangingPayment');
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        order,
        signedIn: customer !== null,
        processing,
        cardFailed,
        justPlaced: search.has('placed') || fromStripe,
        title: `${t('order:title', { code: order.code })} | ${t('siteName')}`,
    });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
    ...privateMeta(data?.title),
    // Waiting for the card payment's webhook: look again shortly, JavaScript or not.
    ...(data?.processing ? [{ httpEquiv: 'refresh', content: '4' } as const] : []),
];

export default function Order() {
    return <OrderPage data={useLoaderData<typeof loader>()} />;
}

import { useLoaderData, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { shopContext, withSession } from '../api/shop.server';
import { privateMeta } from '../features/checkout/meta';
import { publicPart, type VietQrDetails } from '../features/checkout/order';
import { orderForVisitor } from '../features/checkout/order-access.server';
import { currentPayment } from '../features/checkout/OrderPage';
import { qrSvg } from '../features/checkout/vietqr.server';
import { VietQrPage } from '../features/checkout/VietQrPage';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request, params }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const order = await orderForVisitor(ctx, request, params.code ?? '');
    const payment = (order.payments ?? []).filter(p => p.method === 'vietqr').at(-1) ?? currentPayment(order);
    const details =
        payment?.method === 'vietqr' ? (publicPart(payment) as VietQrDetails | undefined) : undefined;
    const valid = details && typeof details.payload === 'string' && details.payload.length > 0;
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        code: order.code,
        state: order.state,
        details: valid ? details : null,
        svg: valid ? await qrSvg(details.payload) : null,
        title: `${t('order:vietqr.title', { code: order.code })} | ${t('siteName')}`,
    });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function OrderVietQr() {
    return <VietQrPage data={useLoaderData<typeof loader>()} />;
}

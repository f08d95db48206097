import { formatVnd } from '@ocop/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import {
    data,
    Link,
    redirect,
    useLoaderData,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { config } from '../api/config.server';
import { sessionHeaders, shopContext } from '../api/shop.server';
import { createStripeIntent, paymentMethods } from '../features/checkout/checkout.server';
import { privateMeta } from '../features/checkout/meta';
import { getActiveOrder } from '../features/checkout/order.server';
import { rememberPlaced } from '../features/checkout/placed.server';
import { useHydrated } from '../features/checkout/useHydrated';
import { tFor } from '../i18n/i18n';
import { pathFor } from '../i18n/paths';
import checkoutCss from '../features/checkout/checkout.css?url';

const StripeForm = lazy(() => import('../features/checkout/StripeForm'));

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const order = await getActiveOrder(ctx);
    const back = pathFor(ctx.lang, 'checkout');
    if (!order || order.state !== 'ArrangingPayment') throw redirect(back, { headers: sessionHeaders(ctx) });
    const { methods, stripeKey } = await paymentMethods(ctx);
    if (!stripeKey || !methods.some(m => m.code === 'stripe'))
        throw redirect(back, { headers: sessionHeaders(ctx) });
    const clientSecret = await createStripeIntent(ctx);
    const headers = new Headers(sessionHeaders(ctx));
    // The order becomes this browser's placed order once Stripe's webhook arrives.
    headers.append('Set-Cookie', await rememberPlaced(request, order.code));
    const t = tFor(ctx.lang);
    headers.set('Cache-Control', 'no-store');
    return data(
        {
            lang: ctx.lang,
            code: order.code,
            publishableKey: stripeKey,
            clientSecret,
            amountText: formatVnd(order.totalWithTax),
            returnUrl: `${config.storefrontUrl}${pathFor(ctx.lang, 'orders', order.code)}`,
            title: `${t('checkout:stripe.title')} | ${t('siteName')}`,
        },
        { headers },
    );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function CheckoutStripe() {
    const page = useLoaderData<typeof loader>();
    const { t } = useTranslation('checkout');
    const client = useHydrated();
    return (
        <div className="wrap page stripe-page">
            <h1>{t('stripe.title')}</h1>
            <p>{t('stripe.intro')}</p>
            <noscript>
                <p className="notice notice-error">{t('stripe.noScript')}</p>
            </noscript>
            {client ? (
                <Suspense fallback={<p role="status">{t('stripe.loading')}</p>}>
                    <StripeForm
                        publishableKey={page.publishableKey}
                        clientSecret={page.clientSecret}
                        returnUrl={page.returnUrl}
                        amountText={page.amountText}
                        lang={page.lang}
                    />
                </Suspense>
            ) : (
                <p role="status">{t('stripe.loading')}</p>
            )}
            <p>
                <Link to={pathFor(page.lang, 'checkout')}>{t('stripe.back')}</Link>
            </p>
        </div>
    );
}

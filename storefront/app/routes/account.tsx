import { formatVnd } from '@ocop/shared';
import {
    Link,
    useLoaderData,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { config } from '../api/config.server';
import { shopContext, withSession } from '../api/shop.server';
import {
    customerName,
    customerOrders,
    ORDERS_PER_PAGE,
    requireCustomer,
} from '../features/account/account.server';
import { AccountNav } from '../features/account/AccountNav';
import { formatMoment } from '../features/checkout/format';
import { stateKeys } from '../features/checkout/order';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import { pathFor } from '../i18n/paths';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const customer = await requireCustomer(ctx, request);
    const search = new URL(request.url).searchParams;
    const page = Math.max(1, Math.floor(Number(search.get('page') ?? 1)) || 1);
    const orders = await customerOrders(ctx, page);
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        name: customerName(customer),
        email: customer.emailAddress,
        phone: customer.phoneNumber,
        orders: orders.items,
        page,
        pages: Math.max(1, Math.ceil(orders.total / ORDERS_PER_PAGE)),
        verified: search.has('verified'),
        publicApiUrl: config.publicApiUrl,
        title: `${t('account:title')} | ${t('siteName')}`,
    });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

/** The customer's orders, newest first, with the stamp codes of delivered units linked to the public check. */
export default function Account() {
    const { lang, name, email, phone, orders, page, pages, verified, publicApiUrl } =
        useLoaderData<typeof loader>();
    const { t } = useTranslation(['account', 'order', 'common']);
    return (
        <div className="wrap page account-page">
            {verified ? (
                <p className="notice notice-ok" role="status">
                    {t('verify.done')}
                </p>
            ) : null}
            <h1>{t('hello', { name })}</h1>
            <p className="meta">
                {email}
                {phone ? ` · ${phone}` : ''}
            </p>
            <AccountNav lang={lang} />
            <h2>{t('orders.title')}</h2>
            {orders.length === 0 ? (
                <p className="empty">{t('orders.none')}</p>
            ) : (
                <ul className="order-list" role="list">
                    {orders.map(order => (
                        <li key={order.id} className="order-card">
                            <div className="order-card-head">
                                <h3>
                                    <Link
                                        to={pathFor(lang, 'orders', order.code)}
                                        aria-label={t('orders.view', { code: order.code })}
                                    >
                                        {order.code}
                                    </Link>
                                </h3>
                                <span className={`badge badge-${order.state}`}>
                                    {t(`order:states.${stateOf(order) as 'Delivered'}`, {
                                        defaultValue: order.state,
                                    })}
                                </span>
                            </div>
                            <p className="meta">
                                {formatMoment(order.orderPlacedAt, lang)} ·{' '}
                                <span className="price">{formatVnd(order.totalWithTax)}</span>
                                {order.payments?.[0]
                                    ? ` · ${t(`order:methods.${order.payments[0].method as 'vietqr'}`, {
                                          defaultValue: order.payments[0].method,
                                      })}`
                                    : ''}
                            </p>
                            <ul className="order-card-lines" role="list">
                                {order.lines.map(line => (
                                    <li key={line.id}>
                                        {t('orders.line', {
                                            name:
                                                line.productVariant.name === line.productVariant.product.name
                                                    ? line.productVariant.product.name
                                                    : `${line.productVariant.product.name} · ${line.productVariant.name}`,
                                            count: line.quantity,
                                        })}
                                        {line.stampCodes.length ? (
                                            <div className="stamp-codes">
                                                <span className="meta">{t('orders.stamps')}:</span>
                                                <ul role="list">
                                                    {line.stampCodes.map(code => (
                                                        <li key={code}>
                                                            <a
                                                                href={`${publicApiUrl}/v/${encodeURIComponent(code)}`}
                                                                aria-label={t('orders.stampLink', { code })}
                                                            >
                                                                {code}
                                                            </a>
                                                        </li>
                                                    ))}
                                                </ul>
                                            </div>
                                        ) : null}
                                    </li>
                                ))}
                            </ul>
                        </li>
                    ))}
                </ul>
            )}
            {pages > 1 ? (
                <nav className="pagination" aria-label={t('common:pagination')}>
                    <ul>
                        {page > 1 ? (
                            <li>
                                <Link to={`?page=${page - 1}`}>{t('common:previous')}</Link>
                            </li>
                        ) : null}
                        <li>
                            <span aria-current="page">{t('common:pageOf', { page, pages })}</span>
                        </li>
                        {page < pages ? (
                            <li>
                                <Link to={`?page=${page + 1}`}>{t('common:next')}</Link>
                            </li>
                        ) : null}
                    </ul>
                </nav>
            ) : null}
        </div>
    );
}

function stateOf(order: { state: string; payments: { method: string; state: string }[] | null }): string {
    const payment = order.payments?.at(-1);
    return stateKeys(order.state, payment?.method, payment?.state).state;
}

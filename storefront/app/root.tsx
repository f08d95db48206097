import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import {
    isRouteErrorResponse,
    Links,
    Meta,
    Outlet,
    Scripts,
    ScrollRestoration,
    useLocation,
    useRouteError,
    useRouteLoaderData,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { config } from './api/config.server';
import { shopContext, withSession } from './api/shop.server';
import { cartCount } from './features/cart/cart.server';
import { Layout as SiteLayout } from './features/layout/Layout';
import { NotFound, type NotFoundData } from './features/layout/NotFound';
import { i18nFor } from './i18n/i18n';
import { langOfPath } from './i18n/paths';
import css from './styles.css?inline';

export const links: LinksFunction = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const count = await cartCount(ctx).catch(() => 0);
    return withSession(ctx, {
        lang: ctx.lang,
        cartCount: count,
        publicApiUrl: config.publicApiUrl,
    });
}

export type RootData = Awaited<ReturnType<typeof loader>>['data'];

export const meta: MetaFunction = ({ error }) => {
    if (!error) return [];
    const status = isRouteErrorResponse(error) ? error.status : 500;
    return [{ title: status === 404 ? 'Không tìm thấy trang — Chợ OCOP Hà Tĩnh' : 'Lỗi — Chợ OCOP Hà Tĩnh' }];
};

/** The document shell, shared by pages and error pages; the language comes from the URL. */
export function Layout({ children }: { children: ReactNode }) {
    const { pathname } = useLocation();
    const lang = langOfPath(pathname);
    const root = useRouteLoaderData<RootData>('root');
    useEffect(() => {
        // Hydration waits for the page's load (entry.defer.ts): tests and scripts can see when it is done.
        document.documentElement.dataset.hydrated = 'true';
    }, []);
    return (
        <html lang={lang}>
            <head>
                <meta charSet="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#14532d" />
                <Meta />
                <Links />
                {/* Inlined (≈ 3 KB gzipped): no render-blocking stylesheet request before the first paint. */}
                <style dangerouslySetInnerHTML={{ __html: css }} />
            </head>
            <body>
                <I18nextProvider i18n={i18nFor(lang)}>
                    <SiteLayout
                        lang={lang}
                        cartCount={root?.cartCount ?? 0}
                        publicApiUrl={root?.publicApiUrl ?? ''}
                    >
                        {children}
                    </SiteLayout>
                </I18nextProvider>
                <ScrollRestoration />
                <Scripts />
            </body>
        </html>
    );
}

export default function App() {
    return <Outlet />;
}

export function ErrorBoundary() {
    const error = useRouteError();
    const { pathname } = useLocation();
    const lang = langOfPath(pathname);
    if (isRouteErrorResponse(error) && error.status === 404) {
        return <NotFound lang={lang} data={error.data as NotFoundData | undefined} />;
    }
    if (import.meta.env.DEV) console.error(error);
    return <NotFound lang={lang} failed />;
}

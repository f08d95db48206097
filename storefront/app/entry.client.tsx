import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';
import { loadOrderNamespaces, registerLanguage } from './i18n/i18n';
import { langOfPath, SECTIONS, type Lang } from './i18n/paths';

/** Pages whose text uses the cart, checkout and order namespaces (`i18n/orders.*.ts`). */
const ORDER_SECTIONS = [SECTIONS.cart, SECTIONS.checkout, SECTIONS.orders, SECTIONS.account];

function usesOrderNamespaces(pathname: string, lang: Lang): boolean {
    const segments = pathname.split('/').filter(Boolean);
    if (lang === 'en') segments.shift();
    return ORDER_SECTIONS.some(section => section[lang] === segments[0]);
}

/**
 * Loads the page's language (about half the translation bytes of both) before hydrating,
 * so the first render in the browser has the same text as the server's HTML; the cart,
 * checkout and order texts only on those pages (elsewhere they load on first use).
 */
async function hydrate() {
    const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
    const orders = usesOrderNamespaces(window.location.pathname, langOfPath(window.location.pathname))
        ? loadOrderNamespaces(lang)
        : undefined;
    registerLanguage(
        lang,
        lang === 'en' ? (await import('./i18n/resources.en')).en : (await import('./i18n/resources.vi')).vi,
    );
    if (orders) registerLanguage(lang, await orders);
    startTransition(() => {
        hydrateRoot(
            document,
            <StrictMode>
                <HydratedRouter />
            </StrictMode>,
        );
    });
}

void hydrate();

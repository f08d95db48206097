import type { ReactNode } from 'react';
import { Link, NavLink, useLocation, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, switchLangPath, type Lang } from '../../i18n/paths';
import { SearchBox } from './SearchBox';

export interface LayoutProps {
    lang: Lang;
    cartCount: number;
    publicApiUrl: string;
    children: ReactNode;
}

/** Header (logo, search, language, cart), main landmark, footer. */
export function Layout({ lang, cartCount, publicApiUrl, children }: LayoutProps) {
    const { t } = useTranslation('layout');
    const { t: tc } = useTranslation();
    const { t: ta } = useTranslation('account');
    const location = useLocation();
    // A page whose slug differs in the other language says so in its loader data (`altSlugs`).
    const page = useMatches().at(-1)?.loaderData as { altSlugs?: Record<string, string> } | undefined;
    const altSlugs = page?.altSlugs;
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    const switchHref = switchLangPath(location.pathname, other, altSlugs) + location.search;
    return (
        <>
            <a className="skip-link" href="#main">
                {t('skip')}
            </a>
            <header className="site-header">
                <div className="header-row wrap">
                    <Link to={pathFor(lang, 'home')} className="logo">
                        {tc('siteName')}
                    </Link>
                    <div className="header-tools">
                        <a href={switchHref} hrefLang={other} className="lang-switch">
                            <span lang={other}>{t('switchTo')}</span>
                            <span className="sr-only"> — {t('switchToLabel')}</span>
                        </a>
                        <Link
                            to={pathFor(lang, 'account')}
                            className="cart-link account-link"
                            aria-label={ta('title')}
                        >
                            <svg
                                aria-hidden="true"
                                width="24"
                                height="24"
                                viewBox="0 0 24 24"
                                fill="none"
                                stroke="currentColor"
                                strokeWidth="2"
                                strokeLinecap="round"
                            >
                                <circle cx="12" cy="8" r="4" />
                                <path d="M4 21c0-4 4-6 8-6s8 2 8 6" />
                            </svg>
                            <span className="cart-text">{ta('title')}</span>
                        </Link>
                        <Link to={pathFor(lang, 'cart')} className="cart-link">
                            <svg
                                aria-hidden="true"
                                width="24"
                                height="24"
                                viewBox="0 0 24 24"
                                fill="none"
                                stroke="currentColor"
                                strokeWidth="2"
                                strokeLinecap="round"
                                strokeLinejoin="round"
                            >
                                <circle cx="9" cy="20" r="1.5" />
                                <circle cx="18" cy="20" r="1.5" />
                                <path d="M2 3h3l2.6 12.4a1 1 0 0 0 1 .8h9.7a1 1 0 0 0 1-.8L21 7H6" />
                            </svg>
                            <span className="cart-text">{t('cart')}</span>
                            <span className="cart-count">{cartCount}</span>
                            <span className="sr-only"> {t('cartItems', { count: cartCount })}</span>
                        </Link>
                    </div>
                </div>
                <div className="wrap">
                    <SearchBox lang={lang} />
                </div>
                <nav aria-label={t('mainNav')} className="main-nav wrap">
                    <NavLink to={pathFor(lang, 'products')}>{t('products')}</NavLink>
                    <NavLink to={pathFor(lang, 'producers')}>{t('producers')}</NavLink>
                    <NavLink to={pathFor(lang, 'whereToBuy')}>{t('whereToBuy')}</NavLink>
                </nav>
            </header>
            <main id="main" tabIndex={-1}>
                {children}
            </main>
            <footer className="site-footer">
                <div className="wrap footer-grid">
                    <section aria-labelledby="f-about">
                        <h2 id="f-about">{t('aboutTitle')}</h2>
                        <p>{t('aboutText')}</p>
                    </section>
                    <section aria-labelledby="f-stamp">
                        <h2 id="f-stamp">{t('stampTitle')}</h2>
                        <p>{t('stampText')}</p>
                        <p>
                            <a href={`${publicApiUrl}/v/`}>{t('stampLink')}</a>
                        </p>
                    </section>
                    <section aria-labelledby="f-buy">
                        <h2 id="f-buy">{t('buyTitle')}</h2>
                        <p>{t('buyText')}</p>
                        <p>
                            <Link to={pathFor(lang, 'whereToBuy')}>{t('buyLink')}</Link>
                        </p>
                    </section>
                </div>
                <p className="wrap copyright">{t('copyright')}</p>
            </footer>
        </>
    );
}

import { Form, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/paths';
import { accountPath } from './paths';

/** The signed-in customer's pages and the sign-out button (a POST: no sign-out by a prefetched link). */
export function AccountNav({ lang }: { lang: Lang }) {
    const { t } = useTranslation('account');
    return (
        <nav aria-label={t('nav')} className="account-nav">
            <NavLink to={accountPath(lang, 'home')} end>
                {t('orders.title')}
            </NavLink>
            <NavLink to={accountPath(lang, 'addresses')}>{t('addresses.title')}</NavLink>
            <Form method="post" action={accountPath(lang, 'signOut')}>
                <button type="submit" className="button-secondary">
                    {t('signOut')}
                </button>
            </Form>
        </nav>
    );
}

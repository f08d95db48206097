import { pathFor, type Lang } from '../../i18n/paths';

/**
 * The account's pages under `/tai-khoan` (English `/en/account`). The Vietnamese ones for
 * verification, password reset and email change are linked from the backend's mails.
 */
export const ACCOUNT_PAGES = {
    home: { vi: '', en: '' },
    signIn: { vi: 'dang-nhap', en: 'sign-in' },
    signUp: { vi: 'dang-ky', en: 'sign-up' },
    signOut: { vi: 'dang-xuat', en: 'sign-out' },
    forgot: { vi: 'quen-mat-khau', en: 'forgot-password' },
    reset: { vi: 'dat-lai-mat-khau', en: 'reset-password' },
    verify: { vi: 'xac-minh', en: 'verify' },
    verifyEmail: { vi: 'xac-minh-email', en: 'verify-email' },
    addresses: { vi: 'dia-chi', en: 'addresses' },
} as const satisfies Record<string, Record<Lang, string>>;
export type AccountPage = keyof typeof ACCOUNT_PAGES;

export function accountPath(lang: Lang, page: AccountPage): string {
    const segment = ACCOUNT_PAGES[page][lang];
    return segment ? pathFor(lang, 'account', segment) : pathFor(lang, 'account');
}

/** For the language switch: this page's segment in the other language (`altSlugs`). */
export function accountAltSlugs(lang: Lang, page: AccountPage): Record<string, string> | undefined {
    const here = ACCOUNT_PAGES[page][lang];
    const there = ACCOUNT_PAGES[page][lang === 'vi' ? 'en' : 'vi'];
    return here && here !== there ? { [here]: there } : undefined;
}

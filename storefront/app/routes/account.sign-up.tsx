import { nfc } from '@ocop/shared';
import {
    Form,
    Link,
    redirect,
    useActionData,
    useLoaderData,
    useNavigation,
    type ActionFunctionArgs,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { sessionHeaders, shopContext, withSession } from '../api/shop.server';
import { getCustomer, register } from '../features/account/account.server';
import { accountAltSlugs, accountPath } from '../features/account/paths';
import { isPhone, readEmail, type FieldErrors } from '../features/checkout/address';
import { Field, FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    if (await getCustomer(ctx))
        throw redirect(accountPath(ctx.lang, 'home'), { headers: sessionHeaders(ctx) });
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        altSlugs: accountAltSlugs(ctx.lang, 'signUp'),
        title: `${t('account:signUp.title')} | ${t('siteName')}`,
    });
}

interface SignUpOutcome {
    values: { emailAddress: string; fullName: string; phoneNumber: string };
    fieldErrors?: FieldErrors;
    message?: string;
    sent?: boolean;
}

const MIN_PASSWORD = 8;

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const { email, error } = readEmail(form);
    const fullName = nfc(String(form.get('fullName') ?? ''))
        .trim()
        .replace(/\s+/g, ' ');
    const phoneNumber = String(form.get('phoneNumber') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const values = { emailAddress: email, fullName, phoneNumber };
    const fieldErrors: FieldErrors = {};
    if (error) fieldErrors.emailAddress = error;
    if (!fullName) fieldErrors.name = 'nameRequired';
    if (phoneNumber && !isPhone(phoneNumber)) fieldErrors.phoneNumber = 'phoneInvalid';
    if (!password) fieldErrors.password = 'passwordRequired';
    else if (password.length < MIN_PASSWORD) fieldErrors.password = 'passwordShort';
    if (Object.keys(fieldErrors).length) {
        return withSession<SignUpOutcome>(ctx, { values, fieldErrors }, { status: 400 });
    }
    const result = await register(ctx, { emailAddress: email, fullName, phoneNumber, password });
    if (!result.ok)
        return withSession<SignUpOutcome>(ctx, { values, message: result.message }, { status: 422 });
    return withSession<SignUpOutcome>(ctx, { values, sent: true });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function SignUp() {
    const { lang } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation(['account', 'checkout']);
    const busy = useNavigation().state === 'submitting';
    const fe = outcome?.fieldErrors;
    const err = (key?: string) => (key ? t(`checkout:fieldErrors.${key as 'emailRequired'}`) : undefined);
    if (outcome?.sent) {
        return (
            <div className="wrap page narrow">
                <h1>{t('signUp.title')}</h1>
                <p className="notice notice-ok" role="status">
                    {t('signUp.sent', { email: outcome.values.emailAddress })}
                </p>
            </div>
        );
    }
    return (
        <div className="wrap page narrow">
            <h1>{t('signUp.title')}</h1>
            <Form method="post" className="form-stack" noValidate>
                <FormError message={outcome?.message} />
                <Field
                    id="su-name"
                    name="fullName"
                    autoComplete="name"
                    label={t('fullName')}
                    required
                    defaultValue={outcome?.values.fullName ?? ''}
                    error={err(fe?.name)}
                />
                <Field
                    id="su-email"
                    name="emailAddress"
                    type="email"
                    inputMode="email"
                    autoComplete="email"
                    label={t('email')}
                    required
                    defaultValue={outcome?.values.emailAddress ?? ''}
                    error={err(fe?.emailAddress)}
                />
                <Field
                    id="su-phone"
                    name="phoneNumber"
                    type="tel"
                    inputMode="tel"
                    autoComplete="tel"
                    label={t('signUp.phoneOptional')}
                    defaultValue={outcome?.values.phoneNumber ?? ''}
                    error={err(fe?.phoneNumber)}
                />
                <Field
                    id="su-password"
                    name="password"
                    type="password"
                    autoComplete="new-password"
                    label={t('password')}
                    hint={t('passwordHint')}
                    minLength={MIN_PASSWORD}
                    required
                    error={err(fe?.password)}
                />
                <button type="submit" className="button button-block" disabled={busy}>
                    {t('signUp.submit')}
                </button>
            </Form>
            <p>
                {t('signUp.haveAccount')} <Link to={accountPath(lang, 'signIn')}>{t('signIn.title')}</Link>
            </p>
        </div>
    );
}

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
import { getCustomer, logIn, safeNext } from '../features/account/account.server';
import { accountAltSlugs, accountPath } from '../features/account/paths';
import { readEmail, type FieldErrors } from '../features/checkout/address';
import { Field, FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const next = safeNext(new URL(request.url).searchParams.get('next'), accountPath(ctx.lang, 'home'));
    if (await getCustomer(ctx)) throw redirect(next, { headers: sessionHeaders(ctx) });
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        next,
        altSlugs: accountAltSlugs(ctx.lang, 'signIn'),
        title: `${t('account:signIn.title')} | ${t('siteName')}`,
    });
}

interface SignInOutcome {
    email: string;
    fieldErrors?: FieldErrors;
    message?: string;
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const { email, error } = readEmail(form);
    const password = String(form.get('password') ?? '');
    const fieldErrors: FieldErrors = {};
    if (error) fieldErrors.emailAddress = error;
    if (!password) fieldErrors.password = 'passwordRequired';
    if (Object.keys(fieldErrors).length)
        return withSession<SignInOutcome>(ctx, { email, fieldErrors }, { status: 400 });
    const result = await logIn(ctx, email, password);
    if (!result.ok)
        return withSession<SignInOutcome>(ctx, { email, message: result.message }, { status: 401 });
    const next = safeNext(String(form.get('next') ?? ''), accountPath(ctx.lang, 'home'));
    return redirect(next, { headers: sessionHeaders(ctx) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function SignIn() {
    const { lang, next } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation(['account', 'checkout']);
    const busy = useNavigation().state === 'submitting';
    const fe = outcome?.fieldErrors;
    const err = (key?: string) => (key ? t(`checkout:fieldErrors.${key as 'emailRequired'}`) : undefined);
    return (
        <div className="wrap page narrow">
            <h1>{t('signIn.title')}</h1>
            <p className="meta">{t('signIn.why')}</p>
            <Form method="post" className="form-stack" noValidate>
                <input type="hidden" name="next" value={next} />
                <FormError message={outcome?.message} />
                <Field
                    id="si-email"
                    name="emailAddress"
                    type="email"
                    inputMode="email"
                    autoComplete="username"
                    label={t('email')}
                    required
                    defaultValue={outcome?.email ?? ''}
                    error={err(fe?.emailAddress)}
                />
                <Field
                    id="si-password"
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    label={t('password')}
                    required
                    error={err(fe?.password)}
                />
                <button type="submit" className="button button-block" disabled={busy}>
                    {t('signIn.submit')}
                </button>
            </Form>
            <p>
                <Link to={accountPath(lang, 'forgot')}>{t('signIn.forgot')}</Link>
            </p>
            <p>
                {t('signIn.noAccount')} <Link to={accountPath(lang, 'signUp')}>{t('signIn.signUp')}</Link>
            </p>
        </div>
    );
}

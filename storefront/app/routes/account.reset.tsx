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
import { resetPassword } from '../features/account/account.server';
import { accountAltSlugs, accountPath } from '../features/account/paths';
import { Field, FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** `/tai-khoan/dat-lai-mat-khau?token=…`, linked from the backend's password reset mail. */
/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    return {
        lang: ctx.lang,
        token: new URL(request.url).searchParams.get('token') ?? '',
        altSlugs: accountAltSlugs(ctx.lang, 'reset'),
        title: `${t('account:reset.title')} | ${t('siteName')}`,
    };
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const token = String(form.get('token') ?? '');
    const password = String(form.get('password') ?? '');
    if (!password || password.length < 8) {
        return withSession(
            ctx,
            { error: password ? 'passwordShort' : 'passwordRequired', message: undefined },
            { status: 400 },
        );
    }
    const result = await resetPassword(ctx, token, password);
    if (!result.ok) return withSession(ctx, { error: undefined, message: result.message }, { status: 422 });
    // Vendure signs the customer in with the new password.
    return redirect(accountPath(ctx.lang, 'home'), { headers: sessionHeaders(ctx) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Reset() {
    const { lang, token } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation(['account', 'checkout']);
    const busy = useNavigation().state === 'submitting';
    return (
        <div className="wrap page narrow">
            <h1>{t('reset.title')}</h1>
            {!token ? (
                <p className="notice notice-error">
                    {t('reset.noToken')} <Link to={accountPath(lang, 'forgot')}>{t('reset.again')}</Link>
                </p>
            ) : (
                <Form method="post" className="form-stack" noValidate>
                    <input type="hidden" name="token" value={token} />
                    <FormError message={outcome?.message} />
                    <Field
                        id="rp-password"
                        name="password"
                        type="password"
                        autoComplete="new-password"
                        label={t('newPassword')}
                        hint={t('passwordHint')}
                        minLength={8}
                        required
                        error={
                            outcome?.error
                                ? t(`checkout:fieldErrors.${outcome.error as 'passwordShort'}`)
                                : undefined
                        }
                    />
                    <button type="submit" className="button button-block" disabled={busy}>
                        {t('reset.submit')}
                    </button>
                </Form>
            )}
        </div>
    );
}

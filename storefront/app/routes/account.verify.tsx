import {
    Form,
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
import { verify } from '../features/account/account.server';
import { accountAltSlugs, accountPath } from '../features/account/paths';
import { Field, FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/**
 * `/tai-khoan/xac-minh?token=…`, linked from the verification mail. Verifying is a button
 * (POST), not the page load: mail scanners that open links must not use up the token.
 */
/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    return {
        lang: ctx.lang,
        token: new URL(request.url).searchParams.get('token') ?? '',
        altSlugs: accountAltSlugs(ctx.lang, 'verify'),
        title: `${t('account:verify.title')} | ${t('siteName')}`,
    };
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const token = String(form.get('token') ?? '');
    const password = String(form.get('password') ?? '') || undefined;
    const result = await verify(ctx, token, password);
    if (!result.ok) {
        return withSession(
            ctx,
            { message: result.message, needsPassword: result.code === 'MISSING_PASSWORD_ERROR' },
            { status: 422 },
        );
    }
    return redirect(`${accountPath(ctx.lang, 'home')}?verified=1`, { headers: sessionHeaders(ctx) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Verify() {
    const { token } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation('account');
    const busy = useNavigation().state === 'submitting';
    return (
        <div className="wrap page narrow">
            <h1>{t('verify.title')}</h1>
            {!token ? (
                <p className="notice notice-error">{t('verify.noToken')}</p>
            ) : (
                <Form method="post" className="form-stack">
                    <input type="hidden" name="token" value={token} />
                    <p>{outcome?.needsPassword ? t('verify.passwordNeeded') : t('verify.intro')}</p>
                    <FormError message={outcome?.message} />
                    {outcome?.needsPassword ? (
                        <Field
                            id="vf-password"
                            name="password"
                            type="password"
                            autoComplete="new-password"
                            label={t('password')}
                            hint={t('passwordHint')}
                            minLength={8}
                            required
                        />
                    ) : null}
                    <button type="submit" className="button button-block" disabled={busy}>
                        {t('verify.submit')}
                    </button>
                </Form>
            )}
        </div>
    );
}

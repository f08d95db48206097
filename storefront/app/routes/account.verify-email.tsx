import {
    Form,
    useActionData,
    useLoaderData,
    useNavigation,
    type ActionFunctionArgs,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { shopContext, withSession } from '../api/shop.server';
import { confirmEmailChange } from '../features/account/account.server';
import { accountAltSlugs } from '../features/account/paths';
import { FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** `/tai-khoan/xac-minh-email?token=…`, linked from the email-change mail; confirmed by a button. */
/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    return {
        lang: ctx.lang,
        token: new URL(request.url).searchParams.get('token') ?? '',
        altSlugs: accountAltSlugs(ctx.lang, 'verifyEmail'),
        title: `${t('account:verifyEmail.title')} | ${t('siteName')}`,
    };
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const token = String((await request.formData()).get('token') ?? '');
    const result = await confirmEmailChange(ctx, token);
    return withSession(
        ctx,
        { done: result.ok, message: result.ok ? undefined : result.message },
        { status: result.ok ? 200 : 422 },
    );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function VerifyEmail() {
    const { token } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation('account');
    const busy = useNavigation().state === 'submitting';
    return (
        <div className="wrap page narrow">
            <h1>{t('verifyEmail.title')}</h1>
            {outcome?.done ? (
                <p className="notice notice-ok" role="status">
                    {t('verifyEmail.done')}
                </p>
            ) : !token ? (
                <p className="notice notice-error">{t('verify.noToken')}</p>
            ) : (
                <Form method="post" className="form-stack">
                    <input type="hidden" name="token" value={token} />
                    <p>{t('verifyEmail.intro')}</p>
                    <FormError message={outcome?.message} />
                    <button type="submit" className="button button-block" disabled={busy}>
                        {t('verifyEmail.submit')}
                    </button>
                </Form>
            )}
        </div>
    );
}

import {
    Form,
    useActionData,
    useNavigation,
    type ActionFunctionArgs,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { shopContext, withSession } from '../api/shop.server';
import { requestReset } from '../features/account/account.server';
import { accountAltSlugs } from '../features/account/paths';
import { readEmail } from '../features/checkout/address';
import { Field, FormError } from '../features/checkout/Field';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const t = tFor(ctx.lang);
    return {
        lang: ctx.lang,
        altSlugs: accountAltSlugs(ctx.lang, 'forgot'),
        title: `${t('account:forgot.title')} | ${t('siteName')}`,
    };
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const { email, error } = readEmail(await request.formData());
    if (error) return withSession(ctx, { email, error, sent: false, message: undefined }, { status: 400 });
    const result = await requestReset(ctx, email);
    return withSession(ctx, {
        email,
        error: undefined,
        sent: result.ok,
        message: result.ok ? undefined : result.message,
    });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Forgot() {
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation(['account', 'checkout']);
    const busy = useNavigation().state === 'submitting';
    return (
        <div className="wrap page narrow">
            <h1>{t('forgot.title')}</h1>
            {outcome?.sent ? (
                <p className="notice notice-ok" role="status">
                    {t('forgot.sent', { email: outcome.email })}
                </p>
            ) : (
                <>
                    <p>{t('forgot.intro')}</p>
                    <Form method="post" className="form-stack" noValidate>
                        <FormError message={outcome?.message} />
                        <Field
                            id="fp-email"
                            name="emailAddress"
                            type="email"
                            inputMode="email"
                            autoComplete="email"
                            label={t('email')}
                            required
                            defaultValue={outcome?.email ?? ''}
                            error={
                                outcome?.error
                                    ? t(`checkout:fieldErrors.${outcome.error as 'emailRequired'}`)
                                    : undefined
                            }
                        />
                        <button type="submit" className="button button-block" disabled={busy}>
                            {t('forgot.submit')}
                        </button>
                    </Form>
                </>
            )}
        </div>
    );
}

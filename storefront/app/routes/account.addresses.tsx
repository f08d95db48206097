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
import {
    deleteAddress,
    makeDefaultAddress,
    requireCustomer,
    saveAddress,
} from '../features/account/account.server';
import { AccountNav } from '../features/account/AccountNav';
import { accountAltSlugs, accountPath } from '../features/account/paths';
import { readAddress, type AddressInput, type FieldErrors } from '../features/checkout/address';
import { AddressFields } from '../features/checkout/AddressForm';
import { privateMeta } from '../features/checkout/meta';
import { tFor } from '../i18n/i18n';
import checkoutCss from '../features/checkout/checkout.css?url';

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const customer = await requireCustomer(ctx, request);
    const search = new URL(request.url).searchParams;
    const editId = search.get('edit');
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        addresses: customer.addresses,
        editing: customer.addresses.find(a => a.id === editId) ?? null,
        done: search.get('done'),
        altSlugs: accountAltSlugs(ctx.lang, 'addresses'),
        title: `${t('account:addresses.title')} | ${t('siteName')}`,
    });
}

interface AddressOutcome {
    id?: string;
    values: Partial<AddressInput>;
    fieldErrors: FieldErrors;
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const customer = await requireCustomer(ctx, request);
    const form = await request.formData();
    const intent = String(form.get('intent') ?? '');
    const id = String(form.get('id') ?? '') || undefined;
    const here = accountPath(ctx.lang, 'addresses');
    // Only the customer's own addresses (Vendure checks too).
    if (id && !customer.addresses.some(a => a.id === id)) throw new Response('Not found', { status: 404 });
    if (intent === 'delete' && id) {
        await deleteAddress(ctx, id);
        return redirect(`${here}?done=deleted`, { headers: sessionHeaders(ctx) });
    }
    if (intent === 'default' && id) {
        await makeDefaultAddress(ctx, id);
        return redirect(`${here}?done=saved`, { headers: sessionHeaders(ctx) });
    }
    const { address, errors } = readAddress(form);
    if (Object.keys(errors).length) {
        return withSession<AddressOutcome>(
            ctx,
            { id, values: address, fieldErrors: errors },
            { status: 400 },
        );
    }
    await saveAddress(ctx, address, {
        id,
        makeDefault: form.get('makeDefault') === 'on' || customer.addresses.length === 0,
    });
    return redirect(`${here}?done=saved`, { headers: sessionHeaders(ctx) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Addresses() {
    const { lang, addresses, editing, done } = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    const { t } = useTranslation('account');
    const busy = useNavigation().state === 'submitting';
    const formId = outcome?.id ?? editing?.id;
    const values: Partial<AddressInput> | undefined =
        outcome?.values ??
        (editing
            ? {
                  fullName: editing.fullName ?? '',
                  phoneNumber: editing.phoneNumber ?? '',
                  streetLine1: editing.streetLine1,
                  city: editing.city ?? '',
                  province: editing.province ?? '',
              }
            : undefined);
    return (
        <div className="wrap page account-page">
            <h1>{t('addresses.title')}</h1>
            <AccountNav lang={lang} />
            {done ? (
                <p className="notice notice-ok" role="status">
                    {done === 'deleted' ? t('addresses.deleted') : t('addresses.saved')}
                </p>
            ) : null}
            {addresses.length === 0 ? <p className="empty">{t('addresses.none')}</p> : null}
            <ul className="list-plain address-book" role="list">
                {addresses.map(a => (
                    <li key={a.id}>
                        <address>
                            <strong>{a.fullName}</strong> · {a.phoneNumber}
                            <br />
                            {[a.streetLine1, a.city, a.province].filter(Boolean).join(', ')}
                        </address>
                        {a.defaultShippingAddress ? (
                            <span className="badge">{t('addresses.default')}</span>
                        ) : null}
                        <div className="address-actions">
                            <Link
                                to={`?edit=${a.id}#address-form`}
                                className="button-secondary"
                                aria-label={t('addresses.editLabel', { street: a.streetLine1 })}
                            >
                                {t('addresses.edit')}
                            </Link>
                            {!a.defaultShippingAddress ? (
                                <Form method="post">
                                    <input type="hidden" name="id" value={a.id} />
                                    <button
                                        type="submit"
                                        name="intent"
                                        value="default"
                                        className="button-secondary"
                                    >
                                        {t('addresses.makeDefault')}
                                    </button>
                                </Form>
                            ) : null}
                            <Form method="post">
                                <input type="hidden" name="id" value={a.id} />
                                <button
                                    type="submit"
                                    name="intent"
                                    value="delete"
                                    className="button-secondary button-danger"
                                    aria-label={t('addresses.deleteLabel', { street: a.streetLine1 })}
                                >
                                    {t('addresses.delete')}
                                </button>
                            </Form>
                        </div>
                    </li>
                ))}
            </ul>
            <section id="address-form" aria-labelledby="address-form-title" className="panel">
                <h2 id="address-form-title">{formId ? t('addresses.editTitle') : t('addresses.add')}</h2>
                <Form method="post" className="form-stack" noValidate key={formId ?? 'new'}>
                    <input type="hidden" name="intent" value="save" />
                    {formId ? <input type="hidden" name="id" value={formId} /> : null}
                    <AddressFields idPrefix="ab" values={values ?? undefined} errors={outcome?.fieldErrors} />
                    <label className="check">
                        <input
                            type="checkbox"
                            name="makeDefault"
                            defaultChecked={!!editing?.defaultShippingAddress}
                        />
                        {t('addresses.setDefault')}
                    </label>
                    <div className="button-row">
                        <button type="submit" className="button" disabled={busy}>
                            {t('addresses.save')}
                        </button>
                        {formId ? (
                            <Link to={accountPath(lang, 'addresses')} className="button-secondary">
                                {t('addresses.cancel')}
                            </Link>
                        ) : null}
                    </div>
                </Form>
            </section>
        </div>
    );
}

import {
    data,
    redirect,
    useActionData,
    useLoaderData,
    type ActionFunctionArgs,
    type LinksFunction,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { sessionHeaders, shopContext, withSession, type ShopContext } from '../api/shop.server';
import { customerName, getCustomer } from '../features/account/account.server';
import { readAddress, readEmail, type FieldErrors } from '../features/checkout/address';
import {
    addPayment,
    paymentMethods,
    PAYMENT_CODES,
    reopenOrder,
    setAddress,
    setContact,
    setShippingMethod,
    shippingMethods,
    transition,
    type PaymentCode,
} from '../features/checkout/checkout.server';
import { CheckoutPage, type CheckoutOutcome } from '../features/checkout/CheckoutPage';
import { privateMeta } from '../features/checkout/meta';
import { getActiveOrder } from '../features/checkout/order.server';
import { rememberPlaced } from '../features/checkout/placed.server';
import { tFor } from '../i18n/i18n';
import { pathFor } from '../i18n/paths';
import checkoutCss from '../features/checkout/checkout.css?url';

/** Where the buyer is: contact and address, delivery, or payment (from the order itself). */
function stepOf(order: {
    state: string;
    shippingAddress: { streetLine1?: string | null } | null;
    customer: unknown;
}) {
    if (!order.customer || !order.shippingAddress?.streetLine1) return 'contact' as const;
    if (order.state !== 'ArrangingPayment') return 'shipping' as const;
    return 'payment' as const;
}

/** The cart, checkout and account pages' own styles (the shared ones are inlined by the root). */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutCss }];

export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const [order, customer] = await Promise.all([getActiveOrder(ctx), getCustomer(ctx)]);
    if (!order || order.lines.length === 0) {
        throw redirect(pathFor(ctx.lang, 'cart'), { headers: sessionHeaders(ctx) });
    }
    const edit = new URL(request.url).searchParams.get('edit');
    let step = stepOf(order);
    if (edit === 'contact') step = 'contact';
    else if (edit === 'shipping' && step === 'payment') step = 'shipping';
    const [shipping, payment] = await Promise.all([
        step !== 'contact' ? shippingMethods(ctx) : Promise.resolve([]),
        step === 'payment' ? paymentMethods(ctx) : Promise.resolve({ methods: [], stripeKey: null }),
    ]);
    const t = tFor(ctx.lang);
    return withSession(ctx, {
        lang: ctx.lang,
        order,
        customer: customer
            ? {
                  emailAddress: customer.emailAddress,
                  name: customerName(customer),
                  phoneNumber: customer.phoneNumber,
                  addresses: customer.addresses,
              }
            : null,
        step,
        shippingMethods: shipping,
        paymentMethods: payment.methods,
        title: `${t('checkout:title')} | ${t('siteName')}`,
    });
}

function fail(ctx: ShopContext, outcome: CheckoutOutcome, status = 422) {
    return withSession<CheckoutOutcome>(ctx, outcome, { status });
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const intent = String(form.get('intent') ?? '');
    const here = new URL(request.url).pathname;
    const order = await getActiveOrder(ctx);
    if (!order || order.lines.length === 0) {
        return redirect(pathFor(ctx.lang, 'cart'), { headers: sessionHeaders(ctx) });
    }
    const t = tFor(ctx.lang);

    if (intent === 'contact') {
        const customer = await getCustomer(ctx);
        const { address, errors } = readAddress(form);
        const fieldErrors: FieldErrors = { ...errors };
        const { email, error: emailError } = customer
            ? { email: customer.emailAddress, error: undefined }
            : readEmail(form);
        if (emailError) fieldErrors.emailAddress = emailError;
        const values = { ...address, emailAddress: email };
        if (Object.keys(fieldErrors).length > 0) {
            return fail(ctx, { step: 'contact', fieldErrors, values }, 400);
        }
        const reopened = await reopenOrder(ctx, order.state);
        if (!reopened.ok) return fail(ctx, { step: 'contact', message: reopened.message, values });
        if (!customer) {
            const contact = await setContact(ctx, {
                emailAddress: email,
                fullName: address.fullName,
                phoneNumber: address.phoneNumber,
            });
            if (!contact.ok) {
                const field =
                    contact.code === 'GUEST_CHECKOUT_ERROR' ||
                    contact.code === 'EMAIL_ADDRESS_CONFLICT_ERROR';
                return fail(ctx, {
                    step: 'contact',
                    values,
                    ...(field
                        ? { fieldErrors: {}, emailMessage: contact.message }
                        : { message: contact.message }),
                });
            }
        }
        const set = await setAddress(ctx, address);
        if (!set.ok) return fail(ctx, { step: 'contact', message: set.message, values });
        return redirect(`${here}#shipping`, { headers: sessionHeaders(ctx) });
    }

    if (intent === 'shipping') {
        const methodId = String(form.get('shippingMethodId') ?? '');
        if (!methodId) {
            return fail(ctx, { step: 'shipping', fieldErrors: { shipping: 'shippingRequired' } }, 400);
        }
        const reopened = await reopenOrder(ctx, order.state);
        if (!reopened.ok) return fail(ctx, { step: 'shipping', message: reopened.message });
        const set = await setShippingMethod(ctx, methodId);
        if (!set.ok) return fail(ctx, { step: 'shipping', message: set.message });
        // The backend checks the address is deliverable here (OCOP_ADDRESS_INCOMPLETE…).
        const moved = await transition(ctx, 'ArrangingPayment');
        if (!moved.ok) return fail(ctx, { step: 'shipping', message: moved.message });
        return redirect(`${here}#payment`, { headers: sessionHeaders(ctx) });
    }

    if (intent === 'pay') {
        const method = String(form.get('method') ?? '') as PaymentCode;
        if (!PAYMENT_CODES.includes(method)) {
            return fail(ctx, { step: 'payment', fieldErrors: { payment: 'paymentRequired' } }, 400);
        }
        if (order.state !== 'ArrangingPayment') {
            return fail(ctx, { step: 'payment', message: t('checkout:errors.ORDER_PAYMENT_STATE_ERROR') });
        }
        if (method === 'stripe') {
            return redirect(`${here}/stripe`, { headers: sessionHeaders(ctx) });
        }
        const paid = await addPayment(ctx, method);
        if (!paid.ok) return fail(ctx, { step: 'payment', message: paid.message });
        const code = paid.value.code;
        const target =
            method === 'vietqr'
                ? pathFor(ctx.lang, 'orders', code, 'vietqr')
                : `${pathFor(ctx.lang, 'orders', code)}?placed=1`;
        const headers = new Headers(sessionHeaders(ctx));
        headers.append('Set-Cookie', await rememberPlaced(request, code));
        return redirect(target, { headers });
    }

    return data<CheckoutOutcome>(
        { step: 'contact', message: t('checkout:errors.UNKNOWN_ERROR', { message: intent }) },
        { status: 400 },
    );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => privateMeta(data?.title);

export default function Checkout() {
    const loaderData = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    return <CheckoutPage data={loaderData} outcome={outcome} />;
}

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface StripeFormProps {
    publishableKey: string;
    clientSecret: string;
    returnUrl: string;
    amountText: string;
    lang: 'vi' | 'en';
}

const loaded = new Map<string, Promise<Stripe | null>>();

/**
 * Stripe's Payment Element for the order's PaymentIntent (loaded by the card page only, so no
 * other page carries Stripe's code). Stripe sends the buyer to `returnUrl`; the backend
 * settles the order when Stripe's webhook arrives.
 */
export default function StripeForm({
    publishableKey,
    clientSecret,
    returnUrl,
    amountText,
    lang,
}: StripeFormProps) {
    let stripe = loaded.get(publishableKey);
    if (!stripe) {
        stripe = loadStripe(publishableKey);
        loaded.set(publishableKey, stripe);
    }
    return (
        <Elements stripe={stripe} options={{ clientSecret, locale: lang }}>
            <CardForm returnUrl={returnUrl} amountText={amountText} />
        </Elements>
    );
}

function CardForm({ returnUrl, amountText }: { returnUrl: string; amountText: string }) {
    const { t } = useTranslation('checkout');
    const stripe = useStripe();
    const elements = useElements();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string>();
    async function submit(event: FormEvent) {
        event.preventDefault();
        if (!stripe || !elements) return;
        setBusy(true);
        setError(undefined);
        const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } });
        // Only reached when the payment could not start (a card error): otherwise Stripe redirects.
        setError(result.error?.message ?? t('errors.PAYMENT_FAILED_ERROR'));
        setBusy(false);
    }
    return (
        <form
            onSubmit={submit}
            className="form-stack stripe-form"
            aria-describedby={error ? 'stripe-error' : undefined}
        >
            <PaymentElement />
            {error ? (
                <p id="stripe-error" role="alert" className="notice notice-error">
                    {error}
                </p>
            ) : null}
            <button type="submit" className="button button-block button-large" disabled={!stripe || busy}>
                {busy ? t('stripe.paying') : t('stripe.pay', { amount: amountText })}
            </button>
        </form>
    );
}

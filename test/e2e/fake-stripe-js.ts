import type { Page } from 'playwright-core';

/**
 * js.stripe.com is out of reach in the tests. This stands in for Stripe.js as far as
 * `@stripe/react-stripe-js`'s `<Elements>` and `<PaymentElement>` use it: `Stripe(key)`,
 * `elements({ clientSecret })`, `create('payment')` mounting a card field, and
 * `confirmPayment`, which confirms the PaymentIntent with the test card `pm_card_visa` on
 * Stripe's HTTP API (served by the fake Stripe of backend/test/utils/fake-stripe.ts) and
 * sends the browser to `return_url` as Stripe does.
 */
const FAKE_STRIPE_JS = String.raw`
(function () {
    function Stripe(key) {
        var clientSecret;
        var element;
        var listeners = {};
        function emit(name, event) { (listeners[name] || []).forEach(function (f) { f(event); }); }
        var elements = {
            update: function () {},
            fetchUpdates: function () { return Promise.resolve({}); },
            submit: function () { return Promise.resolve({}); },
            getElement: function () { return element || null; },
            create: function (type) {
                element = {
                    mount: function (target) {
                        var node = typeof target === 'string' ? document.querySelector(target) : target;
                        node.innerHTML = '<label style="display:grid;gap:4px;font-weight:600">Card number' +
                            '<input data-fake-stripe value="4242 4242 4242 4242" style="min-height:44px;font:inherit;padding:0 8px"></label>';
                        setTimeout(function () { emit('ready', { elementType: type }); emit('change', { complete: true, elementType: type }); }, 0);
                    },
                    on: function (name, f) { (listeners[name] = listeners[name] || []).push(f); return element; },
                    once: function (name, f) { return element.on(name, f); },
                    off: function (name, f) { listeners[name] = (listeners[name] || []).filter(function (g) { return g !== f; }); return element; },
                    update: function () {}, destroy: function () {}, unmount: function () {},
                    focus: function () {}, blur: function () {}, clear: function () {}, collapse: function () {},
                };
                return element;
            },
        };
        return {
            _registerWrapper: function () {},
            // Checked by @stripe/react-stripe-js to recognise a Stripe instance; unused here.
            createToken: function () { return Promise.reject(new Error('not faked')); },
            createPaymentMethod: function () { return Promise.reject(new Error('not faked')); },
            confirmCardPayment: function () { return Promise.reject(new Error('not faked')); },
            registerAppInfo: function () {},
            elements: function (options) { clientSecret = options && options.clientSecret; return elements; },
            confirmPayment: function (params) {
                var id = String(clientSecret).split('_secret_')[0];
                // As Stripe.js does: the publishable key and the client secret in the form body.
                var body = new URLSearchParams({ key: key, payment_method: 'pm_card_visa', client_secret: clientSecret });
                return fetch('https://api.stripe.com/v1/payment_intents/' + id + '/confirm', {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                    body: body,
                }).then(function (r) { return r.json(); }).then(function (intent) {
                    if (intent.error) return { error: intent.error };
                    var status = intent.status === 'succeeded' ? 'succeeded' : 'failed';
                    var url = new URL(params.confirmParams.return_url);
                    url.searchParams.set('payment_intent', id);
                    url.searchParams.set('payment_intent_client_secret', clientSecret);
                    url.searchParams.set('redirect_status', status);
                    window.location.assign(url.toString());
                    return new Promise(function () {});
                });
            },
        };
    }
    Stripe.version = 'endive';
    window.Stripe = Stripe;
})();
`;

/** Serves the fake Stripe.js and forwards Stripe.js's API calls to the fake Stripe server at `apiUrl`. */
export async function routeStripe(page: Page, apiUrl: string) {
    const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
    };
    await page.route('https://js.stripe.com/**', route =>
        route.fulfill({ status: 200, contentType: 'application/javascript', body: FAKE_STRIPE_JS }),
    );
    await page.route('https://api.stripe.com/**', async route => {
        if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
        const url = route.request().url().replace('https://api.stripe.com', apiUrl);
        const response = await route.fetch({ url });
        return route.fulfill({ response, headers: { ...response.headers(), ...cors } });
    });
}

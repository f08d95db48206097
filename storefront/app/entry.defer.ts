import { isOrderPage } from './i18n/paths';

/**
 * Rewrites a server-rendered page so that its JavaScript does not compete with the page
 * itself (ADR 0014, ADR 0026).
 *
 * React Router's `<Scripts>` writes `<link rel="modulepreload">` for every module of the
 * route, and an inline module script whose static imports load them. Both make the browser
 * fetch, compile and run the ≈ 150 KB of hydration code at once. Here the preload links and
 * the inline module are taken out and put back by a small classic script:
 *
 * - `load`: at the `load` event (the preloads first, so that the modules still arrive in
 *   parallel rather than import by import) — pages whose client behaviour is needed without
 *   a gesture (cart, checkout with Stripe's form, account, orders);
 * - `interaction`: at the first pointer, touch, key or focus event — pages that are read
 *   first (home, catalogue, product, producers, where to buy). The modules are only
 *   *prefetched* into the HTTP cache at the first idle moment after load (no compiling, no running),
 *   so the first gesture hydrates without waiting for the network.
 *
 * Either way the page is complete HTML whose links and forms work before that
 * (progressive enhancement); a gesture always starts hydration at once.
 */
const MODULE_SCRIPT = /<script type="module" async="">([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]*)"\/>/g;
const START_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'focusin'];

export type HydrationStart = 'load' | 'interaction';

export function hydrationStartOf(pathname: string): HydrationStart {
    return isOrderPage(pathname) ? 'load' : 'interaction';
}

export function deferHydration(html: string, when: HydrationStart = 'load'): string {
    const match = MODULE_SCRIPT.exec(html);
    if (!match) return html;
    // The module's text as a JS string literal that cannot close the script element early.
    const code = JSON.stringify(match[1]).replace(/</g, '\\u003c');
    const preloads = [...html.matchAll(MODULE_PRELOAD)].map(m => m[1]);
    const addLinks = (rel: string) =>
        `${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='${rel}';l.href=h;document.head.appendChild(l)});`;
    // The prefetch waits for an idle moment after load, apart from the load event's own work.
    const onLoad =
        when === 'load'
            ? 'start()'
            : `(window.requestIdleCallback||setTimeout)(function(){if(!done){${addLinks('prefetch')}}})`;
    const loader =
        `<script>(function(){var done=false,events=${JSON.stringify(START_EVENTS)};` +
        `function start(){if(done)return;done=true;` +
        `events.forEach(function(e){removeEventListener(e,start,true)});` +
        addLinks('modulepreload') +
        `var s=document.createElement('script');s.type='module';s.textContent=${code};document.body.appendChild(s)}` +
        `events.forEach(function(e){addEventListener(e,start,{capture:true,passive:true})});` +
        `function loaded(){${onLoad}}` +
        `if(document.readyState==='complete')loaded();else addEventListener('load',loaded)})()</script>`;
    return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, () => loader);
}

/**
 * Rewrites a server-rendered page so that its JavaScript is fetched only once the page has
 * loaded, or as soon as the visitor touches, clicks, types or focuses something (ADR 0014).
 *
 * React Router's `<Scripts>` writes `<link rel="modulepreload">` for every module of the
 * route, and an inline module script whose static imports load them. Both make the browser
 * fetch the ≈ 150 KB of hydration code at once, in competition with the page's largest
 * picture on a slow link. Here the preload links and the inline module are taken out and
 * put back by a small classic script at the `load` event (the preloads first, so that the
 * modules still arrive in parallel rather than import by import): the same code runs, later. The page itself is complete HTML and its links and forms work
 * before that (progressive enhancement).
 */
const MODULE_SCRIPT = /<script type="module" async="">([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]*)"\/>/g;
const START_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'focusin'];

export function deferHydration(html: string): string {
    const match = MODULE_SCRIPT.exec(html);
    if (!match) return html;
    // The module's text as a JS string literal that cannot close the script element early.
    const code = JSON.stringify(match[1]).replace(/</g, '\\u003c');
    const preloads = [...html.matchAll(MODULE_PRELOAD)].map(m => m[1]);
    const loader =
        `<script>(function(){var done=false,events=${JSON.stringify(START_EVENTS)};` +
        `function start(){if(done)return;done=true;` +
        `events.forEach(function(e){removeEventListener(e,start,true)});` +
        `${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)});` +
        `var s=document.createElement('script');s.type='module';s.textContent=${code};document.body.appendChild(s)}` +
        `events.forEach(function(e){addEventListener(e,start,{capture:true,passive:true})});` +
        `if(document.readyState==='complete')start();else addEventListener('load',start)})()</script>`;
    return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, () => loader);
}

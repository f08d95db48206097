import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker precaches the app shell (HTML, JS, CSS, icons), so the POS
 * reloads with no network. A new version installs in the background and takes
 * over on the next start: never in the middle of a sale.
 */
export function registerServiceWorker() {
    if (!('serviceWorker' in navigator)) return;
    registerSW({ immediate: true });
}

import '../../backend/src/runtime';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { findFreePort } from '../../backend/src/database/embedded-postgres';
import { startTestServer, TestServer } from '../../backend/test/utils/test-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const VIEWPORTS = {
    phone: { width: 390, height: 844 },
    desktop: { width: 1280, height: 800 },
} as const;
type Viewport = keyof typeof VIEWPORTS;

/** The fish sauces of the demo catalogue (all sellable). */
const FISH_SAUCES = [
    'nuoc-mam-ba-ly-cam-nhuong',
    'nuoc-mam-ca-com-ky-phu',
    'nuoc-mam-cot-ky-ninh',
    'nuoc-mam-truyen-thong-ky-ninh',
];
/** Demo products that must not be sold: 2★, revoked certificate, expired certificate. */
const UNSELLABLE = ['keo-guong-thanh-dat', 'mam-tom-ba-ly', 'che-xanh-huong-long'];
/** Vietnamese money as formatVnd prints it: 120.000 ₫ (non-breaking space). */
const VND = /\d{1,3}(\.\d{3})+\u00A0₫/;

/**
 * The storefront as a shopper meets it: the built server-rendered app (storefront/server.js)
 * on the real backend with the demo catalogue, in Chromium at phone and desktop sizes.
 * Screenshots of home, catalogue and product land in docs/screenshots/.
 */
describe('storefront in a browser', () => {
    let server: TestServer | undefined;
    /** The backend's browser-facing URL (its PUBLIC_URL). */
    let api: string;
    let storefront: ChildProcess;
    let output = '';
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
        const serverJs = path.join(REPO, 'storefront/server.js');
        if (!fs.existsSync(path.join(REPO, 'storefront/build/server/index.js'))) {
            throw new Error('storefront/build is missing: run `npm run build -w storefront` first');
        }
        // E2E_BACKEND_URL: reuse a running backend with the demo data (quicker while developing).
        if (process.env.E2E_BACKEND_URL) {
            api = process.env.E2E_BACKEND_URL.replace(/\/+$/, '');
        } else {
            server = await startTestServer('storefront_browser', { demoData: true });
            api = server.env.PUBLIC_URL;
        }
        const port = await findFreePort();
        base = `http://127.0.0.1:${port}`;
        storefront = spawn(process.execPath, [serverJs], {
            env: {
                ...process.env,
                NODE_OPTIONS: '',
                NODE_ENV: 'production',
                PORT: String(port),
                SHOP_API_URL: `${api}/shop-api`,
                PUBLIC_API_URL: api,
                STOREFRONT_URL: base,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        storefront.stdout!.on('data', c => (output += c));
        storefront.stderr!.on('data', c => (output += c));
        const deadline = Date.now() + 30_000;
        for (;;) {
            const ok = await fetch(`${base}/robots.txt`).then(
                r => r.ok,
                () => false,
            );
            if (ok) break;
            if (Date.now() > deadline || storefront.exitCode !== null) {
                throw new Error(`The storefront did not start:\n${output}`);
            }
            await new Promise(r => setTimeout(r, 200));
        }
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    }, 600_000);

    afterAll(async () => {
        await browser?.close();
        if (storefront && storefront.exitCode === null) {
            const exited = new Promise(r => storefront.once('exit', r));
            storefront.kill('SIGTERM');
            await exited;
        }
        await server?.close();
    });

    async function open(
        viewport: Viewport,
        url: string,
        options: { javaScript?: boolean } = {},
    ): Promise<{ page: Page; context: BrowserContext; status?: number }> {
        const context = await browser.newContext({
            viewport: VIEWPORTS[viewport],
            deviceScaleFactor: 1,
            javaScriptEnabled: options.javaScript ?? true,
            locale: 'vi-VN',
        });
        const page = await context.newPage();
        const response = await page.goto(`${base}${url}`, { waitUntil: 'load' });
        if (options.javaScript ?? true) await hydrated(page);
        return { page, context, status: response?.status() };
    }

    /**
     * A read-first page runs its scripts at the visitor's first gesture, other pages at their
     * load event (ADRs 0014, 0026): make a gesture (a key press, as a keyboard user's first Tab
     * would), then wait until React has hydrated the page.
     */
    async function hydrated(page: Page) {
        await page.keyboard.press('Shift');
        await hydration(page);
    }

    /** Waits, without a gesture, until React has hydrated the page. */
    async function hydration(page: Page) {
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
            timeout: 30_000,
        });
    }

    async function screenshot(page: Page, name: string, viewport: Viewport) {
        // Lazy images below the fold: scroll through once so the full-page shot shows them.
        await page.evaluate(async () => {
            const h = document.documentElement.scrollHeight;
            for (let y = 0; y < h; y += 600) {
                window.scrollTo(0, y);
                await new Promise(r => setTimeout(r, 50));
            }
            window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        await page.screenshot({
            path: path.join(SCREENSHOTS, `storefront-${name}-${viewport}.png`),
            fullPage: true,
        });
    }

    async function seriousA11yViolations(page: Page) {
        const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
        return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
    }

    async function noHorizontalScroll(page: Page, viewport: Viewport) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
    }

    async function resultSlugs(page: Page): Promise<string[]> {
        const hrefs = await page
            .locator('main .grid .card-link')
            .evaluateAll(links => links.map(a => (a as HTMLAnchorElement).pathname));
        return hrefs.map(h => h.split('/').pop()!).sort();
    }

    describe.each(Object.keys(VIEWPORTS) as Viewport[])('at %s size', viewport => {
        it('home shows the featured 4–5★ products, brands and areas, without accessibility problems', async () => {
            const { page, context, status } = await open(viewport, '/');
            expect(status).toBe(200);
            expect(await page.locator('html').getAttribute('lang')).toBe('vi');
            expect(await page.locator('h1').textContent()).toBe('Đặc sản Hà Tĩnh được chứng nhận OCOP');
            const featured = page.locator('section[aria-labelledby="h-featured"] .card');
            expect(await featured.count()).toBeGreaterThanOrEqual(4);
            const stars = await featured.locator('.stars .sr-only').allTextContents();
            expect(stars.every(s => /^[45] sao OCOP$/.test(s))).toBe(true);
            expect(
                await page.locator('section[aria-labelledby="h-featured"] .price').first().textContent(),
            ).toMatch(VND);
            // Collective brands: a facet filter or a search each (names come from the API once it has them).
            const brands = await page
                .locator('section[aria-labelledby="h-brands"] a')
                .evaluateAll(links => links.map(a => (a as HTMLAnchorElement).search));
            expect(brands.length).toBeGreaterThanOrEqual(1);
            expect(brands.every(q => /^\?(brand|q)=/.test(q))).toBe(true);
            expect(await page.locator('header, main, footer, nav').count()).toBeGreaterThanOrEqual(4);
            // The first product image is loaded, not a broken icon.
            const img = page.locator('section[aria-labelledby="h-featured"] img').first();
            expect(
                await img.evaluate(
                    i => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
                ),
            ).toBe(true);
            await noHorizontalScroll(page, viewport);
            expect(await seriousA11yViolations(page)).toEqual([]);
            await screenshot(page, 'home', viewport);
            await context.close();
        });

        it('catalogue search finds the fish sauces typed without accents, in capitals and decomposed (NFD)', async () => {
            const { page, context } = await open(viewport, '/san-pham');
            expect(await page.locator('.result-count').textContent()).toMatch(/^\d+ sản phẩm$/);
            expect(await seriousA11yViolations(page)).toEqual([]);
            await screenshot(page, 'catalogue', viewport);
            for (const typed of ['nuoc mam', 'NƯỚC MẮM', 'nước mắm'.normalize('NFD')]) {
                const box = page.getByRole('combobox', { name: 'Tìm sản phẩm' });
                await box.fill(typed);
                await box.press('Enter');
                await page.waitForURL(/\/san-pham\?q=/);
                await page
                    .locator('.result-count')
                    .filter({ hasText: `${FISH_SAUCES.length} sản phẩm` })
                    .waitFor();
                expect(await resultSlugs(page)).toEqual(FISH_SAUCES);
            }
            await noHorizontalScroll(page, viewport);
            await context.close();
        });

        it('product page shows price, stars, certificate, stock and JSON-LD, without accessibility problems', async () => {
            const { page, context, status } = await open(viewport, '/san-pham/nuoc-mam-cot-ky-ninh');
            expect(status).toBe(200);
            expect(await page.locator('h1').textContent()).toBe('Nước mắm cốt Kỳ Ninh 40 độ đạm');
            expect(await page.locator('.buy-price').textContent()).toMatch(VND);
            expect(await page.locator('.buy .stars .sr-only').textContent()).toMatch(/^[345] sao OCOP$/);
            const cert = page.locator('.certificate');
            expect(await cert.textContent()).toMatch(/Số chứng nhận.+\/QĐ-/);
            expect(await cert.textContent()).toMatch(/Hiệu lực đến\d{2}\/\d{2}\/\d{4}/);
            expect(await page.locator('.buy .stock').textContent()).toBe('Còn hàng');
            const lcp = page.locator('img.gallery-main');
            expect(await lcp.getAttribute('fetchpriority')).toBe('high');
            expect(await lcp.getAttribute('loading')).toBe('eager');
            expect(await lcp.getAttribute('width')).toBeTruthy();
            expect(await page.getByRole('link', { name: 'Trang kiểm tra tem' }).getAttribute('href')).toBe(
                `${api}/v/`,
            );
            await noHorizontalScroll(page, viewport);
            expect(await seriousA11yViolations(page)).toEqual([]);
            await screenshot(page, 'product', viewport);
            await context.close();
        });
    });

    it('server HTML (no JavaScript) carries title, canonical, hreflang, Open Graph and a Product JSON-LD', async () => {
        const res = await fetch(`${base}/san-pham/nuoc-mam-cot-ky-ninh`);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('<html lang="vi">');
        expect(html).toMatch(/<title>Nước mắm cốt Kỳ Ninh 40 độ đạm — sản phẩm OCOP \d sao/);
        expect(html).toContain(`<link rel="canonical" href="${base}/san-pham/nuoc-mam-cot-ky-ninh"/>`);
        expect(html).toContain(`hrefLang="en" href="${base}/en/products/nuoc-mam-cot-ky-ninh"`);
        expect(html).toContain(`hrefLang="x-default" href="${base}/san-pham/nuoc-mam-cot-ky-ninh"`);
        expect(html).toMatch(/<meta property="og:image" content="http[^"]+\/assets\//);
        const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
        expect(ld).not.toBeNull();
        const product = JSON.parse(ld![1]);
        expect(product['@type']).toBe('Product');
        expect(product.name).toBe('Nước mắm cốt Kỳ Ninh 40 độ đạm');
        expect(product.offers.length).toBeGreaterThan(0);
        for (const offer of product.offers) {
            expect(offer.priceCurrency).toBe('VND');
            expect(offer.price).toMatch(/^[1-9]\d*$/);
            expect(offer.availability).toBe('https://schema.org/InStock');
        }
        // The price in the JSON-LD is the page's price in whole đồng.
        const shown = /class="price price-large">([\d.]+)\u00A0₫/.exec(html)![1].replace(/\./g, '');
        expect(product.offers.map((o: { price: string }) => o.price)).toContain(shown);
    });

    it.each(UNSELLABLE)(
        'the unsellable demo product %s answers 404 with a search box and featured products',
        async slug => {
            const { page, context, status } = await open('phone', `/san-pham/${slug}`, { javaScript: false });
            expect(status).toBe(404);
            expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
            expect(await page.locator('main input[type=search]').count()).toBe(1);
            expect(await page.locator('main .card').count()).toBeGreaterThan(0);
            await context.close();
        },
    );

    it('English pages: /en prefix, html lang, English names, and the language switch keeps the page', async () => {
        const { page, context } = await open('desktop', '/san-pham/nuoc-mam-cot-ky-ninh');
        await page.getByRole('link', { name: /^English — Xem trang này bằng tiếng Anh$/ }).click();
        await page.waitForURL(`${base}/en/products/nuoc-mam-cot-ky-ninh`);
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await page.locator('h1').textContent()).not.toBe('Nước mắm cốt Kỳ Ninh 40 độ đạm');
        expect(await page.locator('.buy .stars .sr-only').textContent()).toMatch(/^[345]-star OCOP$/);
        expect(await page.getByRole('button', { name: 'Add to cart' }).count()).toBe(1);
        await page.goto(`${base}/en`);
        expect(await page.locator('h1').textContent()).toBe('Hà Tĩnh specialities, OCOP certified');
        await page.goto(`${base}/en/products?q=fish%20sauce`);
        expect(await page.locator('.result-count').textContent()).toBe(`${FISH_SAUCES.length} products`);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await context.close();
    });

    it("a page loads only its own language's translations and hydrates with them", async () => {
        for (const [url, own, other, label, term] of [
            ['/', 'vi', 'en', 'Tìm sản phẩm', 'nuoc mam'],
            ['/en', 'en', 'vi', 'Search products', 'fish sauce'],
        ] as const) {
            const context = await browser.newContext({ viewport: VIEWPORTS.phone });
            const page = await context.newPage();
            const scripts: string[] = [];
            page.on('response', r => {
                if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
            });
            await page.goto(`${base}${url}`, { waitUntil: 'load' });
            await hydrated(page);
            // Suggestions work only once the page has hydrated, i.e. with the translations loaded.
            const box = page.getByRole('combobox', { name: label });
            await box.click();
            await box.pressSequentially(term, { delay: 30 });
            await page.getByRole('option').first().waitFor();
            expect(scripts.some(s => s.includes(`/resources.${own}-`))).toBe(true);
            expect(scripts.some(s => s.includes(`/resources.${other}-`))).toBe(false);
            await context.close();
        }
    });

    it('a read-first page runs no script until the first gesture, with its modules prefetched; the cart hydrates at load', async () => {
        const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true });
        const page = await context.newPage();
        await page.goto(`${base}/san-pham`, { waitUntil: 'networkidle' });
        // After load and a quiet network: no module has run, each is only in the HTTP cache.
        expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
        expect(await page.locator('script[type="module"]').count()).toBe(0);
        const prefetched = await page.$$eval('link[rel="prefetch"]', links =>
            links.map(l => l.getAttribute('href') ?? ''),
        );
        expect(prefetched.length).toBeGreaterThan(3);
        expect(prefetched.every(href => /^\/assets\/.+\.js$/.test(href))).toBe(true);
        // The first touch of the search box hydrates the page; suggestions then work.
        const box = page.getByRole('combobox', { name: 'Tìm sản phẩm' });
        await box.tap();
        await hydration(page);
        await box.pressSequentially('mat ong', { delay: 30 });
        await page.getByRole('option').first().waitFor();
        // Cart, checkout (Stripe's form), account and order pages hydrate at their load event.
        await page.goto(`${base}/gio-hang`, { waitUntil: 'load' });
        await hydration(page);
        await context.close();
    });

    it('search suggestions: a keyboard-operable combobox that opens the product', async () => {
        const { page, context } = await open('phone', '/');
        const box = page.getByRole('combobox', { name: 'Tìm sản phẩm' });
        await box.click();
        await box.pressSequentially('nuoc mam', { delay: 30 });
        const options = page.getByRole('option');
        await options.first().waitFor();
        expect(await box.getAttribute('aria-expanded')).toBe('true');
        expect(await options.count()).toBeLessThanOrEqual(6);
        await box.press('ArrowDown');
        const first = await options.first().textContent();
        expect(await box.getAttribute('aria-activedescendant')).toBe(
            await options.first().getAttribute('id'),
        );
        await box.press('Enter');
        await page.waitForURL(/\/san-pham\/[a-z0-9-]+$/);
        await page.locator('h1', { hasText: first! }).waitFor();
        await context.close();
    });

    it('add to cart works without JavaScript, updates the header count and shows a stock error plainly', async () => {
        const { page, context } = await open('phone', '/san-pham/nhung-huou-tuoi-huong-son', {
            javaScript: false,
        });
        expect(await page.locator('.cart-count').textContent()).toBe('0');
        await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
        await page.waitForLoadState('load');
        expect(await page.getByRole('status').filter({ hasText: 'Đã thêm vào giỏ' }).count()).toBe(1);
        expect(await page.locator('.cart-count').textContent()).toBe('1');
        // More than the stamped units left: Vendure's InsufficientStockError, in the shopper's words.
        await page.fill('input[name=quantity]', '99');
        await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
        await page.waitForLoadState('load');
        const alert = page.getByRole('alert');
        expect(await alert.textContent()).toMatch(/^Không đủ hàng: chỉ còn \d+ sản phẩm có tem có thể bán/);
        await context.close();
    });

    it('sitemap lists every product page in both languages, robots.txt points to it', async () => {
        const xml = await (await fetch(`${base}/sitemap.xml`)).text();
        const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(m => m[1]);
        const res = await fetch(`${api}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ products(options: { take: 100 }) { items { slug } } }' }),
        });
        const { products } = (await res.json()).data as { products: { items: { slug: string }[] } };
        expect(products.items.length).toBeGreaterThan(30);
        for (const { slug } of products.items) {
            expect(locs).toContain(`${base}/san-pham/${slug}`);
            expect(locs).toContain(`${base}/en/products/${slug}`);
        }
        for (const slug of UNSELLABLE) expect(xml).not.toContain(`/${slug}<`);
        expect(locs).toContain(`${base}/`);
        expect(locs).toContain(`${base}/en`);
        const robots = await (await fetch(`${base}/robots.txt`)).text();
        expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    });

    it('built assets are cached for a year and sent gzipped; pages are gzipped too', async () => {
        const html = await (await fetch(`${base}/`)).text();
        // The page's scripts are named in its deferred loader (entry.defer.ts), not preloaded.
        expect(html).not.toContain('rel="modulepreload"');
        const script = /"(\/assets\/[^"]+\.js)"/.exec(html)![1];
        const res = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(res.headers.get('content-encoding')).toBe('gzip');
        const page = await fetch(`${base}/san-pham`, { headers: { 'accept-encoding': 'gzip' } });
        expect(page.headers.get('content-encoding')).toBe('gzip');
    });

    it('product pictures come from the storefront origin; /media/ forwards asset paths only', async () => {
        const html = await (await fetch(`${base}/san-pham/nuoc-mam-cot-ky-ninh`)).text();
        const src = /<img class="gallery-main" src="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&');
        expect(src).toMatch(/^\/media\/.+format=webp$/);
        const picture = await fetch(`${base}${src}`);
        expect(picture.status).toBe(200);
        expect(picture.headers.get('content-type')).toBe('image/webp');
        expect((await picture.arrayBuffer()).byteLength).toBeGreaterThan(1000);
        for (const path of ['/media/%2e%2e/admin-api', '/media/..%2fadmin-api', '/media/.well-known/x']) {
            expect((await fetch(`${base}${path}`)).status).toBe(404);
        }
    });
});

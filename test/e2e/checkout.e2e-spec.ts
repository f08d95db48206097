import '../../backend/src/runtime';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { hasValidEmvCrc, parseEmvTlv } from '@ocop/shared';
import {
    BinaryBitmap,
    DecodeHintType,
    GlobalHistogramBinarizer,
    HybridBinarizer,
    QRCodeReader,
    RGBLuminanceSource,
} from '@zxing/library';
import gql from 'graphql-tag';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { findFreePort } from '../../backend/src/database/embedded-postgres';
import { FakeStripe, startFakeStripe } from '../../backend/test/utils/fake-stripe';
import { linksIn, Mail, onlyMailTo } from '../../backend/test/utils/mailbox';
import { startTestServer, TestServer } from '../../backend/test/utils/test-server';
import { routeStripe } from './fake-stripe-js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const VIEWPORTS = {
    phone: { width: 390, height: 844 },
    desktop: { width: 1280, height: 800 },
} as const;
type Viewport = keyof typeof VIEWPORTS;
/** One journey through the shop; generous for a loaded CI machine (each took 20–70 s on a busy 2-core one). */
const TEST_TIMEOUT = 240_000;

/**
 * Buying on the storefront as a shopper does: the built server-rendered app on the real
 * backend with the demo catalogue, in Chromium at phone size (JavaScript off: every step
 * is a plain form) and desktop size (JavaScript on). Two producers' products in one cart,
 * a Hà Tĩnh address, cash on delivery or VietQR; an account made through the verification
 * mail. Screenshots of cart, checkout, VietQR payment and confirmation land in docs/screenshots/.
 */
describe('cart, checkout and account in a browser', () => {
    let server: TestServer;
    let storefront: ChildProcess;
    let output = '';
    let base: string;
    let browser: Browser;
    let stripe: FakeStripe;
    /** Two sellable products of different producers, found through the Shop API. */
    let secondProduct: { slug: string; producer: string };

    beforeAll(async () => {
        const serverJs = path.join(REPO, 'storefront/server.js');
        if (!fs.existsSync(path.join(REPO, 'storefront/build/server/index.js'))) {
            throw new Error('storefront/build is missing: run `npm run build -w storefront` first');
        }
        const port = await findFreePort();
        base = `http://127.0.0.1:${port}`;
        // Card payments go to a local fake of Stripe's HTTP API (real shapes and webhook signatures).
        stripe = await startFakeStripe();
        server = await startTestServer('checkout_browser', {
            demoData: true,
            env: {
                // The account mails link to this storefront.
                STOREFRONT_URL: base,
                STRIPE_SECRET_KEY: stripe.secretKey,
                STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
                STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
                STRIPE_API_URL: stripe.url,
            },
        });
        stripe.webhookUrl = `http://127.0.0.1:${server.port}/payments/stripe`;
        storefront = spawn(process.execPath, [serverJs], {
            env: {
                ...process.env,
                NODE_OPTIONS: '',
                NODE_ENV: 'production',
                PORT: String(port),
                SHOP_API_URL: `http://127.0.0.1:${server.port}/shop-api`,
                PUBLIC_API_URL: `http://127.0.0.1:${server.port}`,
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
        const { products } = await server.shopClient.query(gql`
            {
                products(options: { take: 100 }) {
                    items {
                        slug
                        ocop {
                            producerName
                        }
                    }
                }
            }
        `);
        const items = products.items as { slug: string; ocop: { producerName: string } | null }[];
        const others = items.filter(p => p.ocop && !/nuoc-mam/.test(p.slug));
        const other = others.find(p => p.slug === 'che-xanh-bup-son-kim') ?? others[0];
        if (!other) throw new Error('No demo product of a second producer');
        secondProduct = { slug: other.slug, producer: other.ocop!.producerName };
    }, 360_000);

    afterAll(async () => {
        await browser?.close();
        if (storefront && storefront.exitCode === null) {
            const exited = new Promise(r => storefront.once('exit', r));
            storefront.kill('SIGTERM');
            await exited;
        }
        await server?.close();
        await stripe?.close();
    });

    async function newPage(
        viewport: Viewport,
        javaScript: boolean,
    ): Promise<{ page: Page; context: BrowserContext }> {
        const context = await browser.newContext({
            viewport: VIEWPORTS[viewport],
            deviceScaleFactor: viewport === 'phone' ? 2 : 1,
            javaScriptEnabled: javaScript,
            locale: 'vi-VN',
        });
        return { context, page: await context.newPage() };
    }

    async function screenshot(page: Page, name: string, viewport: Viewport) {
        await page.evaluate(async () => {
            const h = document.documentElement.scrollHeight;
            for (let y = 0; y < h; y += 600) {
                window.scrollTo(0, y);
                await new Promise(r => setTimeout(r, 30));
            }
            window.scrollTo(0, 0);
        });
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

    /**
     * Presses a form's button and waits for what the answer shows (a URL or an element):
     * with JavaScript the page is updated in place, without it a new document loads.
     */
    async function press(page: Page, name: string | RegExp, until: () => Promise<unknown>) {
        await Promise.all([
            until(),
            page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
        ]);
    }

    async function addToCart(page: Page) {
        await press(page, 'Thêm vào giỏ', () => page.locator('.notice-ok, .notice-error').first().waitFor());
        expect(await page.locator('.notice-ok').textContent()).toContain('Đã thêm vào giỏ');
    }

    /** Home → search "nuoc mam" → a fish sauce → cart; then a product of another producer → cart. */
    async function fillCart(page: Page, options: { search: boolean } = { search: true }) {
        if (!options.search) {
            // The journey through search is covered by the guest tests; here straight to the products.
            await page.goto(`${base}/san-pham/nuoc-mam-cot-ky-ninh`, { waitUntil: 'load' });
            await addToCart(page);
            await page.goto(`${base}/san-pham/${secondProduct.slug}`, { waitUntil: 'load' });
            await addToCart(page);
            return;
        }
        await page.goto(`${base}/`, { waitUntil: 'load' });
        const search = page.locator('header input[name="q"]');
        await search.fill('nuoc mam');
        await Promise.all([page.waitForURL(/\/san-pham\?q=/), search.press('Enter')]);
        const fishSauce = page.locator('main a[href^="/san-pham/nuoc-mam"]').first();
        await Promise.all([page.waitForURL(/\/san-pham\/nuoc-mam/), fishSauce.click()]);
        await addToCart(page);
        await page.goto(`${base}/san-pham/${secondProduct.slug}`, { waitUntil: 'load' });
        await addToCart(page);
    }

    /** The three checkout steps with a Hà Tĩnh address; returns the order code. */
    async function checkout(
        page: Page,
        viewport: Viewport,
        options: {
            email?: string;
            method: 'cash-on-delivery' | 'vietqr' | 'stripe';
            shots: boolean;
            /** Where placing leads when it is not the confirmation (card payment). */
            placed?: RegExp;
        },
    ) {
        await page.goto(`${base}/gio-hang`, { waitUntil: 'load' });
        const parcels = await page.locator('.parcel-title').allTextContents();
        expect(parcels).toHaveLength(2);
        expect(parcels.join(' ')).toContain(secondProduct.producer);
        expect(await page.locator('#parcels-note').textContent()).toContain('2 kiện');
        if (options.shots) {
            expect(await seriousA11yViolations(page)).toEqual([]);
            await noHorizontalScroll(page, viewport);
            await screenshot(page, 'cart', viewport);
        }
        await Promise.all([
            page.waitForURL(/\/thanh-toan$/),
            page.getByRole('link', { name: 'Tiến hành đặt hàng' }).click(),
        ]);

        // A wrong phone number is refused beside its field, and nothing is lost.
        if (options.email) await page.getByLabel('Email').fill(options.email);
        await page.getByLabel('Họ và tên người nhận').fill('Nguyễn Thị Lan');
        await page.getByLabel('Số điện thoại').fill('12345');
        await page.getByLabel('Số nhà, đường, thôn/xóm').fill('12 Phan Đình Phùng');
        await page.getByLabel('Xã/phường').fill('Phường Thành Sen');
        await page.getByLabel('Tỉnh/thành phố').selectOption('Hà Tĩnh');
        const phone = page.getByLabel('Số điện thoại');
        await press(page, 'Tiếp tục: chọn cách giao hàng', () =>
            page.locator('input[aria-invalid="true"]').first().waitFor(),
        );
        expect(await phone.getAttribute('aria-invalid')).toBe('true');
        const described = (await phone.getAttribute('aria-describedby')) ?? '';
        expect(await page.locator(`#${described.split(' ')[0]}`).textContent()).toContain(
            'Số điện thoại chưa đúng',
        );
        expect(await page.getByLabel('Xã/phường').inputValue()).toBe('Phường Thành Sen');
        if (options.shots) {
            expect(await seriousA11yViolations(page)).toEqual([]);
            await noHorizontalScroll(page, viewport);
            await screenshot(page, 'checkout', viewport);
        }
        await phone.fill('0912 345 678');
        await press(page, 'Tiếp tục: chọn cách giao hàng', () =>
            page.locator('#shipping .choice').first().waitFor(),
        );

        // Delivery: the backend's methods for Hà Tĩnh, priced per parcel.
        await press(page, 'Tiếp tục: chọn cách thanh toán', () =>
            page.locator('input[name="method"]').first().waitFor(),
        );

        // Payment.
        expect(await page.locator('#contact address').textContent()).toContain('Hà Tĩnh');
        await page.locator(`input[name="method"][value="${options.method}"]`).check();
        if (options.shots) expect(await seriousA11yViolations(page)).toEqual([]);
        await press(page, 'Đặt hàng', () => page.waitForURL(options.placed ?? /\/don-hang\//));
        await page.locator('h1').waitFor();
        if (options.placed) return '';
        const code = /\/don-hang\/([^/?#]+)/.exec(page.url())?.[1];
        expect(code).toBeTruthy();
        return code!;
    }

    async function sellerOrderCount(code: string): Promise<number> {
        await server.adminClient.asSuperAdmin();
        const { orders } = await server.adminClient.query(
            gql`
                query ($code: String!) {
                    orders(options: { filter: { code: { eq: $code } } }) {
                        items {
                            code
                            sellerOrders {
                                code
                            }
                        }
                    }
                }
            `,
            { code },
        );
        return orders.items[0]?.sellerOrders?.length ?? 0;
    }

    for (const viewport of ['phone', 'desktop'] as const) {
        it(
            `a guest buys from two producers, cash on delivery (${viewport})`,
            async () => {
                const { page, context } = await newPage(viewport, true);
                try {
                    await fillCart(page);
                    const email = `khach.${viewport}.${Date.now()}@example.vn`;
                    const code = await checkout(page, viewport, {
                        email,
                        method: 'cash-on-delivery',
                        shots: true,
                    });
                    expect(await page.locator('h1').textContent()).toContain(code);
                    expect(await page.locator('.order-thanks').textContent()).toContain('Cảm ơn bạn');
                    const facts = await page.locator('.order-facts').textContent();
                    expect(facts).toContain('Thanh toán khi nhận hàng');
                    expect(await page.locator('.order-page address').first().textContent()).toContain(
                        'Phường Thành Sen',
                    );
                    expect(await seriousA11yViolations(page)).toEqual([]);
                    await noHorizontalScroll(page, viewport);
                    await screenshot(page, 'confirmation', viewport);
                    // The confirmation mail, opened as the guest would: the same code and total.
                    const total = await page.locator('.summary dd.totals-grand').textContent();
                    const mail = await onlyMailTo(server, email, new RegExp(`^Xác nhận đơn hàng #${code}`));
                    await openMail(page, mail);
                    const text = await page.locator('body').innerText();
                    expect(text).toContain('Kính gửi Nguyễn Thị Lan,');
                    expect(text).toContain(`Đơn hàng ${code} đã được ghi nhận`);
                    expect(text).toContain(`tổng cộng ${total}`);
                    expect(text).toContain('Quý khách thanh toán bằng tiền mặt khi nhận hàng');
                    await screenshot(page, 'mail-confirmation', viewport);
                    // One parcel per producer: the order is split into two seller orders.
                    expect(await sellerOrderCount(code)).toBe(2);
                    // The cart is empty again.
                    await page.goto(`${base}/gio-hang`, { waitUntil: 'load' });
                    expect(await page.locator('.empty').textContent()).toContain('trống');
                } finally {
                    await context.close();
                }
            },
            TEST_TIMEOUT,
        );
    }

    for (const viewport of ['phone', 'desktop'] as const) {
        it(
            `pays by VietQR: the QR code decodes to the exact amount and order code (${viewport})`,
            async () => {
                const { page, context } = await newPage(viewport, true);
                try {
                    await fillCart(page, { search: false });
                    const code = await checkout(page, viewport, {
                        email: `qr.${viewport}.${Date.now()}@example.vn`,
                        method: 'vietqr',
                        shots: false,
                    });
                    expect(page.url()).toMatch(new RegExp(`/don-hang/${code}/vietqr$`));
                    const qr = page.locator('.qr-code svg');
                    const box = await qr.boundingBox();
                    expect(box!.width).toBeGreaterThanOrEqual(260);
                    // The copy buttons appear once the page is hydrated: the layout is final then.
                    await page
                        .getByRole('button', { name: /^Sao chép/ })
                        .first()
                        .waitFor();
                    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
                    await qr.scrollIntoViewIfNeeded();
                    // As a phone camera does, read a few frames, near and far (CSS and device
                    // pixels): the first that decodes counts, and what it decodes is checked
                    // strictly below. ZXing misreads some codes at one scale only.
                    let payload = '';
                    for (let frame = 1; !payload; frame++) {
                        try {
                            payload = decodeQr(
                                await qr.screenshot({
                                    scale: frame % 2 ? 'css' : 'device',
                                    animations: 'disabled',
                                }),
                            );
                        } catch (e) {
                            if (frame >= 6) throw e;
                            await page.waitForTimeout(300);
                        }
                    }
                    expect(hasValidEmvCrc(payload)).toBe(true);
                    const fields = parseEmvTlv(payload);
                    const amountText = (await page.locator('#qr-amount').textContent())!;
                    const totalDong = Number(amountText.replace(/\D/g, ''));
                    expect(fields.get('54')).toBe(String(totalDong));
                    const additional = parseEmvTlv(fields.get('62')!);
                    expect(additional.get('01') ?? additional.get('08')).toBe(code);
                    expect(await page.locator('#qr-reference').textContent()).toBe(code);
                    expect(await seriousA11yViolations(page)).toEqual([]);
                    await noHorizontalScroll(page, viewport);
                    await screenshot(page, 'vietqr', viewport);
                    // The confirmation says the transfer is awaited and links back to the code.
                    await page.goto(`${base}/don-hang/${code}`, { waitUntil: 'load' });
                    expect(await page.locator('.next-steps').textContent()).toContain(code);
                } finally {
                    await context.close();
                }
            },
            TEST_TIMEOUT,
        );
    }

    it(
        'pays by card on Stripe’s Payment Element; the confirmation waits for Stripe’s webhook',
        async () => {
            const { page, context } = await newPage('desktop', true);
            try {
                // js.stripe.com and api.stripe.com are out of reach: a stand-in Stripe.js drives the fake API.
                await routeStripe(page, stripe.url);
                await fillCart(page, { search: false });
                await checkout(page, 'desktop', {
                    email: `the.${Date.now()}@example.vn`,
                    method: 'stripe',
                    shots: false,
                    placed: /\/thanh-toan\/stripe$/,
                });
                await page.locator('[data-fake-stripe]').waitFor();
                const pay = page.getByRole('button', { name: /^Thanh toán .*₫$/ });
                await Promise.all([page.waitForURL(/\/don-hang\/[^/?]+\?payment_intent=/), pay.click()]);
                // Settled by the webhook: the page, refreshing itself while processing, says it is paid.
                await page.getByText('Đã nhận thanh toán').waitFor({ timeout: 30_000 });
                expect(await page.locator('.order-facts').textContent()).toContain('Thẻ ngân hàng');
                expect([...stripe.paymentIntents.values()].some(i => i.status === 'succeeded')).toBe(true);
            } finally {
                await context.close();
            }
        },
        TEST_TIMEOUT,
    );

    it(
        'without JavaScript: signs up through the verification mail, orders signed in, finds the order in the account, resets a forgotten password by mail, keeps an address book',
        async () => {
            // Every step is a plain form: the whole journey works with JavaScript off.
            const { page, context } = await newPage('phone', false);
            const email = `lan.${Date.now()}@example.vn`;
            try {
                // Account pages need a signed-in customer.
                await page.goto(`${base}/tai-khoan`, { waitUntil: 'load' });
                expect(new URL(page.url()).pathname).toBe('/tai-khoan/dang-nhap');
                await page.goto(`${base}/tai-khoan/dang-ky`, { waitUntil: 'load' });
                await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
                await page.getByLabel('Email').fill(email);
                await page.getByLabel('Mật khẩu').fill('mat-khau-rat-manh');
                await press(page, 'Đăng ký', () => page.locator('.notice-ok').waitFor());
                expect(await page.locator('.notice-ok').textContent()).toContain(email);
                // The mail's link opens the verification page; its button verifies and signs in.
                const link = await verificationLink(email);
                expect(link.startsWith(`${base}/tai-khoan/xac-minh?token=`)).toBe(true);
                await page.goto(link, { waitUntil: 'load' });
                await press(page, 'Xác minh tài khoản', () => page.waitForURL(/\/tai-khoan\?verified=1$/));
                expect(await page.locator('h1').textContent()).toContain('Nguyễn Thị Lan');
                // Signed out, then in again (a wrong password first).
                await press(page, 'Đăng xuất', () => page.waitForURL(`${base}/`));
                await page.goto(`${base}/tai-khoan/dang-nhap`, { waitUntil: 'load' });
                await page.getByLabel('Email').fill(email);
                await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
                await press(page, 'Đăng nhập', () => page.locator('[role=alert]').waitFor());
                expect(await page.locator('[role=alert]').textContent()).toContain('không đúng');
                await page.getByLabel('Mật khẩu').fill('mat-khau-rat-manh');
                await press(page, 'Đăng nhập', () => page.waitForURL(`${base}/tai-khoan`));

                await fillCart(page);
                const code = await checkout(page, 'phone', { method: 'cash-on-delivery', shots: false });
                await page.goto(`${base}/tai-khoan`, { waitUntil: 'load' });
                expect(await page.locator('.order-list').textContent()).toContain(code);

                // A forgotten password: the mail's link sets a new one and signs in.
                await press(page, 'Đăng xuất', () => page.waitForURL(`${base}/`));
                await page.goto(`${base}/tai-khoan/dang-nhap`, { waitUntil: 'load' });
                await Promise.all([
                    page.waitForURL(`${base}/tai-khoan/quen-mat-khau`),
                    page.getByRole('link', { name: 'Quên mật khẩu?' }).click(),
                ]);
                await page.getByLabel('Email').fill(email);
                await press(page, 'Gửi thư đặt lại mật khẩu', () => page.locator('.notice-ok').waitFor());
                expect(await page.locator('.notice-ok').textContent()).toContain(email);
                const [resetLink] = linksIn(await onlyMailTo(server, email, /^Đặt lại mật khẩu/));
                expect(resetLink.startsWith(`${base}/tai-khoan/dat-lai-mat-khau?token=`)).toBe(true);
                await page.goto(resetLink, { waitUntil: 'load' });
                await page.getByLabel('Mật khẩu mới').fill('mat-khau-moi-2026');
                await press(page, 'Lưu mật khẩu mới', () => page.waitForURL(`${base}/tai-khoan`));
                expect(await page.locator('h1').textContent()).toContain('Nguyễn Thị Lan');
                // The link works once.
                await press(page, 'Đăng xuất', () => page.waitForURL(`${base}/`));
                await page.goto(resetLink, { waitUntil: 'load' });
                await page.getByLabel('Mật khẩu mới').fill('mat-khau-cua-ke-khac');
                await press(page, 'Lưu mật khẩu mới', () => page.locator('[role=alert]').waitFor());
                // The old password no longer signs in; the new one does.
                await page.goto(`${base}/tai-khoan/dang-nhap`, { waitUntil: 'load' });
                await page.getByLabel('Email').fill(email);
                await page.getByLabel('Mật khẩu').fill('mat-khau-rat-manh');
                await press(page, 'Đăng nhập', () => page.locator('[role=alert]').waitFor());
                await page.getByLabel('Mật khẩu').fill('mat-khau-moi-2026');
                await press(page, 'Đăng nhập', () => page.waitForURL(`${base}/tai-khoan`));
                expect(await page.locator('.order-list').textContent()).toContain(code);

                // The address book: two addresses added, the second made the default, the
                // first changed, both deleted. Each form is a full page load.
                const loaded = (name: string) => press(page, name, () => page.waitForEvent('load'));
                await page.goto(`${base}/tai-khoan/dia-chi`, { waitUntil: 'load' });
                const entries = page.locator('.address-book > li');
                const entry = (street: string) => entries.filter({ hasText: street });
                const before = await entries.count();
                for (const street of ['5 Hà Huy Tập', '9 Nguyễn Du']) {
                    await page.getByLabel('Họ và tên người nhận').fill('Trần Văn Nam');
                    await page.getByLabel('Số điện thoại').fill('0987 654 321');
                    await page.getByLabel('Số nhà, đường, thôn/xóm').fill(street);
                    await page.getByLabel('Xã/phường').fill('Phường Thành Sen');
                    await page.getByLabel('Tỉnh/thành phố').selectOption('Hà Tĩnh');
                    await loaded('Lưu địa chỉ');
                    expect(await page.locator('.notice-ok').textContent()).toContain('Đã lưu địa chỉ');
                }
                expect(await entries.count()).toBe(before + 2);
                expect(await entry('9 Nguyễn Du').locator('.badge').count()).toBe(0);
                await entry('9 Nguyễn Du').getByRole('button', { name: 'Đặt làm mặc định' }).click();
                await page.waitForLoadState('load');
                await entry('9 Nguyễn Du').locator('.badge', { hasText: 'Mặc định' }).waitFor();
                expect(await page.locator('.address-book .badge').count()).toBe(1);

                await Promise.all([
                    page.waitForURL(/\?edit=/),
                    page.getByRole('link', { name: 'Sửa địa chỉ 5 Hà Huy Tập' }).click(),
                ]);
                const street = page.getByLabel('Số nhà, đường, thôn/xóm');
                expect(await street.inputValue()).toBe('5 Hà Huy Tập');
                await street.fill('7 Hà Huy Tập');
                await loaded('Lưu địa chỉ');
                expect(await entry('7 Hà Huy Tập').count()).toBe(1);
                expect(await entry('5 Hà Huy Tập').count()).toBe(0);
                expect(await entries.count()).toBe(before + 2);

                for (const gone of ['7 Hà Huy Tập', '9 Nguyễn Du']) {
                    await loaded(`Xóa địa chỉ ${gone}`);
                    expect(await page.locator('.notice-ok').textContent()).toContain('Đã xóa địa chỉ');
                    expect(await entry(gone).count()).toBe(0);
                }
                expect(await entries.count()).toBe(before);
            } finally {
                await context.close();
            }
        },
        TEST_TIMEOUT,
    );

    it('answers 404 for an order code it does not know or that is not the visitor’s', async () => {
        const unknown = await fetch(`${base}/don-hang/KHONGCO123`);
        expect(unknown.status).toBe(404);
        const english = await fetch(`${base}/en/orders/KHONGCO123/vietqr`);
        expect(english.status).toBe(404);
    });

    it('serves the same pages in English under /en, and loads Stripe’s code on the card page only', async () => {
        const cart = await fetch(`${base}/en/cart`);
        expect(cart.status).toBe(200);
        const html = await cart.text();
        expect(html).toContain('<html lang="en"');
        expect(html).toContain('Your cart is empty.');
        expect(html).not.toMatch(/StripeForm|stripe-js/);
        const checkout = await fetch(`${base}/en/checkout`, { redirect: 'manual' });
        expect(checkout.status).toBe(302);
        expect(checkout.headers.get('location')).toBe('/en/cart');
        const account = await fetch(`${base}/en/account`, { redirect: 'manual' });
        expect(account.headers.get('location')).toBe('/en/account/sign-in?next=%2Fen%2Faccount');
        const signIn = await (await fetch(`${base}/en/account/sign-in`)).text();
        expect(signIn).toContain('Sign in');
        // The language switch leads to the same page in Vietnamese.
        expect(signIn).toContain('href="/tai-khoan/dang-nhap"');
    });

    /** A mail's HTML in the page, as a mail app shows it: no fetch leaves the machine. */
    async function openMail(page: Page, mail: Mail) {
        await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, route => route.abort());
        await page.setContent(mail.body, { waitUntil: 'load' });
    }

    /** The link of the verification mail the backend wrote to DATA_DIR/mail. */
    async function verificationLink(email: string): Promise<string> {
        const [link] = linksIn(await onlyMailTo(server, email, /^Xác minh địa chỉ email/));
        if (!link) throw new Error(`No link in the verification mail to ${email}`);
        return link;
    }
});

/** Reads a QR code from a PNG with ZXing, independently of the library that drew it. */
function decodeQr(png: Buffer): string {
    const image = PNG.sync.read(png);
    // Read it as a phone camera sees it: a white margin around the code and two pixels per
    // screen pixel, so anti-aliased module edges at CSS scale do not decide the outcome; then
    // nearer and farther, as a camera moves (ZXing's grid sampling failed its checksum on one
    // valid code at every turn at two pixels per pixel, in CI).
    const margin = 16;
    const hints = new Map([[DecodeHintType.TRY_HARDER, true]]);
    let failure: unknown;
    // Held at any of four turns, as a camera may hold it: ZXing's finder-pattern search misses
    // some codes in one orientation and reads them in another (seen with valid codes that
    // zbar reads at once).
    for (const zoom of [2, 3, 1])
        for (let turn = 0; turn < 4; turn++) {
            const across = turn % 2 ? image.height : image.width;
            const down = turn % 2 ? image.width : image.height;
            const width = (across + 2 * margin) * zoom;
            const height = (down + 2 * margin) * zoom;
            const luminance = new Uint8ClampedArray(width * height).fill(255);
            for (let y = 0; y < height; y++) {
                for (let x = 0; x < width; x++) {
                    const u = Math.floor(x / zoom) - margin;
                    const v = Math.floor(y / zoom) - margin;
                    if (u < 0 || v < 0 || u >= across || v >= down) continue;
                    const [sx, sy] = [
                        [u, v],
                        [v, image.height - 1 - u],
                        [image.width - 1 - u, image.height - 1 - v],
                        [image.width - 1 - v, u],
                    ][turn];
                    const i = (sy * image.width + sx) * 4;
                    luminance[y * width + x] = Math.round(
                        0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2],
                    );
                }
            }
            const source = new RGBLuminanceSource(luminance, width, height);
            // Two standard binarizers, as a phone's scanner would retry: the first that reads it wins.
            for (const binarizer of [new HybridBinarizer(source), new GlobalHistogramBinarizer(source)]) {
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(binarizer), hints).getText();
                } catch (e) {
                    failure = e;
                }
            }
        }
    throw failure;
}

import '../src/runtime';
import fs from 'node:fs';
import { TransactionalConnection } from '@vendure/core';
import { chromium, Browser } from 'playwright-core';
import { createVerifiableProduct, VerifiableProduct } from './utils/stamp-verification-fixtures';
import { startTestServer, TestServer } from './utils/test-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The stamp page in a real phone-sized browser with JavaScript off: the
 * verdict is the first thing on screen, the product image loads, and the
 * layout fits 390 px without sideways scrolling. Screenshots land in
 * /tmp/verify-*.png for a human to look at.
 */
describe('stamp page in a browser', () => {
    let server: TestServer;
    let honey: VerifiableProduct;
    let browser: Browser;

    beforeAll(async () => {
        server = await startTestServer('stamp_page_browser', {
            demoData: false,
            env: { STAMP_SUSPICIOUS_CLIENTS: '1' },
        });
        honey = await createVerifiableProduct(server, {
            key: 'br',
            stampCount: 3,
            firstSerial: 4321,
            stars: 4,
        });
        const db = server.app.get(TransactionalConnection).rawConnection;
        await db.query(
            `UPDATE stamp SET status = 'SOLD', "soldAt" = '2026-02-10T03:30:00Z', "soldWhere" = 'Điểm giới thiệu sản phẩm OCOP Hương Sơn', "soldChannel" = 'SALES_POINT' WHERE code = ANY($1)`,
            [[honey.codes[0], honey.codes[1]]],
        );
        await db.query(
            `INSERT INTO stamp_alert ("stampId", kind, detail) SELECT id, 'REUSE_ATTEMPT', 'test' FROM stamp WHERE code = $1`,
            [honey.codes[1]],
        );
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
    }, 120_000);
    afterAll(async () => {
        await browser?.close();
        await server?.close();
    });

    async function open(path: string, shot: string) {
        const context = await browser.newContext({
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 2,
            javaScriptEnabled: false,
            locale: 'vi-VN',
        });
        const page = await context.newPage();
        const response = await page.goto(`http://127.0.0.1:${server.port}${path}`);
        await page.waitForLoadState('load');
        await page.screenshot({ path: shot, fullPage: true });
        return { page, context, status: response?.status() };
    }

    it('shows a GENUINE sold unit: green verdict first, image loaded, no horizontal scroll', async () => {
        const { page, context, status } = await open(`/v/${honey.codes[0]}`, '/tmp/verify-genuine.png');
        expect(status).toBe(200);
        const h1 = page.locator('h1');
        expect(await h1.textContent()).toBe('Tem chính hãng');
        expect(
            await h1.evaluate(
                (el: any) => (globalThis as any).getComputedStyle(el.parentElement).backgroundColor,
            ),
        ).toBe('rgb(21, 128, 61)');
        const box = await h1.boundingBox();
        expect(box!.y).toBeLessThan(200);
        const imageLoaded = await page
            .locator('img')
            .evaluate((img: any) => img.complete && img.naturalWidth > 0);
        expect(imageLoaded).toBe(true);
        expect(
            await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(390);
        expect(await page.locator('main').count()).toBe(1);
        expect(fs.statSync('/tmp/verify-genuine.png').size).toBeGreaterThan(10_000);
        await context.close();
    });

    it('shows a SUSPICIOUS stamp in orange with advice, and English through the toggle link', async () => {
        const { page, context } = await open(`/v/${honey.codes[1]}`, '/tmp/verify-suspicious.png');
        expect(await page.locator('h1').textContent()).toBe('Cảnh báo: tem đáng ngờ');
        expect(
            await page
                .locator('.verdict')
                .evaluate((el: any) => (globalThis as any).getComputedStyle(el).backgroundColor),
        ).toBe('rgb(194, 65, 12)');
        await page.getByRole('link', { name: 'English' }).click();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await page.locator('h1').textContent()).toBe('Warning: suspicious stamp');
        await page.screenshot({ path: '/tmp/verify-suspicious-en.png', fullPage: true });
        await context.close();
    });

    it('shows UNKNOWN and VOID pages and lets a consumer type a code without JavaScript', async () => {
        const { page, context } = await open(`/v/NOT-A-CODE`, '/tmp/verify-unknown.png');
        expect(await page.locator('h1').textContent()).toBe('Không tìm thấy mã tem');
        await page.fill('input[name=code]', honey.codes[2].toLowerCase());
        await page.click('button[type=submit]');
        expect(await page.locator('h1').textContent()).toBe('Tem chính hãng');
        expect(page.url()).toContain(`/v/${honey.codes[2].toLowerCase()}`);
        await context.close();
    });
});

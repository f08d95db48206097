import '../../backend/src/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { startTestServer, TestServer } from '../../backend/test/utils/test-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const PASSWORD = 'ocop-demo';
const OFFICE = 'vanphong@ocop.hatinh.vn';
const TRADE = 'socongthuong@ocop.hatinh.vn';
const PRODUCER = 'huoutuanhau@example.com';
/** A product of the producer above, and one of another producer. */
const OWN_PRODUCT = 'Nhung hươu sấy khô thái lát';
const OTHER_PRODUCT = 'Cao nhung hươu Hương Sơn';

/**
 * The back office in Vendure's dashboard (ADR 0018), built into backend/dist/dashboard and
 * served by the backend with the demo data, driven in Chromium with the demo logins:
 * the office issues stamps and downloads the label PDF, a producer scores a product, and
 * each role sees and may change only what it should. Screenshots of each role's main
 * screen land in docs/screenshots/dashboard-*.png.
 */
describe('back office in the dashboard', () => {
    let server: TestServer | undefined;
    let api: string;
    let browser: Browser;

    beforeAll(async () => {
        if (!fs.existsSync(path.join(REPO, 'backend/dist/dashboard/index.html'))) {
            throw new Error('backend/dist/dashboard is missing: run `npm run build -w backend` first');
        }
        if (process.env.E2E_BACKEND_URL) {
            api = process.env.E2E_BACKEND_URL.replace(/\/+$/, '');
        } else {
            server = await startTestServer('dashboard_browser', { demoData: true });
            api = server.env.PUBLIC_URL;
        }
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    }, 600_000);

    afterAll(async () => {
        await browser?.close();
        await server?.close();
    });

    async function logIn(email: string): Promise<Page> {
        const context = await browser.newContext({
            viewport: { width: 1280, height: 860 },
            locale: 'vi-VN',
            acceptDownloads: true,
        });
        const page = await context.newPage();
        await page.goto(`${api}/dashboard/`);
        await page.locator('input[name="username"]').fill(email);
        await page.locator('input[name="password"]').fill(PASSWORD);
        await page.locator('button[type="submit"]').click();
        await page
            .getByRole('link', { name: /OCOP|Tổng quan|Insights/ })
            .first()
            .waitFor({ timeout: 60_000 });
        return page;
    }

    /** An Admin API call with the page's own session and channel, as the dashboard makes it. */
    async function adminApi(page: Page, query: string, variables: object = {}) {
        return page.evaluate(
            async ({ url, query, variables }) => {
                const headers: Record<string, string> = { 'content-type': 'application/json' };
                const session = localStorage.getItem('vendure-session-token');
                const channel = localStorage.getItem('vendure-selected-channel-token');
                if (session) headers.authorization = `Bearer ${session}`;
                if (channel) headers['vendure-token'] = channel;
                const response = await fetch(url, {
                    method: 'POST',
                    headers,
                    body: JSON.stringify({ query, variables }),
                });
                return response.json();
            },
            { url: `${api}/admin-api`, query, variables },
        );
    }

    async function shoot(page: Page, name: string) {
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${name}.png`), fullPage: false });
    }

    it('the office issues a stamp batch and downloads its label PDF', async () => {
        const page = await logIn(OFFICE);
        await page.goto(`${api}/dashboard/ocop-stamp-batches`);
        const form = page.getByRole('form', { name: /Phát hành lô tem|Issue a stamp batch/ });
        await form.getByLabel(/Tìm biến thể|Find a variant/).fill('HS-NHSK-50');
        const variant = form.locator('select[name="productVariantId"]');
        await variant.locator('option', { hasText: 'HS-NHSK-50' }).waitFor({ state: 'attached' });
        await variant.selectOption({
            label: (await variant.locator('option', { hasText: 'HS-NHSK-50' }).textContent())!,
        });
        await form.locator('input[name="quantity"]').fill('25');
        await form.locator('input[name="lotCode"]').fill('E2E-DASHBOARD-1');
        await form.getByRole('button', { name: /Phát hành tem|Issue stamps/ }).click();
        await page
            .getByRole('status')
            .filter({ hasText: /Đã phát hành 25 tem|Issued 25 stamps/ })
            .waitFor();

        const row = page.getByRole('row').filter({ hasText: 'E2E-DASHBOARD-1' });
        await row.waitFor();
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            row.getByRole('button', { name: /PDF/ }).click(),
        ]);
        const file = await download.path();
        const pdf = fs.readFileSync(file!);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(2000);
        await shoot(page, 'office');
        await page.context().close();
    });

    it('a producer completes a self-assessment and sees it in the history beside the certified stars', async () => {
        const page = await logIn(PRODUCER);
        await page.goto(`${api}/dashboard/ocop-self-assessment`);
        const form = page.getByRole('form', { name: /Tự đánh giá|Self-assessment/ });
        await form.locator('select[name="productId"]').selectOption({ label: OWN_PRODUCT });
        const criteria = form.locator('input[name^="criterion-"]');
        await criteria.first().waitFor();
        const count = await criteria.count();
        let total = 0;
        for (let i = 0; i < count; i++) {
            const max = Number(await criteria.nth(i).getAttribute('max'));
            // Most of the points, so the result reads like a real 4★ product.
            const points = Math.floor(max * 0.8);
            total += points;
            await criteria.nth(i).fill(String(points));
        }
        await form.getByRole('button', { name: /Lưu tự đánh giá|Save self-assessment/ }).click();
        await page
            .getByRole('status')
            .filter({ hasText: new RegExp(`(Đã lưu|Saved): ${total}`) })
            .waitFor();
        const history = page.getByRole('table', { name: /Lịch sử tự đánh giá|Self-assessment history/ });
        await history
            .getByRole('row')
            .filter({ hasText: String(total) })
            .first()
            .waitFor();
        expect(await history.getByRole('row').nth(1).textContent()).toContain('★');
        await shoot(page, 'producer');
        await page.context().close();
    });

    it('Industry and Trade reads the registers and can change nothing: the server refuses', async () => {
        const page = await logIn(TRADE);
        await page.goto(`${api}/dashboard/ocop-producers`);
        await page
            .getByRole('cell', { name: /Hươu Tuấn Hậu|Tuấn Hậu/i })
            .first()
            .waitFor();
        expect(await page.getByRole('button', { name: /Tạm dừng|Suspend/ }).count()).toBe(0);
        await shoot(page, 'industry-trade');

        const producers = await adminApi(
            page,
            '{ producers { items { id } } certificates { items { id } } }',
        );
        const producerId = producers.data.producers.items[0].id;
        const certificateId = producers.data.certificates.items[0].id;
        const attempts: Array<[string, object]> = [
            ['mutation ($id: ID!) { setProducerActive(id: $id, active: false) { id } }', { id: producerId }],
            ['mutation ($id: ID!) { revokeCertificate(id: $id, reason: "x") { id } }', { id: certificateId }],
            [
                'mutation { issueStampBatch(input: { productVariantId: 1, quantity: 1, lotCode: "X", productionDate: "2026-01-01", expiryDate: "2027-01-01" }) { id } }',
                {},
            ],
            ['mutation { approveProductChange(id: 1) { id } }', {}],
            ['mutation { updateProduct(input: { id: 1, enabled: false }) { id } }', {}],
        ];
        for (const [mutation, variables] of attempts) {
            const result = await adminApi(page, mutation, variables);
            expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
        const still = await adminApi(page, '{ producers { items { id active } } }');
        expect(still.data.producers.items.find((p: { id: string }) => p.id === producerId).active).toBe(true);
        await page.context().close();
    });

    it('a producer sees only its own data', async () => {
        const page = await logIn(PRODUCER);
        await page.goto(`${api}/dashboard/ocop-certificates`);
        await page.getByRole('cell', { name: OWN_PRODUCT }).waitFor();
        expect(await page.getByRole('cell', { name: OTHER_PRODUCT }).count()).toBe(0);
        await page.goto(`${api}/dashboard/ocop-stamp-batches`);
        await page
            .getByRole('cell', { name: new RegExp(OWN_PRODUCT) })
            .first()
            .waitFor();
        expect(await page.getByRole('cell', { name: new RegExp(OTHER_PRODUCT) }).count()).toBe(0);
        // Nor through the API, whatever the page shows.
        const other = await adminApi(page, '{ producers { totalItems } }');
        expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const changes = await adminApi(page, '{ productChanges { items { product { name } } } }');
        for (const change of changes.data.productChanges.items)
            expect(change.product.name).not.toBe(OTHER_PRODUCT);
        await page.context().close();
    });
});

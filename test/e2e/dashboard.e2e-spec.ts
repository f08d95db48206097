import '../../backend/src/runtime';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import gql from 'graphql-tag';
import { formatVnd, generateStampCode } from '@ocop/shared';
import { Browser, chromium, Page } from 'playwright-core';
import { Buyer } from '../../backend/test/utils/checkout';
import { DEMO_PRODUCERS, freshVariantOf, sqlOf } from '../../backend/test/utils/marketplace';
import { startTestServer, TestServer } from '../../backend/test/utils/test-server';
import { fakeCameraArgs, writeQrVideo } from './fake-camera';

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

    async function logIn(email: string, using: Browser = browser): Promise<Page> {
        const context = await using.newContext({
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

    /** A GraphQL call outside the browser, keeping the session the server hands back (bearer token). */
    function apiClient(endpoint: 'shop-api' | 'admin-api', userAgent = 'ocop-e2e') {
        let token: string | undefined;
        return async (query: string, variables: object = {}, channel?: string) => {
            const headers: Record<string, string> = {
                'content-type': 'application/json',
                'user-agent': userAgent,
            };
            if (token) headers.authorization = `Bearer ${token}`;
            if (channel) headers['vendure-token'] = channel;
            const response = await fetch(`${api}/${endpoint}`, {
                method: 'POST',
                headers,
                body: JSON.stringify({ query, variables }),
            });
            token = response.headers.get('vendure-auth-token') ?? token;
            const body = await response.json();
            if (body.errors) throw new Error(JSON.stringify(body.errors));
            return body.data;
        };
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

    /**
     * Sales screens (ADR 0019): orders placed here through the Shop API, as the storefront
     * places them, on a database that had none, so the figures are exactly these orders'.
     */
    describe('sales analytics and reports', () => {
        const REPORT = `query ($input: SalesReportInput!) {
            salesReport(input: $input) { revenue vat units orders byChannel { key revenue } }
        }`;
        interface Seeded {
            /** This Vietnam month, first and last day: the screens' default period. */
            month: { from: string; to: string };
            revenue: number;
            vat: number;
            units: number;
            orders: number;
            /** The part of the producer PRODUCER (Hươu Tuấn Hậu). */
            own: { revenue: number; units: number; orders: number };
            otherProductName: string;
        }
        let seeded: Promise<Seeded> | undefined;

        /** Two orders: Hươu Tuấn Hậu's goods with Chè Sơn Kim's in one cart, and Hươu Tuấn Hậu's alone. */
        function seed(): Promise<Seeded> {
            seeded ??= (async () => {
                if (!server)
                    throw new Error('the sales tests place orders: run them without E2E_BACKEND_URL');
                await server.adminClient.asSuperAdmin();
                const sql = sqlOf(server);
                const used = new Set<string>();
                const own = await freshVariantOf(server, sql, DEMO_PRODUCERS.huou.token, used, 10);
                const other = await freshVariantOf(server, sql, DEMO_PRODUCERS.che.token, used, 10);
                const carts: Array<Array<[string, number]>> = [
                    [
                        [own, 2],
                        [other, 1],
                    ],
                    [[own, 1]],
                ];
                const totals: Seeded = {
                    month: { from: '', to: '' },
                    revenue: 0,
                    vat: 0,
                    units: 0,
                    orders: carts.length,
                    own: { revenue: 0, units: 0, orders: 0 },
                    otherProductName: '',
                };
                for (const cart of carts) {
                    const buyer = new Buyer(server);
                    await buyer.readyToPay(cart);
                    const paid = await buyer.pay();
                    if (!paid.placed) throw new Error(paid.error);
                    const { order } = await server.adminClient.query(
                        gql`
                            query ($id: ID!) {
                                order(id: $id) {
                                    lines {
                                        quantity
                                        proratedLinePriceWithTax
                                        proratedLinePrice
                                        productVariant {
                                            id
                                        }
                                    }
                                }
                            }
                        `,
                        { id: paid.orderId },
                    );
                    for (const line of order.lines) {
                        totals.revenue += line.proratedLinePriceWithTax;
                        totals.vat += line.proratedLinePriceWithTax - line.proratedLinePrice;
                        totals.units += line.quantity;
                        if (line.productVariant.id === own) {
                            totals.own.revenue += line.proratedLinePriceWithTax;
                            totals.own.units += line.quantity;
                        }
                    }
                    if (cart.some(([variant]) => variant === own)) totals.own.orders += 1;
                }
                const [{ name }] = await sql(
                    `SELECT pt.name FROM product_variant v JOIN product_translation pt ON pt."baseId" = v."productId"
                      WHERE v.id = $1 AND pt."languageCode" = 'vi'`,
                    [other],
                );
                totals.otherProductName = name;
                const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
                    new Date(),
                );
                const [y, m] = today.split('-').map(Number);
                const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
                totals.month = { from: `${today.slice(0, 7)}-01`, to: last };
                return totals;
            })();
            return seeded;
        }

        /** A downloaded report's summary sheet: revenue, VAT (whole đồng), units, orders. */
        async function summaryOf(file: string) {
            const book = new ExcelJS.Workbook();
            await book.xlsx.readFile(file);
            const summary = book.getWorksheet('Tổng hợp')!;
            const value = (row: number) => Number(summary.getRow(row).getCell(2).value);
            const channels = book.getWorksheet('Theo kênh bán') ?? book.worksheets[1];
            const online = channels
                .getSheetValues()
                .find(row => Array.isArray(row) && row[1] === 'ONLINE') as unknown[] | undefined;
            return {
                period: [summary.getRow(2).getCell(2).value, summary.getRow(3).getCell(2).value],
                revenue: value(5),
                vat: value(6),
                units: value(7),
                orders: value(8),
                onlineRevenue: Number(online?.[3]),
            };
        }

        it("the office sees the seeded orders on the analytics page and keeps the month's report", async () => {
            const figures = await seed();
            const page = await logIn(OFFICE);
            await page.goto(`${api}/dashboard/ocop-analytics`);
            const revenue = page.getByTestId('total-revenue');
            await revenue.waitFor();
            await expect(revenue.textContent()).resolves.toBe(formatVnd(figures.revenue));
            await expect(page.getByTestId('total-units').textContent()).resolves.toBe(String(figures.units));
            await expect(page.getByTestId('total-orders').textContent()).resolves.toBe(
                String(figures.orders),
            );
            // The channel table: all online, and its total line is the period's total.
            const channels = page.getByRole('table', { name: /Theo kênh bán|By channel/ });
            await expect(
                channels
                    .getByRole('row')
                    .filter({ hasText: /Trực tuyến|Online/ })
                    .textContent(),
            ).resolves.toContain(formatVnd(figures.revenue));
            await expect(channels.locator('tfoot').textContent()).resolves.toContain(
                formatVnd(figures.revenue),
            );
            // A period without the orders shows nothing sold.
            await page.locator('input[name="month"]').fill('2020-01');
            await page
                .getByTestId('total-revenue')
                .filter({ hasText: formatVnd(0) })
                .waitFor();
            await page.locator('input[name="month"]').fill(figures.month.from.slice(0, 7));
            await page.getByRole('figure', { name: /Doanh thu theo tháng|Revenue by month/ }).waitFor();
            await page.getByText(formatVnd(figures.revenue)).first().waitFor();
            await page.locator('input[name="month"]').blur();
            await shoot(page, 'analytics-office');
            await page
                .getByRole('region', { name: /Tem đã phát hành và đã bán|Stamps issued and sold/ })
                .waitFor();
            await page
                .getByText(/Theo dõi thực hiện chỉ thị|Directive checks at a glance/)
                .evaluate(heading => heading.scrollIntoView({ block: 'start' }));
            await shoot(page, 'analytics-office-checks');
            // Directive checks lead to the screen that acts on them, already filtered.
            await page.getByRole('link', { name: /Hết hạn trong 30 ngày|Expiring in 30 days/ }).click();
            await page
                .getByRole('group', { name: /Lọc giấy chứng nhận|Filter certificates/ })
                .getByRole('button', { pressed: true })
                .filter({ hasText: /30/ })
                .waitFor();

            await page.goto(`${api}/dashboard/ocop-sales-reports`);
            await page.getByRole('button', { name: /Tạo và lưu|Generate and keep/ }).click();
            await page
                .getByRole('status')
                .filter({ hasText: new RegExp(figures.month.from) })
                .waitFor();
            await page
                .getByRole('table', { name: /Báo cáo đã lưu|Kept reports/ })
                .getByRole('row')
                .filter({ hasText: formatVnd(figures.revenue) })
                .waitFor();
            await page.context().close();
        });

        it("Industry and Trade downloads the month's XLSX: its cells are the orders placed, and it can keep nothing", async () => {
            const figures = await seed();
            const page = await logIn(TRADE);
            const api_ = await adminApi(page, REPORT, { input: figures.month });
            const report = api_.data.salesReport;
            expect(report).toMatchObject({
                revenue: figures.revenue,
                vat: figures.vat,
                units: figures.units,
                orders: figures.orders,
            });

            // The report the office kept in the test before.
            await page.goto(`${api}/dashboard/ocop-sales-reports`);
            const kept = page
                .getByRole('table', { name: /Báo cáo đã lưu|Kept reports/ })
                .getByRole('row')
                .filter({ hasText: `${figures.month.from} – ${figures.month.to}` })
                .first();
            await kept.waitFor();
            const expected = {
                period: [figures.month.from, figures.month.to],
                revenue: report.revenue / 100,
                vat: report.vat / 100,
                units: report.units,
                orders: report.orders,
                onlineRevenue: report.revenue / 100,
            };
            const [keptFile] = await Promise.all([
                page.waitForEvent('download'),
                kept.getByRole('button', { name: /XLSX/ }).click(),
            ]);
            expect(keptFile.suggestedFilename()).toBe(
                `bao-cao-ban-hang-${figures.month.from}-${figures.month.to}.xlsx`,
            );
            expect(await summaryOf((await keptFile.path())!)).toEqual(expected);

            // The period's file, written on the fly, says the same.
            const [periodFile] = await Promise.all([
                page.waitForEvent('download'),
                page.getByRole('button', { name: /Tải XLSX|Download XLSX/ }).click(),
            ]);
            expect(await summaryOf((await periodFile.path())!)).toEqual(expected);

            // Keeping is the office's: no button, and the server refuses.
            expect(await page.getByRole('button', { name: /Tạo và lưu|Generate and keep/ }).count()).toBe(0);
            const keep = await adminApi(
                page,
                'mutation ($input: SalesReportInput!) { generateSalesReport(input: $input) { id } }',
                { input: figures.month },
            );
            expect(keep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
            await shoot(page, 'analytics-reports-industry-trade');

            await page.goto(`${api}/dashboard/ocop-analytics`);
            await expect(page.getByTestId('total-revenue').textContent()).resolves.toBe(
                formatVnd(figures.revenue),
            );
            // The breakdowns, each table ending in the period's total.
            await page
                .getByText(/Chi tiết theo nhóm|Breakdowns/)
                .evaluate(heading => heading.scrollIntoView({ block: 'start' }));
            await shoot(page, 'analytics-industry-trade');
            await page.context().close();
        });

        it('a producer sees only its own sales figures', async () => {
            const figures = await seed();
            expect(figures.own.revenue).toBeLessThan(figures.revenue);
            const page = await logIn(PRODUCER);
            await page.goto(`${api}/dashboard/ocop-my-sales`);
            const revenue = page.getByTestId('total-revenue');
            await revenue.waitFor();
            await expect(revenue.textContent()).resolves.toBe(formatVnd(figures.own.revenue));
            await expect(page.getByTestId('total-units').textContent()).resolves.toBe(
                String(figures.own.units),
            );
            await expect(page.getByTestId('total-orders').textContent()).resolves.toBe(
                String(figures.own.orders),
            );
            const products = page.getByRole('table', { name: /Theo sản phẩm|By product/ });
            await products.getByRole('row').nth(1).waitFor();
            expect(await products.getByRole('cell', { name: figures.otherProductName }).count()).toBe(0);
            await shoot(page, 'analytics-producer');
            // Nor the province's figures through the API.
            const all = await adminApi(page, REPORT, { input: figures.month });
            expect(all.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
            expect(await page.getByRole('link', { name: /Phân tích bán hàng|Sales analytics/ }).count()).toBe(
                0,
            );
            await page.context().close();
        });
    });

    it('the office creates a showroom, sees a refused phone number in both languages, then edits it', async () => {
        const page = await logIn(OFFICE);
        await page.goto(`${api}/dashboard/ocop-sales-points`);
        await page.getByRole('button', { name: /Thêm showroom|New showroom/ }).click();
        const form = page.getByRole('form', { name: /Thêm showroom|New showroom/ });
        await form.locator('input[name="code"]').fill('SR-E2E-CAM-XUYEN');
        await form.locator('input[name="name"]').fill('Showroom OCOP Cẩm Xuyên');
        await form.locator('input[name="phone"]').fill('12345');
        await form.locator('input[name="streetLine"]').fill('25 Hà Huy Tập');
        await form.locator('input[name="commune"]').fill('Xã Cẩm Xuyên');
        await form.locator('input[name="area"]').fill('Cẩm Xuyên');
        await form.getByRole('button', { name: /^(Tạo|Tạo mới|Create)$/ }).click();
        await form
            .getByRole('alert')
            .filter({ hasText: /OCOP_PHONE_INVALID: .+\(.+\)/ })
            .waitFor();
        await shoot(page, 'sales-point-refused');
        await form.locator('input[name="phone"]').fill('0239 3861 234');
        await form.getByRole('button', { name: /^(Tạo|Tạo mới|Create)$/ }).click();
        const row = page.getByRole('row').filter({ hasText: 'SR-E2E-CAM-XUYEN' });
        await row.waitFor();
        expect(await form.count()).toBe(0);
        await row.getByRole('button', { name: /Sửa|Edit/ }).click();
        const edit = page.getByRole('form', { name: /SR-E2E-CAM-XUYEN/ });
        await edit.locator('input[name="name"]').fill('Showroom OCOP Cẩm Xuyên (mới)');
        await edit.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
        await page.getByRole('cell', { name: 'Showroom OCOP Cẩm Xuyên (mới)' }).waitFor();
        // Industry and Trade may run fairs but never a showroom: no button, and the server refuses.
        const trade = await logIn(TRADE);
        await trade.goto(`${api}/dashboard/ocop-sales-points`);
        await trade.getByRole('button', { name: /Thêm hội chợ|New trade fair/ }).waitFor();
        expect(await trade.getByRole('button', { name: /Thêm showroom|New showroom/ }).count()).toBe(0);
        await page.context().close();
        await trade.context().close();
    });

    it("the office sees a producer's new variant of a certified product on the review page, with its options and price, and approves it", async () => {
        // The producer adds a 200 g box to its certified product, in its own channel.
        const producer = apiClient('admin-api');
        const channel = DEMO_PRODUCERS.huou.token;
        await producer(
            `mutation { login(username: "${PRODUCER}", password: "${PASSWORD}") { ... on CurrentUser { id } } }`,
        );
        const { products } = await producer(
            `query ($name: String!) { products(options: { filter: { name: { eq: $name } } }) { items { id optionGroups { id } } } }`,
            { name: OWN_PRODUCT },
            channel,
        );
        const [own] = products.items;
        const { createProductOption } = await producer(
            `mutation ($input: CreateProductOptionInput!) { createProductOption(input: $input) { id } }`,
            {
                input: {
                    productOptionGroupId: own.optionGroups[0].id,
                    code: 'hs-nhsk-250-e2e',
                    translations: [{ languageCode: 'vi', name: 'Hộp 250 g' }],
                },
            },
            channel,
        );
        await producer(
            `mutation ($input: [CreateProductVariantInput!]!) { createProductVariants(input: $input) { id } }`,
            {
                input: [
                    {
                        productId: own.id,
                        sku: 'HS-NHSK-250',
                        optionIds: [createProductOption.id],
                        price: 1_950_000_00,
                        stockOnHand: 10,
                        translations: [{ languageCode: 'vi', name: 'Hộp 250 g' }],
                    },
                ],
            },
            channel,
        );

        const page = await logIn(OFFICE);
        await page.goto(`${api}/dashboard/ocop-product-changes`);
        const row = page.getByRole('row').filter({ hasText: 'HS-NHSK-250' });
        await row.waitFor();
        await row.getByText(/Biến thể mới|New variant/).waitFor();
        await row.getByText(/Quy cách:/).waitFor();
        await row.getByText(formatVnd(1_950_000_00)).waitFor();
        expect(await row.getByRole('cell').first().textContent()).toBe(OWN_PRODUCT);
        await shoot(page, 'product-change-new-variant');
        await row.getByRole('button', { name: /^(Duyệt|Approve)$/ }).click();
        await row.waitFor({ state: 'detached' });
        const { productChanges } = (
            await adminApi(
                page,
                `query { productChanges(options: { kind: NEW_VARIANT }) { items { status newVariant { sku } } } }`,
            )
        ).data;
        expect(productChanges.items).toContainEqual({
            status: 'APPROVED',
            newVariant: { sku: 'HS-NHSK-250' },
        });
        await page.context().close();
    });

    describe('packing by scanning stamps', () => {
        /** A unit of each of two producers: Hươu Tuấn Hậu's (packed here) and Chè xanh Sơn Kim's. */
        const OWN_SKU = 'HS-NHSK-100';
        const OTHER_SKU = 'HS-CXSK-200';
        let office: ReturnType<typeof apiClient>;
        let orderCode: string;
        let aggregateId: string;
        let freshCodes: string[];

        beforeAll(async () => {
            office = apiClient('admin-api');
            await office(
                `mutation { login(username: "${OFFICE}", password: "${PASSWORD}") { ... on CurrentUser { id } } }`,
            );
            const { productVariants } = await office(
                `query ($skus: [String!]) { productVariants(options: { filter: { sku: { in: $skus } } }) { items { id sku } } }`,
                { skus: [OWN_SKU, OTHER_SKU] },
            );
            const variantOf = (sku: string) =>
                productVariants.items.find((v: { sku: string }) => v.sku === sku).id;
            // Two new stamps in the producer's warehouse: the packer scans these, not the lowest serials.
            const { issueStampBatch } = await office(
                `mutation ($input: IssueStampBatchInput!) { issueStampBatch(input: $input) { id } }`,
                {
                    input: {
                        productVariantId: variantOf(OWN_SKU),
                        quantity: 2,
                        lotCode: 'E2E-PACK-1',
                        productionDate: '2026-11-01',
                        expiryDate: '2027-11-01',
                    },
                },
            );
            const { stampBatch } = await office(
                `query ($id: ID!) { stampBatch(id: $id) { stamps { items { code } } } }`,
                { id: issueStampBatch.id },
            );
            freshCodes = stampBatch.stamps.items.map((s: { code: string }) => s.code.trim());

            const shop = apiClient('shop-api');
            const add = `mutation ($id: ID!, $qty: Int!) { addItemToOrder(productVariantId: $id, quantity: $qty) { ... on Order { id } ... on ErrorResult { message } } }`;
            await shop(add, { id: variantOf(OWN_SKU), qty: 2 });
            await shop(add, { id: variantOf(OTHER_SKU), qty: 1 });
            await shop(`mutation {
                setCustomerForOrder(input: { emailAddress: "pack.e2e@example.vn", firstName: "Lan", lastName: "Nguyễn" }) { ... on Order { id } }
                setOrderShippingAddress(input: { fullName: "Nguyễn Thị Lan", streetLine1: "12 Phan Đình Phùng", city: "Phường Thành Sen",
                    province: "Hà Tĩnh", countryCode: "VN", phoneNumber: "0912345678" }) { ... on Order { id } }
            }`);
            const { eligibleShippingMethods } = await shop('{ eligibleShippingMethods { id } }');
            await shop(
                'mutation ($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ... on Order { id } } }',
                {
                    id: [eligibleShippingMethods[0].id],
                },
            );
            await shop(
                'mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { state } } }',
            );
            const { addPaymentToOrder } = await shop(
                'mutation { addPaymentToOrder(input: { method: "cash-on-delivery", metadata: {} }) { ... on Order { id code state } ... on ErrorResult { message } } }',
            );
            expect(addPaymentToOrder.state).toBe('PaymentAuthorized');
            orderCode = addPaymentToOrder.code;
            aggregateId = addPaymentToOrder.id;
        }, 120_000);

        it('the packing page reads a stamp’s QR code through the camera', async () => {
            // Chromium's camera shows the printed QR of the first stamp (its /v/<code> URL).
            const video = path.join(os.tmpdir(), `ocop-e2e-stamp-qr-${process.pid}.y4m`);
            writeQrVideo(video, `${api}/v/${freshCodes[0]}`);
            const withCamera = await chromium.launch({
                executablePath: CHROMIUM,
                args: [
                    '--headless',
                    '--no-sandbox',
                    '--disable-gpu',
                    '--disable-background-networking',
                    ...fakeCameraArgs(video),
                ],
            });
            try {
                const page = await logIn(PRODUCER, withCamera);
                await page.goto(`${api}/dashboard/ocop-fulfil`);
                await page
                    .getByRole('row')
                    .filter({ hasText: orderCode })
                    .getByRole('link', { name: /Đóng gói|Pack/ })
                    .click();
                await page.getByRole('button', { name: /^Camera$/ }).click();
                await page.getByRole('dialog', { name: /Camera/ }).waitFor();
                // One read: the camera closes and the server accepts the stamp, as if it had been typed.
                await page
                    .getByRole('status')
                    .filter({ hasText: /hợp lệ|stamp accepted/ })
                    .waitFor({ timeout: 30_000 });
                await page.getByRole('dialog', { name: /Camera/ }).waitFor({ state: 'detached' });
                await page.getByRole('cell', { name: '1 / 2' }).waitFor();
            } finally {
                await withCamera.close();
                fs.rmSync(video, { force: true });
            }
        });

        it('a producer fulfils a seller order by scanning stamps', async () => {
            const page = await logIn(PRODUCER);
            await page.goto(`${api}/dashboard/ocop-fulfil`);
            const row = page.getByRole('row').filter({ hasText: orderCode });
            await row.waitFor();
            await shoot(page, 'fulfil-list');
            await row.getByRole('link', { name: /Đóng gói|Pack/ }).click();

            const scan = page.locator('input[name="stampCode"]');
            await scan.waitFor();
            const createButton = page.getByRole('button', { name: /Tạo lần giao hàng|Create fulfilment/ });
            expect(await createButton.isDisabled()).toBe(true);
            // A keyboard-wedge scanner types the QR's URL and presses Enter.
            await scan.pressSequentially(`${api}/v/${freshCodes[0]}`);
            await scan.press('Enter');
            await page
                .getByRole('status')
                .filter({ hasText: /hợp lệ|stamp accepted/ })
                .waitFor();
            // The same stamp again, and a code that is no stamp at all: refused, in both languages.
            await scan.pressSequentially(freshCodes[0]);
            await scan.press('Enter');
            await page
                .getByRole('alert')
                .filter({ hasText: /đã quét rồi \(stamp scanned twice\)/ })
                .waitFor();
            await scan.pressSequentially('0000000000000000Z');
            await scan.press('Enter');
            await page
                .getByRole('alert')
                .filter({ hasText: /không có trong sổ tem.*\(unknown stamp code/ })
                .waitFor();
            await shoot(page, 'fulfil-refused');
            await scan.pressSequentially(freshCodes[1]);
            await scan.press('Enter');
            await page.getByRole('cell', { name: '2 / 2' }).waitFor();
            await page.locator('input[name="trackingCode"]').fill('VTP-E2E-1');
            await shoot(page, 'fulfil-scanned');
            await createButton.click();
            await page
                .getByRole('status')
                .filter({
                    hasText: new RegExp(`(Đã tạo lần giao cho đơn|Fulfilment created for) ${orderCode}`),
                })
                .waitFor();

            // The scanned stamps are sold, as anyone checking them sees.
            const shop = apiClient('shop-api');
            for (const code of freshCodes) {
                const { verifyStamp } = await shop(
                    'query ($code: String!) { verifyStamp(code: $code) { result soldAt soldChannel soldWhere } }',
                    { code },
                );
                expect(verifyStamp).toMatchObject({ result: 'GENUINE', soldChannel: 'ONLINE' });
                expect(verifyStamp.soldAt).toBeTruthy();
            }
            // The other producer's seller order is untouched.
            const { order } = await office(
                `query ($id: ID!) { order(id: $id) { sellerOrders { state lines { productVariant { sku } } fulfillments { id } } } }`,
                { id: aggregateId },
            );
            type SellerOrder = {
                state: string;
                lines: Array<{ productVariant: { sku: string } }>;
                fulfillments: unknown[];
            };
            const bySku = (sku: string) =>
                order.sellerOrders.find((o: SellerOrder) => o.lines[0].productVariant.sku === sku);
            const other = bySku(OTHER_SKU);
            const own = bySku(OWN_SKU);
            expect(other).toMatchObject({ state: 'PaymentAuthorized', fulfillments: [] });
            expect(own.fulfillments).toHaveLength(1);
            await page.context().close();
        });

        it('the office follows a counterfeit alert through the stamp’s whole history', async () => {
            // Six different phones check one sold stamp: more clients than one unit has (MANY_CLIENTS).
            for (let i = 0; i < 6; i++) {
                await apiClient('shop-api', `ocop-e2e-phone-${i}`)(
                    'query ($code: String!) { verifyStamp(code: $code) { result } }',
                    { code: freshCodes[0] },
                );
            }
            let alertId: string | undefined;
            for (let i = 0; i < 50 && !alertId; i++) {
                const { stampAlerts } = await office(
                    '{ stampAlerts(options: { resolved: false }) { items { id code } } }',
                );
                alertId = stampAlerts.items.find(
                    (a: { id: string; code: string }) => a.code.trim() === freshCodes[0],
                )?.id;
                if (!alertId) await new Promise(r => setTimeout(r, 200));
            }
            expect(alertId).toBeDefined();

            const page = await logIn(OFFICE);
            await page.goto(`${api}/dashboard/ocop-stamp-alerts`);
            await page
                .getByRole('row')
                .filter({ hasText: /E2E|HT-/ })
                .first()
                .waitFor();
            await page.goto(`${api}/dashboard/ocop-stamp-alerts/${alertId}`);
            const history = page.getByRole('table', { name: /Lịch sử tem|Stamp history/ });
            await history
                .getByRole('row')
                .filter({ hasText: /Phát hành, lô E2E-PACK-1|Issued, lot E2E-PACK-1/ })
                .waitFor();
            await history.getByRole('row').filter({ hasText: orderCode }).waitFor();
            await history
                .getByRole('row')
                .filter({ hasText: /MANY_CLIENTS/ })
                .waitFor();
            await shoot(page, 'alert-history-office');
            // One check while testing the sale above, then the six phones.
            expect(await page.locator('dl').first().textContent()).toMatch(
                /7 lượt kiểm tra từ 7 máy|7 checks from 7 clients/,
            );
            await page.context().close();
        });
    });

    /**
     * POS staff and tablets (ADR 0016), last: the sale made here would show in the sales
     * figures the tests above count. The demo showroom SR-TP-HA-TINH has a manager with a login.
     */
    describe('POS staff and tablets', () => {
        const SHOWROOM = 'SR-TP-HA-TINH';
        const DEMO_MANAGER = 'quanly.tpht@ocop.hatinh.vn';
        const TABLET = 'Quầy E2E dashboard';
        const CASHIER = 'Lê Thị Thu Ngân E2E';
        /** Admin API calls as the tablet makes them: its own session token, no channel. */
        let tablet: ReturnType<typeof apiClient>;

        beforeAll(async () => {
            // Enrolled as the POS app does it, with the manager's login.
            const { enrolPosTablet } = await apiClient('admin-api')(
                `mutation ($input: EnrolPosTabletInput!) { enrolPosTablet(input: $input) { token } }`,
                { input: { username: DEMO_MANAGER, password: PASSWORD, name: TABLET } },
            );
            tablet = async (query, variables = {}) => {
                const response = await fetch(`${api}/admin-api`, {
                    method: 'POST',
                    headers: {
                        'content-type': 'application/json',
                        authorization: `Bearer ${enrolPosTablet.token}`,
                    },
                    body: JSON.stringify({ query, variables }),
                });
                const body = await response.json();
                if (body.errors) throw new Error(JSON.stringify(body.errors));
                return body.data;
            };
            // Something for the conflicts screen: a sale of a unit whose stamp is not in the register,
            // and a scan of a code that is no stamp at all.
            const { posBootstrap } = await tablet(
                '{ posBootstrap { salesPoint { id } staff { id role } variants { id priceWithTax } } }',
            );
            const variant = posBootstrap.variants[0];
            const unknown = generateStampCode(n => randomBytes(n));
            const { recordPosSale } = await tablet(
                `mutation ($input: RecordPosSaleInput!) { recordPosSale(input: $input) { conflicts { code } } }`,
                {
                    input: {
                        clientSaleId: randomUUID(),
                        salesPointId: posBootstrap.salesPoint.id,
                        soldAt: new Date().toISOString(),
                        staffId: posBootstrap.staff.find((s: { role: string }) => s.role === 'CASHIER').id,
                        lines: [{ productVariantId: variant.id, quantity: 1, stampCodes: [unknown] }],
                        payments: [
                            { method: 'cash', amount: variant.priceWithTax, tendered: variant.priceWithTax },
                        ],
                    },
                },
            );
            expect(recordPosSale.conflicts.map((c: { code: string }) => c.code)).toContain('STAMP_UNKNOWN');
            await tablet('mutation { posStampLookup(code: "KHONG-PHAI-TEM-OCOP") { suspect } }');
        }, 120_000);

        it('the office creates a cashier for a showroom on the staff screen', async () => {
            const page = await logIn(OFFICE);
            await page.goto(`${api}/dashboard/ocop-pos-staff`);
            await page.getByRole('button', { name: /Thêm nhân viên|New staff member/ }).click();
            const form = page.getByRole('form', { name: /Thêm nhân viên|New staff member/ });
            const point = form.locator('select[name="salesPointId"]');
            const option = point.locator('option', { hasText: SHOWROOM });
            await option.waitFor({ state: 'attached' });
            await point.selectOption({ label: (await option.textContent())! });
            await form.locator('input[name="name"]').fill(CASHIER);
            // A manager's login under an email that has one already: the server's refusal, in both languages.
            await form.locator('select[name="role"]').selectOption('MANAGER');
            await form.locator('input[name="emailAddress"]').fill(DEMO_MANAGER);
            await form.locator('input[name="password"]').fill('mat-khau-moi');
            await form.locator('input[name="pin"]').fill('4826');
            await form.locator('input[name="pinAgain"]').fill('4862');
            const create = form.getByRole('button', { name: /^(Tạo mới|Create)$/ });
            await create.click();
            await form
                .getByRole('alert')
                .filter({ hasText: /Hai mã PIN không giống nhau|The two PINs differ/ })
                .waitFor();
            await form.locator('input[name="pinAgain"]').fill('4826');
            await create.click();
            await form
                .getByRole('alert')
                .filter({ hasText: /OCOP_POS_LOGIN_TAKEN: .+ \(this email already has a login\)/ })
                .waitFor();
            // A cashier, then: PIN only.
            await form.locator('select[name="role"]').selectOption('CASHIER');
            expect(await form.locator('input[name="emailAddress"]').count()).toBe(0);
            await create.click();
            await page
                .getByRole('status')
                .filter({ hasText: new RegExp(`(Đã tạo|Created): ${CASHIER}`) })
                .waitFor();
            const row = page
                .getByRole('table', { name: /Nhân viên POS|POS staff/ })
                .getByRole('row')
                .filter({ hasText: CASHIER });
            await row.waitFor();
            const cells = row.getByRole('cell');
            expect(await cells.nth(1).textContent()).toContain(SHOWROOM);
            expect(await cells.nth(2).textContent()).toMatch(/^(Thu ngân|Cashier)(Đang làm việc|Active)$/);
            await shoot(page, 'pos-staff');
            // The showroom's tablet gets the new cashier, PIN hash included, with its next catalogue.
            const { posBootstrap } = await tablet('{ posBootstrap { staff { name role } } }');
            expect(posBootstrap.staff).toContainEqual({ name: CASHIER, role: 'CASHIER' });

            // The showroom's manager signs in with their own login: their sales point only, nothing to create.
            const manager = await logIn(DEMO_MANAGER);
            await manager.goto(`${api}/dashboard/ocop-pos-staff`);
            await manager.getByRole('row').filter({ hasText: CASHIER }).waitFor();
            const points = await adminApi(
                manager,
                '{ posStaffMembers { salesPointId } posManagedSalesPoints { id code } }',
            );
            expect(points.data.posManagedSalesPoints.map((p: { code: string }) => p.code)).toEqual([
                SHOWROOM,
            ]);
            const ids = new Set(
                points.data.posStaffMembers.map((s: { salesPointId: string }) => s.salesPointId),
            );
            expect([...ids]).toEqual([points.data.posManagedSalesPoints[0].id]);
            expect(
                await manager.getByRole('button', { name: /Thêm nhân viên|New staff member/ }).count(),
            ).toBe(0);
            await page.context().close();
            await manager.context().close();
        });

        it('the office revokes a tablet after confirming, and the tablet is refused at once', async () => {
            const page = await logIn(OFFICE);
            await page.goto(`${api}/dashboard/ocop-pos-tablets`);
            const row = page.getByRole('row').filter({ hasText: TABLET });
            await row.waitFor();
            expect(await row.textContent()).toMatch(/(bởi|by) Phạm Thị Quản Lý/);
            await row.getByRole('button', { name: /Thu hồi|Revoke/ }).click();
            const dialog = page.getByRole('alertdialog');
            await dialog.getByText(new RegExp(`(Thu hồi máy POS|Revoke the tablet) “${TABLET}”`)).waitFor();
            await shoot(page, 'pos-tablet-revoke');
            await dialog.getByRole('button', { name: /^(Thu hồi|Revoke)$/ }).click();
            await page
                .getByRole('status')
                .filter({ hasText: new RegExp(`(Đã thu hồi|Revoked): ${TABLET}`) })
                .waitFor();
            await row.getByText(/Đã thu hồi|Revoked/).waitFor();
            expect(await row.getByRole('button', { name: /Thu hồi|Revoke/ }).count()).toBe(0);
            await shoot(page, 'pos-tablets');
            // Its sessions are gone: the token is refused.
            await expect(tablet('{ posBootstrap { tablet { id } } }')).rejects.toThrow(
                /OCOP_POS_TABLET_REVOKED|FORBIDDEN/,
            );

            // What its sale and scan left for the office: a conflict to resolve, a suspicious scan.
            await page.goto(`${api}/dashboard/ocop-pos-conflicts`);
            const conflict = page
                .getByRole('table', {
                    name: /Xung đột phát hiện khi đồng bộ|Conflicts found when sales synced/,
                })
                .getByRole('row')
                .filter({ hasText: /Tem không có trong sổ|Unknown stamp/ });
            await conflict.waitFor();
            await page
                .getByRole('table', { name: /Lượt quét đáng ngờ|Suspicious scans/ })
                .getByRole('row')
                .filter({ hasText: 'KHONG-PHAI-TEM-OCOP' })
                .waitFor();
            await shoot(page, 'pos-conflicts');
            await conflict.getByRole('button', { name: /Đã xử lý|Resolve/ }).click();
            await conflict.getByRole('textbox').fill('Tem rách, đã đối chiếu sổ tem');
            await conflict.getByRole('button', { name: /^(Đã xử lý|Resolve)$/ }).click();
            await conflict.waitFor({ state: 'detached' });
            await page.context().close();
        });
    });
});

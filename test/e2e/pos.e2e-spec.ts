import '../../backend/src/runtime';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { findFreePort } from '../../backend/src/database/embedded-postgres';
import { serveStaticApp } from '../../backend/src/launch/static-app';
import { sqlOf } from '../../backend/test/utils/marketplace';
import { startTestServer, TestServer } from '../../backend/test/utils/test-server';
import { parseVnd } from '@ocop/shared';
import { fakeCameraArgs, writeQrVideo } from './fake-camera';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const VIEWPORTS = {
    landscape: { width: 1280, height: 800 },
    portrait: { width: 800, height: 1280 },
} as const;
type Viewport = keyof typeof VIEWPORTS;

/** POS managers the test creates through the Admin API, at showroom A and showroom B. */
const MANAGER_A = {
    username: 'e2e.pos.a@example.com',
    password: 'ocop-e2e-a',
    pin: '2468',
    name: 'Phan Thị Kiểm Thử',
};
const MANAGER_B = {
    username: 'e2e.pos.b@example.com',
    password: 'ocop-e2e-b',
    pin: '1357',
    name: 'Hồ Văn Thử Nghiệm',
};
const SHOWROOM_A = 'SR-TP-HA-TINH';
const SHOWROOM_B = 'SR-HUONG-SON';
const SUPERADMIN = { username: 'superadmin', password: 'superadmin' };
/** The demo cashier of showroom A (backend demo data). */
const CASHIER_A = { name: 'Nguyễn Văn Thu Ngân', pin: '2468' };

interface Stamp {
    code: string;
    productVariantId: string;
}

/**
 * The POS tablet app as staff meet it: the built PWA (pos/dist, served like `npm start` does)
 * on the real backend with the demo data, in Chromium at 1280×800 and 800×1280. Enrols, signs in
 * with a PIN, sells by typing stamp codes as a wedge scanner does, sells offline through a reload,
 * syncs, replays, and closes the shift. Screenshots land in docs/screenshots/pos-*.png.
 */
describe('POS tablet app in a browser', () => {
    let server: TestServer;
    let api: string;
    let pos: http.Server;
    let base: string;
    let browser: Browser;
    let adminToken: string;
    /** Stamps located at sales point A, handed out to the tests one by one. */
    let stamps: Stamp[] = [];
    let salesPointA: string;

    async function gql<T>(query: string, variables: Record<string, unknown> = {}, token = adminToken) {
        const res = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
        return { data: body.data, errors: body.errors, token: res.headers.get('vendure-auth-token') };
    }

    async function enrol(username: string, password: string, name: string) {
        const { data, errors } = await gql<{
            enrolPosTablet: { token: string; salesPoint: { id: string; name: string } };
        }>(
            `mutation($input: EnrolPosTabletInput!) { enrolPosTablet(input: $input) { token salesPoint { id name } } }`,
            { input: { username, password, name } },
            '',
        );
        if (errors) throw new Error(errors[0].message);
        return data!.enrolPosTablet;
    }

    beforeAll(async () => {
        if (!fs.existsSync(path.join(REPO, 'pos/dist/sw.js'))) {
            throw new Error('pos/dist is missing: run `npm run build -w pos` first');
        }
        const port = await findFreePort();
        base = `http://127.0.0.1:${port}`;
        server = await startTestServer('pos_browser', { demoData: true, env: { CORS_ORIGINS: base } });
        api = server.env.PUBLIC_URL;
        pos = (await serveStaticApp(path.join(REPO, 'pos/dist'), port))!;
        const login = await gql(
            `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on CurrentUser { id } } }`,
            { u: SUPERADMIN.username, p: SUPERADMIN.password },
            '',
        );
        adminToken = login.token!;
        const points = await gql<{ salesPoints: { items: { id: string; code: string }[] } }>(
            `{ salesPoints(options: { take: 100 }) { items { id code } } }`,
        );
        const idOf = (code: string) => points.data!.salesPoints.items.find(p => p.code === code)!.id;
        salesPointA = idOf(SHOWROOM_A);
        for (const [manager, point] of [
            [MANAGER_A, salesPointA],
            [MANAGER_B, idOf(SHOWROOM_B)],
        ] as const) {
            const created = await gql(
                `mutation($input: CreatePosStaffInput!) { createPosStaff(input: $input) { id } }`,
                {
                    input: {
                        salesPointId: point,
                        name: manager.name,
                        role: 'MANAGER',
                        pin: manager.pin,
                        emailAddress: manager.username,
                        password: manager.password,
                    },
                },
            );
            if (created.errors) throw new Error(created.errors[0].message);
        }
        // Stamped units delivered to showroom A (received by scanning their stamps), from three
        // producers: the ISSUED stamps of sellable demo variants, wherever they are now.
        const reader = await enrol(MANAGER_A.username, MANAGER_A.password, 'e2e reader');
        const sql = sqlOf(server);
        const variants = await sql(
            `SELECT DISTINCT ON (pr.id) v.id
               FROM product_variant v
               JOIN product_channels_channel pc ON pc."productId" = v."productId"
               JOIN producer pr ON pr."channelId" = pc."channelId" AND pr.active
               JOIN certificate c ON c."productId" = v."productId" AND c.status = 'ACTIVE' AND c."validUntil" > now()
              WHERE v."deletedAt" IS NULL AND v.enabled
                AND (SELECT count(*) FROM stamp s WHERE s."productVariantId" = v.id AND s.status = 'ISSUED') >= 8
              ORDER BY pr.id, v.id
              LIMIT 3`,
        );
        const codes: string[] = [];
        for (const v of variants) {
            const rows = await sql(
                `SELECT trim(code) AS code FROM stamp WHERE "productVariantId" = $1 AND status = 'ISSUED' ORDER BY serial LIMIT 8`,
                [v.id],
            );
            codes.push(...rows.map(r => r.code as string));
        }
        const received = await gql<{ receivePosStock: { moved: number } }>(
            `mutation($input: PosStockMoveInput!) { receivePosStock(input: $input) { moved } }`,
            { input: { stampCodes: codes } },
            reader.token,
        );
        if (received.errors) throw new Error(received.errors[0].message);
        const boot = await gql<{ posBootstrap: { stamps: Stamp[] } }>(
            `{ posBootstrap { stamps { code productVariantId } } }`,
            {},
            reader.token,
        );
        // Interleave the products so that consecutive sales differ.
        stamps = boot.data!.posBootstrap.stamps.sort((a, b) => a.code.localeCompare(b.code));
        if (stamps.length < 20) throw new Error(`Only ${stamps.length} stamps at sales point A`);
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    }, 600_000);

    afterAll(async () => {
        await browser?.close();
        await new Promise(r => (pos ? pos.close(r) : r(undefined)));
        await server?.close();
    });

    function takeStamp(): Stamp {
        const stamp = stamps.shift();
        if (!stamp) throw new Error('Out of demo stamps at sales point A');
        return stamp;
    }

    async function posOrders(): Promise<{ code: string; orderPlacedAt: string }[]> {
        const { data, errors } = await gql<{
            orders: {
                items: {
                    code: string;
                    orderPlacedAt: string;
                    aggregateOrderId: string | null;
                    customFields: { salesPoint: { id: string } | null };
                }[];
            };
        }>(
            `{ orders(options: { take: 1000 }) { items { code orderPlacedAt aggregateOrderId customFields { salesPoint { id } } } } }`,
        );
        if (errors) throw new Error(errors[0].message);
        return data!.orders.items.filter(
            o => o.aggregateOrderId == null && o.customFields.salesPoint?.id === salesPointA,
        );
    }

    /** What the app keeps in IndexedDB, read with the browser's own API. */
    async function readStore<T>(page: Page, store: string): Promise<T[]> {
        return page.evaluate(
            name =>
                new Promise<T[]>((resolve, reject) => {
                    const open = indexedDB.open('ocop-pos');
                    open.onerror = () => reject(open.error);
                    open.onsuccess = () => {
                        const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
                        request.onsuccess = () => {
                            open.result.close();
                            resolve(request.result as T[]);
                        };
                        request.onerror = () => reject(request.error);
                    };
                }),
            store,
        );
    }

    async function scan(page: Page, text: string) {
        const field = page.getByTestId('scan-input');
        await field.click();
        // A wedge scanner types the characters fast and ends with Enter.
        await field.pressSequentially(text, { delay: 5 });
        await field.press('Enter');
    }

    async function pendingCount(page: Page): Promise<number> {
        const text = await page.getByTestId('outbox').textContent();
        return Number(/(\d+)/.exec(text ?? '')![1]);
    }

    /** Sells the units of `codes`, paid in cash with `given` đồng (exact when omitted); returns the total. */
    async function sell(page: Page, codes: string[], given?: string): Promise<number> {
        for (const code of codes) {
            const before = await page.locator('[data-testid="cart-lines"] li.line').count();
            await scan(page, code);
            await page.locator('[data-testid="cart-lines"] li.line').nth(before).waitFor();
        }
        await page.getByRole('button', { name: /^Thanh toán/ }).click();
        const total = parseVnd((await page.getByTestId('tender-total').textContent())!);
        if (given) await page.getByTestId('amount-input').fill(given);
        await page.getByTestId('add-payment').click();
        await page.getByTestId('complete-sale').click();
        await page.getByTestId('receipt').waitFor();
        return total;
    }

    async function shot(page: Page, name: string, viewport: Viewport) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `pos-${name}-${viewport}.png`) });
    }

    /** Nothing sticks out sideways: not the page, not the scrolling main area. */
    async function noHorizontalScroll(page: Page, viewport: Viewport) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
        const main = await page.locator('main').evaluate(m => m.scrollWidth - m.clientWidth);
        expect(main).toBeLessThanOrEqual(0);
    }

    describe.each(Object.keys(VIEWPORTS) as Viewport[])('at %s size', viewport => {
        let context: BrowserContext;
        let page: Page;
        const shiftTotals: number[] = [];
        let nonCash = 0;

        beforeAll(async () => {
            context = await browser.newContext({
                viewport: VIEWPORTS[viewport],
                deviceScaleFactor: 1,
                locale: 'vi-VN',
            });
            page = await context.newPage();
        });
        afterAll(async () => context?.close());

        it('enrols with the manager’s credentials, signs in with a PIN and opens a shift', async () => {
            await page.goto(base);
            await page.getByLabel('Địa chỉ máy chủ').fill(api);
            await page.getByLabel('Tên đăng nhập của quản lý').fill(MANAGER_A.username);
            await page.getByLabel('Mật khẩu').fill(MANAGER_A.password);
            await page.getByRole('button', { name: 'Đăng ký máy' }).click();
            await page.getByRole('button', { name: new RegExp(MANAGER_A.name) }).click();
            // A wrong PIN is refused, the right one signs in.
            await page.getByTestId('pin-input').fill('0000');
            await page.getByTestId('pin-input').press('Enter');
            await page.getByText('Mã PIN không đúng.').waitFor();
            await page.getByTestId('pin-input').fill(MANAGER_A.pin);
            await page.getByTestId('pin-input').press('Enter');
            await page.getByTestId('float-input').fill('500.000');
            await page.getByTestId('open-shift').click();
            await page.getByTestId('scan-input').waitFor();
            expect(await page.getByTestId('staff-name').textContent()).toContain(MANAGER_A.name);
            // The service worker controls the page before the network goes away.
            await page.evaluate(async () => {
                await navigator.serviceWorker.ready;
                if (!navigator.serviceWorker.controller) {
                    await new Promise(r =>
                        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
                    );
                }
            });
        });

        it('sells a stamped unit scanned as a wedge scanner types it, cash with change', async () => {
            const stamp = takeStamp();
            // The stamp's verification URL, as printed in its QR code.
            await scan(page, `${api}/v/${stamp.code}`);
            await page.locator('[data-testid="cart-lines"] li.line').first().waitFor();
            // The same stamp twice is refused.
            await scan(page, stamp.code);
            expect(await page.getByTestId('notice').textContent()).toContain('đã có trong đơn này');
            expect(await page.locator('[data-testid="cart-lines"] li.line').count()).toBe(1);
            await noHorizontalScroll(page, viewport);
            await shot(page, 'sale', viewport);

            await page.getByRole('button', { name: /^Thanh toán/ }).click();
            const total = parseVnd((await page.getByTestId('tender-total').textContent())!);
            // The next 500.000 ₫ note strictly above the total (đồng; totals are minor units ×100).
            const given = (Math.floor(total / 50_000_000) + 1) * 500_000;
            await page.getByTestId('amount-input').fill(String(given));
            await page.getByTestId('add-payment').click();
            const change = parseVnd((await page.getByTestId('change').textContent())!);
            expect(change).toBe(given * 100 - total);
            await noHorizontalScroll(page, viewport);
            await shot(page, 'tender', viewport);
            await page.getByTestId('complete-sale').click();
            await page.getByTestId('receipt').waitFor();
            expect(parseVnd((await page.getByTestId('receipt-change').textContent())!)).toBe(change);
            // Online: the order code arrives on the receipt.
            await page
                .getByTestId('receipt-order')
                .filter({ hasText: /Đơn hàng: \S+/ })
                .waitFor({ timeout: 20_000 });
            await noHorizontalScroll(page, viewport);
            await shot(page, 'receipt', viewport);
            shiftTotals.push(total);
        });

        it('splits a sale between a card and a VietQR transfer, with the dynamic QR on screen', async () => {
            await page.getByTestId('new-sale').click();
            await scan(page, takeStamp().code);
            await page.locator('[data-testid="cart-lines"] li.line').first().waitFor();
            await page.getByRole('button', { name: /^Thanh toán/ }).click();
            const total = parseVnd((await page.getByTestId('tender-total').textContent())!);
            await page.getByRole('tab', { name: 'Thẻ' }).click();
            await page.getByTestId('amount-input').fill('10.000');
            // A card payment needs the terminal's reference.
            await page.getByTestId('add-payment').click();
            await page.getByText('Nhập số tham chiếu').waitFor();
            await page.getByTestId('reference').fill('TID-4821');
            await page.getByTestId('add-payment').click();
            await page.getByRole('tab', { name: 'Chuyển khoản VietQR' }).click();
            const qr = page.getByTestId('vietqr');
            await qr.locator('svg').waitFor();
            // The QR carries the remaining amount in whole đồng (EMV field 54).
            const payload = (await qr.getAttribute('data-payload'))!;
            const dong = String((total - 1_000_000) / 100);
            expect(payload).toContain(`54${String(dong.length).padStart(2, '0')}${dong}`);
            await noHorizontalScroll(page, viewport);
            await page.getByTestId('add-payment').click();
            expect(parseVnd((await page.getByTestId('remaining').textContent())!)).toBe(0);
            await page.getByTestId('complete-sale').click();
            await page.getByTestId('receipt').waitFor();
            expect(await page.getByTestId('receipt').textContent()).toContain('TID-4821');
            shiftTotals.push(total);
            nonCash += total;
        });

        it('sells offline, survives a reload with no network, and syncs exactly 3 orders with their sale times', async () => {
            await page.getByTestId('new-sale').click();
            // The sales made online are on the server before the network goes.
            await page.getByTestId('outbox').filter({ hasText: /: 0$/ }).waitFor({ timeout: 30_000 });
            const before = (await posOrders()).length;
            await context.setOffline(true);
            await page.getByTestId('network-status').filter({ hasText: 'Ngoại tuyến' }).waitFor();
            for (let i = 0; i < 3; i++) {
                shiftTotals.push(await sell(page, [takeStamp().code]));
                await page.getByTestId('new-sale').click();
            }
            expect(await pendingCount(page)).toBe(3);

            await page.reload();
            await page.getByTestId('scan-input').waitFor();
            expect(await pendingCount(page)).toBe(3);
            const outbox = (
                await readStore<{ clientSaleId: string; soldAt: string; status: string }>(page, 'sales')
            )
                .filter(s => s.status === 'PENDING')
                .sort((a, b) => a.soldAt.localeCompare(b.soldAt));
            expect(outbox).toHaveLength(3);
            expect((await posOrders()).length).toBe(before);

            await context.setOffline(false);
            await page.getByTestId('outbox').click();
            await page.getByTestId('sync-now').click();
            await page.getByTestId('outbox').filter({ hasText: /: 0$/ }).waitFor({ timeout: 30_000 });
            const after = await posOrders();
            expect(after.length).toBe(before + 3);
            const synced = (
                await readStore<{ clientSaleId: string; soldAt: string; orderCode: string }>(page, 'sales')
            ).filter(s => outbox.some(o => o.clientSaleId === s.clientSaleId));
            for (const sale of synced) {
                const order = after.find(o => o.code === sale.orderCode);
                expect(order).toBeDefined();
                expect(new Date(order!.orderPlacedAt).getTime()).toBe(new Date(sale.soldAt).getTime());
            }

            // Replaying the whole outbox creates nothing new.
            await page.getByTestId('replay').click();
            await page
                .getByTestId('sync-message')
                .filter({ hasText: 'Đã gửi lại' })
                .waitFor({ timeout: 30_000 });
            expect((await posOrders()).length).toBe(before + 3);
        });

        it('refuses a sold stamp with a counterfeit warning', async () => {
            const sold = (await readStore<{ stampCodes: string[] }>(page, 'sales'))[0].stampCodes[0];
            await page.getByRole('button', { name: 'Bán hàng' }).click();
            await scan(page, sold);
            const notice = page.getByTestId('notice');
            await notice.filter({ hasText: 'NGHI HÀNG GIẢ' }).waitFor();
            expect(await notice.getAttribute('role')).toBe('alert');
            expect(await page.locator('[data-testid="cart-lines"] li.line').count()).toBe(0);
        });

        it('a cashier’s large discount needs a manager’s PIN, and the server takes the approved sale', async () => {
            await page.getByRole('button', { name: 'Đổi người' }).click();
            await page.getByRole('button', { name: new RegExp(CASHIER_A.name) }).click();
            await page.getByTestId('pin-input').fill(CASHIER_A.pin);
            await page.getByTestId('pin-input').press('Enter');
            await scan(page, takeStamp().code);
            const line = page.locator('[data-testid="cart-lines"] li.line').first();
            await line.waitFor();
            const price = parseVnd((await page.getByTestId('cart-total').textContent())!);
            await line.getByRole('button', { name: '%' }).click();
            await page.getByRole('button', { name: '30%' }).click();
            const approval = page.getByRole('dialog', { name: 'Cần quản lý duyệt' });
            await approval.getByRole('button', { name: MANAGER_A.name }).click();
            await approval.getByLabel('Mã PIN').fill(MANAGER_A.pin);
            await approval.getByRole('button', { name: 'Duyệt' }).click();
            await approval.waitFor({ state: 'detached' });
            const total = parseVnd((await page.getByTestId('cart-total').textContent())!);
            expect(total).toBe(price - Math.round((price * 0.3) / 100) * 100);
            shiftTotals.push(await sell(page, []));
            await page
                .getByTestId('receipt-order')
                .filter({ hasText: /Đơn hàng: \S+/ })
                .waitFor({ timeout: 20_000 });
            await page.getByTestId('new-sale').click();
            // Back to the manager, who closes the shift.
            await page.getByRole('button', { name: 'Đổi người' }).click();
            await page.getByRole('button', { name: new RegExp(MANAGER_A.name) }).click();
            await page.getByTestId('pin-input').fill(MANAGER_A.pin);
            await page.getByTestId('pin-input').press('Enter');
            await page.getByTestId('scan-input').waitFor();
        });

        it('closes the shift with a Z-report whose totals are the sum of the shift’s sales', async () => {
            await page.getByRole('button', { name: 'Ca làm việc' }).click();
            const sum = shiftTotals.reduce((a, b) => a + b, 0);
            const counted = 500_000 * 100 + sum - nonCash;
            await page.getByTestId('counted-input').fill(String(counted / 100));
            await page.getByTestId('close-shift').click();
            await page.getByTestId('z-report').waitFor({ timeout: 20_000 });
            expect(parseVnd((await page.getByTestId('z-total').textContent())!)).toBe(sum);
            expect(parseVnd((await page.getByTestId('z-server-total').textContent())!)).toBe(sum);
            expect(parseVnd((await page.getByTestId('z-tender-cash').textContent())!)).toBe(sum - nonCash);
            expect(
                parseVnd((await page.getByTestId('z-tender-card').textContent())!) +
                    parseVnd((await page.getByTestId('z-tender-vietqr').textContent())!),
            ).toBe(nonCash);
            expect(parseVnd((await page.getByTestId('z-difference').textContent())!)).toBe(0);
            await noHorizontalScroll(page, viewport);
            await shot(page, 'z-report', viewport);
        });
    });

    it('a tablet of sales point A cannot sell as B, whatever it sends', async () => {
        const a = await enrol(MANAGER_A.username, MANAGER_A.password, 'e2e A');
        const b = await enrol(MANAGER_B.username, MANAGER_B.password, 'e2e B');
        expect(b.salesPoint.id).not.toBe(a.salesPoint.id);
        const stamp = takeStamp();
        const boot = await gql<{
            posBootstrap: { staff: { id: string }[]; variants: { id: string; priceWithTax: number }[] };
        }>(`{ posBootstrap { staff { id } variants { id priceWithTax } } }`, {}, a.token);
        const price = boot.data!.posBootstrap.variants.find(
            v => v.id === stamp.productVariantId,
        )!.priceWithTax;
        const { errors } = await gql(
            `mutation($input: RecordPosSaleInput!) { recordPosSale(input: $input) { orderCode } }`,
            {
                input: {
                    clientSaleId: '6f1c1b7e-0000-4000-8000-00000000b0b0',
                    salesPointId: b.salesPoint.id,
                    soldAt: new Date().toISOString(),
                    staffId: boot.data!.posBootstrap.staff[0].id,
                    lines: [
                        { productVariantId: stamp.productVariantId, quantity: 1, stampCodes: [stamp.code] },
                    ],
                    payments: [{ method: 'cash', amount: price }],
                },
            },
            a.token,
        );
        expect(errors?.[0].message).toMatch(/^OCOP_POS_WRONG_SALES_POINT/);
    });

    /**
     * Flows driven once, at landscape size (screens new to this set get both sizes):
     * cash in/out, a return with a manager's PIN, the EAN-13 flow, the stock screen, and a
     * fair booth sending its remaining units back.
     */
    describe('counter flows', () => {
        let context: BrowserContext;
        let page: Page;
        const sql = () => sqlOf(server);

        async function signInFresh(
            p: Page,
            manager: { username: string; password: string; name: string; pin: string },
        ) {
            await p.goto(base);
            await p.getByLabel('Địa chỉ máy chủ').fill(api);
            await p.getByLabel('Tên đăng nhập của quản lý').fill(manager.username);
            await p.getByLabel('Mật khẩu').fill(manager.password);
            await p.getByRole('button', { name: 'Đăng ký máy' }).click();
            await p.getByRole('button', { name: new RegExp(manager.name) }).click();
            await p.getByTestId('pin-input').fill(manager.pin);
            await p.getByTestId('pin-input').press('Enter');
        }

        beforeAll(async () => {
            context = await browser.newContext({
                viewport: VIEWPORTS.landscape,
                deviceScaleFactor: 1,
                locale: 'vi-VN',
            });
            page = await context.newPage();
            await signInFresh(page, MANAGER_A);
            // The shift of A may already be open on the server (closed by the tests above otherwise).
            const float = page.getByTestId('float-input');
            const scanInput = page.getByTestId('scan-input');
            await Promise.race([float.waitFor(), scanInput.waitFor()]);
            if (await float.isVisible()) {
                await float.fill('200.000');
                await page.getByTestId('open-shift').click();
            }
            await scanInput.waitFor();
        });
        afterAll(async () => context?.close());

        it('cash in and out need a reason, and reach the server’s shift', async () => {
            await page.getByRole('button', { name: 'Ca làm việc' }).click();
            await page.getByLabel('Số tiền').fill('150.000');
            await page.getByRole('button', { name: 'Nộp vào' }).click();
            await page.getByText('Nhập lý do.').waitFor();
            await page.getByLabel('Lý do').fill('Đổi tiền lẻ');
            await page.getByRole('button', { name: 'Nộp vào' }).click();
            await page.getByText('Nộp vào: Đổi tiền lẻ').waitFor();
            await page.getByLabel('Số tiền').fill('50.000');
            await page.getByLabel('Lý do').fill('Mua nước uống');
            await page.getByRole('button', { name: 'Rút ra' }).click();
            await page.getByText('Rút ra: Mua nước uống').waitFor();
            const rows = await sql()(
                `SELECT m.amount::bigint AS amount, m.reason FROM pos_cash_movement m
                   JOIN pos_shift s ON s.id = m."shiftId" WHERE s."salesPointId" = $1 AND s.state = 'OPEN'
                  ORDER BY m.id`,
                [salesPointA],
            );
            expect(rows.map(r => [Number(r.amount), r.reason])).toEqual([
                [15_000_000, 'Đổi tiền lẻ'],
                [-5_000_000, 'Mua nước uống'],
            ]);
        });

        it('scanning an EAN-13 adds the product and asks for the unit’s stamp', async () => {
            const [withEan] = await sql()(
                `SELECT v."customFieldsEan" AS ean, v.id::text AS id FROM product_variant v
                  WHERE v."customFieldsEan" IS NOT NULL AND v.id = ANY($1::int[]) LIMIT 1`,
                [stamps.map(s => Number(s.productVariantId))],
            );
            expect(withEan?.ean).toMatch(/^893\d{10}$/);
            await page.getByRole('button', { name: 'Bán hàng' }).click();
            // An EAN no product carries is named, not guessed.
            await scan(page, '8930000000001'.slice(0, 12) + '2');
            await page.getByTestId('notice').filter({ hasText: 'không thuộc sản phẩm nào' }).waitFor();
            await scan(page, withEan.ean);
            await page.getByTestId('notice').filter({ hasText: 'Quét tem trên sản phẩm' }).waitFor();
            const index = stamps.findIndex(s => s.productVariantId === withEan.id);
            const [stamp] = stamps.splice(index, 1);
            await scan(page, stamp.code);
            await page.locator('[data-testid="cart-lines"] li.line').first().waitFor();
            expect(await page.getByTestId('cart-lines').textContent()).toContain(stamp.code);
            await sell(page, []);
            await page
                .getByTestId('receipt-order')
                .filter({ hasText: /Đơn hàng: \S+/ })
                .waitFor({ timeout: 20_000 });
            await page.getByTestId('new-sale').click();
        });

        it('the tablet camera reads a stamp’s QR code into the cart', async () => {
            // Another tablet of A whose camera shows the printed QR of a unit on the shelf.
            const stamp = takeStamp();
            const video = path.join(os.tmpdir(), `ocop-e2e-pos-qr-${process.pid}.y4m`);
            writeQrVideo(video, `${api}/v/${stamp.code}`);
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
                const tablet = await withCamera.newPage({ viewport: VIEWPORTS.landscape, locale: 'vi-VN' });
                const errors: string[] = [];
                tablet.on('pageerror', e => errors.push(e.message));
                tablet.on('console', m => void (m.type() === 'error' && errors.push(m.text())));
                await signInFresh(tablet, MANAGER_A);
                const float = tablet.getByTestId('float-input');
                // The shift of A may be open on the server already, as for the counter above.
                await Promise.race([float.waitFor(), tablet.getByTestId('scan-input').waitFor()]);
                if (await float.isVisible()) {
                    await float.fill('200.000');
                    await tablet.getByTestId('open-shift').click();
                }
                await tablet.getByTestId('scan-input').waitFor();
                const dialog = tablet.getByRole('dialog', { name: 'Quét bằng camera' });
                await tablet.getByRole('button', { name: 'Quét bằng camera' }).click();
                await tablet
                    .locator('[data-testid="cart-lines"] li.line')
                    .first()
                    .waitFor({ timeout: 30_000 })
                    .catch(async (e: Error) => {
                        // Name what the cashier saw: a refused read's notice, the camera's error, a
                        // dialog still open (no read: how a code ZXing cannot decode shows).
                        const shown = await tablet
                            .locator('[data-testid="notice"], .modal .error')
                            .allTextContents();
                        await tablet.screenshot({
                            path: path.join(os.tmpdir(), 'ocop-e2e-pos-camera-failure.png'),
                        });
                        throw new Error(
                            `${e.message.split('\n')[0]}\nThe tablet showed ${JSON.stringify(shown)}, ` +
                                `camera dialogs open: ${await dialog.count()}, page errors: ${JSON.stringify(errors)}`,
                        );
                    });
                expect(await tablet.getByTestId('cart-lines').textContent()).toContain(stamp.code);
                // One read, one unit: the camera closed itself.
                expect(await dialog.count()).toBe(0);
                expect(await tablet.locator('[data-testid="cart-lines"] li.line').count()).toBe(1);
            } finally {
                await withCamera.close();
                fs.rmSync(video, { force: true });
            }
        });

        it('a return needs the manager’s PIN; the stamp goes back to ISSUED at this showroom', async () => {
            const stamp = takeStamp();
            await sell(page, [stamp.code]);
            await page
                .getByTestId('receipt-order')
                .filter({ hasText: /Đơn hàng: \S+/ })
                .waitFor({ timeout: 20_000 });
            await page.getByTestId('new-sale').click();
            await page.getByRole('button', { name: 'Trả hàng' }).click();
            const [sale] = await readStore<{ orderCode: string; soldAt: string; stampCodes: string[] }>(
                page,
                'sales',
            ).then(all => all.filter(s => s.stampCodes?.includes(stamp.code)));
            await page.getByRole('button', { name: new RegExp(sale.orderCode) }).click();
            await page.getByLabel(new RegExp(stamp.code)).check();
            await page.getByLabel('Lý do').fill('Khách đổi ý');
            // Showroom A has two managers (the demo one and this test's): the approver is picked by name.
            await page.getByLabel('Quản lý duyệt').selectOption({ label: MANAGER_A.name });
            await page.getByLabel('Mã PIN của quản lý').fill('0000');
            await page.getByRole('button', { name: 'Hoàn tiền và nhập lại kho' }).click();
            await page.locator('p.error[role="status"]').waitFor();
            const [still] = await sql()(`SELECT status FROM stamp WHERE code = $1`, [stamp.code]);
            expect(still.status).toBe('SOLD');
            await page.getByLabel('Mã PIN của quản lý').fill(MANAGER_A.pin);
            const answer = page.waitForResponse(r =>
                (r.request().postData() ?? '').includes('refundPosSale'),
            );
            await page.getByRole('button', { name: 'Hoàn tiền và nhập lại kho' }).click();
            const body = await (await answer).json();
            expect(body.errors?.[0]?.message).toBeUndefined();
            await page.getByText(/Đã hoàn .* cho 1 sản phẩm/).waitFor({ timeout: 20_000 });
            const [back] = await sql()(
                `SELECT s.status, s."stockLocationId" = sp."stockLocationId" AS here FROM stamp s, sales_point sp
                  WHERE s.code = $1 AND sp.id = $2`,
                [stamp.code, salesPointA],
            );
            expect(back).toEqual({ status: 'ISSUED', here: true });
        });

        it('stock screen: the low-stock list, and receiving a delivery by its stamps', async () => {
            // Units of a sellable variant that are not at A yet: the delivery.
            const delivery = await sql()(
                `SELECT trim(s.code) AS code FROM stamp s, sales_point sp
                  WHERE sp.id = $1 AND s.status = 'ISSUED' AND s."stockLocationId" <> sp."stockLocationId"
                    AND s."productVariantId" = $2 ORDER BY s.serial LIMIT 2`,
                [salesPointA, stamps[0].productVariantId],
            );
            expect(delivery).toHaveLength(2);
            await page.getByRole('button', { name: 'Kho', exact: true }).click();
            await page.getByLabel('Ngưỡng (số sản phẩm)').fill('1000');
            await page.getByRole('button', { name: 'Tải lại' }).click();
            await page.getByTestId('low-stock-row').first().waitFor();
            for (const { code } of delivery) {
                await page.getByTestId('stock-scan').fill(code);
                await page.getByTestId('stock-scan').press('Enter');
            }
            expect(await page.getByTestId('stock-codes').locator('li').count()).toBe(2);
            await noHorizontalScroll(page, 'landscape');
            await shot(page, 'stock', 'landscape');
            await page.setViewportSize(VIEWPORTS.portrait);
            await noHorizontalScroll(page, 'portrait');
            await shot(page, 'stock', 'portrait');
            await page.setViewportSize(VIEWPORTS.landscape);
            await page.getByRole('button', { name: /^Nhập kho/ }).click();
            await page.getByTestId('stock-result').filter({ hasText: 'Đã nhập 2 sản phẩm' }).waitFor();
            const moved = await sql()(
                `SELECT count(*)::int AS n FROM stamp s, sales_point sp
                  WHERE sp.id = $1 AND s."stockLocationId" = sp."stockLocationId" AND trim(s.code) = ANY($2)`,
                [salesPointA, delivery.map(d => d.code)],
            );
            expect(moved[0].n).toBe(2);
            // Receiving the same units again is refused unit by unit, with the reason.
            await page.getByTestId('stock-scan').fill(delivery[0].code);
            await page.getByTestId('stock-scan').press('Enter');
            await page.getByRole('button', { name: /^Nhập kho/ }).click();
            await page.getByTestId('stock-result').filter({ hasText: 'đã ở điểm bán này' }).waitFor();
        });

        it('a fair booth sends all its remaining units back to their producers after the fair', async () => {
            const booth = 'GH-HC-HUONG-SON';
            const [point] = await sql()(
                `SELECT id::text, "stockLocationId" FROM sales_point WHERE code = $1`,
                [booth],
            );
            const manager = {
                username: 'e2e.pos.booth@example.com',
                password: 'ocop-e2e-booth',
                pin: '8642',
                name: 'Đặng Gian Hàng',
            };
            const created = await gql(
                `mutation($input: CreatePosStaffInput!) { createPosStaff(input: $input) { id } }`,
                {
                    input: {
                        salesPointId: point.id,
                        name: manager.name,
                        role: 'MANAGER',
                        pin: manager.pin,
                        emailAddress: manager.username,
                        password: manager.password,
                    },
                },
            );
            if (created.errors) throw new Error(created.errors[0].message);
            const boothTablet = await enrol(manager.username, manager.password, 'e2e booth API');
            const units = await sql()(
                `SELECT trim(code) AS code FROM stamp WHERE status = 'ISSUED' AND "productVariantId" = $1
                    AND "stockLocationId" <> $2 ORDER BY serial DESC LIMIT 3`,
                [stamps[1].productVariantId, point.stockLocationId],
            );
            const received = await gql<{ receivePosStock: { moved: number } }>(
                `mutation($input: PosStockMoveInput!) { receivePosStock(input: $input) { moved } }`,
                { input: { stampCodes: units.map(u => u.code) } },
                boothTablet.token,
            );
            expect(received.data?.receivePosStock.moved).toBe(3);
            const boothContext = await browser.newContext({
                viewport: VIEWPORTS.landscape,
                deviceScaleFactor: 1,
                locale: 'vi-VN',
            });
            try {
                const p = await boothContext.newPage();
                await signInFresh(p, manager);
                await p.getByRole('button', { name: 'Kho', exact: true }).click();
                p.once('dialog', d => void d.accept());
                await p.getByRole('button', { name: 'Trả toàn bộ hàng còn lại về nhà sản xuất' }).click();
                await p.getByTestId('stock-result').filter({ hasText: 'Đã trả 3 sản phẩm' }).waitFor();
                const left = await sql()(
                    `SELECT count(*)::int AS n FROM stamp WHERE "stockLocationId" = $1 AND status = 'ISSUED'`,
                    [point.stockLocationId],
                );
                expect(left[0].n).toBe(0);
            } finally {
                await boothContext.close();
            }
        });
    });
});

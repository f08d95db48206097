import fs from 'node:fs';
import path from 'node:path';
import { HandlebarsMjmlGenerator, InitializedEmailPluginOptions } from '@vendure/email-plugin';
import { STORE_EMAIL_TEMPLATES } from './order-confirmation-email';
import { PrecompiledMjmlGenerator } from './precompiled-mjml-generator';

const partials = () =>
    fs.readdirSync(path.join(STORE_EMAIL_TEMPLATES, 'partials')).map(file => ({
        name: path.basename(file, '.hbs'),
        content: fs.readFileSync(path.join(STORE_EMAIL_TEMPLATES, 'partials', file), 'utf8'),
    }));
const options = {
    templateLoader: { loadPartials: async () => partials() },
} as unknown as InitializedEmailPluginOptions;
const template = (name: string) =>
    fs.readFileSync(path.join(STORE_EMAIL_TEMPLATES, name, 'body.hbs'), 'utf8');

/** The same page to a mail reader: MJML re-indents raw table rows, which HTML ignores. */
const page = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ');

const order = (extra: Record<string, unknown>) => ({
    order: {
        code: 'HT7Q2K9XZ',
        shippingAddress: {
            fullName: 'Nguyễn Thị "Lan" <b>',
            streetLine1: '12 Phan Đình Phùng & ngõ 3',
            city: 'Phường Thành Sen',
            province: 'Hà Tĩnh',
            phoneNumber: '0912 345 678',
        },
    },
    customerName: 'Nguyễn Thị Lan',
    placedOn: '07/12/2026',
    total: '480.000 ₫',
    lines: [
        { quantity: 2, name: 'Nước mắm Lộc Hà <chai 500 ml>', price: '300.000 ₫' },
        { quantity: 1, name: 'Mật ong rừng Vũ Quang', price: '150.000 ₫' },
    ],
    shipping: [{ name: 'Giao hàng tiêu chuẩn', price: '30.000 ₫' }],
    ...extra,
});

describe('PrecompiledMjmlGenerator', () => {
    let ours: PrecompiledMjmlGenerator;
    let vendure: HandlebarsMjmlGenerator;
    let perMail: jest.SpyInstance;

    beforeAll(async () => {
        vendure = new HandlebarsMjmlGenerator();
        await vendure.onInit(options);
        ours = new PrecompiledMjmlGenerator();
        await ours.onInit(options);
    });
    beforeEach(() => (perMail = jest.spyOn(HandlebarsMjmlGenerator.prototype, 'generate')));
    afterEach(() => perMail.mockRestore());

    it('writes an order confirmation as Vendure does, compiling its MJML once for all mails', async () => {
        const from = '"OCOP Hà Tĩnh" <{{ office }}>';
        const subject = 'Xác nhận đơn hàng {{ order.code }} & cảm ơn';
        for (const vars of [
            order({ cashOnDelivery: true, office: 'office@ocop.vn' }),
            order({ bankTransfer: true, office: 'office@ocop.vn', lines: [] }),
        ]) {
            const expected = await vendure.generate(from, subject, template('order-confirmation'), vars);
            perMail.mockClear();
            const mail = await ours.generate(from, subject, template('order-confirmation'), vars);
            expect(perMail).not.toHaveBeenCalled();
            expect(mail.from).toBe(expected.from);
            expect(mail.subject).toBe(expected.subject);
            expect(page(mail.body)).toBe(page(expected.body));
        }
        const cod = await ours.generate(
            '',
            '',
            template('order-confirmation'),
            order({ cashOnDelivery: true }),
        );
        expect(cod.body).toContain('Quý khách thanh toán bằng tiền mặt khi nhận hàng.');
        expect(cod.body).not.toContain('chuyển khoản');
        // Escaped as Handlebars escapes: a product name cannot add markup to the mail.
        expect(cod.body).toContain('Nước mắm Lộc Hà &lt;chai 500 ml&gt;');
        expect(cod.body).not.toContain('{{');
    });

    it('renders a template calling a partial with arguments (the account mails) per mail, as Vendure does', async () => {
        const vars = {
            verifyEmailAddressUrl: 'https://cho.ocop.vn/tai-khoan/xac-minh',
            verificationToken: 'abc&123',
        };
        const expected = await vendure.generate('a@b', 'Xác minh', template('email-verification'), vars);
        perMail.mockClear();
        const mail = await ours.generate('a@b', 'Xác minh', template('email-verification'), vars);
        expect(perMail).toHaveBeenCalledTimes(1);
        expect(mail.body).toBe(expected.body);
        expect(mail.body).toContain('https://cho.ocop.vn/tai-khoan/xac-minh?token=abc&amp;123');
    });

    it('renders per mail a template whose expressions MJML would not carry through', async () => {
        // A block around a section: MJML keeps only its own tags between sections.
        const between = `<mjml><mj-body>{{#if paid}}<mj-section><mj-column><mj-text>Đã thanh toán {{ code }}</mj-text></mj-column></mj-section>{{/if}}</mj-body></mjml>`;
        for (const vars of [
            { paid: true, code: 'X1' },
            { paid: false, code: 'X2' },
        ]) {
            const expected = await vendure.generate('', '', between, vars);
            perMail.mockClear();
            const mail = await ours.generate('', '', between, vars);
            expect(perMail).toHaveBeenCalledTimes(1);
            expect(mail.body).toBe(expected.body);
        }
    });
});

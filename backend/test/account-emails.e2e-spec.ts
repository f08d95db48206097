import gql from 'graphql-tag';
import { linksIn, Mail, mailsTo, onlyMailTo } from './utils/mailbox';
import { startTestServer, TestServer } from './utils/test-server';

const STOREFRONT = 'https://cho.ocop.example';

const REGISTER = gql`
    mutation ($email: String!) {
        registerCustomerAccount(
            input: {
                emailAddress: $email
                firstName: "Lan"
                lastName: "Nguyễn"
                password: "mat-khau-dai-123"
            }
        ) {
            ... on Success {
                success
            }
        }
    }
`;
const VERIFY = gql`
    mutation ($token: String!) {
        verifyCustomerAccount(token: $token) {
            ... on CurrentUser {
                identifier
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;
const SIGN_IN = gql`
    mutation ($email: String!, $password: String!) {
        login(username: $email, password: $password) {
            ... on CurrentUser {
                identifier
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

/**
 * The account mails a shopper gets (sign-up, forgotten password, new address) are in
 * Vietnamese with an English line, and their one link opens the storefront page that
 * completes the step with the token the Shop API expects.
 */
describe('account mails', () => {
    let server: TestServer;

    beforeAll(async () => {
        server = await startTestServer('account_emails', { env: { STOREFRONT_URL: STOREFRONT } });
    }, 120_000);
    afterAll(() => server?.close());

    /** The token of the mail's link to `page`, which must be the storefront's. */
    function tokenOf(mail: Mail, page: string): string {
        const links = linksIn(mail);
        const prefix = `${STOREFRONT}/${page}?token=`;
        expect(links.length).toBeGreaterThan(0);
        // The button and the link written out are the same address.
        expect(new Set(links).size).toBe(1);
        expect(links[0].startsWith(prefix)).toBe(true);
        return decodeURIComponent(links[0].slice(prefix.length));
    }

    /** An account signed up and verified through its mail; the client stays signed in. */
    async function signUpVerified(email: string) {
        await server.shopClient.query(REGISTER, { email });
        const { verifyCustomerAccount } = await server.shopClient.query(VERIFY, {
            token: tokenOf(await onlyMailTo(server, email, /^Xác minh/), 'tai-khoan/xac-minh'),
        });
        expect(verifyCustomerAccount).toEqual({ identifier: email });
    }

    it('signing up mails a Vietnamese verification whose link verifies the account', async () => {
        const email = 'lan.dangky@example.vn';
        await server.shopClient.query(REGISTER, { email });
        const mail = await onlyMailTo(server, email, /^Xác minh địa chỉ email/);
        expect(mail.body).toContain('Cảm ơn quý khách đã đăng ký tài khoản');
        expect(mail.body).toContain('Xác minh tài khoản');
        expect(mail.body).toContain('verify this email address');
        const { verifyCustomerAccount } = await server.shopClient.query(VERIFY, {
            token: tokenOf(mail, 'tai-khoan/xac-minh'),
        });
        expect(verifyCustomerAccount).toEqual({ identifier: email });
    });

    it('a forgotten password mails a Vietnamese reset whose link sets the new password', async () => {
        const email = 'lan.quenmatkhau@example.vn';
        await signUpVerified(email);
        await server.shopClient.asAnonymousUser();
        await server.shopClient.query(
            gql`
                mutation ($email: String!) {
                    requestPasswordReset(emailAddress: $email) {
                        ... on Success {
                            success
                        }
                    }
                }
            `,
            { email },
        );
        const mail = await onlyMailTo(server, email, /^Đặt lại mật khẩu/);
        expect(mail.body).toContain('chọn mật khẩu mới');
        expect(mail.body).toContain('reset the password');
        const { resetPassword } = await server.shopClient.query(
            gql`
                mutation ($token: String!) {
                    resetPassword(token: $token, password: "mat-khau-moi-456") {
                        ... on CurrentUser {
                            identifier
                        }
                        ... on ErrorResult {
                            errorCode
                        }
                    }
                }
            `,
            { token: tokenOf(mail, 'tai-khoan/dat-lai-mat-khau') },
        );
        expect(resetPassword).toEqual({ identifier: email });
        await server.shopClient.asAnonymousUser();
        const old = await server.shopClient.query(SIGN_IN, { email, password: 'mat-khau-dai-123' });
        expect(old.login.errorCode).toBe('INVALID_CREDENTIALS_ERROR');
        const fresh = await server.shopClient.query(SIGN_IN, { email, password: 'mat-khau-moi-456' });
        expect(fresh.login).toEqual({ identifier: email });
    });

    it('a new address gets the Vietnamese confirmation, and its link moves the account there', async () => {
        const email = 'lan.doiemail@example.vn';
        const next = 'lan.moi@example.vn';
        await signUpVerified(email);
        await server.shopClient.query(
            gql`
                mutation ($next: String!) {
                    requestUpdateCustomerEmailAddress(password: "mat-khau-dai-123", newEmailAddress: $next) {
                        ... on Success {
                            success
                        }
                    }
                }
            `,
            { next },
        );
        // To the new address: owning it is what the link proves.
        const mail = await onlyMailTo(server, next, /^Xác nhận địa chỉ email mới/);
        expect(mail.body).toContain('Xác nhận email mới');
        expect(mailsTo(server, email).filter(m => /email mới/.test(m.subject))).toHaveLength(0);
        const { updateCustomerEmailAddress } = await server.shopClient.query(
            gql`
                mutation ($token: String!) {
                    updateCustomerEmailAddress(token: $token) {
                        ... on Success {
                            success
                        }
                        ... on ErrorResult {
                            errorCode
                        }
                    }
                }
            `,
            { token: tokenOf(mail, 'tai-khoan/xac-minh-email') },
        );
        expect(updateCustomerEmailAddress).toEqual({ success: true });
        await server.shopClient.asAnonymousUser();
        const signedIn = await server.shopClient.query(SIGN_IN, {
            email: next,
            password: 'mat-khau-dai-123',
        });
        expect(signedIn.login).toEqual({ identifier: next });
    });
});

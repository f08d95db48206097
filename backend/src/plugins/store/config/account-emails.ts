import {
    AccountRegistrationEvent,
    IdentifierChangeRequestEvent,
    PasswordResetEvent,
    User,
} from '@vendure/core';
import { EmailEventListener } from '@vendure/email-plugin';

/**
 * The account mails (sign-up verification, password reset, change of address) in
 * Vietnamese with a short English paragraph, like the order confirmation: the same
 * events, recipients and tokens as Vendure's own handlers, whose subjects and
 * templates are English only. Each links to the storefront page that completes the
 * step (`verifyEmailAddressUrl` …, set in the plugin's global template variables).
 */
export const accountEmailHandlers = [
    new EmailEventListener('email-verification')
        .on(AccountRegistrationEvent)
        // An account made through another authentication method has no address to verify.
        .filter(event => !!native(event)?.identifier)
        .setRecipient(event => event.user.identifier)
        .setFrom('{{ fromAddress }}')
        .setSubject('Xác minh địa chỉ email (verify your email address)')
        .setTemplateVars(event => ({
            verificationToken: native(event)?.verificationToken,
        })),
    new EmailEventListener('password-reset')
        .on(PasswordResetEvent)
        .setRecipient(event => event.user.identifier)
        .setFrom('{{ fromAddress }}')
        .setSubject('Đặt lại mật khẩu (password reset)')
        .setTemplateVars(event => ({
            passwordResetToken: native(event)?.passwordResetToken,
        })),
    new EmailEventListener('email-address-change')
        .on(IdentifierChangeRequestEvent)
        .filter(event => !!native(event)?.pendingIdentifier)
        .setRecipient(event => native(event)!.pendingIdentifier!)
        .setFrom('{{ fromAddress }}')
        .setSubject('Xác nhận địa chỉ email mới (confirm your new email address)')
        .setTemplateVars(event => ({
            identifierChangeToken: native(event)?.identifierChangeToken,
        })),
];

/** The user's password sign-in, where the tokens and the address waiting for confirmation live. */
function native(event: { user: User }) {
    return event.user.getNativeAuthenticationMethod(false);
}

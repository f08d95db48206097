import path from 'node:path';
import { formatDay } from '@ocop/shared';
import { ProductService } from '@vendure/core';
import { EmailEventHandler, EmailEventListener } from '@vendure/email-plugin';
import { CERTIFICATION_PLUGIN_OPTIONS } from '../constants';
import { CertificateExpiringEvent } from '../events';
import { packageRoot } from '../../../package-root';
import { CertificationPluginOptions } from '../types';

/**
 * Templates are read from the source tree at run time (tsc does not copy
 * `.hbs`). `src/…` and `dist/…` sit at the same depth under the package, so
 * the folder is found from either by walking up to `package.json`.
 */
export const CERTIFICATION_EMAIL_TEMPLATES = path.join(
    packageRoot(__dirname),
    'src/plugins/certification/email-templates',
);

interface ExpiringData {
    productName: string;
    officeEmail: string;
}

const SUBJECT = 'Chứng nhận OCOP của sản phẩm {{{ productName }}} sẽ hết hạn vào {{ validUntil }}';

const listener = new EmailEventListener('certificate-expiring');

const withContent = (handler: EmailEventHandler<'certificate-expiring', CertificateExpiringEvent>) =>
    handler
        .setFrom('{{ fromAddress }}')
        .setSubject(SUBJECT)
        .loadData(async ({ event, injector }): Promise<ExpiringData> => {
            const product = await injector
                .get(ProductService)
                .findOne(event.ctx, event.certificate.productId);
            return {
                productName: product?.name ?? `#${event.certificate.productId}`,
                officeEmail: injector.get<CertificationPluginOptions>(CERTIFICATION_PLUGIN_OPTIONS)
                    .officeEmail,
            };
        })
        .setTemplateVars(event => ({
            productName: event.data.productName,
            certificateNumber: event.certificate.certificateNumber,
            stars: event.certificate.stars,
            validUntil: formatDay(event.certificate.validUntil),
            daysLeft: event.daysLeft,
            producerName: event.producer?.legalName ?? '',
        }));

/**
 * The 30-day expiry notice (DOMAIN.md: the issuer notifies the producer at
 * least 30 days before expiry): one mail to the producer, when it has an
 * email address, and one to the coordination office.
 */
export const certificateExpiringEmailHandlers = [
    withContent(listener.on(CertificateExpiringEvent).filter(event => !!event.producer?.email)).setRecipient(
        event => event.producer!.email!,
    ),
    withContent(listener.on(CertificateExpiringEvent)).setRecipient(event => event.data.officeEmail),
];

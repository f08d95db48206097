import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Injector, ProductService, RequestContext } from '@vendure/core';
import {
    EmailEventHandler,
    EmailEventListener,
    LoadTemplateInput,
    Partial,
    TemplateLoader,
} from '@vendure/email-plugin';
import { formatVietnameseDate } from '../calendar-dates';
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

/** Vendure's own templates (order confirmation, password reset …), used as they ship. */
export const VENDURE_EMAIL_TEMPLATES = path.join(
    path.dirname(require.resolve('@vendure/email-plugin/package.json')),
    'templates',
);

/**
 * Loads each email type from the first folder that has it, so our templates
 * sit beside Vendure's without copying them. Partials come from the first
 * folder that has a `partials/` directory.
 */
export class LayeredTemplateLoader implements TemplateLoader {
    constructor(private folders: string[]) {}

    async loadTemplate(
        _injector: Injector,
        _ctx: RequestContext,
        { type, templateName }: LoadTemplateInput,
    ): Promise<string> {
        for (const folder of this.folders) {
            const file = path.join(folder, type, templateName);
            if (fs.existsSync(file)) return fsp.readFile(file, 'utf-8');
        }
        throw new Error(`No email template ${type}/${templateName} in ${this.folders.join(', ')}`);
    }

    async loadPartials(): Promise<Partial[]> {
        const folder = this.folders.map(f => path.join(f, 'partials')).find(p => fs.existsSync(p));
        if (!folder) return [];
        const files = await fsp.readdir(folder);
        return Promise.all(
            files.map(async file => ({
                name: path.basename(file, '.hbs'),
                content: await fsp.readFile(path.join(folder, file), 'utf-8'),
            })),
        );
    }
}

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
            validUntil: formatVietnameseDate(event.certificate.validUntil),
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

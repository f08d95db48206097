import { OnApplicationBootstrap } from '@nestjs/common';
import { PluginCommonModule, ProcessContext, ScheduledTask, VendurePlugin } from '@vendure/core';
import { vietnamDate } from '../../vietnam-time';
import { CertificateAdminResolver, CertificateEntityResolver } from './api/certificate.resolver';
import { adminApiExtensions } from './api/api-extensions';
import { SelfAssessmentResolver } from './api/self-assessment.resolver';
import {
    CERTIFICATION_PLUGIN_OPTIONS,
    manageCertificatesPermission,
    readCertificatesPermission,
    selfAssessPermission,
} from './constants';
import { Certificate } from './entities/certificate.entity';
import { CriteriaVersion } from './entities/criteria-version.entity';
import { SelfAssessment } from './entities/self-assessment.entity';
import { CertificateService } from './services/certificate.service';
import { CriteriaVersionService } from './services/criteria-version.service';
import { SelfAssessmentService } from './services/self-assessment.service';
import { CertificationPluginOptions } from './types';

const expireCertificatesTask = new ScheduledTask({
    id: 'expire-certificates',
    description:
        'Expires OCOP certificates past their last valid day and sends the 30-day expiry notices (Vietnam time)',
    // 00:10 Vietnam time: the worker runs with TZ=Asia/Ho_Chi_Minh.
    schedule: cron => cron.everyDayAt(0, 10),
    async execute({ injector, scheduledContext }) {
        const { expired, noticed } = await injector
            .get(CertificateService)
            .runDailyExpiry(scheduledContext, vietnamDate());
        return {
            expired: expired.map(c => c.certificateNumber),
            noticed: noticed.map(c => c.certificateNumber),
        };
    },
});

/**
 * OCOP certification: criteria versions as data, certificates with stars and
 * validity, producers' self-assessments (directive D2), and the daily expiry
 * task with its 30-day notices (mails: `certificateExpiringEmailHandlers` in
 * `config/certificate-expiring-email.ts`, given to the EmailPlugin).
 *
 * @example
 * CertificationPlugin.init({ officeEmail: 'vpdp.nongthonmoi@hatinh.gov.vn' })
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [CriteriaVersion, Certificate, SelfAssessment],
    providers: [
        CriteriaVersionService,
        CertificateService,
        SelfAssessmentService,
        { provide: CERTIFICATION_PLUGIN_OPTIONS, useFactory: () => CertificationPlugin.options },
    ],
    exports: [CertificateService, CriteriaVersionService],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [CertificateAdminResolver, CertificateEntityResolver, SelfAssessmentResolver],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(
            manageCertificatesPermission,
            readCertificatesPermission,
            selfAssessPermission,
        );
        config.schedulerOptions.tasks = [...(config.schedulerOptions.tasks ?? []), expireCertificatesTask];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class CertificationPlugin implements OnApplicationBootstrap {
    static options: CertificationPluginOptions = { officeEmail: 'vpdp.nongthonmoi@hatinh.gov.vn' };

    constructor(
        private processContext: ProcessContext,
        private criteriaVersionService: CriteriaVersionService,
    ) {}

    static init(options: CertificationPluginOptions) {
        this.options = options;
        return CertificationPlugin;
    }

    async onApplicationBootstrap() {
        if (this.processContext.isServer) {
            await this.criteriaVersionService.ensureSeeded();
        }
    }
}

import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { manageCertificatesPermission, readCertificatesPermission, selfAssessPermission } from './constants';
import { Certificate } from './entities/certificate.entity';
import { CriteriaVersion } from './entities/criteria-version.entity';
import { SelfAssessment } from './entities/self-assessment.entity';

/**
 * OCOP certification: criteria versions as data, certificates with stars and
 * validity, producers' self-assessments (directive D2), and the daily expiry
 * task with its 30-day notices.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [CriteriaVersion, Certificate, SelfAssessment],
    providers: [],
    configuration: config => {
        config.authOptions.customPermissions.push(manageCertificatesPermission, readCertificatesPermission, selfAssessPermission);
        return config;
    },
    compatibility: '^3.7.0',
})
export class CertificationPlugin {}

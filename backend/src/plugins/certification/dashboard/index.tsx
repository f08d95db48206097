import { defineDashboardExtension } from '@vendure/dashboard';
import { Award, ClipboardCheck } from 'lucide-react';
import { ocopNav } from '../../../dashboard/ocop-dashboard';
import { CertificatesPage } from './certificates-page';
import { SelfAssessmentPage } from './self-assessment-page';

export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-certificates',
            id: 'ocop-certificates',
            title: 'Certificates',
            icon: Award,
            order: 200,
            requiresPermission: 'ReadCertificates',
        },
        {
            url: '/ocop-self-assessment',
            id: 'ocop-self-assessment',
            title: 'Self-assessment',
            icon: ClipboardCheck,
            order: 250,
            requiresPermission: 'SelfAssessProducts',
        },
    ]),
    routes: [
        {
            path: '/ocop-certificates',
            component: () => <CertificatesPage />,
        },
        {
            path: '/ocop-self-assessment',
            component: () => <SelfAssessmentPage />,
        },
    ],
});

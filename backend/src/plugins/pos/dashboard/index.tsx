import { defineDashboardExtension } from '@vendure/dashboard';
import { AlertTriangle, Tablet, Users } from 'lucide-react';
import { ocopNav } from '../../../dashboard/ocop-dashboard';
import { PosConflictsPage } from './conflicts-page';
import { PosStaffPage } from './staff-page';
import { PosTabletsPage } from './tablets-page';

/**
 * The POS in the back office (ADR 0016): staff and tablets of each sales point, and what
 * synced sales ran into. The office sees every sales point; a manager signed in with their
 * own login sees their own (the server scopes every list and refuses the rest).
 */
export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-pos-staff',
            id: 'ocop-pos-staff',
            title: 'POS staff',
            icon: Users,
            order: 410,
            requiresPermission: ['ManagePosStaff', 'EnrolPosTablet'],
        },
        {
            url: '/ocop-pos-tablets',
            id: 'ocop-pos-tablets',
            title: 'POS tablets',
            icon: Tablet,
            order: 420,
            requiresPermission: ['ManagePosStaff', 'EnrolPosTablet'],
        },
        {
            url: '/ocop-pos-conflicts',
            id: 'ocop-pos-conflicts',
            title: 'POS conflicts',
            icon: AlertTriangle,
            order: 430,
            requiresPermission: ['ReadPosConflicts', 'EnrolPosTablet'],
        },
    ]),
    routes: [
        { path: '/ocop-pos-staff', component: () => <PosStaffPage /> },
        { path: '/ocop-pos-tablets', component: () => <PosTabletsPage /> },
        { path: '/ocop-pos-conflicts', component: () => <PosConflictsPage /> },
    ],
});

import { Permission } from '@vendure/common/lib/generated-types';

export interface StaffRoleDefinition {
    code: string;
    description: string;
    permissions: string[];
}

/**
 * The provincial roles. Both work in the default channel (which holds every
 * product) and the marketplace channel (where orders are placed).
 */
export const STAFF_ROLES: StaffRoleDefinition[] = [
    {
        // Văn phòng Điều phối nông thôn mới tỉnh: certifies, issues stamps, manages producers (D1, D6)
        // and the showrooms and fair booths (D4, D5).
        code: 'ocop-office',
        description: 'Văn phòng Điều phối NTM tỉnh (OCOP coordination office)',
        permissions: [
            Permission.Authenticated,
            Permission.ReadCatalog,
            Permission.UpdateCatalog,
            Permission.ReadOrder,
            Permission.UpdateOrder,
            Permission.ReadCustomer,
            Permission.ReadStockLocation,
            Permission.ReadSettings,
            'ManageProducers',
            'ManageCertificates',
            'ReadCertificates',
            'ManageStamps',
            'ReadStamps',
            'ReadStampAlerts',
            'ManageSalesPoints',
            'ManageTradeFairs',
            'ManagePosStaff',
            'ReadPosConflicts',
            'ReadSalesReport',
            'ManageSalesReports',
            'ReviewProductChanges',
            'FulfilWithStamps',
        ],
    },
    {
        // Sở Công Thương: follows sales and compliance; runs trade fairs and their booths (D5, D7).
        code: 'industry-trade',
        description: 'Sở Công Thương (Department of Industry and Trade)',
        permissions: [
            Permission.Authenticated,
            Permission.ReadCatalog,
            // No ReadOrder: orders carry buyers' names, emails, phones and addresses; the
            // department follows sales through ReadSalesReport, which carries figures only.
            Permission.ReadStockLocation,
            'ReadProducers',
            'ReadCertificates',
            'ReadStamps',
            // Trade fairs and their booths (D5); showrooms stay the office's.
            'ManageTradeFairs',
            'ReadSalesReport',
        ],
    },
    {
        // An enrolled POS tablet (its own login, ADR 0016): sells, runs shifts and receives stock at
        // its sales point only; who is at the counter is the PIN-checked staff member it names.
        code: 'pos-tablet',
        description: 'Máy POS tại showroom / gian hàng hội chợ (POS tablet)',
        permissions: [Permission.Authenticated, 'SellAtPos'],
    },
    {
        // Quản lý showroom / gian hàng: enrols tablets with this login; approves on the tablet by PIN.
        code: 'pos-manager',
        description: 'Quản lý điểm bán (sales point manager)',
        permissions: [Permission.Authenticated, 'EnrolPosTablet'],
    },
];

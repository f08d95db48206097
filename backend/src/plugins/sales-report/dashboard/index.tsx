import { defineDashboardExtension } from '@vendure/dashboard';
import { ChartColumn, FileSpreadsheet, TrendingUp } from 'lucide-react';
import { ocopNav } from '../../../dashboard/ocop-dashboard';
import { AnalyticsPage } from './analytics-page';
import { ProducerSalesPage } from './producer-sales-page';
import { SalesReportsPage } from './reports-page';

/** Sales screens (ADR 0019): analytics and reports for the office and Industry and Trade, a producer's own sales. */
export default defineDashboardExtension({
    navSections: ocopNav([
        {
            url: '/ocop-analytics',
            id: 'ocop-analytics',
            title: 'Sales analytics',
            icon: ChartColumn,
            order: 50,
            requiresPermission: 'ReadSalesReport',
        },
        {
            url: '/ocop-sales-reports',
            id: 'ocop-sales-reports',
            title: 'Sales reports',
            icon: FileSpreadsheet,
            order: 60,
            requiresPermission: 'ReadSalesReport',
        },
        {
            url: '/ocop-my-sales',
            id: 'ocop-my-sales',
            title: 'My sales',
            icon: TrendingUp,
            order: 70,
            requiresPermission: 'ReadProducerSales',
        },
    ]),
    routes: [
        { path: '/ocop-analytics', component: () => <AnalyticsPage /> },
        { path: '/ocop-sales-reports', component: () => <SalesReportsPage /> },
        { path: '/ocop-my-sales', component: () => <ProducerSalesPage /> },
    ],
});

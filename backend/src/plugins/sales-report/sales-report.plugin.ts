import { PluginCommonModule, ScheduledTask, VendurePlugin } from '@vendure/core';
import { vietnamDate } from '../../vietnam-time';
import { SalesPointsPlugin } from '../sales-points/sales-points.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { SalesReportDownloadController } from './api/sales-report-download.controller';
import { KeptSalesReportResolver, SalesReportResolver } from './api/sales-report.resolver';
import {
    manageSalesReportsPermission,
    readProducerSalesPermission,
    readSalesReportPermission,
    SALES_REPORT_PLUGIN_OPTIONS,
} from './constants';
import { SalesDay } from './entities/sales-day.entity';
import { SalesLine } from './entities/sales-line.entity';
import { SalesReportFile, SalesReportKind } from './entities/sales-report-file.entity';
import { monthBefore } from './period';
import { ReportFileService } from './services/report-file.service';
import { SalesLedgerService } from './services/sales-ledger.service';
import { SalesReportService } from './services/sales-report.service';
import { SalesReportPluginOptions } from './types';

const monthlyReportTask = new ScheduledTask({
    id: 'monthly-sales-report',
    description:
        "Keeps the month before's sales report (XLSX and PDF) on the 1st, Vietnam time (directive D7)",
    // 01:00 on the 1st, Vietnam time: the worker runs with TZ=Asia/Ho_Chi_Minh. Hourly
    // retries on the 1st cover a worker that was down at 01:00; a kept month is not redone.
    schedule: '0 1-23 1 * *',
    async execute({ injector }) {
        const { from, to } = monthBefore(vietnamDate());
        const files = injector.get(ReportFileService);
        if (await files.hasMonthly(from, to)) return { from, to, kept: 'already' };
        const report = await files.generate(from, to, SalesReportKind.MONTHLY, null);
        return { from, to, id: report.id, revenue: report.figures.revenue };
    },
});

/**
 * Sales figures and the monthly report (ADR 0019): a sales ledger written from
 * the orders whenever they change, a daily roll-up the reports read, the Admin
 * API for the office and Industry and Trade (figures, never buyers), a
 * producer's own figures, the monthly XLSX/PDF report kept under DATA_DIR and
 * downloadable with the same permission.
 *
 * @example
 * SalesReportPlugin.init({ dataDir: env.DATA_DIR })
 */
@VendurePlugin({
    imports: [PluginCommonModule, SalesPointsPlugin],
    entities: [SalesLine, SalesDay, SalesReportFile],
    providers: [
        SalesLedgerService,
        SalesReportService,
        ReportFileService,
        { provide: SALES_REPORT_PLUGIN_OPTIONS, useFactory: () => SalesReportPlugin.options },
    ],
    exports: [SalesLedgerService, SalesReportService],
    controllers: [SalesReportDownloadController],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [SalesReportResolver, KeptSalesReportResolver],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(
            readSalesReportPermission,
            manageSalesReportsPermission,
            readProducerSalesPermission,
        );
        config.schedulerOptions.tasks = [...(config.schedulerOptions.tasks ?? []), monthlyReportTask];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class SalesReportPlugin {
    static options: SalesReportPluginOptions = { dataDir: '.data' };

    static init(options: SalesReportPluginOptions) {
        this.options = options;
        return SalesReportPlugin;
    }
}

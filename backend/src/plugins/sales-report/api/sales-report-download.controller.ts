import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { Allow } from '@vendure/core';
import type { Response } from 'express';
import { readSalesReportPermission } from '../constants';
import { ReportFileService } from '../services/report-file.service';
import { SalesReportService } from '../services/sales-report.service';

const TYPES = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pdf: 'application/pdf',
} as const;

/**
 * Report files, authenticated like the Admin API (bearer token or admin session
 * cookie) and guarded by ReadSalesReport:
 * `GET /sales-reports/:id/report.xlsx|pdf` for a kept report, and
 * `GET /sales-reports/period/report.xlsx|pdf?from=YYYY-MM-DD&to=YYYY-MM-DD`
 * for any period, written on the fly and not kept.
 */
@Controller('sales-reports')
export class SalesReportDownloadController {
    constructor(
        private files: ReportFileService,
        private reports: SalesReportService,
    ) {}

    @Get('period/report.:format')
    @Allow(readSalesReportPermission.Permission)
    async period(
        @Param('format') format: string,
        @Query('from') from: string,
        @Query('to') to: string,
        @Res() res: Response,
    ) {
        const kind = this.format(format);
        const figures = await this.reports.report(String(from ?? ''), String(to ?? ''));
        const body = kind === 'xlsx' ? await this.files.xlsx(figures) : await this.files.pdf(figures);
        this.send(res, kind, `bao-cao-ban-hang-${figures.from}-${figures.to}.${kind}`, body);
    }

    @Get(':id/report.:format')
    @Allow(readSalesReportPermission.Permission)
    async kept(@Param('id') id: string, @Param('format') format: string, @Res() res: Response) {
        const kind = this.format(format);
        const { file, name } = await this.files.filePath(id, kind).catch(() => {
            throw new NotFoundException(`Không tìm thấy báo cáo ${id} (unknown report)`);
        });
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
        res.type(TYPES[kind]).sendFile(file);
    }

    private format(format: string): keyof typeof TYPES {
        if (format !== 'xlsx' && format !== 'pdf') {
            throw new NotFoundException('Chỉ có tệp xlsx hoặc pdf (xlsx or pdf only)');
        }
        return format;
    }

    private send(res: Response, kind: keyof typeof TYPES, name: string, body: Buffer) {
        res.status(200);
        res.setHeader('Content-Type', TYPES[kind]);
        res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
    }
}

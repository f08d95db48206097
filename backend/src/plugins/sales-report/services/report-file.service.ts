import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { formatVnd, minorToDong } from '@ocop/shared';
import { ID, TransactionalConnection } from '@vendure/core';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { REPORTS_DIR, SALES_REPORT_PLUGIN_OPTIONS } from '../constants';
import { SalesReportFile, SalesReportKind } from '../entities/sales-report-file.entity';
import { refusal } from '../errors';
import { checkPeriod } from '../period';
import { SalesFigureRow, SalesReportFigures, SalesReportPluginOptions } from '../types';
import { SalesLedgerService } from './sales-ledger.service';
import { REPORT_DIMENSIONS, SalesReportService } from './sales-report.service';

/** Column headings of every dimension sheet, in Vietnamese (the report goes to the Provincial People's Committee). */
export const SHEET_HEADINGS = [
    'Mã',
    'Tên',
    'Doanh thu (đồng, gồm VAT)',
    'Trong đó thuế GTGT (đồng)',
    'Số lượng (đơn vị)',
    'Số đơn hàng',
];
export const SUMMARY_SHEET = 'Tổng hợp';

/** Fonts with Vietnamese glyphs (DejaVu Sans, free licence beside them); PDF's built-in fonts have none. */
const FONT_DIR = path.join(packageRoot(__dirname), 'src/plugins/sales-report/fonts');

/**
 * The monthly report of directive D7 and its on-demand twin: the figures of a
 * period kept as a row and written as XLSX (one sheet per dimension) and PDF
 * under DATA_DIR/reports. Amounts in the files are whole đồng.
 */
@Injectable()
export class ReportFileService {
    constructor(
        private connection: TransactionalConnection,
        private reports: SalesReportService,
        private ledger: SalesLedgerService,
        @Inject(SALES_REPORT_PLUGIN_OPTIONS) private options: SalesReportPluginOptions,
    ) {}

    /**
     * Repairs the ledger for the period, reads the figures and keeps them with
     * their files. The files are written before the row, so a kept report always
     * has both.
     */
    async generate(
        from: string,
        to: string,
        kind: SalesReportKind,
        requestedById: ID | null,
    ): Promise<SalesReportFile> {
        checkPeriod(from, to);
        await this.ledger.refreshPeriod(from, to);
        const figures = await this.reports.report(from, to);
        const dir = path.join(this.options.dataDir, REPORTS_DIR);
        await fsp.mkdir(dir, { recursive: true });
        const stem = `bao-cao-ban-hang-${from}-${to}-${Date.now()}`;
        await fsp.writeFile(path.join(dir, `${stem}.xlsx`), await this.xlsx(figures));
        await fsp.writeFile(path.join(dir, `${stem}.pdf`), await this.pdf(figures));
        return this.connection.rawConnection.getRepository(SalesReportFile).save(
            new SalesReportFile({
                kind,
                periodFrom: from,
                periodTo: to,
                figures,
                xlsxFile: `${stem}.xlsx`,
                pdfFile: `${stem}.pdf`,
                requestedById: requestedById == null ? null : Number(requestedById),
            }),
        );
    }

    async list(skip = 0, take = 50) {
        const [items, totalItems] = await this.connection.rawConnection
            .getRepository(SalesReportFile)
            .findAndCount({
                order: { periodFrom: 'DESC', createdAt: 'DESC' },
                skip: Math.max(0, skip),
                take: Math.max(1, Math.min(take, 200)),
            });
        return { items, totalItems };
    }

    async findOne(id: ID): Promise<SalesReportFile | null> {
        if (!/^\d+$/.test(String(id))) return null;
        return this.connection.rawConnection
            .getRepository(SalesReportFile)
            .findOne({ where: { id: Number(id) } });
    }

    /** Whether a monthly report of exactly this period is already kept (the task runs once a month, retries too). */
    async hasMonthly(from: string, to: string): Promise<boolean> {
        return this.connection.rawConnection
            .getRepository(SalesReportFile)
            .exists({ where: { kind: SalesReportKind.MONTHLY, periodFrom: from, periodTo: to } });
    }

    /** Path of a kept report's file; refused if the row or file is gone. */
    async filePath(id: ID, format: 'xlsx' | 'pdf'): Promise<{ file: string; name: string }> {
        const report = await this.findOne(id);
        const name = report && (format === 'xlsx' ? report.xlsxFile : report.pdfFile);
        const file = name && path.join(this.options.dataDir, REPORTS_DIR, name);
        if (!report || !file || !fs.existsSync(file)) {
            throw refusal('OCOP_REPORT_NOT_FOUND', 'Không tìm thấy báo cáo', 'report not found');
        }
        return { file, name: name as string };
    }

    async xlsx(figures: SalesReportFigures): Promise<Buffer> {
        const book = new ExcelJS.Workbook();
        book.creator = 'OCOP Hà Tĩnh';
        const summary = book.addWorksheet(SUMMARY_SHEET);
        summary.addRows([
            ['Báo cáo bán hàng sản phẩm OCOP tỉnh Hà Tĩnh'],
            ['Từ ngày', figures.from],
            ['Đến ngày', figures.to],
            [],
            ['Doanh thu (đồng, gồm VAT)', dong(figures.revenue)],
            ['Trong đó thuế GTGT (đồng)', dong(figures.vat)],
            ['Số lượng (đơn vị)', figures.units],
            ['Số đơn hàng', figures.orders],
        ]);
        summary.getRow(1).font = { bold: true, size: 14 };
        summary.getColumn(1).width = 32;
        summary.getColumn(2).width = 20;
        summary.getColumn(2).numFmt = '#,##0';
        for (const { field, title } of REPORT_DIMENSIONS) {
            const sheet = book.addWorksheet(title);
            sheet.addRow(SHEET_HEADINGS).font = { bold: true };
            for (const row of figures[field] as SalesFigureRow[]) {
                sheet.addRow([row.key, row.label, dong(row.revenue), dong(row.vat), row.units, row.orders]);
            }
            sheet.columns.forEach((column, i) => {
                column.width = [16, 44, 24, 24, 16, 14][i];
                if (i >= 2) column.numFmt = '#,##0';
            });
            sheet.views = [{ state: 'frozen', ySplit: 1 }];
        }
        return Buffer.from(await book.xlsx.writeBuffer());
    }

    async pdf(figures: SalesReportFigures): Promise<Buffer> {
        const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: 'Báo cáo bán hàng OCOP' } });
        const chunks: Buffer[] = [];
        doc.on('data', (c: Buffer) => chunks.push(c));
        const done = new Promise<Buffer>(resolve => doc.on('end', () => resolve(Buffer.concat(chunks))));
        doc.registerFont('body', path.join(FONT_DIR, 'DejaVuSans.ttf'));
        doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
        doc.font('bold').fontSize(15).text('Báo cáo bán hàng sản phẩm OCOP tỉnh Hà Tĩnh');
        doc.font('body').fontSize(10).text(`Kỳ báo cáo: từ ngày ${figures.from} đến ngày ${figures.to}`);
        doc.moveDown(0.5);
        doc.text(
            `Doanh thu (gồm VAT): ${formatVnd(figures.revenue)} — trong đó thuế GTGT ${formatVnd(figures.vat)}`,
        );
        doc.text(
            `Số lượng: ${figures.units.toLocaleString('vi-VN')} — Số đơn hàng: ${figures.orders.toLocaleString('vi-VN')}`,
        );
        const widths = [200, 110, 90, 55, 60];
        const x0 = doc.page.margins.left;
        for (const { field, title } of REPORT_DIMENSIONS) {
            doc.moveDown(1);
            if (doc.y > doc.page.height - 140) doc.addPage();
            doc.font('bold').fontSize(12).text(title, x0);
            const line = (cells: string[], font: string) => {
                if (doc.y > doc.page.height - 60) doc.addPage();
                const y = doc.y;
                let x = x0;
                doc.font(font).fontSize(8.5);
                let height = 0;
                cells.forEach((cell, i) => {
                    const options = {
                        width: widths[i] - 6,
                        align: i === 0 ? ('left' as const) : ('right' as const),
                    };
                    doc.text(cell, x, y, options);
                    height = Math.max(height, doc.heightOfString(cell, options));
                    x += widths[i];
                });
                doc.x = x0;
                doc.y = y + height + 3;
            };
            line(['Tên', 'Doanh thu (gồm VAT)', 'Thuế GTGT', 'Số lượng', 'Số đơn'], 'bold');
            for (const row of figures[field] as SalesFigureRow[]) {
                line(
                    [
                        row.label,
                        formatVnd(row.revenue),
                        formatVnd(row.vat),
                        row.units.toLocaleString('vi-VN'),
                        row.orders.toLocaleString('vi-VN'),
                    ],
                    'body',
                );
            }
        }
        doc.end();
        return done;
    }
}

/** Minor units to whole đồng, as the spreadsheet shows them. */
function dong(minor: number): number {
    return minorToDong(minor);
}

function packageRoot(from: string): string {
    let dir = from;
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`No package.json above ${from}`);
        dir = parent;
    }
    return dir;
}

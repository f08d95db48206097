import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { formatDay, formatVnd, minorToDong } from '@ocop/shared';
import { ID, TransactionalConnection } from '@vendure/core';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { packageRoot } from '../../../package-root';
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

    /**
     * The report as a paper document: A4, DejaVu Sans (PDF's built-in fonts have no
     * Vietnamese glyphs), one table per dimension ending in its total line. A table that
     * runs onto the next page repeats its title and column headings there, a heading is
     * never left alone at the foot of a page, and every page carries "Trang x/y".
     */
    async pdf(figures: SalesReportFigures): Promise<Buffer> {
        const doc = new PDFDocument({
            size: 'A4',
            margin: 40,
            bufferPages: true,
            info: { Title: 'Báo cáo bán hàng OCOP' },
        });
        const chunks: Buffer[] = [];
        doc.on('data', (c: Buffer) => chunks.push(c));
        const done = new Promise<Buffer>(resolve => doc.on('end', () => resolve(Buffer.concat(chunks))));
        doc.registerFont('body', path.join(FONT_DIR, 'DejaVuSans.ttf'));
        doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
        const x0 = doc.page.margins.left;
        const contentWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
        // Room kept free above the bottom margin for the page number.
        const bottom = () => doc.page.height - doc.page.margins.bottom - 14;

        doc.font('bold').fontSize(15).text('Báo cáo bán hàng sản phẩm OCOP tỉnh Hà Tĩnh');
        doc.font('body')
            .fontSize(10)
            .text(`Kỳ báo cáo: từ ngày ${formatDay(figures.from)} đến ngày ${formatDay(figures.to)}`);
        doc.moveDown(0.5);
        doc.text(
            `Doanh thu (gồm VAT): ${formatVnd(figures.revenue)} — trong đó thuế GTGT ${formatVnd(figures.vat)}`,
        );
        doc.text(
            `Số lượng: ${figures.units.toLocaleString('vi-VN')} — Số đơn hàng: ${figures.orders.toLocaleString('vi-VN')}`,
        );
        doc.moveDown(0.3)
            .fontSize(8)
            .fillColor('#555555')
            .text(
                'Doanh thu là tiền hàng người mua đã trả, gồm VAT, trừ hủy và hoàn tiền; không gồm phí giao hàng. ' +
                    'Một đơn có hàng của nhiều chủ thể (địa bàn, nhóm, hạng sao) được tính một lần ở mỗi dòng; ' +
                    'dòng Tổng cộng đếm mỗi đơn một lần.',
            )
            .fillColor('black');
        const widths = [200, 110, 90, 55, 60];
        const row = (cells: string[], font: 'body' | 'bold') => {
            const y = doc.y;
            let x = x0;
            let height = 0;
            doc.font(font).fontSize(8.5);
            cells.forEach((cell, i) => {
                const options = {
                    width: widths[i] - 6,
                    align: i === 0 ? ('left' as const) : ('right' as const),
                };
                height = Math.max(height, doc.heightOfString(cell, options));
                doc.text(cell, x, y, options);
                x += widths[i];
            });
            doc.x = x0;
            doc.y = y + height + 3;
        };
        const rule = (weight: number) => {
            doc.moveTo(x0, doc.y - 1.5)
                .lineTo(x0 + contentWidth, doc.y - 1.5)
                .lineWidth(weight)
                .strokeColor('#888888')
                .stroke();
        };
        const head = (title: string) => {
            doc.font('bold').fontSize(12).text(title, x0);
            row(['Tên', 'Doanh thu (gồm VAT)', 'Thuế GTGT', 'Số lượng', 'Số đơn'], 'bold');
            rule(0.6);
            doc.y += 1;
        };
        const cells = (r: { label: string; revenue: number; vat: number; units: number; orders: number }) => [
            r.label,
            formatVnd(r.revenue),
            formatVnd(r.vat),
            r.units.toLocaleString('vi-VN'),
            r.orders.toLocaleString('vi-VN'),
        ];
        for (const { field, title } of REPORT_DIMENSIONS) {
            doc.moveDown(1);
            // The title, the headings and the first lines stay together.
            if (doc.y > bottom() - 70) doc.addPage();
            head(title);
            for (const figure of figures[field] as SalesFigureRow[]) {
                const needed = doc
                    .font('body')
                    .fontSize(8.5)
                    .heightOfString(figure.label, { width: widths[0] - 6 });
                if (doc.y + needed > bottom()) {
                    doc.addPage();
                    head(`${title} (tiếp theo)`);
                }
                row(cells(figure), 'body');
            }
            if (doc.y + 14 > bottom()) {
                doc.addPage();
                head(`${title} (tiếp theo)`);
            }
            doc.y += 2;
            rule(0.6);
            row(cells({ label: 'Tổng cộng', ...figures }), 'bold');
        }
        const range = doc.bufferedPageRange();
        for (let i = 0; i < range.count; i++) {
            doc.switchToPage(range.start + i);
            // Writing below the bottom margin would make pdfkit start a new page.
            const margin = doc.page.margins.bottom;
            doc.page.margins.bottom = 0;
            doc.font('body')
                .fontSize(8)
                .fillColor('#555555')
                .text(`Trang ${i + 1}/${range.count}`, x0, doc.page.height - margin - 10, {
                    width: contentWidth,
                    align: 'right',
                    lineBreak: false,
                });
            doc.page.margins.bottom = margin;
        }
        doc.end();
        return done;
    }
}

/** Minor units to whole đồng, as the spreadsheet shows them. */
function dong(minor: number): number {
    return minorToDong(minor);
}

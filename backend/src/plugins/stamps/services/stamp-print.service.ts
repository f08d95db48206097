import { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { formatStampSerial } from '@ocop/shared';
import { RequestContext } from '@vendure/core';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { STAMPS_PLUGIN_OPTIONS } from '../constants';
import { StampBatch } from '../entities/stamp-batch.entity';
import { StampsPluginOptions } from '../types';
import { StampService } from './stamp.service';

/** A4 in PDF points. */
const PAGE = { width: 595.28, height: 841.89 };
/** Labels per sheet: 5 across, 8 down (38 × 35 mm cells with a 10 mm margin). */
export const LABEL_COLUMNS = 5;
export const LABEL_ROWS = 8;
export const LABELS_PER_PAGE = LABEL_COLUMNS * LABEL_ROWS;
const MARGIN = 28;
const CELL = {
    width: (PAGE.width - 2 * MARGIN) / LABEL_COLUMNS,
    height: (PAGE.height - 2 * MARGIN) / LABEL_ROWS,
};
const QR_SIZE = 66;
/** QR quiet zone: 4 modules of a version-3 symbol (29 modules), kept clear of text. */
const QUIET = Math.ceil((4 * QR_SIZE) / 29);
/** Keep at most this much PDF output waiting for a slow client before drawing more. */
const MAX_BUFFERED_BYTES = 1 << 20;

/**
 * The files the printing house needs for a batch: a CSV of every stamp and a
 * print-ready PDF sheet of QR labels. Both are written stamp chunk by stamp
 * chunk and wait for the client to take the bytes, so a 100,000-stamp batch
 * never sits in memory.
 */
@Injectable()
export class StampPrintService {
    constructor(
        private stampService: StampService,
        @Inject(STAMPS_PLUGIN_OPTIONS) private options: StampsPluginOptions,
    ) {}

    /** The address a stamp's QR code opens: the public verification page. */
    verificationUrl(code: string): string {
        return `${this.options.publicUrl.replace(/\/+$/, '')}/v/${code}`;
    }

    async writeCsv(ctx: RequestContext, batch: StampBatch, out: Writable): Promise<void> {
        const lot = csvField(batch.lotCode);
        await write(out, 'serial,code,url,lot,production_date,expiry_date\n');
        for await (const stamps of this.stampService.streamStamps(ctx, batch.id, 5000)) {
            let text = '';
            for (const stamp of stamps) {
                text += `${formatStampSerial(batch.serialYear, stamp.serial)},${stamp.code},${this.verificationUrl(stamp.code)},${lot},${batch.productionDate},${batch.expiryDate}\n`;
            }
            if (!(await write(out, text))) return;
        }
        out.end();
    }

    /** A4 sheets, {@link LABELS_PER_PAGE} labels each: the QR of the stamp's URL with the serial and code under it. */
    async writePdf(ctx: RequestContext, batch: StampBatch, out: Writable): Promise<void> {
        const doc = new PDFDocument({
            size: 'A4',
            margin: 0,
            autoFirstPage: false,
            info: { Title: `Tem truy xuất OCOP Hà Tĩnh — lô ${batch.lotCode}`, Creator: 'OCOP Hà Tĩnh' },
        });
        doc.pipe(out);
        doc.font('Helvetica');
        let index = 0;
        for await (const stamps of this.stampService.streamStamps(ctx, batch.id, 1000)) {
            for (const stamp of stamps) {
                const slot = index % LABELS_PER_PAGE;
                if (slot === 0) {
                    doc.addPage({ size: 'A4', margin: 0 });
                    while (
                        !out.destroyed &&
                        (out.writableNeedDrain || doc.readableLength > MAX_BUFFERED_BYTES)
                    ) {
                        await (out.writableNeedDrain
                            ? drained(out)
                            : new Promise(resolve => setImmediate(resolve)));
                    }
                    if (out.destroyed) {
                        doc.unpipe(out);
                        return;
                    }
                }
                const x = MARGIN + (slot % LABEL_COLUMNS) * CELL.width;
                const y = MARGIN + Math.floor(slot / LABEL_COLUMNS) * CELL.height;
                this.drawLabel(doc, x, y, formatStampSerial(batch.serialYear, stamp.serial), stamp.code);
                index++;
            }
        }
        if (index === 0) doc.addPage({ size: 'A4', margin: 0 });
        const finished = new Promise<void>((resolve, reject) => {
            out.once('finish', resolve);
            out.once('close', resolve);
            out.once('error', reject);
        });
        doc.end();
        await finished;
    }

    /**
     * The QR is drawn as vector rectangles, one per run of dark modules, written
     * straight into the page's content stream: sharp at any printer resolution,
     * small, and fast enough for 100,000 labels.
     */
    private drawLabel(doc: PDFKit.PDFDocument, x: number, y: number, serial: string, code: string) {
        const modules = qrModules(this.verificationUrl(code));
        const size = modules.size;
        const module = QR_SIZE / size;
        const left = x + (CELL.width - QR_SIZE) / 2;
        const top = y + 4;
        const data = modules.data;
        // Module units: scale once, then every rectangle is small integers.
        let path = `q 0 g ${pt(module)} 0 0 ${pt(module)} ${pt(left)} ${pt(top)} cm\n`;
        for (let row = 0; row < size; row++) {
            let runStart = -1;
            for (let col = 0; col <= size; col++) {
                const dark = col < size && data[row * size + col];
                if (dark && runStart < 0) runStart = col;
                if (!dark && runStart >= 0) {
                    path += `${runStart} ${row} ${col - runStart} 1 re\n`;
                    runStart = -1;
                }
            }
        }
        doc.addContent(path + 'f Q');
        doc.fontSize(8).text(serial, x, top + QR_SIZE + QUIET, {
            width: CELL.width,
            align: 'center',
            lineBreak: false,
        });
        doc.fontSize(6).text(code.replace(/(.{4})(?=.)/g, '$1-'), x, top + QR_SIZE + QUIET + 10, {
            width: CELL.width,
            align: 'center',
            lineBreak: false,
        });
    }
}

/**
 * The QR symbol of a verification URL (level M, byte mode). The mask pattern is
 * fixed instead of searched: every mask is valid and decodes the same
 * (ISO/IEC 18004), and skipping the 8-mask penalty search and the mode
 * detection makes a label about 20× cheaper — minutes saved on a 100,000 sheet.
 */
function qrModules(url: string) {
    return QRCode.create([{ data: Buffer.from(url), mode: 'byte' }], {
        errorCorrectionLevel: 'M',
        maskPattern: 2,
    }).modules;
}

function pt(n: number): string {
    return (Math.round(n * 100) / 100).toString();
}

/** Writes and waits while the client is slower than the database; false when the client went away. */
async function write(out: Writable, chunk: string): Promise<boolean> {
    if (out.destroyed) return false;
    if (!out.write(chunk)) await drained(out);
    return !out.destroyed;
}

/** Resolves when the client has taken the buffered bytes, or has gone away. */
function drained(out: Writable): Promise<void> {
    return new Promise<void>(resolve => {
        const done = () => {
            out.off('drain', done);
            out.off('close', done);
            resolve();
        };
        out.on('drain', done);
        out.on('close', done);
    });
}

/** Quotes where needed, and defuses text a spreadsheet would run as a formula. */
function csvField(raw: string): string {
    const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Allow, Ctx, RequestContext } from '@vendure/core';
import type { Response } from 'express';
import { manageStampsPermission } from '../constants';
import { StampPrintService } from '../services/stamp-print.service';
import { StampService } from '../services/stamp.service';

/**
 * Print files for the printing house, authenticated like the Admin API (bearer
 * token or admin session cookie, channel from the `vendure-token` header):
 * `GET /stamps/batches/:id/stamps.csv` and `GET /stamps/batches/:id/labels.pdf`.
 */
@Controller('stamps/batches')
export class StampPrintController {
    constructor(
        private stampService: StampService,
        private printService: StampPrintService,
    ) {}

    @Get(':id/stamps.csv')
    @Allow(manageStampsPermission.Permission)
    async csv(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response) {
        const batch = await this.findBatch(ctx, id);
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="tem-lo-${batch.id}.csv"`);
        res.setHeader('Cache-Control', 'no-store');
        await this.stream(res, () => this.printService.writeCsv(ctx, batch, res));
    }

    @Get(':id/labels.pdf')
    @Allow(manageStampsPermission.Permission)
    async pdf(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response) {
        const batch = await this.findBatch(ctx, id);
        res.status(200);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', `attachment; filename="tem-lo-${batch.id}.pdf"`);
        res.setHeader('Cache-Control', 'no-store');
        await this.stream(res, () => this.printService.writePdf(ctx, batch, res));
    }

    /** Once bytes are on the wire an error can only cut the download short, which the client sees as incomplete. */
    private async stream(res: Response, write: () => Promise<void>) {
        try {
            await write();
        } catch (e: any) {
            if (!res.headersSent) throw e;
            res.destroy(e);
        }
    }

    private async findBatch(ctx: RequestContext, id: string) {
        const batch = /^\d+$/.test(id) ? await this.stampService.findBatch(ctx, id) : undefined;
        if (!batch) {
            throw new NotFoundException(`Không tìm thấy lô tem ${id} (unknown stamp batch)`);
        }
        return batch;
    }
}

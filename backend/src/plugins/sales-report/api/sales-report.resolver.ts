import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ForbiddenError, RequestContext } from '@vendure/core';
import {
    Dimension,
    manageSalesReportsPermission,
    readProducerSalesPermission,
    readSalesReportPermission,
} from '../constants';
import { SalesReportFile, SalesReportKind } from '../entities/sales-report-file.entity';
import { checkPeriod } from '../period';
import { ReportFileService } from '../services/report-file.service';
import { SalesLedgerService } from '../services/sales-ledger.service';
import { SalesReportService } from '../services/sales-report.service';
import { SalesReportInput } from '../types';

@Resolver()
export class SalesReportResolver {
    constructor(
        private reports: SalesReportService,
        private files: ReportFileService,
        private ledger: SalesLedgerService,
    ) {}

    @Query()
    @Allow(readSalesReportPermission.Permission)
    salesReport(@Args() { input }: { input: SalesReportInput }) {
        return this.reports.report(input.from, input.to);
    }

    @Query()
    @Allow(readSalesReportPermission.Permission)
    salesTrend(@Args() { input }: { input: SalesReportInput & { dimension: Dimension } }) {
        return this.reports.trend(input.from, input.to, input.dimension);
    }

    @Query()
    @Allow(readSalesReportPermission.Permission)
    topProducts(@Args() { input }: { input: SalesReportInput & { take?: number } }) {
        return this.reports.topProducts(input.from, input.to, input.take ?? 10);
    }

    @Query()
    @Allow(readSalesReportPermission.Permission)
    directiveChecks(@Ctx() ctx: RequestContext) {
        return this.reports.directiveChecks(ctx);
    }

    @Query()
    @Allow(readSalesReportPermission.Permission)
    salesReports(@Args() args: { options?: { skip?: number; take?: number } }) {
        return this.files.list(args.options?.skip ?? 0, args.options?.take ?? 50);
    }

    /** Only in a producer's own channel: the default or marketplace channel has no producer and no figures. */
    @Query()
    @Allow(readProducerSalesPermission.Permission)
    async producerSalesReport(@Ctx() ctx: RequestContext, @Args() { input }: { input: SalesReportInput }) {
        const report = await this.reports.producerReport(input.from, input.to, ctx.channelId);
        if (!report) throw new ForbiddenError();
        return report;
    }

    @Mutation()
    @Allow(manageSalesReportsPermission.Permission)
    generateSalesReport(@Ctx() ctx: RequestContext, @Args() { input }: { input: SalesReportInput }) {
        return this.files.generate(input.from, input.to, SalesReportKind.ON_DEMAND, ctx.activeUserId ?? null);
    }

    @Mutation()
    @Allow(manageSalesReportsPermission.Permission)
    refreshSalesLedger(@Args() { input }: { input: SalesReportInput }) {
        checkPeriod(input.from, input.to);
        return this.ledger.refreshPeriod(input.from, input.to);
    }
}

@Resolver('KeptSalesReport')
export class KeptSalesReportResolver {
    @ResolveField()
    xlsxUrl(@Parent() report: SalesReportFile) {
        return `/sales-reports/${report.id}/report.xlsx`;
    }

    @ResolveField()
    pdfUrl(@Parent() report: SalesReportFile) {
        return `/sales-reports/${report.id}/report.pdf`;
    }
}

import { Injectable } from '@nestjs/common';
import {
    Logger,
    RequestContext,
    TaxCategory,
    TaxCategoryService,
    TaxRate,
    TaxRateService,
    TransactionalConnection,
    Zone,
} from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { VAT_CATEGORIES, VAT_PERIODS, vatRateOn } from '../config/vat-schedule';
import { VatRatePeriod } from '../entities/vat-rate-period.entity';

/**
 * Keeps Vendure's tax rates equal to the dated VAT schedule. Vendure knows one
 * current rate per category and zone; the schedule knows when rates change. A
 * daily task (and every start) copies today's rate across, so the 8% reduction
 * ends by itself on 2027-01-01.
 */
@Injectable()
export class VatScheduleService {
    constructor(
        private connection: TransactionalConnection,
        private taxCategoryService: TaxCategoryService,
        private taxRateService: TaxRateService,
    ) {}

    async ensureCategoriesAndRates(ctx: RequestContext, zone: Zone): Promise<void> {
        const periodRepo = this.connection.getRepository(ctx, VatRatePeriod);
        for (const period of VAT_PERIODS) {
            const existing = await periodRepo.findOne({
                where: { category: period.category, validFrom: period.validFrom },
            });
            if (!existing) {
                await periodRepo.save(
                    new VatRatePeriod({ ...period, validUntil: period.validUntil ?? null }),
                );
            }
        }
        const categoryRepo = this.connection.getRepository(ctx, TaxCategory);
        for (const definition of VAT_CATEGORIES) {
            let category = await categoryRepo.findOne({ where: { customFields: { code: definition.code } } });
            if (!category) {
                category = await this.taxCategoryService.create(ctx, {
                    name: definition.name,
                    isDefault: definition.code === 'standard',
                    customFields: { code: definition.code },
                });
            }
            const rate = await this.connection
                .getRepository(ctx, TaxRate)
                .findOne({ where: { category: { id: category.id }, zone: { id: zone.id } } });
            if (!rate) {
                await this.taxRateService.create(ctx, {
                    name: definition.name,
                    enabled: true,
                    value: 0,
                    categoryId: category.id,
                    zoneId: zone.id,
                });
            }
        }
        await this.applyScheduleOn(ctx, vietnamDate());
    }

    /** Sets each category's rate to the one the schedule gives for `date`; returns the rates it changed. */
    async applyScheduleOn(
        ctx: RequestContext,
        date: string,
    ): Promise<Array<{ category: string; from: number; to: number }>> {
        const periods = await this.connection.getRepository(ctx, VatRatePeriod).find();
        const rates = await this.connection.getRepository(ctx, TaxRate).find({ relations: ['category'] });
        const changes: Array<{ category: string; from: number; to: number }> = [];
        for (const rate of rates) {
            const code = rate.category.customFields?.code;
            if (!code) continue;
            const period = vatRateOn(periods, code, date);
            if (!period) {
                Logger.warn(
                    `No VAT period covers ${date} for category "${code}"; keeping ${rate.value}%`,
                    'VatSchedule',
                );
                continue;
            }
            if (Number(rate.value) !== period.ratePercent) {
                changes.push({ category: code, from: Number(rate.value), to: period.ratePercent });
                await this.taxRateService.update(ctx, { id: rate.id, value: period.ratePercent });
            }
        }
        if (changes.length) {
            Logger.info(
                `VAT on ${date}: ${changes.map(c => `${c.category} ${c.from}% → ${c.to}%`).join(', ')}`,
                'VatSchedule',
            );
        }
        return changes;
    }
}

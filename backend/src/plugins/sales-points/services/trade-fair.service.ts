import { Injectable } from '@nestjs/common';
import { EntityNotFoundError, ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { MoreThanOrEqual } from 'typeorm';
import { vietnamDate } from '../../../vietnam-time';
import { daysBetween, isCalendarDate } from '../../certification/calendar-dates';
import { MAX_FAIR_DAYS, MAX_PAGE } from '../constants';
import { TradeFair } from '../entities/trade-fair.entity';
import { refusal } from '../errors';
import {
    CreateTradeFairInput,
    TradeFairDetailsInput,
    TradeFairListOptions,
    UpdateTradeFairInput,
} from '../types';
import { code, optionalText, province, text } from '../validation';
import { isUniqueViolation, lockCode } from './code-lock';

const codeTaken = (value: string) =>
    refusal('OCOP_FAIR_CODE_TAKEN', `Mã hội chợ "${value}" đã được dùng`, 'fair code already exists');

/** Trade fairs as the office and Industry and Trade record them. */
@Injectable()
export class TradeFairService {
    constructor(private connection: TransactionalConnection) {}

    async findAll(ctx: RequestContext, options: TradeFairListOptions = {}, today = vietnamDate()) {
        const where: Record<string, unknown> = {};
        if (options.active != null) where.active = options.active;
        if (options.current) where.endsOn = MoreThanOrEqual(today);
        const [items, totalItems] = await this.connection.getRepository(ctx, TradeFair).findAndCount({
            where,
            order: { startsOn: 'DESC', code: 'ASC' },
            skip: options.skip ?? 0,
            take: Math.min(options.take ?? 50, MAX_PAGE),
        });
        return { items, totalItems };
    }

    findOne(ctx: RequestContext, id: ID) {
        return this.connection.getRepository(ctx, TradeFair).findOne({ where: { id: Number(id) } });
    }

    async create(ctx: RequestContext, input: CreateTradeFairInput): Promise<TradeFair> {
        const fairCode = code(input.code, 'OCOP_FAIR_CODE_INVALID');
        const details = this.details(input);
        return this.connection.withTransaction(ctx, async tx => {
            await lockCode(this.connection, tx, fairCode);
            const repo = this.connection.getRepository(tx, TradeFair);
            if (await repo.findOne({ where: { code: fairCode } })) throw codeTaken(fairCode);
            try {
                return await repo.save(
                    new TradeFair({ ...details, code: fairCode, active: input.active ?? true }),
                );
            } catch (e) {
                if (isUniqueViolation(e)) throw codeTaken(fairCode);
                throw e;
            }
        });
    }

    async update(ctx: RequestContext, input: UpdateTradeFairInput): Promise<TradeFair> {
        const fair = await this.findOne(ctx, input.id);
        if (!fair) throw new EntityNotFoundError('TradeFair' as any, input.id);
        const merged = { ...fair, ...definedOnly(input) } as TradeFairDetailsInput;
        Object.assign(fair, this.details(merged));
        if (input.active != null) fair.active = input.active;
        return this.connection.getRepository(ctx, TradeFair).save(fair);
    }

    private details(input: TradeFairDetailsInput) {
        const startsOn = String(input.startsOn ?? '').trim();
        const endsOn = String(input.endsOn ?? '').trim();
        if (!isCalendarDate(startsOn) || !isCalendarDate(endsOn) || startsOn > endsOn) {
            throw refusal(
                'OCOP_FAIR_DATES_INVALID',
                `Ngày hội chợ "${input.startsOn}"–"${input.endsOn}" không hợp lệ: cần YYYY-MM-DD, ngày bắt đầu không sau ngày kết thúc`,
                'dates are YYYY-MM-DD and the fair cannot end before it starts',
            );
        }
        if (daysBetween(startsOn, endsOn) + 1 > MAX_FAIR_DAYS) {
            throw refusal(
                'OCOP_FAIR_DATES_INVALID',
                `Hội chợ kéo dài quá ${MAX_FAIR_DAYS} ngày (${startsOn}–${endsOn})`,
                `a fair lasts at most ${MAX_FAIR_DAYS} days`,
            );
        }
        return {
            name: text('name', input.name, 200),
            venue: text('venue', input.venue, 300),
            province: province(input.province),
            startsOn,
            endsOn,
            organiser: optionalText('organiser', input.organiser, 200),
        };
    }
}

/** The fields an update names; GraphQL leaves the others undefined. */
export function definedOnly<T extends object>(input: T): Partial<T> {
    return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

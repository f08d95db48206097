import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { formatStampSerial, generateStampCode, normalizeStampCode, STAMP_CODE_LENGTH } from '@ocop/shared';
import {
    Administrator,
    EventBus,
    ID,
    Logger,
    ProductVariant,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { IsNull, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    loggerCtx,
    MAX_BATCH_QUANTITY,
    MAX_STAMP_PAGE,
    MAX_STAMP_SERIAL,
    STAMP_INSERT_CHUNK,
    STAMP_SERIAL_LOCK_KEY,
} from '../constants';
import { Stamp, SaleChannelKind, StampStatus } from '../entities/stamp.entity';
import { StampAlert, StampAlertKind } from '../entities/stamp-alert.entity';
import { StampBatch } from '../entities/stamp-batch.entity';
import { StampReturn } from '../entities/stamp-return.entity';
import { lockVariantsForSale } from '../../stock-reservation/variant-lock';
import { StampsChangedEvent } from '../events';
import { vietnamYear } from '../../../vietnam-time';

export interface IssueStampBatchInput {
    productVariantId: ID;
    quantity: number;
    lotCode: string;
    /** ISO date, YYYY-MM-DD. */
    productionDate: string;
    /** ISO date, YYYY-MM-DD, not before productionDate. */
    expiryDate: string;
    /** Where the stamped units are; default: the producer's warehouse. */
    stockLocationId?: ID | null;
    /** A key the caller chose, to follow the issue with {@link StampService.issueProgress}. */
    progressKey?: string | null;
}

/** How far an issue under way is, on this server instance. */
export interface StampIssueProgress {
    done: number;
    total: number;
}

/** Issues under way (and finished ones for a while), by the caller's key: in memory, per instance. */
const issueProgress = new Map<string, StampIssueProgress & { at: number }>();
const PROGRESS_KEPT_MS = 10 * 60_000;

function noteProgress(key: string | null | undefined, done: number, total: number) {
    if (!key) return;
    const now = Date.now();
    for (const [k, v] of issueProgress) if (now - v.at > PROGRESS_KEPT_MS) issueProgress.delete(k);
    issueProgress.set(key.slice(0, 100), { done, total, at: now });
}

/** What a void request did, stamp by stamp category. */
export interface VoidStampsResult {
    voided: number;
    alreadyVoid: number;
    /** Sold stamps are never voided: the unit is in a customer's hands. */
    sold: number;
    notFound: number;
    /** Codes of the sold stamps that were refused (at most 1000 listed). */
    soldCodes: string[];
}

export interface MarkSoldInput {
    codes: string[];
    productVariantId: ID;
    orderLineId?: ID | null;
    orderCode?: string | null;
    channel: SaleChannelKind;
    /** Where the unit was sold, as the verification page shows it: "Trực tuyến" or a showroom/booth name. */
    where: string;
    soldAt?: Date;
}

/** One stamp that can be sold or has just been sold. */
export interface StampRef {
    id: string;
    code: string;
    serial: number;
}

export type StampSaleProblem =
    | { code: string; reason: 'NOT_FOUND' }
    | { code: string; reason: 'WRONG_VARIANT'; productVariantId: number }
    | { code: string; reason: 'ALREADY_SOLD' | 'VOID'; serial: number }
    | { code: string; reason: 'DUPLICATE' };

/**
 * A sale named stamps that cannot be sold. The message is for people; `problems`
 * lists each refused code for programs (the POS shows them line by line).
 */
export class StampSaleRefusedError extends UserInputError {
    constructor(
        message: string,
        public readonly problems: StampSaleProblem[],
    ) {
        super(message);
    }
}

export interface StampListOptions {
    skip?: number | null;
    take?: number | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SERIAL_TEXT = /^HT-(\d{4})-(\d{7})$/;

/**
 * The stamp register: issues batches with global sequential serials, sells and
 * voids stamps, and answers which stamps a variant still has. Every state change
 * is a conditional update on `status`, so a stamp can never be sold twice nor
 * a sold one voided, whatever runs concurrently.
 *
 * Other plugins use `markSold` (POS sales), `pickIssued` (fulfilment), `returnSold`
 * (stock reservation), and listen to {@link StampsChangedEvent}.
 */
@Injectable()
export class StampService {
    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
    ) {}

    /**
     * Issues `quantity` new stamps for a variant in one transaction: either the
     * whole batch exists afterwards or nothing does. Serials continue the global
     * sequence; the printed year is the Vietnam calendar year of issue.
     */
    async issueBatch(ctx: RequestContext, input: IssueStampBatchInput): Promise<StampBatch> {
        const { quantity } = input;
        if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_BATCH_QUANTITY) {
            throw new UserInputError(
                `Số lượng tem phải là số nguyên từ 1 đến 100000 (quantity must be a whole number from 1 to ${MAX_BATCH_QUANTITY}), nhận được ${quantity}`,
            );
        }
        const lotCode = (input.lotCode ?? '').normalize('NFC').trim();
        if (lotCode.length < 1 || lotCode.length > 60 || /\p{C}/u.test(lotCode)) {
            throw new UserInputError(
                'Mã lô phải có 1–60 ký tự in được (lot code must be 1–60 printable characters)',
            );
        }
        const productionDate = parseIsoDate(input.productionDate, 'Ngày sản xuất (production date)');
        const expiryDate = parseIsoDate(input.expiryDate, 'Hạn sử dụng (expiry date)');
        if (productionDate > expiryDate) {
            throw new UserInputError(
                `Ngày sản xuất ${productionDate} sau hạn sử dụng ${expiryDate} (production date is after the expiry date)`,
            );
        }
        const variant = await this.connection
            .getRepository(ctx, ProductVariant)
            .findOne({ where: { id: input.productVariantId, deletedAt: IsNull() }, select: ['id'] });
        if (!variant) {
            throw new UserInputError(
                `Không tìm thấy phiên bản sản phẩm ${input.productVariantId} (unknown product variant)`,
            );
        }
        const stockLocationId =
            input.stockLocationId != null
                ? await this.existingLocation(ctx, input.stockLocationId)
                : await this.producerWarehouseOf(ctx, variant.id);
        const serialYear = vietnamYear(new Date());
        const issuer = ctx.activeUserId
            ? await this.connection
                  .getRepository(ctx, Administrator)
                  .findOne({ where: { user: { id: ctx.activeUserId } }, select: ['id'] })
            : null;

        const started = Date.now();
        const batch = await this.connection.withTransaction(ctx, async tx => {
            const repo = this.connection.getRepository(tx, Stamp);
            await repo.query('SELECT pg_advisory_xact_lock($1)', [STAMP_SERIAL_LOCK_KEY]);
            const [{ max }] = await repo.query(
                `SELECT COALESCE(MAX(serial), 0)::bigint AS max FROM ${this.table(Stamp)}`,
            );
            const firstSerial = Number(max) + 1;
            const lastSerial = firstSerial + quantity - 1;
            if (lastSerial > MAX_STAMP_SERIAL) {
                throw new UserInputError(
                    `Hết số sê-ri tem: còn ${Math.max(0, MAX_STAMP_SERIAL - firstSerial + 1)} số (the serial range is exhausted)`,
                );
            }
            const saved = await this.connection.getRepository(tx, StampBatch).save(
                new StampBatch({
                    productVariantId: variant.id as number,
                    quantity,
                    lotCode,
                    productionDate,
                    expiryDate,
                    firstSerial,
                    serialYear,
                    issuedByAdministratorId: issuer ? (issuer.id as number) : null,
                    stockLocationId,
                }),
            );
            noteProgress(input.progressKey, 0, quantity);
            const nextRandom = randomPool(STAMP_INSERT_CHUNK * 10);
            for (let offset = 0; offset < quantity; offset += STAMP_INSERT_CHUNK) {
                const size = Math.min(STAMP_INSERT_CHUNK, quantity - offset);
                const codes = new Array<string>(size);
                const serials = new Array<number>(size);
                for (let i = 0; i < size; i++) {
                    codes[i] = generateStampCode(nextRandom);
                    serials[i] = firstSerial + offset + i;
                }
                await repo.query(
                    `INSERT INTO ${this.table(Stamp)} (code, serial, "batchId", "productVariantId", status, "stockLocationId")
                     SELECT c, s, $3, $4, '${StampStatus.ISSUED}', $5 FROM unnest($1::char(17)[], $2::bigint[]) AS t(c, s)`,
                    [codes, serials, saved.id, variant.id, stockLocationId],
                );
                noteProgress(input.progressKey, offset + size, quantity);
            }
            return saved;
        });
        Logger.verbose(
            `Issued ${quantity} stamps for variant ${variant.id} in ${Date.now() - started} ms`,
            loggerCtx,
        );
        await this.eventBus.publish(new StampsChangedEvent(ctx, [variant.id], 'issued'));
        return batch;
    }

    /**
     * Stamps written so far by an issue under way, by the key its caller gave; null when this
     * instance knows no such issue (another instance runs it, or it ended over ten minutes ago).
     * Exact to the insert chunk ({@link STAMP_INSERT_CHUNK} stamps).
     */
    issueProgress(key: string): StampIssueProgress | null {
        const entry = issueProgress.get(String(key ?? '').slice(0, 100));
        return entry ? { done: entry.done, total: entry.total } : null;
    }

    /** Voids single stamps by code. Unknown codes are counted, not fatal, so a scanned pile can be voided at once. */
    async voidStamps(ctx: RequestContext, codes: string[], reason: string): Promise<VoidStampsResult> {
        const voidReason = requireReason(reason);
        const normalized = [...new Set(codes.map(c => normalizeStampCode(c)).filter(Boolean))];
        if (normalized.length === 0) {
            throw new UserInputError('Cần ít nhất một mã tem (at least one stamp code is required)');
        }
        if (normalized.length > MAX_BATCH_QUANTITY) {
            throw new UserInputError('Quá nhiều mã tem trong một lần hủy (too many codes in one request)');
        }
        // A char(17) cast truncates longer text: only codes of the right length may reach the query.
        const candidates = normalized.filter(c => c.length === STAMP_CODE_LENGTH);
        return this.voidWhere(ctx, 'code = ANY($1::char(17)[])', [candidates], normalized.length, voidReason);
    }

    /**
     * Voids the stamps of a batch from one serial to another, inclusive, e.g. a
     * misprinted sheet. Serials are given as printed ("HT-2026-0001234") or as
     * the bare running number.
     */
    async voidRange(
        ctx: RequestContext,
        batchId: ID,
        fromSerial: string | number,
        toSerial: string | number,
        reason: string,
    ): Promise<VoidStampsResult> {
        const voidReason = requireReason(reason);
        const batch = await this.getBatchOrThrow(ctx, batchId);
        const from = parseSerial(fromSerial, batch);
        const to = parseSerial(toSerial, batch);
        const last = batch.firstSerial + batch.quantity - 1;
        if (from > to) {
            throw new UserInputError('Sê-ri đầu lớn hơn sê-ri cuối (fromSerial is after toSerial)');
        }
        if (from < batch.firstSerial || to > last) {
            throw new UserInputError(
                `Dải sê-ri nằm ngoài lô: lô có ${formatStampSerial(batch.serialYear, batch.firstSerial)}–${formatStampSerial(batch.serialYear, last)} (range is outside the batch)`,
            );
        }
        return this.voidWhere(
            ctx,
            '"batchId" = $1 AND serial BETWEEN $2 AND $3',
            [batch.id, from, to],
            to - from + 1,
            voidReason,
        );
    }

    /** Voids every unsold stamp of a batch, e.g. a lot recalled before sale. */
    async voidBatch(ctx: RequestContext, batchId: ID, reason: string): Promise<VoidStampsResult> {
        const voidReason = requireReason(reason);
        const batch = await this.getBatchOrThrow(ctx, batchId);
        return this.voidWhere(ctx, '"batchId" = $1', [batch.id], batch.quantity, voidReason);
    }

    /**
     * Marks stamps as sold for one variant. Every code must be ISSUED and belong
     * to that variant, otherwise nothing is sold and a {@link StampSaleRefusedError}
     * is thrown. A code that is already SOLD or VOID also raises a REUSE_ATTEMPT
     * alert for the office; the alert is written on its own connection, so it is
     * kept although the caller's transaction rolls back.
     *
     * The stamps are locked (`FOR UPDATE`) before they are checked: of two sales
     * racing for one stamp, the second waits, then sees it SOLD and is refused.
     */
    async markSold(ctx: RequestContext, input: MarkSoldInput): Promise<StampRef[]> {
        const where = (input.where ?? '').normalize('NFC').trim();
        if (!where) {
            throw new UserInputError('Thiếu nơi bán (where the sale happened is required)');
        }
        if (!Object.values(SaleChannelKind).includes(input.channel)) {
            throw new UserInputError(`Kênh bán không hợp lệ: ${input.channel} (unknown sale channel)`);
        }
        const codes = input.codes.map(c => normalizeStampCode(c));
        if (codes.length === 0) {
            throw new UserInputError('Cần ít nhất một mã tem (at least one stamp code is required)');
        }
        const problems: StampSaleProblem[] = [];
        const seen = new Set<string>();
        for (const code of codes) {
            if (seen.has(code)) problems.push({ code, reason: 'DUPLICATE' });
            seen.add(code);
        }
        const variantId = Number(input.productVariantId);
        const soldAt = input.soldAt ?? new Date();

        const sold = await this.connection.withTransaction(ctx, async tx => {
            const repo = this.connection.getRepository(tx, Stamp);
            const rows: Array<{
                id: string;
                code: string;
                serial: string;
                status: StampStatus;
                productVariantId: number;
            }> = await repo.query(
                `SELECT id, code, serial, status, "productVariantId" FROM ${this.table(Stamp)}
                     WHERE code = ANY($1::char(17)[]) ORDER BY id FOR UPDATE`,
                [[...seen].filter(c => c.length === STAMP_CODE_LENGTH)],
            );
            const byCode = new Map(rows.map(r => [r.code, r]));
            const reused: typeof rows = [];
            for (const code of seen) {
                const row = byCode.get(code);
                if (!row) {
                    problems.push({ code, reason: 'NOT_FOUND' });
                } else if (row.status === StampStatus.SOLD || row.status === StampStatus.VOID) {
                    problems.push({
                        code,
                        reason: row.status === StampStatus.SOLD ? 'ALREADY_SOLD' : 'VOID',
                        serial: Number(row.serial),
                    });
                    reused.push(row);
                } else if (Number(row.productVariantId) !== variantId) {
                    problems.push({
                        code,
                        reason: 'WRONG_VARIANT',
                        productVariantId: Number(row.productVariantId),
                    });
                }
            }
            if (reused.length) {
                await this.recordReuseAttempts(reused, input, where);
            }
            if (problems.length) {
                throw new StampSaleRefusedError(describeSaleProblems(problems), problems);
            }
            const updated: Array<{ id: string; code: string; serial: string }> = await repo.query(
                `WITH sold AS (
                    UPDATE ${this.table(Stamp)}
                    SET status = '${StampStatus.SOLD}', "soldAt" = $2, "soldChannel" = $3, "soldWhere" = $4, "orderLineId" = $5, "orderCode" = $6
                    WHERE id = ANY($1::bigint[]) AND status = '${StampStatus.ISSUED}'
                    RETURNING id, code, serial
                 ) SELECT * FROM sold ORDER BY serial`,
                [
                    rows.map(r => r.id),
                    soldAt,
                    input.channel,
                    where.slice(0, 200),
                    input.orderLineId ?? null,
                    input.orderCode ?? null,
                ],
            );
            if (updated.length !== rows.length) {
                // Unreachable while the rows are locked; kept so a change to the locking can never sell partially.
                throw new StampSaleRefusedError(
                    'Tem vừa bị thay đổi, hãy thử lại (stamps changed concurrently, retry)',
                    [],
                );
            }
            return updated.map(r => ({ id: String(r.id), code: r.code, serial: Number(r.serial) }));
        });
        await this.eventBus.publish(new StampsChangedEvent(ctx, [variantId], 'sold'));
        return sold;
    }

    /**
     * Undoes the sale of `quantity` stamps of an order line (a cancelled
     * fulfilment, a return put back in stock): the most recently sold ones become
     * ISSUED again and may be sold once more; each undone sale is kept as a
     * {@link StampReturn}. Runs in the caller's transaction. Returns the codes.
     */
    async returnSold(ctx: RequestContext, orderLineId: ID, quantity: number): Promise<string[]> {
        if (!Number.isInteger(quantity) || quantity < 1) return [];
        const repo = this.connection.getRepository(ctx, Stamp);
        const rows: Array<{ id: string; code: string; productVariantId: number }> = await repo.query(
            `WITH picked AS (
                SELECT id FROM ${this.table(Stamp)}
                 WHERE "orderLineId" = $1 AND status = '${StampStatus.SOLD}'
                 ORDER BY "soldAt" DESC, serial DESC LIMIT $2 FOR UPDATE
             ), kept AS (
                INSERT INTO "${this.connection.rawConnection.getMetadata(StampReturn).tableName}"
                       ("stampId", "soldAt", "soldChannel", "soldWhere", "orderLineId", "orderCode")
                SELECT s.id, s."soldAt", s."soldChannel", s."soldWhere", s."orderLineId", s."orderCode"
                  FROM ${this.table(Stamp)} s JOIN picked p ON p.id = s.id
             )
             UPDATE ${this.table(Stamp)} s
                SET status = '${StampStatus.ISSUED}', "soldAt" = NULL, "soldChannel" = NULL, "soldWhere" = NULL,
                    "orderLineId" = NULL, "orderCode" = NULL
               FROM picked p WHERE s.id = p.id
             RETURNING s.id, s.code, s."productVariantId"`,
            [Number(orderLineId), quantity],
        );
        if (rows.length < quantity) {
            Logger.warn(
                `Order line ${orderLineId}: ${quantity} units came back but only ${rows.length} sold stamps were found`,
                loggerCtx,
            );
        }
        if (rows.length) {
            await this.eventBus.publish(new StampsChangedEvent(ctx, [rows[0].productVariantId], 'returned'));
        }
        return rows.map(r => r.code);
    }

    /**
     * The `quantity` lowest-serial ISSUED stamps of a variant, locked until the
     * caller's transaction ends; stamps locked by a concurrent sale are skipped,
     * so two fulfilments never pick the same stamp. Returns fewer when the
     * variant has fewer free stamps. Call it inside a transaction.
     */
    async pickIssued(ctx: RequestContext, productVariantId: ID, quantity: number): Promise<StampRef[]> {
        if (!Number.isInteger(quantity) || quantity < 1) return [];
        const rows: Array<{ id: string; code: string; serial: string }> = await this.connection
            .getRepository(ctx, Stamp)
            .query(
                `SELECT id, code, serial FROM ${this.table(Stamp)}
             WHERE "productVariantId" = $1 AND status = '${StampStatus.ISSUED}'
             ORDER BY serial LIMIT $2 FOR UPDATE SKIP LOCKED`,
                [productVariantId, quantity],
            );
        return rows.map(r => ({ id: String(r.id), code: r.code, serial: Number(r.serial) }));
    }

    /** ISSUED stamps per variant; every requested variant is in the map (0 when it has none). */
    async countIssued(ctx: RequestContext, productVariantIds: ID[]): Promise<Map<ID, number>> {
        const result = new Map<ID, number>();
        if (productVariantIds.length === 0) return result;
        const rows: Array<{ productVariantId: number; count: string }> = await this.connection
            .getRepository(ctx, Stamp)
            .query(
                `SELECT "productVariantId", COUNT(*) AS count FROM ${this.table(Stamp)}
             WHERE "productVariantId" = ANY($1::int[]) AND status = '${StampStatus.ISSUED}'
             GROUP BY "productVariantId"`,
                [productVariantIds.map(id => Number(id))],
            );
        const counts = new Map(rows.map(r => [String(r.productVariantId), Number(r.count)]));
        for (const id of productVariantIds) result.set(id, counts.get(String(id)) ?? 0);
        return result;
    }

    /**
     * Batches visible in the active channel: all of them in the default channel
     * (the office), otherwise only those of variants assigned to the channel, so
     * a producer never sees another producer's stamps.
     */
    async findBatches(
        ctx: RequestContext,
        options: StampListOptions = {},
    ): Promise<{ items: StampBatch[]; totalItems: number }> {
        const { skip, take } = pageOf(options);
        const qb = this.connection
            .getRepository(ctx, StampBatch)
            .createQueryBuilder('batch')
            .orderBy('batch.id', 'DESC')
            .skip(skip)
            .take(take);
        this.restrictToChannel(ctx, qb);
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    /** One batch if it is visible in the active channel (see {@link findBatches}). */
    async findBatch(ctx: RequestContext, id: ID): Promise<StampBatch | undefined> {
        const qb = this.connection
            .getRepository(ctx, StampBatch)
            .createQueryBuilder('batch')
            .where('batch.id = :id', { id });
        this.restrictToChannel(ctx, qb);
        return (await qb.getOne()) ?? undefined;
    }

    /** A page of a batch's stamps in serial order. */
    async findStamps(
        ctx: RequestContext,
        batchId: ID,
        options: StampListOptions = {},
    ): Promise<{ items: Stamp[]; totalItems: number }> {
        const { skip, take } = pageOf(options);
        const [items, totalItems] = await this.connection.getRepository(ctx, Stamp).findAndCount({
            where: { batchId: batchId as number },
            order: { serial: 'ASC' },
            skip,
            take,
        });
        return { items, totalItems };
    }

    /**
     * Reads a batch's stamps in serial order, `chunkSize` at a time (keyset
     * pagination), so print files for 100,000 stamps never hold them all in memory.
     */
    async *streamStamps(
        ctx: RequestContext,
        batchId: ID,
        chunkSize = 1000,
    ): AsyncGenerator<Array<Pick<Stamp, 'code' | 'serial' | 'status'>>> {
        let after = 0;
        for (;;) {
            const rows: Array<{ code: string; serial: string; status: StampStatus }> = await this.connection
                .getRepository(ctx, Stamp)
                .query(
                    `SELECT code, serial, status FROM ${this.table(Stamp)} WHERE "batchId" = $1 AND serial > $2 ORDER BY serial LIMIT $3`,
                    [batchId, after, chunkSize],
                );
            if (rows.length === 0) return;
            after = Number(rows[rows.length - 1].serial);
            yield rows.map(r => ({ code: r.code, serial: Number(r.serial), status: r.status }));
            if (rows.length < chunkSize) return;
        }
    }

    private restrictToChannel(ctx: RequestContext, qb: SelectQueryBuilder<StampBatch>) {
        if (ctx.channel.code === DEFAULT_CHANNEL_CODE) return;
        qb.andWhere(
            `batch."productVariantId" IN (SELECT pvc."productVariantId" FROM product_variant_channels_channel pvc WHERE pvc."channelId" = :channelId)`,
            { channelId: ctx.channelId },
        );
    }

    private async getBatchOrThrow(ctx: RequestContext, batchId: ID): Promise<StampBatch> {
        const batch = await this.connection
            .getRepository(ctx, StampBatch)
            .findOne({ where: { id: batchId } });
        if (!batch) {
            throw new UserInputError(`Không tìm thấy lô tem ${batchId} (unknown stamp batch)`);
        }
        return batch;
    }

    /**
     * ISSUED → VOID for the stamps matching `condition`. The matching rows are
     * locked first and counted by status, so the counts are exact even while
     * sales run: a stamp sold a moment earlier is reported as sold, not voided.
     */
    private async voidWhere(
        ctx: RequestContext,
        condition: string,
        params: unknown[],
        expected: number,
        reason: string,
    ): Promise<VoidStampsResult> {
        const n = params.length;
        const { result, variantIds } = await this.connection.withTransaction(ctx, async tx => {
            const repo = this.connection.getRepository(tx, Stamp);
            // Placing an order reads the unpromised stamps under these locks: take them
            // first, so a void and a placement are judged one after the other.
            const touched: Array<{ productVariantId: number }> = await repo.query(
                `SELECT DISTINCT "productVariantId" FROM ${this.table(Stamp)} WHERE ${condition} AND status = '${StampStatus.ISSUED}'`,
                params,
            );
            await lockVariantsForSale(
                repo.manager,
                touched.map(t => t.productVariantId),
            );
            const counts: Array<{ status: StampStatus; count: string }> = await repo.query(
                `SELECT status, COUNT(*) AS count FROM (SELECT status FROM ${this.table(Stamp)} WHERE ${condition} FOR UPDATE) locked GROUP BY status`,
                params,
            );
            const countOf = (s: StampStatus) => Number(counts.find(c => c.status === s)?.count ?? 0);
            const voidedRows: Array<{ productVariantId: number; count: string }> = await repo.query(
                `WITH voided AS (
                    UPDATE ${this.table(Stamp)} SET status = '${StampStatus.VOID}', "voidReason" = $${n + 1}, "voidedAt" = now()
                    WHERE ${condition} AND status = '${StampStatus.ISSUED}'
                    RETURNING "productVariantId"
                 ) SELECT "productVariantId", COUNT(*) AS count FROM voided GROUP BY "productVariantId"`,
                [...params, reason],
            );
            const sold = countOf(StampStatus.SOLD);
            const soldCodes: string[] = sold
                ? (
                      await repo.query(
                          `SELECT code FROM ${this.table(Stamp)} WHERE ${condition} AND status = '${StampStatus.SOLD}' ORDER BY serial LIMIT 1000`,
                          params,
                      )
                  ).map((r: { code: string }) => r.code)
                : [];
            await this.alertShortReservations(
                tx,
                voidedRows.map(r => r.productVariantId),
                reason,
            );
            const voided = voidedRows.reduce((sum, r) => sum + Number(r.count), 0);
            const found = voided + countOf(StampStatus.VOID) + sold;
            return {
                result: {
                    voided,
                    alreadyVoid: countOf(StampStatus.VOID),
                    sold,
                    notFound: Math.max(0, expected - found),
                    soldCodes,
                },
                variantIds: voidedRows.map(r => r.productVariantId as ID),
            };
        });
        if (variantIds.length) {
            await this.eventBus.publish(new StampsChangedEvent(ctx, variantIds, 'voided'));
        }
        return result;
    }

    /**
     * After a void: a variant whose placed, unfulfilled orders hold more units than
     * it has ISSUED stamps left cannot ship those orders as they are. The void
     * stands (the stamps are gone); the office gets an alert naming the shortfall.
     */
    private async alertShortReservations(ctx: RequestContext, variantIds: number[], reason: string) {
        if (variantIds.length === 0) return;
        const short: Array<{ productVariantId: number; issued: string; held: string; stampId: string }> =
            await this.connection.getRepository(ctx, Stamp).query(
                `SELECT v.id AS "productVariantId", st.issued, sl.held,
                        (SELECT s.id FROM ${this.table(Stamp)} s WHERE s."productVariantId" = v.id AND s.status = '${StampStatus.VOID}'
                          ORDER BY s."voidedAt" DESC, s.id DESC LIMIT 1) AS "stampId"
                   FROM product_variant v
                  CROSS JOIN LATERAL (SELECT count(*) AS issued FROM ${this.table(Stamp)} s
                                       WHERE s."productVariantId" = v.id AND s.status = '${StampStatus.ISSUED}') st
                  CROSS JOIN LATERAL (SELECT COALESCE(sum("stockAllocated"), 0) AS held FROM stock_level
                                       WHERE "productVariantId" = v.id) sl
                  WHERE v.id = ANY($1::int[]) AND sl.held > st.issued`,
                [variantIds.map(Number)],
            );
        if (short.length === 0) return;
        await this.connection.getRepository(ctx, StampAlert).insert(
            short.map(row => ({
                stampId: String(row.stampId),
                kind: StampAlertKind.RESERVATION_SHORT,
                detail:
                    `Phiên bản ${row.productVariantId}: đơn đã đặt giữ ${row.held} sản phẩm nhưng chỉ còn ${row.issued} tem chưa bán sau khi hủy tem ("${reason}"); ` +
                    `cần cấp thêm tem hoặc xử lý các đơn này (placed orders hold ${row.held} units, ${row.issued} ISSUED stamps remain after the void)`,
            })),
        );
        Logger.warn(
            `Stamp void left ${short.length} variant(s) short of stamps for placed orders`,
            loggerCtx,
        );
    }

    /** Written outside the caller's transaction: the failed sale rolls back, the signal stays. */
    private async recordReuseAttempts(
        rows: Array<{ id: string; code: string; status: StampStatus }>,
        input: MarkSoldInput,
        where: string,
    ) {
        const context = [input.orderCode && `đơn ${input.orderCode}`, `tại ${where}`]
            .filter(Boolean)
            .join(', ');
        try {
            await this.connection.rawConnection.getRepository(StampAlert).insert(
                rows.map(r => ({
                    stampId: String(r.id),
                    kind: StampAlertKind.REUSE_ATTEMPT,
                    detail: `Bán lại tem ${r.code} đang ở trạng thái ${r.status} (${context}) (sale attempted on a ${r.status} stamp)`,
                })),
            );
        } catch (e: any) {
            Logger.error(`Could not record stamp reuse alert: ${e?.message}`, loggerCtx);
        }
    }

    /**
     * The warehouse of the producer whose channel holds the variant's product: the
     * stock location assigned to that producer's channel (the one made with the
     * producer). Null when the product has no producer.
     */
    async producerWarehouseOf(ctx: RequestContext, productVariantId: ID): Promise<number | null> {
        const rows: Array<{ id: number }> = await this.connection.getRepository(ctx, Stamp).query(
            `SELECT slc."stockLocationId" AS id
               FROM product_variant v
               JOIN product_channels_channel pc ON pc."productId" = v."productId"
               JOIN producer pr ON pr."channelId" = pc."channelId"
               JOIN stock_location_channels_channel slc ON slc."channelId" = pr."channelId"
              WHERE v.id = $1
              ORDER BY pr.active DESC, pr.id, slc."stockLocationId" LIMIT 1`,
            [Number(productVariantId)],
        );
        return rows[0]?.id ?? null;
    }

    private async existingLocation(ctx: RequestContext, id: ID): Promise<number> {
        const rows = await this.connection
            .getRepository(ctx, Stamp)
            .query(`SELECT id FROM stock_location WHERE id = $1`, [Number(id)]);
        if (!rows.length) {
            throw new UserInputError(`Không có kho ${id} (unknown stock location)`);
        }
        return Number(rows[0].id);
    }

    private table(entity: typeof Stamp | typeof StampBatch): string {
        return `"${this.connection.rawConnection.getMetadata(entity).tableName}"`;
    }
}

/** Codes typed or scanned for a sale, in the order given, normalized. */
export function parseStampCodeList(text: string | null | undefined): string[] {
    return (text ?? '')
        .split(/[\s,;]+/)
        .map(c => normalizeStampCode(c))
        .filter(Boolean);
}

function pageOf(options: StampListOptions): { skip: number; take: number } {
    const skip = options.skip ?? 0;
    const take = options.take ?? 100;
    if (!Number.isInteger(skip) || skip < 0) {
        throw new UserInputError('skip phải là số nguyên không âm (skip must be a non-negative integer)');
    }
    if (!Number.isInteger(take) || take < 0 || take > MAX_STAMP_PAGE) {
        throw new UserInputError(`take phải từ 0 đến ${MAX_STAMP_PAGE} (take must be 0–${MAX_STAMP_PAGE})`);
    }
    return { skip, take };
}

function requireReason(reason: string): string {
    const text = (reason ?? '').normalize('NFC').trim();
    if (!text) {
        throw new UserInputError('Cần nêu lý do hủy tem (a reason is required)');
    }
    if (text.length > 500) {
        throw new UserInputError('Lý do hủy tối đa 500 ký tự (reason is limited to 500 characters)');
    }
    return text;
}

function parseIsoDate(value: string, label: string): string {
    const match = ISO_DATE.exec((value ?? '').trim());
    const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
    if (
        !match ||
        !date ||
        date.getUTCFullYear() !== +match[1] ||
        date.getUTCMonth() !== +match[2] - 1 ||
        date.getUTCDate() !== +match[3]
    ) {
        throw new UserInputError(`${label} phải là ngày hợp lệ dạng YYYY-MM-DD, nhận được "${value}"`);
    }
    return match[0];
}

function parseSerial(value: string | number, batch: StampBatch): number {
    const text = String(value).trim();
    const printed = SERIAL_TEXT.exec(text);
    if (printed) {
        if (Number(printed[1]) !== batch.serialYear) {
            throw new UserInputError(
                `Sê-ri ${text} không thuộc năm của lô ${batch.serialYear} (serial is not from this batch's year)`,
            );
        }
        return Number(printed[2]);
    }
    if (/^\d{1,7}$/.test(text)) return Number(text);
    throw new UserInputError(`Sê-ri không hợp lệ: "${text}" (expected e.g. HT-2026-0001234)`);
}

/** Cryptographically random bytes, fetched in large blocks: one syscall per 10,000 codes instead of one per code. */
function randomPool(blockSize: number): (n: number) => Uint8Array {
    let block = randomBytes(blockSize);
    let offset = 0;
    return n => {
        if (offset + n > block.length) {
            block = randomBytes(Math.max(blockSize, n));
            offset = 0;
        }
        const bytes = block.subarray(offset, offset + n);
        offset += n;
        return bytes;
    };
}

function describeSaleProblems(problems: StampSaleProblem[]): string {
    const parts = problems.slice(0, 10).map(p => {
        switch (p.reason) {
            case 'NOT_FOUND':
                return `${p.code}: không tồn tại (unknown)`;
            case 'WRONG_VARIANT':
                return `${p.code}: tem của sản phẩm khác (stamp of another variant)`;
            case 'ALREADY_SOLD':
                return `${p.code}: tem đã bán (stamp already sold)`;
            case 'VOID':
                return `${p.code}: tem đã bị hủy (stamp is void)`;
            case 'DUPLICATE':
                return `${p.code}: nhập trùng (duplicate)`;
        }
    });
    const more = problems.length > 10 ? ` và ${problems.length - 10} mã khác` : '';
    return `Không thể bán với các tem này (stamps refused) — ${parts.join('; ')}${more}`;
}

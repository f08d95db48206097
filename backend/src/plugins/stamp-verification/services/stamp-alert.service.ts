import { Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { formatStampSerial } from '@ocop/shared';
import {
    EntityNotFoundError,
    ID,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { StampAlert, StampAlertKind } from '../../stamps/entities/stamp-alert.entity';

export interface StampAlertView {
    id: number;
    stampId: string;
    code: string;
    serial: string;
    kind: StampAlertKind;
    detail: string;
    resolved: boolean;
    createdAt: Date;
    productName: string | null;
    variantName: string | null;
}

export interface StampAlertListOptions {
    skip?: number | null;
    take?: number | null;
    resolved?: boolean | null;
}

const MAX_TAKE = 100;

/**
 * Counterfeit signals for the coordination office: alerts raised by checks
 * (MANY_CLIENTS) and by sales (REUSE_ATTEMPT), with the stamp and product they
 * concern. Outside the default channel only the channel's own variants show.
 */
@Injectable()
export class StampAlertService {
    constructor(private readonly connection: TransactionalConnection) {}

    async findAll(
        ctx: RequestContext,
        options: StampAlertListOptions = {},
    ): Promise<{ items: StampAlertView[]; totalItems: number }> {
        const skip = options.skip ?? 0;
        const take = options.take ?? 50;
        if (!Number.isInteger(skip) || skip < 0)
            throw new UserInputError('skip phải là số nguyên ≥ 0 (skip must be ≥ 0)');
        if (!Number.isInteger(take) || take < 0 || take > MAX_TAKE) {
            throw new UserInputError(`take phải từ 0 đến ${MAX_TAKE} (take must be 0–${MAX_TAKE})`);
        }
        const params: unknown[] = [];
        const where = this.scope(ctx, params, options.resolved);
        const [{ count }] = await this.query<{ count: string }>(
            ctx,
            `SELECT count(*) AS count FROM "stamp_alert" a JOIN "stamp" s ON s.id = a."stampId" WHERE ${where}`,
            params,
        );
        const rows = await this.query<AlertRow>(
            ctx,
            `${this.selectView(params.length + 1)} WHERE ${where} ORDER BY a."createdAt" DESC, a.id DESC
             OFFSET $${params.length + 2} LIMIT $${params.length + 3}`,
            [...params, ctx.languageCode, skip, take],
        );
        return { items: rows.map(toView), totalItems: Number(count) };
    }

    /** One alert in the caller's scope, or null. */
    async findOne(ctx: RequestContext, id: ID): Promise<StampAlertView | null> {
        const alertId = Number(id);
        if (!Number.isSafeInteger(alertId)) return null;
        const params: unknown[] = [];
        const where = this.scope(ctx, params);
        const rows = await this.query<AlertRow>(
            ctx,
            `${this.selectView(params.length + 1)} WHERE ${where} AND a.id = $${params.length + 2}`,
            [...params, ctx.languageCode, alertId],
        );
        return rows[0] ? toView(rows[0]) : null;
    }

    /** Whether the stamp is one the caller may look at (outside the default channel: its own variants). */
    async stampVisible(ctx: RequestContext, stampId: ID): Promise<boolean> {
        const id = Number(stampId);
        if (!Number.isSafeInteger(id)) return false;
        const params: unknown[] = [];
        const where = this.scope(ctx, params);
        const rows = await this.query<{ id: string }>(
            ctx,
            `SELECT s.id FROM "stamp" s WHERE ${where} AND s.id = $${params.length + 1}`,
            [...params, id],
        );
        return rows.length > 0;
    }

    async resolve(ctx: RequestContext, id: ID): Promise<StampAlertView> {
        const alertId = Number(id);
        const params: unknown[] = [];
        const where = this.scope(ctx, params);
        params.push(alertId);
        const found = await this.query<{ id: number }>(
            ctx,
            `SELECT a.id FROM "stamp_alert" a JOIN "stamp" s ON s.id = a."stampId" WHERE ${where} AND a.id = $${params.length}`,
            params,
        );
        if (!Number.isSafeInteger(alertId) || found.length === 0)
            throw new EntityNotFoundError('StampAlert' as any, id);
        await this.connection.getRepository(ctx, StampAlert).update({ id: alertId }, { resolved: true });
        const [row] = await this.query<AlertRow>(ctx, `${this.selectView(1)} WHERE a.id = $2`, [
            ctx.languageCode,
            alertId,
        ]);
        return toView(row);
    }

    private selectView(languageParam: number) {
        return `
            SELECT a.id, a."stampId", a.kind, a.detail, a.resolved, a."createdAt", s.code, s.serial, b."serialYear",
                   pt.name AS "productName", pvt.name AS "variantName"
            FROM "stamp_alert" a
            JOIN "stamp" s ON s.id = a."stampId"
            JOIN "stamp_batch" b ON b.id = s."batchId"
            JOIN "product_variant" pv ON pv.id = s."productVariantId"
            LEFT JOIN LATERAL (
                SELECT name FROM "product_translation" WHERE "baseId" = pv."productId"
                ORDER BY ("languageCode" = $${languageParam}) DESC, id LIMIT 1
            ) pt ON true
            LEFT JOIN LATERAL (
                SELECT name FROM "product_variant_translation" WHERE "baseId" = pv.id
                ORDER BY ("languageCode" = $${languageParam}) DESC, id LIMIT 1
            ) pvt ON true`;
    }

    private scope(ctx: RequestContext, params: unknown[], resolved?: boolean | null): string {
        const conditions = ['true'];
        if (resolved != null) {
            params.push(resolved);
            conditions.push(`a.resolved = $${params.length}`);
        }
        if (ctx.channel.code !== DEFAULT_CHANNEL_CODE) {
            params.push(ctx.channelId);
            conditions.push(
                `EXISTS (SELECT 1 FROM "product_variant_channels_channel" vc
                         WHERE vc."productVariantId" = s."productVariantId" AND vc."channelId" = $${params.length})`,
            );
        }
        return conditions.join(' AND ');
    }

    private query<R>(ctx: RequestContext, sql: string, params: unknown[]): Promise<R[]> {
        return this.connection.getRepository(ctx, StampAlert).query(sql, params);
    }
}

interface AlertRow {
    id: number;
    stampId: string;
    kind: StampAlertKind;
    detail: string;
    resolved: boolean;
    createdAt: Date;
    code: string;
    serial: string;
    serialYear: number;
    productName: string | null;
    variantName: string | null;
}

function toView(row: AlertRow): StampAlertView {
    let serial: string;
    try {
        serial = formatStampSerial(Number(row.serialYear), Number(row.serial));
    } catch {
        serial = `HT-${row.serialYear}-${row.serial}`;
    }
    return {
        id: row.id,
        stampId: String(row.stampId),
        code: row.code,
        serial,
        kind: row.kind,
        detail: row.detail,
        resolved: row.resolved,
        createdAt: row.createdAt,
        productName: row.productName,
        variantName: row.variantName,
    };
}

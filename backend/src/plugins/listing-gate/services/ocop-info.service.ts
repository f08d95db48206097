import { Injectable } from '@nestjs/common';
import { ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';

export interface OcopInfo {
    stars: number;
    certificateNumber: string;
    validUntil: string;
    productGroup: string;
    producerName: string;
    area: string;
}

interface Batch {
    ids: Set<number>;
    result: Promise<Map<number, OcopInfo>>;
}

/**
 * The OCOP badge of a product: only a valid ACTIVE certificate of 3★ or more
 * earns one (an expired or revoked product loses its stars). A product list
 * asks for many badges in the same tick; they are fetched in one query.
 */
@Injectable()
export class OcopInfoService {
    private batches = new WeakMap<RequestContext, Batch>();

    constructor(private connection: TransactionalConnection) {}

    async forProduct(ctx: RequestContext, productId: ID): Promise<OcopInfo | null> {
        let batch = this.batches.get(ctx);
        if (!batch) {
            const ids = new Set<number>();
            // Once the batch is sent, later requests of this context start a new one.
            const result = new Promise(resolve => setImmediate(resolve)).then(() => {
                this.batches.delete(ctx);
                return this.load([...ids]);
            });
            batch = { ids, result };
            this.batches.set(ctx, batch);
        }
        batch.ids.add(Number(productId));
        return (await batch.result).get(Number(productId)) ?? null;
    }

    private async load(productIds: number[]): Promise<Map<number, OcopInfo>> {
        const rows: Array<OcopInfo & { productId: number }> = await this.connection.rawConnection.query(
            `SELECT DISTINCT ON (c."productId") c."productId", c.stars, c."certificateNumber",
                    to_char(c."validUntil", 'YYYY-MM-DD') AS "validUntil", c."productGroup",
                    p."legalName" AS "producerName", p.area
               FROM certificate c
               JOIN product_channels_channel pc ON pc."productId" = c."productId"
               JOIN producer p ON p."channelId" = pc."channelId"
              WHERE c."productId" = ANY($1) AND c.status = 'ACTIVE' AND c.stars >= 3
                AND c."issuedAt" <= $2::date AND c."validUntil" >= $2::date
              ORDER BY c."productId", c."validUntil" DESC`,
            [productIds, vietnamDate()],
        );
        return new Map(rows.map(({ productId, ...info }) => [Number(productId), info]));
    }
}

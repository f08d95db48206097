import { Injectable } from '@nestjs/common';
import { ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { vietnamDate } from '../../../vietnam-time';
import { certificateReasonOn, governingCertificateSql, governingProducerSql } from '../selling-rule';

export interface OcopInfo {
    /** Not in the schema: lets other plugins resolve fields of the badge (collective brands). */
    productId: number;
    stars: number;
    certificateNumber: string;
    /** First valid day of the certificate (its issue date). */
    validFrom: string;
    validUntil: string;
    productGroup: string;
    producerCode: string;
    producerName: string;
    area: string;
}

interface Batch {
    ids: Set<number>;
    result: Promise<Map<number, OcopInfo>>;
}

interface BadgeRow extends Omit<OcopInfo, 'validFrom'> {
    status: string;
    issuedAt: string;
}

/**
 * The OCOP badge of a product: shown while the certificate that governs the
 * product makes it OCOP standard today (the selling rule's test; an expired or
 * revoked product loses its stars). A product list asks for many badges in the
 * same tick; they are fetched in one query.
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
        const today = vietnamDate();
        const rows: BadgeRow[] = await this.connection.rawConnection.query(
            `SELECT p.id AS "productId", c.status, c.stars, c."certificateNumber", c."productGroup",
                    to_char(c."issuedAt", 'YYYY-MM-DD') AS "issuedAt", to_char(c."validUntil", 'YYYY-MM-DD') AS "validUntil",
                    pr.code AS "producerCode", pr."legalName" AS "producerName", pr.area
               FROM product p
               JOIN LATERAL (${governingCertificateSql('p.id', 'c.*')}) c ON true
               JOIN LATERAL (${governingProducerSql('p.id', 'pr.code, pr."legalName", pr.area')}) pr ON true
              WHERE p.id = ANY($1)`,
            [productIds],
        );
        const badges = new Map<number, OcopInfo>();
        for (const { status, issuedAt, ...info } of rows) {
            if (
                !certificateReasonOn(
                    { status, stars: info.stars, issuedAt, validUntil: info.validUntil },
                    today,
                )
            ) {
                const productId = Number(info.productId);
                badges.set(productId, { ...info, productId, validFrom: issuedAt });
            }
        }
        return badges;
    }
}

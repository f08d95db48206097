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

/**
 * The OCOP badge of a product: only a valid ACTIVE certificate of 3★ or more
 * earns one (an expired or revoked product loses its stars).
 */
@Injectable()
export class OcopInfoService {
    constructor(private connection: TransactionalConnection) {}

    async forProduct(ctx: RequestContext, productId: ID): Promise<OcopInfo | null> {
        const today = vietnamDate();
        const rows = await this.connection.rawConnection.query(
            `SELECT c.stars, c."certificateNumber", to_char(c."validUntil", 'YYYY-MM-DD') AS "validUntil", c."productGroup",
                    p."legalName" AS "producerName", p.area
               FROM certificate c
               JOIN product_channels_channel pc ON pc."productId" = c."productId"
               JOIN producer p ON p."channelId" = pc."channelId"
              WHERE c."productId" = $1 AND c.status = 'ACTIVE' AND c.stars >= 3
                AND c."issuedAt" <= $2::date AND c."validUntil" >= $2::date
              ORDER BY c."validUntil" DESC LIMIT 1`,
            [Number(productId), today],
        );
        return rows[0] ?? null;
    }
}

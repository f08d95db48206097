import { Injectable } from '@nestjs/common';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { sortVietnamese } from '@ocop/shared';
import { RequestContext, TransactionalConnection } from '@vendure/core';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';

/** What anyone may know about a producer: never its tax code, phone, e-mail or contact person. */
export interface PublicProducer {
    code: string;
    name: string;
    type: string;
    commune: string;
    area: string;
    story: string;
    /** Its products on sale now (enabled and listed in the marketplace). */
    productCount: number;
}

interface Row {
    code: string;
    name: string;
    type: string;
    commune: string;
    area: string;
    storyVi: string;
    storyEn: string;
    productCount: number;
}

/** Producers' public pages: only active producers; the list only those with something on sale. */
@Injectable()
export class PublicProducerService {
    constructor(private connection: TransactionalConnection) {}

    async list(ctx: RequestContext): Promise<PublicProducer[]> {
        const rows = (await this.rows(ctx)).filter(r => r.productCount > 0);
        return sortVietnamese(
            rows.map(r => this.toPublic(ctx, r)),
            p => p.name,
        );
    }

    async byCode(ctx: RequestContext, code: string): Promise<PublicProducer | null> {
        const [row] = await this.rows(ctx, code);
        return row ? this.toPublic(ctx, row) : null;
    }

    private rows(ctx: RequestContext, code?: string): Promise<Row[]> {
        return this.connection.getRepository(ctx, 'Channel').query(
            `SELECT pr.code, pr."legalName" AS name, pr.type, pr.commune, pr.area, pr."storyVi", pr."storyEn",
                    (SELECT count(*)::int FROM product p
                       JOIN product_channels_channel own ON own."productId" = p.id AND own."channelId" = pr."channelId"
                       JOIN product_channels_channel m ON m."productId" = p.id AND m."channelId" = mc.id
                      WHERE p."deletedAt" IS NULL AND p.enabled) AS "productCount"
               FROM producer pr
               CROSS JOIN (SELECT id FROM channel WHERE code = $1) mc
              WHERE pr.active AND ($2::varchar IS NULL OR pr.code = $2)`,
            [MARKETPLACE_CHANNEL_CODE, code ?? null],
        );
    }

    private toPublic(ctx: RequestContext, row: Row): PublicProducer {
        const story = ctx.languageCode === LanguageCode.en && row.storyEn ? row.storyEn : row.storyVi;
        return {
            code: row.code,
            name: row.name,
            type: row.type,
            commune: row.commune,
            area: row.area,
            story,
            productCount: Number(row.productCount),
        };
    }
}

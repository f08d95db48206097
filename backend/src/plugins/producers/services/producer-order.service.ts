import { Injectable } from '@nestjs/common';
import { OrderLine, RequestContext, TransactionalConnection } from '@vendure/core';
import { In } from 'typeorm';

export interface ProducerOrderLine {
    orderCode: string;
    orderState: string;
    orderPlacedAt: Date;
    productName: string;
    variantName: string;
    sku: string;
    quantity: number;
    linePriceWithTax: number;
    shippingCity: string | null;
}

/**
 * The order lines of placed marketplace orders for products of the request's
 * channel: a producer sees what it sold, never the other producers' lines of
 * the same order, and no customer detail beyond the destination city.
 */
@Injectable()
export class ProducerOrderService {
    constructor(private connection: TransactionalConnection) {}

    async linesForChannel(ctx: RequestContext, options: { skip?: number; take?: number } = {}) {
        const take = Math.min(Math.max(options.take ?? 50, 1), 200);
        const skip = Math.max(options.skip ?? 0, 0);
        const params = [ctx.channelId, ctx.languageCode, take, skip];
        const from = `
              FROM order_line l
              JOIN "order" o ON o.id = l."orderId" AND o."orderPlacedAt" IS NOT NULL AND o.type <> 'Seller'
              JOIN product_variant v ON v.id = l."productVariantId"
              JOIN product_channels_channel pc ON pc."productId" = v."productId" AND pc."channelId" = $1`;
        const items: Array<Omit<ProducerOrderLine, 'linePriceWithTax'> & { lineId: number }> =
            await this.connection.getRepository(ctx, 'OrderLine').manager.query(
                `SELECT o.code AS "orderCode", o.state AS "orderState", o."orderPlacedAt" AS "orderPlacedAt",
                    coalesce(pt.name, pt_any.name) AS "productName", coalesce(vt.name, vt_any.name) AS "variantName", v.sku,
                    l.id AS "lineId", l.quantity,
                    o."shippingAddress"::json->>'city' AS "shippingCity"
             ${from}
              LEFT JOIN product_translation pt ON pt."baseId" = v."productId" AND pt."languageCode" = $2
              LEFT JOIN LATERAL (SELECT name FROM product_translation WHERE "baseId" = v."productId" LIMIT 1) pt_any ON true
              LEFT JOIN product_variant_translation vt ON vt."baseId" = v.id AND vt."languageCode" = $2
              LEFT JOIN LATERAL (SELECT name FROM product_variant_translation WHERE "baseId" = v.id LIMIT 1) vt_any ON true
             ORDER BY o."orderPlacedAt" DESC, l.id
             LIMIT $3 OFFSET $4`,
                params,
            );
        const [{ total }] = await this.connection
            .getRepository(ctx, 'OrderLine')
            .manager.query(`SELECT count(*)::int AS total ${from}`, [ctx.channelId]);
        // Prices come from Vendure's own line arithmetic (tax, discounts, whole-đồng rounding).
        const lines = await this.connection
            .getRepository(ctx, OrderLine)
            .find({ where: { id: In(items.map(i => i.lineId)) } });
        const byId = new Map(lines.map(l => [Number(l.id), l]));
        return {
            items: items.map(({ lineId, ...i }) => ({
                ...i,
                quantity: Number(i.quantity),
                linePriceWithTax: byId.get(Number(lineId))?.proratedLinePriceWithTax ?? 0,
            })),
            totalItems: total,
        };
    }
}

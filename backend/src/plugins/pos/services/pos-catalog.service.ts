import { formatStampSerial } from '@ocop/shared';
import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@vendure/core';
import { governingCertificateSql, governingProducerSql } from '../../listing-gate/selling-rule';
import { ListingGateService } from '../../listing-gate/services/listing-gate.service';
import { PosSale } from '../entities/pos-sale.entity';
import { TabletIdentity } from '../types';
import { PosSaleService } from './pos-sale.service';

/** What a tablet caches to sell offline: the sellable catalogue and the stamped units on its shelf. */
@Injectable()
export class PosCatalogService {
    constructor(
        private connection: TransactionalConnection,
        private listingGate: ListingGateService,
        private saleService: PosSaleService,
    ) {}

    async variants(ctx: RequestContext) {
        const marketplace = await this.saleService.marketplaceChannel(ctx);
        const rows: any[] = await this.connection.getRepository(ctx, PosSale).manager.query(
            `SELECT v.id, v.sku, v."customFieldsEan" AS ean, COALESCE(vt.name, pt.name) AS name, pt.name AS "productName",
                    c."productGroup" AS "group", pr."legalName" AS "producerName",
                    (SELECT pp.price FROM product_variant_price pp
                      WHERE pp."variantId" = v.id AND pp."channelId" = $1 ORDER BY pp.id LIMIT 1) AS "priceWithTax",
                    (SELECT tr.value FROM tax_rate tr
                      WHERE tr."categoryId" = v."taxCategoryId" AND tr."zoneId" = $2 AND tr.enabled ORDER BY tr.id LIMIT 1) AS "taxRate"
               FROM product_variant v
               JOIN product_variant_channels_channel vc ON vc."productVariantId" = v.id AND vc."channelId" = $1
               LEFT JOIN product_variant_translation vt ON vt."baseId" = v.id AND vt."languageCode" = 'vi'
               LEFT JOIN product_translation pt ON pt."baseId" = v."productId" AND pt."languageCode" = 'vi'
               LEFT JOIN LATERAL (${governingProducerSql('v."productId"', 'pr."legalName"')}) pr ON true
               LEFT JOIN LATERAL (${governingCertificateSql('v."productId"', 'c."productGroup"')}) c ON true
              WHERE v."deletedAt" IS NULL AND v.enabled
              ORDER BY pt.name, v.sku`,
            [marketplace.id, marketplace.defaultTaxZone?.id ?? null],
        );
        const verdicts = await this.listingGate.evaluate(
            ctx.copy(marketplace),
            rows.map(r => r.id),
        );
        return rows
            .filter(
                r =>
                    verdicts.get(Number(r.id))?.sellable ||
                    verdicts.get(Number(r.id))?.reason === 'NOT_ENOUGH_STAMPS' ||
                    verdicts.get(Number(r.id))?.reason === 'NOT_ENOUGH_STOCK',
            )
            .filter(r => r.priceWithTax != null)
            .map(r => ({
                id: String(r.id),
                sku: r.sku,
                name: r.name ?? r.sku,
                productName: r.productName ?? r.name ?? r.sku,
                group: r.group ?? null,
                producerName: r.producerName ?? null,
                priceWithTax: Number(r.priceWithTax),
                taxRate: r.taxRate == null ? 0 : Number(r.taxRate),
                ean: r.ean ?? null,
            }));
    }

    async stampsHere(ctx: RequestContext, tablet: TabletIdentity) {
        const rows: Array<{ code: string; serial: string; productVariantId: number; serialYear: number }> =
            await this.connection.getRepository(ctx, PosSale).query(
                `SELECT trim(s.code) AS code, s.serial, s."productVariantId", b."serialYear" FROM stamp s
                   JOIN stamp_batch b ON b.id = s."batchId"
                  WHERE s."stockLocationId" = $1 AND s.status = 'ISSUED' ORDER BY s.serial`,
                [tablet.stockLocationId],
            );
        return rows.map(r => ({
            code: r.code,
            serial: formatStampSerial(Number(r.serialYear), Number(r.serial)),
            productVariantId: String(r.productVariantId),
        }));
    }
}

import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { slugifyVietnamese } from '@ocop/shared';
import {
    Channel,
    EventBus,
    Facet,
    FacetService,
    FacetValue,
    FacetValueService,
    Injector,
    ProductVariant,
    ProductVariantEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In, IsNull } from 'typeorm';
import { systemContext } from '../../../system-context';
import { vietnamDate } from '../../../vietnam-time';
import { BRAND_PRODUCTS_TABLE } from '../../collective-brands/constants';
import {
    certificateReasonOn,
    governingCertificateSql,
    governingProducerSql,
} from '../../listing-gate/selling-rule';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import {
    FACET_SYNC_LOCK,
    GROUP_VALUES,
    Localized,
    OCOP_FACET_NAMES,
    OCOP_FACETS,
    OcopFacetKey,
    STAR_VALUES,
} from '../constants';

interface RecordRow {
    productId: number;
    status: string | null;
    stars: number | null;
    productGroup: string | null;
    issuedAt: string | null;
    validUntil: string | null;
    producerCode: string | null;
    producerName: string | null;
    area: string | null;
}

interface WantedValue {
    key: OcopFacetKey;
    code: string;
    name: Localized;
}

export interface FacetSyncResult {
    /** Products whose ocop-* facet values changed (and were queued for re-indexing). */
    changed: number[];
}

/**
 * Keeps the `ocop-*` facets equal to the records: each product carries the stars
 * and group of its governing certificate while that makes it OCOP standard today
 * (the badge's test), the area and producer of its governing producer, and the
 * collective brands it belongs to. Anything else on those facets (an admin's edit,
 * a value put on a variant) is taken off again. Runs at the end of every listing
 * refresh (ADR 0008): the same events, jobs, retries and nightly run.
 */
@Injectable()
export class OcopFacetSyncService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private facetService: FacetService,
        private facetValueService: FacetValueService,
        private eventBus: EventBus,
    ) {}

    /** Brings the facets of `productIds` (or of every product) in line with the records. */
    async sync(productIds: number[] | 'all'): Promise<FacetSyncResult> {
        if (Array.isArray(productIds) && productIds.length === 0) return { changed: [] };
        // Acting in the marketplace: facets and values created here belong to it (and to the default channel).
        const ctx = await this.marketplaceContext();
        return this.connection.withTransaction(ctx, tx => this.syncIn(tx, productIds));
    }

    /** Creates the facets and their fixed values (stars, groups) if missing, and repairs them. */
    async ensureFacets(): Promise<void> {
        const marketplace = await this.connection.rawConnection
            .getRepository(Channel)
            .findOne({ where: { code: MARKETPLACE_CHANNEL_CODE } });
        if (!marketplace) return;
        const ctx = await systemContext(new Injector(this.moduleRef), marketplace);
        await this.connection.withTransaction(ctx, async tx => {
            await this.lock(tx);
            await this.facets(tx);
        });
    }

    private async marketplaceContext(): Promise<RequestContext> {
        const marketplace = await this.connection.rawConnection
            .getRepository(Channel)
            .findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
        return systemContext(new Injector(this.moduleRef), marketplace);
    }

    private async lock(tx: RequestContext) {
        // One sync at a time: two would both create a missing value, or undo each other's diff.
        await this.connection
            .getRepository(tx, Facet)
            .query(`SELECT pg_advisory_xact_lock($1, 0)`, [FACET_SYNC_LOCK]);
    }

    private async syncIn(tx: RequestContext, scope: number[] | 'all'): Promise<FacetSyncResult> {
        await this.lock(tx);
        const facets = await this.facets(tx);
        const manager = this.connection.getRepository(tx, Facet).manager;
        const ids = scope === 'all' ? null : [...new Set(scope)];
        const records: RecordRow[] = await manager.query(
            `SELECT p.id AS "productId", c.status, c.stars, c."productGroup",
                    to_char(c."issuedAt", 'YYYY-MM-DD') AS "issuedAt", to_char(c."validUntil", 'YYYY-MM-DD') AS "validUntil",
                    pr.code AS "producerCode", pr."legalName" AS "producerName", pr.area
               FROM product p
               LEFT JOIN LATERAL (${governingCertificateSql('p.id', 'c.*')}) c ON true
               LEFT JOIN LATERAL (${governingProducerSql('p.id', 'pr.code, pr."legalName", pr.area')}) pr ON true
              WHERE p."deletedAt" IS NULL AND ($1::int[] IS NULL OR p.id = ANY($1))
              ORDER BY p.id`,
            [ids],
        );
        const productIds = records.map(r => Number(r.productId));
        const brandRows: Array<{ productId: number; code: string; name: string }> = await manager.query(
            `SELECT bp."productId", b.code, b.name FROM ${BRAND_PRODUCTS_TABLE} bp
               JOIN collective_brand b ON b.id = bp."collectiveBrandId"
              WHERE bp."productId" = ANY($1) ORDER BY b.id`,
            [productIds],
        );
        const today = vietnamDate();
        const wanted = new Map<number, WantedValue[]>();
        for (const r of records) {
            const values: WantedValue[] = [];
            const certificate = r.status
                ? { status: r.status, stars: r.stars ?? 0, issuedAt: r.issuedAt!, validUntil: r.validUntil! }
                : null;
            if (!certificateReasonOn(certificate, today)) {
                const stars = STAR_VALUES.find(v => v.code === String(r.stars));
                if (stars) values.push({ key: 'stars', ...stars });
                const group = GROUP_VALUES.find(v => v.code === r.productGroup);
                values.push({
                    key: 'group',
                    code: r.productGroup!,
                    name: group?.name ?? { vi: r.productGroup!, en: r.productGroup! },
                });
            }
            if (r.producerCode) {
                const producerName = nfc(r.producerName);
                values.push({
                    key: 'producer',
                    code: r.producerCode,
                    name: { vi: producerName, en: producerName },
                });
                const area = nfc(r.area);
                const areaCode = slugifyVietnamese(area);
                if (areaCode) values.push({ key: 'area', code: areaCode, name: { vi: area, en: area } });
            }
            wanted.set(Number(r.productId), values);
        }
        for (const b of brandRows) {
            const name = nfc(b.name);
            wanted
                .get(Number(b.productId))
                ?.push({ key: 'brand', code: b.code, name: { vi: name, en: name } });
        }
        const valueIds = await this.ensureValues(tx, facets, [...wanted.values()].flat());
        const facetIds = [...facets.values()].map(f => Number(f.id));
        const current: Array<{ productId: number; facetValueId: number }> = productIds.length
            ? await manager.query(
                  `SELECT pf."productId", pf."facetValueId" FROM product_facet_values_facet_value pf
                     JOIN facet_value fv ON fv.id = pf."facetValueId"
                    WHERE fv."facetId" = ANY($1) AND pf."productId" = ANY($2)`,
                  [facetIds, productIds],
              )
            : [];
        const have = new Set(current.map(c => `${c.productId}:${c.facetValueId}`));
        const want = new Set<string>();
        for (const [productId, values] of wanted)
            for (const v of values) want.add(`${productId}:${valueIds.get(`${v.key}:${v.code}`)}`);
        const toRemove = [...have].filter(k => !want.has(k)).map(pair);
        const toAdd = [...want].filter(k => !have.has(k)).map(pair);
        if (toRemove.length) {
            await manager.query(
                `DELETE FROM product_facet_values_facet_value pf
                  USING unnest($1::int[], $2::int[]) AS d("productId", "facetValueId")
                  WHERE pf."productId" = d."productId" AND pf."facetValueId" = d."facetValueId"`,
                [toRemove.map(p => p[0]), toRemove.map(p => p[1])],
            );
        }
        if (toAdd.length) {
            await manager.query(
                `INSERT INTO product_facet_values_facet_value ("productId", "facetValueId")
                 SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`,
                [toAdd.map(p => p[0]), toAdd.map(p => p[1])],
            );
        }
        // The facets describe products: a value put on a variant by hand is taken off.
        // TypeORM answers a DELETE … RETURNING with [rows, count].
        const [fromVariants]: [Array<{ productId: number }>, number] = productIds.length
            ? await manager.query(
                  `DELETE FROM product_variant_facet_values_facet_value pvf
                    USING facet_value fv, product_variant v
                    WHERE fv.id = pvf."facetValueId" AND fv."facetId" = ANY($1)
                      AND v.id = pvf."productVariantId" AND v."productId" = ANY($2)
                RETURNING v."productId"`,
                  [facetIds, productIds],
              )
            : [[], 0];
        const changed = [
            ...new Set(
                [...toRemove, ...toAdd].map(p => p[0]).concat(fromVariants.map(r => Number(r.productId))),
            ),
        ].sort((a, b) => a - b);
        if (changed.length) {
            // Re-indexed through Vendure's search-index jobs (coalesced per ADR 0008), after the commit.
            const variants = await this.connection
                .getRepository(tx, ProductVariant)
                .find({ where: { productId: In(changed), deletedAt: IsNull() } });
            if (variants.length)
                await this.eventBus.publish(new ProductVariantEvent(tx, variants, 'updated', undefined));
        }
        return { changed };
    }

    /** The five facets, created or repaired (public, in the marketplace, named), with their fixed values. */
    private async facets(tx: RequestContext): Promise<Map<OcopFacetKey, Facet>> {
        const repo = this.connection.getRepository(tx, Facet);
        const result = new Map<OcopFacetKey, Facet>();
        for (const [key, code] of Object.entries(OCOP_FACETS) as Array<[OcopFacetKey, string]>) {
            let facet = await repo.findOne({ where: { code }, relations: ['translations', 'channels'] });
            const name = OCOP_FACET_NAMES[key];
            if (!facet) {
                facet = await this.facetService.create(tx, {
                    code,
                    isPrivate: false,
                    translations: translations(name),
                });
            } else {
                if (facet.isPrivate || !sameNames(facet.translations, name)) {
                    await this.facetService.update(tx, {
                        id: facet.id,
                        isPrivate: false,
                        translations: translations(name),
                    });
                }
                if (!facet.channels.some(c => String(c.id) === String(tx.channelId))) {
                    await this.facetService.assignFacetsToChannel(tx, {
                        facetIds: [facet.id],
                        channelId: tx.channelId,
                    });
                }
            }
            result.set(key, facet);
        }
        await this.ensureValues(tx, result, [
            ...STAR_VALUES.map(v => ({ key: 'stars' as const, ...v })),
            ...GROUP_VALUES.map(v => ({ key: 'group' as const, ...v })),
        ]);
        return result;
    }

    /** Finds or creates each wanted value and restores its name; returns ids by `key:code`. */
    private async ensureValues(
        tx: RequestContext,
        facets: Map<OcopFacetKey, Facet>,
        wanted: WantedValue[],
    ): Promise<Map<string, number>> {
        const ids = new Map<string, number>();
        const existing = await this.connection.getRepository(tx, FacetValue).find({
            where: { facetId: In([...facets.values()].map(f => f.id)) },
            relations: ['translations', 'channels'],
            order: { id: 'ASC' },
        });
        const keyOfFacet = new Map([...facets].map(([key, f]) => [Number(f.id), key]));
        const byKey = new Map<string, FacetValue>();
        for (const value of existing) {
            const k = `${keyOfFacet.get(Number(value.facetId))}:${value.code}`;
            if (!byKey.has(k)) byKey.set(k, value);
        }
        const done = new Set<string>();
        for (const w of wanted) {
            const k = `${w.key}:${w.code}`;
            if (done.has(k)) continue;
            done.add(k);
            let value = byKey.get(k);
            if (!value) {
                value = await this.facetValueService.create(tx, facets.get(w.key)!, {
                    code: w.code,
                    translations: translations(w.name),
                });
            } else {
                if (!sameNames(value.translations, w.name)) {
                    await this.facetValueService.update(tx, {
                        id: value.id,
                        translations: translations(w.name),
                    });
                }
                if (!value.channels.some(c => String(c.id) === String(tx.channelId))) {
                    await this.connection
                        .getRepository(tx, FacetValue)
                        .query(
                            `INSERT INTO facet_value_channels_channel ("facetValueId", "channelId") VALUES ($1, $2) ON CONFLICT DO NOTHING`,
                            [value.id, tx.channelId],
                        );
                }
            }
            ids.set(k, Number(value.id));
        }
        return ids;
    }
}

function translations(name: Localized) {
    return [
        { languageCode: LanguageCode.vi, name: name.vi },
        { languageCode: LanguageCode.en, name: name.en },
    ];
}

function sameNames(existing: Array<{ languageCode: string; name: string }>, name: Localized): boolean {
    const of = (code: string) => existing.find(t => t.languageCode === code)?.name;
    return of('vi') === name.vi && of('en') === name.en;
}

function nfc(value: string | null): string {
    return (value ?? '').trim().normalize('NFC');
}

function pair(key: string): [number, number] {
    const [a, b] = key.split(':').map(Number);
    return [a, b];
}

import { createHmac } from 'node:crypto';
import DataLoader from 'dataloader';
import { merge } from 'rxjs';
import { Inject, Injectable } from '@nestjs/common';
import { formatStampSerial, isWellFormedStampCode, normalizeStampCode } from '@ocop/shared';
import {
    ConfigService,
    EventBus,
    Logger,
    ProductEvent,
    ProductVariantEvent,
    TransactionalConnection,
} from '@vendure/core';
import { StampAlertKind } from '../../stamps/entities/stamp-alert.entity';
import { SaleChannelKind, StampStatus } from '../../stamps/entities/stamp.entity';
import { STAMP_VERIFICATION_PLUGIN_OPTIONS, VARIANT_INFO_TTL_MS } from '../constants';
import {
    ResolvedStampVerificationOptions,
    StampCheckClient,
    StampCheckVia,
    StampVerification,
    StampVerificationResult,
} from '../types';
import { ClusterBroadcast } from '../../cluster/services/cluster-broadcast.service';
import { RateLimitService } from '../../cluster/services/rate-limit.service';
import { RateLimiter } from '../../cluster/types';
import { CertificateEvent } from '../../certification/events';
import { ProducerEvent } from '../../producers/events';
import { isLinkPreviewRobot, LINK_PREVIEW_CLIENT } from './link-preview-robots';
import { pgPool, RowReader } from './pg-pool';
import { StampCheckLogService } from './stamp-check-log.service';
import { vietnamDate } from '../../../vietnam-time';
import {
    certificateStatusOn,
    governingCertificateSql,
    governingProducerSql,
} from '../../listing-gate/selling-rule';

interface StampRow {
    code: string;
    id: string;
    serial: string;
    serialYear: number;
    variantId: number;
    status: StampStatus;
    soldAt: Date | null;
    soldWhere: string | null;
    soldChannel: SaleChannelKind | null;
    checkCount: number;
    lotCode: string;
    productionDate: string;
    expiryDate: string;
    openAlerts: string | null;
    recentClients: string[] | null;
}

/** What does not change between two checks of units of the same variant. */
interface VariantInfo {
    productName: string | null;
    variantName: string | null;
    productImageUrl: string | null;
    producerName: string | null;
    producerAddress: string | null;
    stars: number | null;
    certificateNumber: string | null;
    certificateValidUntil: string | null;
    certificateIssuedAt: string | null;
    certificateStatus: string | null;
}

const loggerCtx = 'StampVerification';
/** Broadcast topic: product, producer or certificate facts changed somewhere; forget the variant infos. */
const VARIANT_INFO_CHANGED = 'stamp-variant-info';
const MAX_VARIANT_INFOS = 20_000;
const DAY_MS = 86_400_000;

const UNKNOWN: Readonly<StampVerification> = Object.freeze({
    result: 'UNKNOWN',
    ...emptyVariantInfo(),
    lotCode: null,
    productionDate: null,
    expiryDate: null,
    soldAt: null,
    soldWhere: null,
    soldChannel: null,
    checkCount: 0,
    serial: null,
});

/**
 * Answers "is this stamp genuine?" for anyone (directive D1), and logs every
 * check. The hot path is one indexed read of `stamp` by code (with its batch
 * and open alerts); product, producer and certificate facts come from a
 * per-variant cache, and the log is written in the background by
 * {@link StampCheckLogService}.
 *
 * A sold stamp turns SUSPICIOUS when more distinct clients than the limit
 * checked it since it was sold (within the window): checks before the sale
 * (shoppers scanning on the shelf) do not count against it. It is also
 * SUSPICIOUS while it has an open alert, e.g. a second sale tried to use it.
 *
 * @example
 * const v = await stampVerificationService.verify('7Q2M-0XK4-D9ZR-B1TCX', { ip, userAgent }, 'API', 'vi');
 * if (v.result === 'SUSPICIOUS') ...
 */
@Injectable()
export class StampVerificationService {
    private readonly db: RowReader;
    private readonly rateLimiter: RateLimiter;
    private readonly hashKey: Buffer;
    private readonly variantInfos = new Map<string, { at: number; info: Promise<VariantInfo | null> }>();
    private readonly alerting = new Set<string>();
    /**
     * Checks that arrive in the same turn of the event loop share one lookup: under load a
     * statement per check costs more in socket writes and PostgreSQL's per-statement work
     * than the rows themselves. The batch is sent from `setImmediate`, i.e. as soon as the
     * current turn's requests are read, so a lone check waits for nothing. Never cached:
     * every check must see the stamp as it is now.
     */
    private readonly stamps = new DataLoader<string, StampRow | undefined>(codes => this.findStamps(codes), {
        cache: false,
        batchScheduleFn: callback => setImmediate(callback),
        maxBatchSize: 200,
    });

    constructor(
        connection: TransactionalConnection,
        private readonly checkLog: StampCheckLogService,
        private readonly configService: ConfigService,
        @Inject(STAMP_VERIFICATION_PLUGIN_OPTIONS) private readonly options: ResolvedStampVerificationOptions,
        eventBus: EventBus,
        broadcast: ClusterBroadcast,
        rateLimitService: RateLimitService,
    ) {
        this.db = pgPool(connection);
        // An approved change to a certified product (ADR 0018), a revoked certificate or a
        // suspended producer shows on the stamp page at once, not after the cache's
        // time-to-live, whichever server or worker made it. Events come after the commit.
        broadcast.on(VARIANT_INFO_CHANGED, () => this.variantInfos.clear());
        merge(
            eventBus.ofType(ProductEvent),
            eventBus.ofType(ProductVariantEvent),
            eventBus.ofType(CertificateEvent),
            eventBus.ofType(ProducerEvent),
        ).subscribe(() => broadcast.publish(VARIANT_INFO_CHANGED));
        // Page and API share the allowance; with Redis, so do all servers.
        this.rateLimiter = rateLimitService.limiter('stamp-check', {
            points: options.rateLimitPerMinute,
            durationSeconds: 60,
        });
        this.hashKey = createHmac('sha256', options.clientHashSecret)
            .update('ocop/stamp-check/client')
            .digest();
    }

    /**
     * The salted client fingerprint stored with each check: HMAC-SHA256 of IP and
     * user agent under a server secret, 32 hex characters. It counts distinct
     * clients; without the secret it cannot be turned back into an address.
     */
    clientHash(client: StampCheckClient): string {
        return createHmac('sha256', this.hashKey)
            .update(`${client.ip}\n${(client.userAgent ?? '').slice(0, 256)}`)
            .digest('hex')
            .slice(0, 32);
    }

    /**
     * Takes one check from the client's allowance: 0 when it may go ahead, else
     * the seconds to wait (for `Retry-After`). Keyed by IP alone: changing the
     * user agent must not buy more checks. The IP is hashed like the client, so
     * Redis holds no addresses.
     */
    takeRateLimitToken(client: StampCheckClient): Promise<number> {
        return this.rateLimiter.take(this.clientHash({ ip: client.ip }));
    }

    async verify(
        code: string,
        client: StampCheckClient,
        via: StampCheckVia,
        languageCode = 'vi',
    ): Promise<StampVerification> {
        // A scanned code may carry control characters: strip them.
        // eslint-disable-next-line no-control-regex
        const controlCharacters = /[\u0000-\u001f\u007f]/g;
        const normalized = normalizeStampCode(
            String(code ?? '')
                .slice(0, 64)
                .replace(controlCharacters, ''),
        );
        // A chat app's link preview is not a person holding the product: logged, never counted.
        const clientHash = isLinkPreviewRobot(client.userAgent)
            ? LINK_PREVIEW_CLIENT
            : this.clientHash(client);
        const checkedAt = new Date();
        if (!isWellFormedStampCode(normalized)) {
            // Typos never reach the stamp table: the check character already says no.
            this.log(null, normalized, via, clientHash, 'UNKNOWN', checkedAt);
            return { ...UNKNOWN };
        }
        const row = await this.stamps.load(normalized);
        if (!row) {
            this.log(null, normalized, via, clientHash, 'UNKNOWN', checkedAt);
            return { ...UNKNOWN };
        }
        const result = await this.judge(row, clientHash, checkedAt.getTime());
        const checkCount = Number(row.checkCount) + this.checkLog.pendingCount(row.id) + 1;
        this.log(row.id, normalized, via, clientHash, result, checkedAt);
        const info = (await this.variantInfo(row.variantId, languageCode)) ?? emptyVariantInfo();
        return {
            result,
            ...info,
            certificateStatus: effectiveCertificateStatus(info, checkedAt),
            lotCode: row.lotCode,
            productionDate: row.productionDate,
            expiryDate: row.expiryDate,
            soldAt: row.status === StampStatus.SOLD ? row.soldAt : null,
            soldWhere: row.status === StampStatus.SOLD ? row.soldWhere : null,
            soldChannel: row.status === StampStatus.SOLD ? row.soldChannel : null,
            checkCount,
            serial: serialOf(row),
        };
    }

    /** Writes buffered checks now (tests, shutdown). */
    flushLog(): Promise<void> {
        return this.checkLog.flush();
    }

    private async judge(row: StampRow, clientHash: string, now: number): Promise<StampVerificationResult> {
        if (row.status === StampStatus.VOID) return 'VOID';
        const openAlerts = row.openAlerts ? row.openAlerts.split(',') : [];
        if (row.status !== StampStatus.SOLD) return openAlerts.length ? 'SUSPICIOUS' : 'GENUINE';
        const distinct = this.countDistinctClients(row, clientHash, now);
        const tooMany = distinct > this.options.suspiciousClientLimit;
        if (tooMany && !openAlerts.includes(StampAlertKind.MANY_CLIENTS)) {
            await this.raiseManyClientsAlert(row.id, distinct);
        }
        return tooMany || openAlerts.length ? 'SUSPICIOUS' : 'GENUINE';
    }

    /**
     * One indexed read for a batch of codes. For a sold stamp it also brings up to limit + 1
     * distinct clients from the log since the sale (index on stampId, checkedAt): enough to
     * decide, bounded however often a copied stamp is scanned.
     */
    private async findStamps(codes: readonly string[]): Promise<Array<StampRow | undefined>> {
        const rows = await this.db.query<StampRow>({
            name: 'stamp-verification-find-many',
            text: `
                SELECT s.code, s.id, s.serial, b."serialYear", s."productVariantId" AS "variantId", s.status,
                       s."soldAt", s."soldWhere", s."soldChannel", s."checkCount",
                       b."lotCode", b."productionDate"::text AS "productionDate", b."expiryDate"::text AS "expiryDate",
                       (SELECT string_agg(a.kind, ',') FROM "stamp_alert" a WHERE a."stampId" = s.id AND a.resolved = false) AS "openAlerts",
                       CASE WHEN s.status = 'SOLD' THEN ARRAY(
                           SELECT DISTINCT c."clientHash" FROM "stamp_check" c
                           WHERE c."stampId" = s.id AND c."checkedAt" >= greatest(s."soldAt", $2::timestamptz)
                             AND c."clientHash" <> '${LINK_PREVIEW_CLIENT}'
                           LIMIT $3
                       ) END AS "recentClients"
                FROM "stamp" s JOIN "stamp_batch" b ON b.id = s."batchId"
                WHERE s.code = ANY($1::bpchar[])`,
            values: [
                [...new Set(codes)],
                new Date(Date.now() - this.options.suspiciousWindowDays * DAY_MS),
                this.options.suspiciousClientLimit + 1,
            ],
        });
        const byCode = new Map(rows.map(row => [row.code, row]));
        return codes.map(code => byCode.get(code));
    }

    /** Clients that checked this sold stamp since max(sale, now − window), this one included. */
    private countDistinctClients(row: StampRow, clientHash: string, now: number): number {
        const windowStart = Math.max(
            row.soldAt ? new Date(row.soldAt).getTime() : 0,
            now - this.options.suspiciousWindowDays * DAY_MS,
        );
        const clients = new Set(row.recentClients ?? []);
        // Checks still waiting in the write buffer are not in the table yet.
        for (const c of this.checkLog.pendingClients(row.id)) {
            if (c.checkedAt.getTime() >= windowStart) clients.add(c.clientHash);
        }
        clients.add(clientHash);
        clients.delete(LINK_PREVIEW_CLIENT);
        return clients.size;
    }

    /** One open MANY_CLIENTS alert per stamp: the office resolves it, a new one may follow. */
    private async raiseManyClientsAlert(stampId: string, distinct: number) {
        if (this.alerting.has(stampId)) return;
        this.alerting.add(stampId);
        const { suspiciousClientLimit: limit, suspiciousWindowDays: days } = this.options;
        try {
            await this.db.query({
                name: 'stamp-verification-alert',
                text: `
                    INSERT INTO "stamp_alert" ("stampId", "kind", "detail", "resolved")
                    SELECT $1::bigint, $2::varchar, $3::text, false
                    WHERE NOT EXISTS (
                        SELECT 1 FROM "stamp_alert" WHERE "stampId" = $1::bigint AND "kind" = $2::varchar AND resolved = false
                    )`,
                values: [
                    stampId,
                    StampAlertKind.MANY_CLIENTS,
                    `Tem đã bán được kiểm tra từ ${distinct} thiết bị khác nhau trong ${days} ngày (giới hạn ${limit}). ` +
                        `Sold stamp checked from ${distinct} distinct clients within ${days} days (limit ${limit}).`,
                ],
            });
        } catch (e: any) {
            Logger.error(
                `Could not record a MANY_CLIENTS alert for stamp ${stampId}: ${e?.message}`,
                loggerCtx,
            );
        } finally {
            this.alerting.delete(stampId);
        }
    }

    private variantInfo(variantId: number, languageCode: string): Promise<VariantInfo | null> {
        const lang = /^[a-z]{2}(_[A-Za-z]{2,4})?$/.test(languageCode) ? languageCode : 'vi';
        const key = `${variantId}|${lang}`;
        const now = Date.now();
        const cached = this.variantInfos.get(key);
        if (cached && now - cached.at < VARIANT_INFO_TTL_MS) return cached.info;
        const info = this.loadVariantInfo(variantId, lang);
        if (!cached && this.variantInfos.size >= MAX_VARIANT_INFOS) {
            this.variantInfos.delete(this.variantInfos.keys().next().value as string);
        }
        this.variantInfos.set(key, { at: now, info });
        info.catch(() => this.variantInfos.delete(key));
        return info;
    }

    private async loadVariantInfo(variantId: number, lang: string): Promise<VariantInfo | null> {
        const [row] = await this.db.query<VariantInfo & { imagePreview: string | null }>({
            name: 'stamp-verification-variant',
            text: `
                SELECT pt.name AS "productName", pvt.name AS "variantName", a.preview AS "imagePreview",
                       prod."legalName" AS "producerName", prod.address AS "producerAddress",
                       cert.stars, cert."certificateNumber", cert."validUntil"::text AS "certificateValidUntil", cert."issuedAt"::text AS "certificateIssuedAt",
                       cert.status AS "certificateStatus"
                FROM "product_variant" pv
                JOIN "product" p ON p.id = pv."productId"
                LEFT JOIN LATERAL (
                    SELECT name FROM "product_translation" WHERE "baseId" = p.id
                    ORDER BY ("languageCode" = $2) DESC, ("languageCode" = 'vi') DESC, id LIMIT 1
                ) pt ON true
                LEFT JOIN LATERAL (
                    SELECT name FROM "product_variant_translation" WHERE "baseId" = pv.id
                    ORDER BY ("languageCode" = $2) DESC, ("languageCode" = 'vi') DESC, id LIMIT 1
                ) pvt ON true
                LEFT JOIN "asset" a ON a.id = COALESCE(pv."featuredAssetId", p."featuredAssetId")
                LEFT JOIN LATERAL (${governingProducerSql('p.id', 'pr."legalName", pr.address')}) prod ON true
                LEFT JOIN LATERAL (${governingCertificateSql('p.id', 'c.stars, c."certificateNumber", c."validUntil", c."issuedAt", c.status')}) cert ON true
                WHERE pv.id = $1`,
            values: [variantId, lang],
        });
        if (!row) return null;
        const { imagePreview, ...info } = row;
        return {
            ...info,
            productImageUrl: imagePreview ? this.assetUrl(imagePreview) : null,
        };
    }

    /** The asset's public URL as the storefront gets it: the asset storage strategy decides. */
    private assetUrl(identifier: string): string {
        const publicUrl = new URL(this.options.publicUrl);
        const strategy = this.configService.assetOptions.assetStorageStrategy;
        try {
            if (strategy.toAbsoluteUrl) {
                const request = {
                    headers: {},
                    protocol: publicUrl.protocol.replace(':', ''),
                    get: (name: string) => (name.toLowerCase() === 'host' ? publicUrl.host : undefined),
                };
                return strategy.toAbsoluteUrl(request as any, identifier);
            }
        } catch {
            // A prefix function that needs a full request context: fall through.
        }
        return `${this.options.publicUrl}/assets/${identifier}`;
    }

    private log(
        stampId: string | null,
        code: string,
        via: StampCheckVia,
        clientHash: string,
        result: StampVerificationResult,
        checkedAt: Date,
    ) {
        this.checkLog.record({ stampId, code: code.slice(0, 32), via, clientHash, result, checkedAt });
    }
}

function emptyVariantInfo(): VariantInfo {
    return {
        productName: null,
        variantName: null,
        productImageUrl: null,
        producerName: null,
        producerAddress: null,
        stars: null,
        certificateNumber: null,
        certificateValidUntil: null,
        certificateIssuedAt: null,
        certificateStatus: null,
    };
}

/** An ACTIVE certificate past its date is expired for the consumer, even before the nightly task marks it. */
let today = { until: 0, date: '' };

/** Today in Vietnam as yyyy-MM-dd, recomputed at most once a minute (it sits on the hot path). */
function vietnamToday(now: Date): string {
    if (now.getTime() >= today.until) today = { until: now.getTime() + 60_000, date: vietnamDate(now) };
    return today.date;
}

function effectiveCertificateStatus(info: VariantInfo, now: Date): string | null {
    const {
        certificateStatus: status,
        certificateValidUntil: validUntil,
        certificateIssuedAt: issuedAt,
        stars,
    } = info;
    if (!status || !validUntil || !issuedAt) return status;
    return certificateStatusOn({ status, validUntil, issuedAt, stars: stars ?? 0 }, vietnamToday(now));
}

function serialOf(row: StampRow): string {
    const n = Number(row.serial);
    try {
        return formatStampSerial(Number(row.serialYear), n);
    } catch {
        return `HT-${row.serialYear}-${n}`;
    }
}

import { governingCertificateSql, governingProducerSql } from '../../listing-gate/selling-rule';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    Asset,
    EventBus,
    ID,
    ListQueryBuilder,
    PaginatedList,
    Product,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { LessThan, SelectQueryBuilder } from 'typeorm';
import { Producer } from '../../producers/entities/producer.entity';
import { addDays, addMonths, daysBetween, isCalendarDate } from '../calendar-dates';
import { PRODUCT_GROUPS } from '../config/criteria-data';
import { CERTIFICATE_VALIDITY_MONTHS, EXPIRY_NOTICE_DAYS } from '../constants';
import { Certificate, CertificateStatus, IssuingLevel } from '../entities/certificate.entity';
import { CertificateEvent, CertificateExpiringEvent } from '../events';
import { starsFor } from '../scoring';
import { CertificateListOptions, CertifyProductInput, ImportCertificateInput } from '../types';
import { CriteriaVersionService } from './criteria-version.service';

/**
 * The certificate registry (directive D6): what the office certifies, revokes,
 * and what lapses. Other plugins ask it for a product's ACTIVE certificate and
 * listen to {@link CertificateEvent}.
 *
 * @example
 * const cert = await certificateService.activeCertificate(ctx, productId, vietnamDate());
 * const sellable = !!cert && cert.stars >= 3;
 */
@Injectable()
export class CertificateService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private criteriaVersionService: CriteriaVersionService,
        private eventBus: EventBus,
    ) {}

    /** Records a new ACTIVE certificate; it supersedes the product's current ACTIVE one (which becomes EXPIRED). */
    async certify(ctx: RequestContext, input: CertifyProductInput): Promise<Certificate> {
        return this.record(ctx, { ...input, status: CertificateStatus.ACTIVE });
    }

    /**
     * Loads a historical certificate as it is: EXPIRED and REVOKED records keep
     * their status; an ACTIVE one supersedes like {@link certify}.
     */
    async import(ctx: RequestContext, input: ImportCertificateInput): Promise<Certificate> {
        return this.record(ctx, input);
    }

    async revoke(ctx: RequestContext, id: ID, reason: string): Promise<Certificate> {
        const trimmed = (reason ?? '').trim();
        if (!trimmed) {
            throw new UserInputError('Phải ghi lý do thu hồi (a reason is required)');
        }
        const certificate = await this.findOne(ctx, id);
        if (!certificate) {
            throw new UserInputError(`Không tìm thấy chứng nhận ${id} (certificate not found)`);
        }
        if (certificate.status !== CertificateStatus.ACTIVE) {
            throw new UserInputError(
                `Chỉ thu hồi được chứng nhận đang hiệu lực; chứng nhận ${certificate.certificateNumber} đang ở trạng thái ${certificate.status} (only ACTIVE certificates can be revoked)`,
            );
        }
        certificate.status = CertificateStatus.REVOKED;
        certificate.revokedReason = trimmed;
        certificate.revokedAt = new Date();
        const saved = await this.connection.getRepository(ctx, Certificate).save(certificate);
        await this.eventBus.publish(new CertificateEvent(ctx, saved, 'revoked'));
        return saved;
    }

    /**
     * The certificate that governs the product (the selling rule's choice), when it
     * is ACTIVE and its validity covers `onDate` (a Vietnam calendar day).
     */
    async activeCertificate(
        ctx: RequestContext,
        productId: ID,
        onDate: string,
    ): Promise<Certificate | undefined> {
        const [governing]: Array<{ id: number; status: string; issuedAt: string; validUntil: string }> =
            await this.connection.getRepository(ctx, Certificate).query(
                `SELECT c.id, c.status, to_char(c."issuedAt", 'YYYY-MM-DD') AS "issuedAt", to_char(c."validUntil", 'YYYY-MM-DD') AS "validUntil"
                   FROM (${governingCertificateSql('$1', 'c.*')}) c`,
                [Number(productId)],
            );
        if (!governing || governing.status !== CertificateStatus.ACTIVE) return undefined;
        if (governing.issuedAt > onDate || governing.validUntil < onDate) return undefined;
        return (
            (await this.connection
                .getRepository(ctx, Certificate)
                .findOne({ where: { id: governing.id } })) ?? undefined
        );
    }

    /**
     * Certificates in the active channel: the default channel (the office,
     * Industry & Trade) sees all; a producer's channel only its own products'.
     */
    async findAll(
        ctx: RequestContext,
        options: CertificateListOptions = {},
    ): Promise<PaginatedList<Certificate>> {
        const qb = this.listQueryBuilder.build(
            Certificate,
            { skip: options.skip ?? undefined, take: options.take ?? undefined },
            { ctx, relations: ['scan'] },
        );
        const alias = qb.alias;
        if (options.productId != null)
            qb.andWhere(`${alias}.productId = :productId`, { productId: options.productId });
        if (options.status) qb.andWhere(`${alias}.status = :status`, { status: options.status });
        this.scopeToChannel(ctx, qb, alias);
        qb.orderBy(`${alias}.issuedAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
        const [items, totalItems] = await qb.getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Certificate | undefined> {
        const qb = this.connection
            .getRepository(ctx, Certificate)
            .createQueryBuilder('certificate')
            .leftJoinAndSelect('certificate.scan', 'scan')
            .where('certificate.id = :id', { id });
        this.scopeToChannel(ctx, qb, 'certificate');
        return (await qb.getOne()) ?? undefined;
    }

    /** ACTIVE certificates whose last valid day is before `today` become EXPIRED; returns them. */
    async expireDue(ctx: RequestContext, today: string): Promise<Certificate[]> {
        const repo = this.connection.getRepository(ctx, Certificate);
        const due = await repo.find({
            where: { status: CertificateStatus.ACTIVE, validUntil: LessThan(today) },
        });
        for (const certificate of due) {
            certificate.status = CertificateStatus.EXPIRED;
            await repo.save(certificate);
            await this.eventBus.publish(new CertificateEvent(ctx, certificate, 'expired'));
        }
        return due;
    }

    /**
     * Announces each ACTIVE certificate ending within the notice period (from
     * `today` to `today + 30 days`) once: the mails go out on the event, and
     * `expiryNoticeSentAt` keeps a second run from sending them again.
     */
    async sendExpiryNotices(ctx: RequestContext, today: string): Promise<Certificate[]> {
        const repo = this.connection.getRepository(ctx, Certificate);
        const ending = await repo
            .createQueryBuilder('certificate')
            .where('certificate.status = :status', { status: CertificateStatus.ACTIVE })
            .andWhere('certificate.validUntil >= :today AND certificate.validUntil <= :last', {
                today,
                last: addDays(today, EXPIRY_NOTICE_DAYS),
            })
            .andWhere('certificate.expiryNoticeSentAt IS NULL')
            .getMany();
        for (const certificate of ending) {
            certificate.expiryNoticeSentAt = new Date();
            await repo.save(certificate);
            const producer = await this.producerOf(ctx, certificate.productId);
            await this.eventBus.publish(
                new CertificateExpiringEvent(
                    ctx,
                    certificate,
                    daysBetween(today, certificate.validUntil),
                    producer,
                ),
            );
        }
        return ending;
    }

    /** The producer that governs the product (the selling rule's choice). */
    private async producerOf(ctx: RequestContext, productId: ID): Promise<Producer | null> {
        const [governing]: Array<{ id: number }> = await this.connection
            .getRepository(ctx, Producer)
            .query(`SELECT pr.id FROM (${governingProducerSql('$1', 'pr.id')}) pr`, [Number(productId)]);
        return governing
            ? this.connection.getRepository(ctx, Producer).findOne({ where: { id: governing.id } })
            : null;
    }

    /** The daily run (`expire-certificates` task): lapse what ended, then warn about what ends soon. */
    async runDailyExpiry(
        ctx: RequestContext,
        today: string,
    ): Promise<{ expired: Certificate[]; noticed: Certificate[] }> {
        const expired = await this.expireDue(ctx, today);
        const noticed = await this.sendExpiryNotices(ctx, today);
        return { expired, noticed };
    }

    private async record(ctx: RequestContext, input: ImportCertificateInput): Promise<Certificate> {
        const fields = await this.validate(ctx, input);
        const repo = this.connection.getRepository(ctx, Certificate);
        let superseded: Certificate[] = [];
        if (input.status === CertificateStatus.ACTIVE) {
            const current = await repo.find({
                where: { productId: fields.productId, status: CertificateStatus.ACTIVE },
            });
            const newer = current.find(c => c.issuedAt > fields.issuedAt);
            if (newer) {
                throw new UserInputError(
                    `Sản phẩm đã có chứng nhận ${newer.certificateNumber} cấp ngày ${newer.issuedAt}, mới hơn chứng nhận này (a newer ACTIVE certificate exists)`,
                );
            }
            superseded = current;
        }
        for (const old of superseded) {
            old.status = CertificateStatus.EXPIRED;
            await repo.save(old);
        }
        const revoked = input.status === CertificateStatus.REVOKED;
        const saved = await repo.save(
            new Certificate({
                ...fields,
                status: input.status,
                revokedReason: revoked ? input.revokedReason?.trim() || null : null,
                revokedAt: revoked ? (input.revokedAt ?? new Date()) : null,
            }),
        );
        for (const old of superseded) {
            await this.eventBus.publish(new CertificateEvent(ctx, old, 'expired'));
        }
        const type = { ACTIVE: 'certified', EXPIRED: 'expired', REVOKED: 'revoked' } as const;
        await this.eventBus.publish(new CertificateEvent(ctx, saved, type[input.status]));
        return (await this.findOne(ctx, saved.id)) ?? saved;
    }

    /** Every rule a recognition decision must satisfy; throws before anything is written. */
    private async validate(ctx: RequestContext, input: ImportCertificateInput) {
        const text = (value: string | null | undefined, label: string, max: number) => {
            const trimmed = (value ?? '').normalize('NFC').trim();
            if (!trimmed) throw new UserInputError(`${label} không được để trống (${label} is required)`);
            if (trimmed.length > max) throw new UserInputError(`${label} dài quá ${max} ký tự (too long)`);
            return trimmed;
        };
        const certificateNumber = text(input.certificateNumber, 'Số chứng nhận', 100);
        const decisionNumber = text(input.decisionNumber, 'Số quyết định', 100);
        if (!Object.values(CertificateStatus).includes(input.status)) {
            throw new UserInputError(`Trạng thái không hợp lệ: ${input.status} (unknown status)`);
        }
        const product = await this.connection
            .getRepository(ctx, Product)
            .findOne({ where: { id: input.productId } });
        if (!product || product.deletedAt) {
            throw new UserInputError(`Không tìm thấy sản phẩm ${input.productId} (product not found)`);
        }
        if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) {
            throw new UserInputError(`Số sao phải từ 1 đến 5, nhận ${input.stars} (stars must be 1–5)`);
        }
        if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
            throw new UserInputError(`Điểm phải từ 0 đến 100, nhận ${input.score} (score must be 0–100)`);
        }
        const version = await this.criteriaVersionService.getByCode(ctx, input.criteriaVersion);
        const bandStars = starsFor(version, input.score, []);
        if (bandStars !== input.stars) {
            throw new UserInputError(
                `${input.score} điểm theo bộ tiêu chí ${version.code} ứng với ${bandStars} sao, không phải ${input.stars} sao (stars do not match the score band)`,
            );
        }
        if (!PRODUCT_GROUPS.some(g => g.code === input.productGroup)) {
            throw new UserInputError(
                `Nhóm sản phẩm "${input.productGroup}" không hợp lệ; có: ${PRODUCT_GROUPS.map(g => g.code).join(', ')} (unknown product group)`,
            );
        }
        if (input.issuingLevel && !Object.values(IssuingLevel).includes(input.issuingLevel)) {
            throw new UserInputError(
                `Cấp công nhận không hợp lệ: ${input.issuingLevel} (unknown issuing level)`,
            );
        }
        for (const [label, value] of [
            ['Ngày cấp (issuedAt)', input.issuedAt],
            ['Ngày hết hạn (validUntil)', input.validUntil],
            ['Ngày quyết định (decisionDate)', input.decisionDate],
        ] as const) {
            if (value != null && !isCalendarDate(value)) {
                throw new UserInputError(
                    `${label} phải là ngày dạng YYYY-MM-DD, nhận "${value}" (invalid date)`,
                );
            }
        }
        if (!input.issuedAt)
            throw new UserInputError('Ngày cấp (issuedAt) không được để trống (issuedAt is required)');
        const validUntil = input.validUntil ?? addMonths(input.issuedAt, CERTIFICATE_VALIDITY_MONTHS);
        if (validUntil <= input.issuedAt) {
            throw new UserInputError(
                `Ngày hết hạn ${validUntil} phải sau ngày cấp ${input.issuedAt} (validUntil must be after issuedAt)`,
            );
        }
        const duplicate = await this.connection
            .getRepository(ctx, Certificate)
            .findOne({ where: { certificateNumber } });
        if (duplicate) {
            throw new UserInputError(
                `Số chứng nhận ${certificateNumber} đã được dùng (certificate number already exists)`,
            );
        }
        let scan: Asset | null = null;
        if (input.scanAssetId != null) {
            scan = await this.connection
                .getRepository(ctx, Asset)
                .findOne({ where: { id: input.scanAssetId } });
            if (!scan)
                throw new UserInputError(
                    `Không tìm thấy tệp bản quét ${input.scanAssetId} (scan asset not found)`,
                );
        }
        return {
            productId: product.id as number,
            certificateNumber,
            decisionNumber,
            decisionDate: input.decisionDate ?? null,
            criteriaVersion: version.code,
            score: input.score,
            stars: input.stars,
            productGroup: input.productGroup,
            productSet: input.productSet?.trim() || null,
            issuingLevel: input.issuingLevel ?? IssuingLevel.PROVINCE,
            issuedAt: input.issuedAt,
            validUntil,
            scan,
        };
    }

    private scopeToChannel(ctx: RequestContext, qb: SelectQueryBuilder<Certificate>, alias: string) {
        if (ctx.channel.code === DEFAULT_CHANNEL_CODE) return;
        qb.andWhere(
            `${alias}.productId IN (SELECT pc."productId" FROM product_channels_channel pc WHERE pc."channelId" = :scopeChannelId)`,
            { scopeChannelId: ctx.channelId },
        );
    }
}

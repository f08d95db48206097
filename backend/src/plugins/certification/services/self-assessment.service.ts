import { Injectable } from '@nestjs/common';
import {
    Administrator,
    ForbiddenError,
    ID,
    Product,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { SelfAssessment } from '../entities/self-assessment.entity';
import { scoreSelfAssessment, ScoringError } from '../scoring';
import { SubmitSelfAssessmentInput } from '../types';
import { CertificateService } from './certificate.service';
import { CriteriaVersionService } from './criteria-version.service';
import { vietnamDate } from '../../../vietnam-time';

/**
 * Producers score their own products against a criteria version (directive
 * D2) and keep the dated history, with the certified stars beside each result
 * so the gap to the next star is visible.
 */
@Injectable()
export class SelfAssessmentService {
    constructor(
        private connection: TransactionalConnection,
        private criteriaVersionService: CriteriaVersionService,
        private certificateService: CertificateService,
    ) {}

    async submit(ctx: RequestContext, input: SubmitSelfAssessmentInput): Promise<SelfAssessment> {
        await this.assertProductInChannel(ctx, input.productId);
        const version = await this.criteriaVersionService.getByCode(ctx, input.criteriaVersion);
        let result;
        try {
            result = scoreSelfAssessment(version, input.scores);
        } catch (e) {
            if (e instanceof ScoringError) throw new UserInputError(e.message);
            throw e;
        }
        const certificate = await this.certificateService.activeCertificate(
            ctx,
            input.productId,
            vietnamDate(),
        );
        const administrator = ctx.activeUserId
            ? await this.connection
                  .getRepository(ctx, Administrator)
                  .findOne({ where: { user: { id: ctx.activeUserId } } })
            : null;
        return this.connection.getRepository(ctx, SelfAssessment).save(
            new SelfAssessment({
                productId: Number(input.productId),
                criteriaVersion: version.code,
                scores: input.scores.map(s => ({ criterionCode: s.criterionCode, points: s.points })),
                ...result,
                certifiedStars: certificate?.stars ?? null,
                note: (input.note ?? '').normalize('NFC').trim(),
                administratorId: administrator ? Number(administrator.id) : null,
            }),
        );
    }

    /** The product's assessments, newest first. */
    async history(ctx: RequestContext, productId: ID): Promise<SelfAssessment[]> {
        await this.assertProductInChannel(ctx, productId);
        return this.connection.getRepository(ctx, SelfAssessment).find({
            where: { productId: Number(productId) },
            order: { createdAt: 'DESC', id: 'DESC' },
        });
    }

    /** A producer works only on products assigned to its own channel; the default channel holds them all. */
    private async assertProductInChannel(ctx: RequestContext, productId: ID): Promise<void> {
        const count = await this.connection
            .getRepository(ctx, Product)
            .createQueryBuilder('product')
            .innerJoin('product.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('product.id = :productId', { productId })
            .andWhere('product.deletedAt IS NULL')
            .getCount();
        if (count === 0) throw new ForbiddenError();
    }
}

import { ID } from '@vendure/core';
import { CertificateStatus, IssuingLevel } from './entities/certificate.entity';

/** What the office enters from a recognition decision (`certifyProduct`). */
export interface CertifyProductInput {
    productId: ID;
    certificateNumber: string;
    stars: number;
    score: number;
    /** `YYYY-MM-DD`, Vietnam calendar day. */
    issuedAt: string;
    /** Last valid day; defaults to issuedAt + 36 months. */
    validUntil?: string | null;
    criteriaVersion: string;
    productGroup: string;
    decisionNumber: string;
    decisionDate?: string | null;
    productSet?: string | null;
    issuingLevel?: IssuingLevel | null;
    scanAssetId?: ID | null;
}

/** A historical record loaded as it is (demo data, migration of the office's registry). */
export interface ImportCertificateInput extends CertifyProductInput {
    status: CertificateStatus;
    revokedReason?: string | null;
    revokedAt?: Date | null;
}

export interface CertificateListOptions {
    skip?: number | null;
    take?: number | null;
    productId?: ID | null;
    status?: CertificateStatus | null;
}

export interface SubmitSelfAssessmentInput {
    productId: ID;
    criteriaVersion: string;
    scores: Array<{ criterionCode: string; points: number }>;
    note?: string | null;
}

export interface CertificationPluginOptions {
    /** The coordination office's mailbox, copied on every expiry notice. */
    officeEmail: string;
}

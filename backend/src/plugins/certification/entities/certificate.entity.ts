import { Asset, DeepPartial, Product, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

export enum CertificateStatus {
    ACTIVE = 'ACTIVE',
    EXPIRED = 'EXPIRED',
    REVOKED = 'REVOKED',
}

export enum IssuingLevel {
    COMMUNE = 'COMMUNE',
    DISTRICT = 'DISTRICT',
    PROVINCE = 'PROVINCE',
    CENTRAL = 'CENTRAL',
}

/** An OCOP certificate of one product: its stars, validity and status. */
@Entity()
@Index(['productId', 'status'])
export class Certificate extends VendureEntity {
    constructor(input?: DeepPartial<Certificate>) {
        super(input);
    }

    @ManyToOne(() => Product, { onDelete: 'CASCADE' })
    product: Product;

    @Column()
    productId: number;

    @Index({ unique: true })
    @Column({ length: 100 })
    certificateNumber: string;

    @Column({ length: 100 })
    decisionNumber: string;

    @Column('date', { nullable: true })
    decisionDate: string | null;

    /** Code of the CriteriaVersion used, e.g. `148/2023`. */
    @Column({ length: 20 })
    criteriaVersion: string;

    @Column('smallint')
    score: number;

    @Column('smallint')
    stars: number;

    /** Product group code (FOOD, DRINK, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM). */
    @Column({ length: 30 })
    productGroup: string;

    @Column({ type: 'varchar', length: 100, nullable: true })
    productSet: string | null;

    @Column({ type: 'varchar', length: 20, default: IssuingLevel.PROVINCE })
    issuingLevel: IssuingLevel;

    @Column('date')
    issuedAt: string;

    @Column('date')
    validUntil: string;

    @Column({ type: 'varchar', length: 20, default: CertificateStatus.ACTIVE })
    status: CertificateStatus;

    @Column({ type: 'text', nullable: true })
    revokedReason: string | null;

    @Column({ type: 'timestamptz', nullable: true })
    revokedAt: Date | null;

    @ManyToOne(() => Asset, { nullable: true, onDelete: 'SET NULL' })
    scan: Asset | null;

    /** Set once the 30-day expiry notice has gone out, so it goes out once. */
    @Column({ type: 'timestamptz', nullable: true })
    expiryNoticeSentAt: Date | null;
}

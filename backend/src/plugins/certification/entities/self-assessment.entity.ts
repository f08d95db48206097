import { DeepPartial, Product, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

export interface CriterionScore {
    criterionCode: string;
    points: number;
}

/** A producer's own scoring of a product against one criteria version (directive D2). */
@Entity()
@Index(['productId', 'createdAt'])
export class SelfAssessment extends VendureEntity {
    constructor(input?: DeepPartial<SelfAssessment>) {
        super(input);
    }

    @ManyToOne(() => Product, { onDelete: 'CASCADE' })
    product: Product;

    @Column()
    productId: number;

    @Column({ length: 20 })
    criteriaVersion: string;

    @Column('simple-json')
    scores: CriterionScore[];

    @Column('simple-json')
    partScores: Array<{ part: string; points: number; maxPoints: number }>;

    @Column('smallint')
    totalScore: number;

    /** 0 when a mandatory criterion failed. */
    @Column('smallint')
    stars: number;

    @Column('simple-json')
    failedMandatory: string[];

    /** Stars of the product's ACTIVE certificate at the time, for comparison. */
    @Column({ type: 'smallint', nullable: true })
    certifiedStars: number | null;

    @Column({ type: 'text', default: '' })
    note: string;

    @Column({ type: 'int', nullable: true })
    administratorId: number | null;
}

import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

export interface CriterionDefinition {
    code: string;
    name: string;
    maxPoints: number;
    /** Failing a mandatory criterion fails the product whatever its total. */
    mandatory: boolean;
}

export interface CriteriaPart {
    code: string;
    name: string;
    maxPoints: number;
    criteria: CriterionDefinition[];
}

export interface StarBand {
    minScore: number;
    stars: number;
}

/** One official OCOP scoring set (e.g. Decision 148/QĐ-TTg, `148/2023`), kept as data. */
@Entity()
export class CriteriaVersion extends VendureEntity {
    constructor(input?: DeepPartial<CriteriaVersion>) {
        super(input);
    }

    @Index({ unique: true })
    @Column({ length: 20 })
    code: string;

    @Column({ length: 200 })
    decision: string;

    @Column('date')
    effectiveFrom: string;

    @Column('date', { nullable: true })
    effectiveUntil: string | null;

    @Column('simple-json')
    parts: CriteriaPart[];

    /** Bands sorted by minScore; the highest band whose minScore ≤ score gives the stars. */
    @Column('simple-json')
    starBands: StarBand[];
}

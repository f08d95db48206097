import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/** One dated VAT rate of a tax category: the office can add a new period when a decree changes rates. */
@Entity()
@Index(['category', 'validFrom'], { unique: true })
export class VatRatePeriod extends VendureEntity {
    constructor(input?: DeepPartial<VatRatePeriod>) {
        super(input);
    }

    @Column({ length: 32 })
    category: string;

    @Column('numeric', {
        precision: 5,
        scale: 2,
        transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
    })
    ratePercent: number;

    @Column('date')
    validFrom: string;

    @Column('date', { nullable: true })
    validUntil: string | null;

    @Column({ length: 200 })
    legalBasis: string;
}

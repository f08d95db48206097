import { DeepPartial, VendureEntity } from '@vendure/core';
import { Check, Column, Entity, Index } from 'typeorm';

/**
 * A trade fair (hội chợ) where OCOP producers sell from booths for a few days
 * (directive D5). Its dates are Vietnam calendar days; the fair is current from
 * the first day through the last.
 */
@Entity()
@Check('"startsOn" <= "endsOn"')
export class TradeFair extends VendureEntity {
    constructor(input?: DeepPartial<TradeFair>) {
        super(input);
    }

    /** Stable key, e.g. `HC-OCOP-2026`. */
    @Index({ unique: true })
    @Column({ length: 40 })
    code: string;

    @Column({ length: 200 })
    name: string;

    /** Where it is held: hall or square and its address. */
    @Column({ length: 300 })
    venue: string;

    /** One of the 34 provinces, by its canonical name. */
    @Column({ length: 50 })
    province: string;

    @Column('date')
    startsOn: string;

    @Index()
    @Column('date')
    endsOn: string;

    @Column({ type: 'varchar', length: 200, nullable: true })
    organiser: string | null;

    /** An inactive fair (cancelled) shows none of its booths. */
    @Column({ default: true })
    active: boolean;
}

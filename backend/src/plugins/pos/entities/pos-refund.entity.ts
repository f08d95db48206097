import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { MoneyColumn } from './money-column';

/** Units of a POS sale taken back, with the manager who approved it. */
@Entity()
export class PosRefund extends VendureEntity {
    constructor(input?: DeepPartial<PosRefund>) {
        super(input);
    }

    @Index()
    @Column()
    posSaleId: number;

    @Column()
    salesPointId: number;

    @Index()
    @Column({ type: 'int', nullable: true })
    shiftId: number | null;

    @MoneyColumn()
    amount: number;

    @Column({ length: 20 })
    method: string;

    @Column('jsonb')
    stampCodes: string[];

    @Column('text')
    reason: string;

    @Column()
    approvedByStaffId: number;
}

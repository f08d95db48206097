import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { MoneyColumn } from '../../pos/entities/money-column';

/** Cash put into (+) or taken out of (−) the drawer during a shift, with the reason. */
@Entity()
export class PosCashMovement extends VendureEntity {
    constructor(input?: DeepPartial<PosCashMovement>) {
        super(input);
    }

    @Index()
    @Column()
    shiftId: number;

    @Column()
    staffId: number;

    @MoneyColumn()
    amount: number;

    @Column({ length: 300 })
    reason: string;
}

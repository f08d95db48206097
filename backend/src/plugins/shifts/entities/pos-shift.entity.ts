import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { MoneyColumn } from '../../pos/entities/money-column';

export enum PosShiftState {
    OPEN = 'OPEN',
    CLOSED = 'CLOSED',
}

/** A till session at one sales point: from the opening float to the counted cash and its Z-report. */
@Entity()
@Index(['salesPointId'], { unique: true, where: `"state" = 'OPEN'` })
export class PosShift extends VendureEntity {
    constructor(input?: DeepPartial<PosShift>) {
        super(input);
    }

    @Column()
    salesPointId: number;

    @Column({ type: 'varchar', length: 10 })
    state: PosShiftState;

    @Column()
    openedByStaffId: number;

    @Column({ type: 'timestamptz' })
    openedAt: Date;

    @MoneyColumn()
    openingFloat: number;

    @Column({ type: 'int', nullable: true })
    closedByStaffId: number | null;

    @Column({ type: 'timestamptz', nullable: true })
    closedAt: Date | null;

    @MoneyColumn({ nullable: true })
    countedCash: number | null;

    /** What the drawer should have held at closing, frozen with the count. */
    @MoneyColumn({ nullable: true })
    expectedCash: number | null;
}

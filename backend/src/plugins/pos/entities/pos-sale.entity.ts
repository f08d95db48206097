import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { MoneyColumn } from './money-column';
import type { PosReceipt } from '../types';

/**
 * One sale made on a tablet, keyed by the tablet's UUID: the unique index is what
 * makes replaying the command harmless. Keeps the receipt (the e-invoice fields)
 * as it was printed.
 */
// A staff member's latest sale, for the back office's staff list.
@Index(['staffId', 'soldAt'])
@Entity()
export class PosSale extends VendureEntity {
    constructor(input?: DeepPartial<PosSale>) {
        super(input);
    }

    @Index({ unique: true })
    @Column({ length: 64 })
    clientSaleId: string;

    @Index()
    @Column()
    salesPointId: number;

    @Column()
    tabletId: number;

    @Column()
    staffId: number;

    @Index()
    @Column({ type: 'int', nullable: true })
    shiftId: number | null;

    @Index({ unique: true })
    @Column()
    orderId: number;

    @Column({ length: 40 })
    orderCode: string;

    @Column({ type: 'timestamptz' })
    soldAt: Date;

    @MoneyColumn()
    total: number;

    @MoneyColumn()
    totalTax: number;

    /** Cash given back. */
    @MoneyColumn({ default: 0 })
    change: number;

    /** Cash taken (tendered cash minus change): what the drawer gained. */
    @MoneyColumn({ default: 0 })
    cashIn: number;

    @MoneyColumn({ default: 0 })
    refunded: number;

    @Column({ type: 'varchar', length: 20, nullable: true })
    buyerTaxCode: string | null;

    @Column('jsonb')
    receipt: PosReceipt;
}

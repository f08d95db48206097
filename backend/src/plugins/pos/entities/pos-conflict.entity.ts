import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

export type PosConflictCode =
    | 'STAMP_ALREADY_SOLD'
    | 'STAMP_VOID'
    | 'STAMP_UNKNOWN'
    | 'STAMP_WRONG_PRODUCT'
    | 'STAMP_ELSEWHERE'
    | 'PRODUCT_NOT_SELLABLE'
    | 'UNITS_PROMISED_ONLINE'
    | 'STOCK_BELOW_ZERO'
    | 'PRICE_CHANGED'
    | 'PAYMENT_MISMATCH'
    | 'SHIFT_CLOSED';

/**
 * Something a synced sale ran into that the tablet could not know offline. The sale
 * is kept as it was made; this row tells the manager and the office what to sort out.
 */
@Entity()
export class PosConflict extends VendureEntity {
    constructor(input?: DeepPartial<PosConflict>) {
        super(input);
    }

    @Index()
    @Column()
    salesPointId: number;

    @Index()
    @Column()
    posSaleId: number;

    @Column({ length: 40 })
    orderCode: string;

    @Column({ type: 'varchar', length: 30 })
    code: PosConflictCode;

    @Column('text')
    message: string;

    @Column({ type: 'varchar', length: 40, nullable: true })
    stampCode: string | null;

    @Column({ type: 'int', nullable: true })
    productVariantId: number | null;

    @Index()
    @Column({ default: false })
    resolved: boolean;

    @Column({ type: 'text', nullable: true })
    resolution: string | null;
}

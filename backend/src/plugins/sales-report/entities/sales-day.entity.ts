import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * The daily roll-up the reports read: for each Vietnam day and dimension, the
 * figures of each key. Recomputed from the ledger (`SalesLine`) for a day every
 * time one of that day's orders changes, so it never drifts from the ledger.
 * `orders` counts distinct orders; an order belongs to one day, so summing a
 * key's days is exact.
 */
@Entity()
export class SalesDay {
    @PrimaryColumn('date')
    soldOn: string;

    @PrimaryColumn({ type: 'varchar', length: 20 })
    dimension: string;

    @PrimaryColumn({ type: 'varchar', length: 80 })
    key: string;

    @Column('bigint', { transformer: bigintNumber })
    revenue: number;

    @Column('bigint', { transformer: bigintNumber })
    vat: number;

    @Column('int')
    units: number;

    @Column('int')
    orders: number;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * The daily roll-up the reports read: for each Vietnam day and dimension, the
 * figures of each key. Each ledger rewrite of an order takes the order's old
 * contribution away and adds its new one in the same transaction; the repair
 * (`refreshPeriod`) recomputes whole days from the ledger (`SalesLine`).
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

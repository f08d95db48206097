import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * The sales ledger: one row per sold order line of a placed marketplace order
 * (aggregate or regular, never a seller order, which copies the aggregate's lines),
 * net of cancellations and refunds, with every report key resolved at the time
 * of sale. Written only by `SalesLedgerService.refreshOrder`, which rewrites an
 * order's rows from the order itself, so rewriting is always safe. Not a
 * VendureEntity: a million rows must stay narrow.
 */
@Entity()
export class SalesLine {
    @PrimaryGeneratedColumn('increment', { type: 'bigint' })
    id: string;

    @Index()
    @Column()
    orderId: number;

    @Column()
    orderLineId: number;

    /** Sale time: the POS tablet's sale time or the moment an online order was placed. */
    @Column('timestamptz')
    soldAt: Date;

    /** Vietnam calendar day of `soldAt`. */
    @Index()
    @Column('date')
    soldOn: string;

    /** ONLINE, SHOWROOM or FAIR_BOOTH. */
    @Column({ type: 'varchar', length: 20 })
    channel: string;

    /** Sales point code, or ONLINE. */
    @Column({ type: 'varchar', length: 40 })
    salesPoint: string;

    /** Producer code, or NONE. */
    @Column({ type: 'varchar', length: 80 })
    producer: string;

    /** Former district code (`HUONG_SON`) of the producer, or NONE. */
    @Column({ type: 'varchar', length: 40 })
    area: string;

    /** Product group of the certificate valid at the time of sale, or NONE. */
    @Column({ type: 'varchar', length: 30 })
    productGroup: string;

    /** Stars of that certificate (3–5), or NONE. */
    @Column({ type: 'varchar', length: 4 })
    stars: string;

    @Column()
    productId: number;

    @Column()
    productVariantId: number;

    @Column('int')
    units: number;

    /** What the buyer paid for the line, VAT included, minor units. */
    @Column('bigint', { transformer: bigintNumber })
    revenue: number;

    /** The VAT inside `revenue`. */
    @Column('bigint', { transformer: bigintNumber })
    vat: number;
}

import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StampBatch } from './stamp-batch.entity';

export enum StampStatus {
    ISSUED = 'ISSUED',
    SOLD = 'SOLD',
    VOID = 'VOID',
}

export enum SaleChannelKind {
    ONLINE = 'ONLINE',
    SALES_POINT = 'SALES_POINT',
}

/**
 * One traceability stamp: a readable serial and an unguessable code printed as a
 * QR of PUBLIC_URL/v/<code>. Not a VendureEntity: a million rows must stay narrow,
 * and the hot verification path reads it by `code` alone.
 */
@Entity()
/** Counting and picking a variant's ISSUED stamps in serial order reads this index alone. */
@Index(['productVariantId', 'status', 'serial'])
export class Stamp {
    @PrimaryGeneratedColumn('increment', { type: 'bigint' })
    id: string;

    @Index({ unique: true })
    @Column({ type: 'char', length: 17 })
    code: string;

    @Index({ unique: true })
    @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
    serial: number;

    @ManyToOne(() => StampBatch, { onDelete: 'CASCADE' })
    batch: StampBatch;

    @Index()
    @Column()
    batchId: number;

    @Column()
    productVariantId: number;

    @Column({ type: 'varchar', length: 10, default: StampStatus.ISSUED })
    status: StampStatus;

    @Column({ type: 'timestamptz', nullable: true })
    soldAt: Date | null;

    @Column({ type: 'varchar', length: 20, nullable: true })
    soldChannel: SaleChannelKind | null;

    /** Human-readable place of sale: "Trực tuyến" or the showroom / fair booth name. */
    @Column({ type: 'varchar', length: 200, nullable: true })
    soldWhere: string | null;

    /** Returns look up the stamps an order line sold. */
    @Index()
    @Column({ type: 'int', nullable: true })
    orderLineId: number | null;

    @Column({ type: 'varchar', length: 40, nullable: true })
    orderCode: string | null;

    @Column({ type: 'text', nullable: true })
    voidReason: string | null;

    @Column({ type: 'timestamptz', nullable: true })
    voidedAt: Date | null;

    @Column('int', { default: 0 })
    checkCount: number;

    /**
     * The stock location the unit is at: the producer's warehouse when issued
     * (unless the office names another), a showroom or booth after receiving;
     * for a sold stamp, where it was sold. Stock moves with its stamps (ADR 0016).
     */
    @Index()
    @Column({ type: 'int', nullable: true })
    stockLocationId: number | null;

    @CreateDateColumn({ type: 'timestamptz' })
    createdAt: Date;
}

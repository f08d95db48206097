import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum StampMoveKind {
    /** Received at a showroom or booth (from the producer's warehouse or another point). */
    RECEIVED = 'RECEIVED',
    /** Sent back from a sales point to the producer's warehouse (e.g. after a fair). */
    RETURNED = 'RETURNED',
}

/**
 * One move of an unsold stamped unit between stock locations (ADR 0016). The stamp row
 * keeps only where the unit is now; this keeps where it has been, for the office's view
 * of a suspicious stamp's history.
 */
@Entity()
export class StampMove {
    @PrimaryGeneratedColumn('increment', { type: 'bigint' })
    id: string;

    @Index()
    @Column('bigint')
    stampId: string;

    @Column({ type: 'int', nullable: true })
    fromLocationId: number | null;

    @Column('int')
    toLocationId: number;

    @Column({ type: 'varchar', length: 20 })
    kind: StampMoveKind;

    @CreateDateColumn({ type: 'timestamptz' })
    movedAt: Date;
}

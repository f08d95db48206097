import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum StampAlertKind {
    /** A sold stamp was checked from more distinct clients than the limit: likely copied. */
    MANY_CLIENTS = 'MANY_CLIENTS',
    /** A sale tried to use a stamp that was already SOLD or VOID. */
    REUSE_ATTEMPT = 'REUSE_ATTEMPT',
    /** Voiding left fewer ISSUED stamps than placed, unfulfilled orders hold units: those orders cannot ship as they are. */
    RESERVATION_SHORT = 'RESERVATION_SHORT',
    /** A POS scan met a stamp that cannot be on a shelf here: SOLD, VOID, or registered at another location. */
    COUNTERFEIT_SUSPECT = 'COUNTERFEIT_SUSPECT',
}

/** A counterfeit signal on a stamp, for the coordination office to follow up. */
@Entity()
@Index(['stampId', 'kind'])
export class StampAlert {
    @PrimaryGeneratedColumn('increment')
    id: number;

    @Column('bigint')
    stampId: string;

    @Column({ type: 'varchar', length: 20 })
    kind: StampAlertKind;

    @Column({ type: 'text' })
    detail: string;

    @Column({ default: false })
    resolved: boolean;

    @CreateDateColumn({ type: 'timestamptz' })
    createdAt: Date;
}

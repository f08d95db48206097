import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One verification of a stamp code, logged for every check (directive D1). The
 * client is kept only as a salted hash: enough to count distinct clients, never
 * an IP address.
 */
@Entity()
@Index(['stampId', 'checkedAt'])
export class StampCheck {
    @PrimaryGeneratedColumn('increment', { type: 'bigint' })
    id: string;

    /** Null when the code matched no stamp. */
    @Column('bigint', { nullable: true })
    stampId: string | null;

    /** What the client typed/scanned, normalised and cut to 32 characters. */
    @Column({ type: 'varchar', length: 32 })
    code: string;

    @Column({ type: 'varchar', length: 10 })
    via: 'PAGE' | 'API';

    @Column({ type: 'char', length: 32 })
    clientHash: string;

    @Column({ type: 'varchar', length: 12 })
    result: string;

    @CreateDateColumn({ type: 'timestamptz' })
    checkedAt: Date;
}

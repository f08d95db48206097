import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A stamp scanned at a sales point that cannot be a unit on its shelf: a code the
 * register does not know (no stamp row to hang a StampAlert on), SOLD, VOID or
 * registered elsewhere. The office follows these up like stamp alerts.
 */
@Entity()
export class SuspectScan {
    @PrimaryGeneratedColumn('increment')
    id: number;

    @Column({ length: 200 })
    scanned: string;

    @Column({ type: 'varchar', length: 20 })
    status: string;

    @Index()
    @Column()
    salesPointId: number;

    @Column()
    tabletId: number;

    @Column('text')
    detail: string;

    @CreateDateColumn({ type: 'timestamptz' })
    createdAt: Date;
}

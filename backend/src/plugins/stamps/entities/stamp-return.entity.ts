import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SaleChannelKind } from './stamp.entity';

/**
 * A sale of a stamp that was undone: the unit came back (a cancelled fulfilment,
 * a return with restock) and its stamp is ISSUED again. The stamp row forgets the
 * sale so it can be sold once more; this row remembers it, for the verification
 * history and the office.
 */
@Entity()
export class StampReturn {
    @PrimaryGeneratedColumn('increment')
    id: number;

    @Index()
    @Column('bigint')
    stampId: string;

    @Column({ type: 'timestamptz', nullable: true })
    soldAt: Date | null;

    @Column({ type: 'varchar', length: 20, nullable: true })
    soldChannel: SaleChannelKind | null;

    @Column({ type: 'varchar', length: 200, nullable: true })
    soldWhere: string | null;

    @Column({ type: 'int', nullable: true })
    orderLineId: number | null;

    @Column({ type: 'varchar', length: 40, nullable: true })
    orderCode: string | null;

    @CreateDateColumn({ type: 'timestamptz' })
    returnedAt: Date;
}

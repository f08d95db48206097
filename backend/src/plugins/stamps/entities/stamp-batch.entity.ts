import { DeepPartial, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/** A run of traceability stamps the office issues for one product variant and lot. */
@Entity()
export class StampBatch extends VendureEntity {
    constructor(input?: DeepPartial<StampBatch>) {
        super(input);
    }

    @ManyToOne(() => ProductVariant, { onDelete: 'RESTRICT' })
    productVariant: ProductVariant;

    @Index()
    @Column()
    productVariantId: number;

    @Column('int')
    quantity: number;

    @Column({ length: 60 })
    lotCode: string;

    @Column('date')
    productionDate: string;

    @Column('date')
    expiryDate: string;

    /** Serial numbers are global and sequential: this batch holds [firstSerial, firstSerial + quantity). */
    @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
    firstSerial: number;

    @Column('smallint')
    serialYear: number;

    @Column({ type: 'int', nullable: true })
    issuedByAdministratorId: number | null;

    /** Where the units were when issued; null for batches issued before this was kept. */
    @Column({ type: 'int', nullable: true })
    stockLocationId: number | null;
}

import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { ProducerType } from './producer.entity';

export enum ProducerApplicationStatus {
    PENDING = 'PENDING',
    APPROVED = 'APPROVED',
    REJECTED = 'REJECTED',
}

/** A would-be producer's request to sell on the marketplace; only the office turns it into a Producer. */
@Entity()
export class ProducerApplication extends VendureEntity {
    constructor(input?: DeepPartial<ProducerApplication>) {
        super(input);
    }

    @Column({ length: 200 }) legalName: string;
    @Column({ type: 'varchar', length: 20 }) type: ProducerType;
    @Column({ length: 14 }) taxCode: string;
    @Column({ length: 100 }) commune: string;
    @Column({ length: 100 }) area: string;
    @Column({ length: 300 }) address: string;
    @Column({ length: 20 }) phone: string;
    @Column({ length: 200 }) email: string;
    @Column({ length: 100 }) contactName: string;
    @Column({ type: 'text', default: '' }) story: string;

    @Index()
    @Column({ type: 'varchar', length: 20, default: ProducerApplicationStatus.PENDING })
    status: ProducerApplicationStatus;

    @Column({ type: 'text', nullable: true }) decisionNote: string | null;
    @Column({ type: 'int', nullable: true }) producerId: number | null;
}

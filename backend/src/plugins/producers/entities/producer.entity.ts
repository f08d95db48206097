import { Asset, Channel, DeepPartial, Seller, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, OneToOne } from 'typeorm';

export enum ProducerType {
    COOPERATIVE = 'COOPERATIVE',
    COMPANY = 'COMPANY',
    HOUSEHOLD = 'HOUSEHOLD',
}

/**
 * An OCOP subject (chủ thể OCOP): the cooperative, company or household
 * business that makes certified products. It sells as a Vendure Seller through
 * its own Channel; this entity holds what the province knows about it.
 */
@Entity()
export class Producer extends VendureEntity {
    constructor(input?: DeepPartial<Producer>) {
        super(input);
    }

    /** Stable short key, also the producer channel's code suffix (`producer-<code>`). */
    @Index({ unique: true })
    @Column({ length: 80 })
    code: string;

    @OneToOne(() => Seller, { onDelete: 'RESTRICT' })
    @JoinColumn()
    seller: Seller;

    @Column()
    sellerId: number;

    @OneToOne(() => Channel, { onDelete: 'RESTRICT' })
    @JoinColumn()
    channel: Channel;

    @Index({ unique: true })
    @Column()
    channelId: number;

    @Column({ length: 200 })
    legalName: string;

    @Column({ type: 'varchar', length: 20 })
    type: ProducerType;

    @Column({ length: 14 })
    taxCode: string;

    /** Commune or ward after the 2025 reform. */
    @Column({ length: 100 })
    commune: string;

    /** Former district (huyện) the producer belonged to: the "area" of the showroom rule. */
    @Index()
    @Column({ length: 100 })
    area: string;

    @Column({ length: 300 })
    address: string;

    @Column({ length: 20 })
    phone: string;

    @Column({ type: 'varchar', length: 200, nullable: true })
    email: string | null;

    @Column({ type: 'text', default: '' })
    storyVi: string;

    @Column({ type: 'text', default: '' })
    storyEn: string;

    @ManyToMany(() => Asset)
    @JoinTable()
    photos: Asset[];

    /** An inactive producer sells nothing, whatever its certificates say. */
    @Column({ default: true })
    active: boolean;
}

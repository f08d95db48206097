import { DeepPartial, StockLocation, VendureEntity } from '@vendure/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { OpeningHours } from '../opening-hours';
import { SalesPointKind } from '../types';
import { TradeFair } from './trade-fair.entity';

/**
 * A place where OCOP products are sold over the counter: a permanent showroom
 * or a booth at a trade fair (ADR 0013). Each has its own Vendure stock
 * location, created with it, so its stock is its own while the stamps are shared.
 */
@Entity()
@Check(`("kind" = 'FAIR_BOOTH') = ("fairId" IS NOT NULL)`)
export class SalesPoint extends VendureEntity {
    constructor(input?: DeepPartial<SalesPoint>) {
        super(input);
    }

    /** Stable key printed by the POS, e.g. `SR-HUONG-SON`. */
    @Index({ unique: true })
    @Column({ length: 40 })
    code: string;

    @Column({ length: 200 })
    name: string;

    @Column({ type: 'varchar', length: 20 })
    kind: SalesPointKind;

    /** The fair a booth belongs to; a showroom has none. */
    @ManyToOne(() => TradeFair, { onDelete: 'RESTRICT', nullable: true })
    fair: TradeFair | null;

    @Index()
    @Column({ type: 'int', nullable: true })
    fairId: number | null;

    @OneToOne(() => StockLocation, { onDelete: 'RESTRICT' })
    @JoinColumn()
    stockLocation: StockLocation;

    @Index({ unique: true })
    @Column()
    stockLocationId: number;

    /** House number and street, hamlet, or the hall and stand number of a booth. */
    @Column({ length: 300 })
    streetLine: string;

    /** Commune or ward after the 2025 reform. */
    @Column({ length: 100 })
    commune: string;

    /** One of the 34 provinces, by its canonical name. */
    @Column({ length: 50 })
    province: string;

    /** Former district it serves (the "area" of directive D4), canonical when it is one of Hà Tĩnh's. */
    @Index()
    @Column({ length: 100 })
    area: string;

    @Column('jsonb')
    openingHours: OpeningHours[];

    /** Human note beside the hours, e.g. "Nghỉ Tết Nguyên đán". */
    @Column({ type: 'varchar', length: 500, nullable: true })
    openingNote: string | null;

    @Column({ length: 20 })
    phone: string;

    @Column({ type: 'double precision', nullable: true })
    latitude: number | null;

    @Column({ type: 'double precision', nullable: true })
    longitude: number | null;

    /** A closed sales point keeps its record and stock location but is no longer shown. */
    @Column({ default: true })
    active: boolean;
}

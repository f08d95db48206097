import { DeepPartial, Product, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';

export enum CollectiveBrandKind {
    /** Chỉ dẫn địa lý: the origin itself is protected (e.g. Nhung hươu Hương Sơn). */
    GEOGRAPHICAL_INDICATION = 'GEOGRAPHICAL_INDICATION',
    /** Nhãn hiệu chứng nhận: the holder certifies quality or origin of others' goods. */
    CERTIFICATION_MARK = 'CERTIFICATION_MARK',
    /** Nhãn hiệu tập thể: the members of an association use it. */
    COLLECTIVE_MARK = 'COLLECTIVE_MARK',
}

/**
 * A collective brand of the province's key products (directive D8): a geographical
 * indication, certification mark or collective mark, and the products that carry it.
 * The office keeps it; the `ocop-brand` facet of the catalogue follows `products`.
 */
@Entity()
export class CollectiveBrand extends VendureEntity {
    constructor(input?: DeepPartial<CollectiveBrand>) {
        super(input);
    }

    /** Stable key, e.g. `nhung-huou-huong-son`; also the `ocop-brand` facet value code. */
    @Index({ unique: true })
    @Column({ length: 80 })
    code: string;

    @Column({ length: 200 })
    name: string;

    @Column({ type: 'varchar', length: 30 })
    kind: CollectiveBrandKind;

    /** Number of the protection certificate (văn bằng bảo hộ), when registered. */
    @Column({ type: 'varchar', length: 100, nullable: true })
    registrationNumber: string | null;

    /** Who holds the brand: a people's committee or an association. */
    @Column({ length: 300 })
    holder: string;

    /** Where it applies (a former district, or several communes), when it is bounded. */
    @Column({ type: 'varchar', length: 200, nullable: true })
    area: string | null;

    @Column({ type: 'text', default: '' })
    description: string;

    @ManyToMany(() => Product)
    @JoinTable()
    products: Product[];
}

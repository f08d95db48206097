import { DeepPartial, Product, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

export enum QualityDocumentKind {
    /** Bản tự công bố / công bố chất lượng sản phẩm. */
    QUALITY_DECLARATION = 'QUALITY_DECLARATION',
    /** Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. */
    FOOD_SAFETY_CERTIFICATE = 'FOOD_SAFETY_CERTIFICATE',
}

/** A quality document of one product (directive D9), shown to shoppers. */
@Entity()
export class ProductQualityDocument extends VendureEntity {
    constructor(input?: DeepPartial<ProductQualityDocument>) {
        super(input);
    }

    @ManyToOne(() => Product, { onDelete: 'CASCADE' })
    product: Product;

    @Index()
    @Column()
    productId: number;

    @Column({ type: 'varchar', length: 30 })
    kind: QualityDocumentKind;

    @Column({ length: 100 })
    number: string;

    /** Who issued or received it (the producer itself for a self-declaration, a department for a certificate). */
    @Column({ length: 300 })
    issuer: string;

    /** YYYY-MM-DD, Vietnam calendar day. */
    @Column('date')
    issuedOn: string;

    /** Last valid day, YYYY-MM-DD; none for documents without an end. */
    @Column('date', { nullable: true })
    validUntil: string | null;
}

import { DeepPartial, Product, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

export type ProductChangeStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
/**
 * CONTENTS: new names, descriptions, images or options of the product and its variants,
 * applied on approval. NEW_VARIANT: a variant its producer added, kept off sale until approved.
 */
export type ProductChangeKind = 'CONTENTS' | 'NEW_VARIANT';

/** Proposed translation of a product or variant: only the fields a certificate covers. */
export interface ProposedTranslation {
    languageCode: string;
    name?: string;
    slug?: string;
    description?: string;
}

/** Contents proposed for the product itself or one of its variants. */
export interface ProposedContents {
    translations?: ProposedTranslation[];
    assetIds?: string[];
    featuredAssetId?: string | null;
    /** A variant's options (ids), all of them, as the variant would have them. */
    optionIds?: string[];
}

export interface ProductChangeProposal {
    product?: ProposedContents;
    /** Keyed by variant id. */
    variants?: Record<string, ProposedContents>;
}

/**
 * What a producer changed on a certified product's name, description, images or
 * variants' contents, or a variant it added (ADR 0018). The product keeps its approved
 * contents, which the marketplace and the stamp page show, until the office approves;
 * later edits made while one is pending amend the same change. A new variant is off
 * sale while its change is PENDING or REJECTED.
 */
@Entity()
@Index(['productId', 'status'])
export class ProductChange extends VendureEntity {
    constructor(input?: DeepPartial<ProductChange>) {
        super(input);
    }

    @ManyToOne(() => Product, { onDelete: 'CASCADE' })
    product: Product;

    @Column()
    productId: number;

    @Column({ type: 'varchar', length: 20, default: 'CONTENTS' })
    kind: ProductChangeKind;

    /** The new variant (NEW_VARIANT); null for CONTENTS, which name their variants in the proposal. */
    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE', nullable: true })
    productVariant: ProductVariant | null;

    @Index()
    @Column({ type: 'integer', nullable: true })
    productVariantId: number | null;

    @Index()
    @Column({ type: 'varchar', length: 20, default: 'PENDING' })
    status: ProductChangeStatus;

    @Column('jsonb')
    proposal: ProductChangeProposal;

    /** User id of the producer's administrator who made the (last) change. */
    @Column({ type: 'integer', nullable: true })
    requestedByUserId: number | null;

    @Column({ type: 'integer', nullable: true })
    decidedByUserId: number | null;

    @Column({ type: 'timestamp', nullable: true })
    decidedAt: Date | null;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    decisionNote: string | null;
}

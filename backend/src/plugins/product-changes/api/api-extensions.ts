import gql from 'graphql-tag';

/** Admin API of the review of changes to certified products (ADR 0018). Names are a contract. */
export const adminApiExtensions = gql`
    enum ProductChangeStatus {
        PENDING
        APPROVED
        REJECTED
    }

    "CONTENTS: new names, descriptions, images or options, applied on approval. NEW_VARIANT: a variant its producer added, off sale until approved."
    enum ProductChangeKind {
        CONTENTS
        NEW_VARIANT
    }

    "An option as the review shows it, e.g. Quy cách: Hộp 200 g."
    type ProposedVariantOption {
        optionId: ID!
        code: String!
        name: String!
        groupName: String!
    }

    "A variant a producer added to a certified product, as it is now."
    type ProposedNewVariant {
        variantId: ID!
        name: String!
        sku: String!
        "The producer's own price (in its channel), in the currency's minor units"
        price: Money!
        currencyCode: CurrencyCode!
        options: [ProposedVariantOption!]!
        enabled: Boolean!
        "Deleted by its producer (as a rejected variant may be)"
        deleted: Boolean!
    }

    type ProposedTranslation {
        languageCode: LanguageCode!
        name: String
        slug: String
        description: String
    }

    "Proposed contents of a product or variant; a field left out is not changed."
    type ProposedContents {
        translations: [ProposedTranslation!]
        assetIds: [ID!]
        assets: [Asset!]
        featuredAssetChanged: Boolean!
        featuredAssetId: ID
        "A variant's options, all of them, as it would have them"
        optionIds: [ID!]
        options: [ProposedVariantOption!]
    }

    type ProposedVariantContents {
        variantId: ID!
        "The variant's name as approved"
        name: String
        contents: ProposedContents!
    }

    "A producer's change to a certified product's name, description, images or variants' contents, or a variant it added, waiting for the office."
    type ProductChange implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        kind: ProductChangeKind!
        productId: ID!
        "The product as approved (what the marketplace and the stamp page show)."
        product: Product
        status: ProductChangeStatus!
        "The variant added (NEW_VARIANT)"
        newVariant: ProposedNewVariant
        productContents: ProposedContents
        variants: [ProposedVariantContents!]!
        decidedAt: DateTime
        decisionNote: String
    }

    type ProductChangeList implements PaginatedList {
        items: [ProductChange!]!
        totalItems: Int!
    }

    input ProductChangeListOptions {
        skip: Int
        take: Int
        status: ProductChangeStatus
        kind: ProductChangeKind
        productId: ID
    }

    extend type Query {
        "The office and Industry and Trade see every change; a producer those of its own products."
        productChanges(options: ProductChangeListOptions): ProductChangeList!
    }

    extend type Mutation {
        "Office: applies the change, or lets the new variant be sold; from then on the marketplace and the stamp page show it."
        approveProductChange(id: ID!, note: String): ProductChange!
        "Office: the product keeps its approved contents, a new variant stays off sale; the note tells the producer why."
        rejectProductChange(id: ID!, note: String!): ProductChange!
    }
`;

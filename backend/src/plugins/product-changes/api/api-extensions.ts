import gql from 'graphql-tag';

/** Admin API of the review of changes to certified products (ADR 0018). Names are a contract. */
export const adminApiExtensions = gql`
    enum ProductChangeStatus {
        PENDING
        APPROVED
        REJECTED
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
    }

    type ProposedVariantContents {
        variantId: ID!
        contents: ProposedContents!
    }

    "A producer's change to a certified product's name, description, images or variants' contents, waiting for the office."
    type ProductChange implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        productId: ID!
        "The product as approved (what the marketplace and the stamp page show)."
        product: Product
        status: ProductChangeStatus!
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
        productId: ID
    }

    extend type Query {
        "The office and Industry and Trade see every change; a producer those of its own products."
        productChanges(options: ProductChangeListOptions): ProductChangeList!
    }

    extend type Mutation {
        "Office: applies the change; from then on the marketplace and the stamp page show it."
        approveProductChange(id: ID!, note: String): ProductChange!
        "Office: the product keeps its approved contents; the note tells the producer why."
        rejectProductChange(id: ID!, note: String!): ProductChange!
    }
`;

import gql from 'graphql-tag';

/**
 * The stamp register in the Admin API. Issuing and voiding need ManageStamps
 * (the coordination office); reading needs ReadStamps and is limited to the
 * active channel's variants, so a producer sees only its own batches.
 */
export const adminApiExtensions = gql`
    enum StampStatus {
        ISSUED
        SOLD
        VOID
    }

    enum StampSaleChannel {
        ONLINE
        SALES_POINT
    }

    type Stamp implements Node {
        id: ID!
        "Null for an unsold (ISSUED) stamp unless the caller may issue stamps (ManageStamps): an unsold code could be copied onto a fake"
        code: String
        "As printed, e.g. HT-2026-0001234"
        serial: String!
        status: StampStatus!
        soldAt: DateTime
        soldChannel: StampSaleChannel
        "Trực tuyến, or the showroom / fair booth name"
        soldWhere: String
        orderCode: String
        voidReason: String
        voidedAt: DateTime
        checkCount: Int!
    }

    "A PaginatedList, so query complexity is scored by its take (ADR 0023)"
    type StampList implements PaginatedList {
        items: [Stamp!]!
        totalItems: Int!
    }

    input StampListOptions {
        skip: Int
        "At most 1000"
        take: Int
    }

    type StampBatch implements Node {
        id: ID!
        createdAt: DateTime!
        "Null once the variant is deleted"
        productVariant: ProductVariant
        quantity: Int!
        lotCode: String!
        "YYYY-MM-DD"
        productionDate: String!
        "YYYY-MM-DD"
        expiryDate: String!
        firstSerial: String!
        lastSerial: String!
        stamps(options: StampListOptions): StampList!
    }

    type StampBatchList implements PaginatedList {
        items: [StampBatch!]!
        totalItems: Int!
    }

    input IssueStampBatchInput {
        productVariantId: ID!
        "1 to 100000"
        quantity: Int!
        lotCode: String!
        "YYYY-MM-DD"
        productionDate: String!
        "YYYY-MM-DD, not before productionDate"
        expiryDate: String!
        "Where the units are; default: the producer's warehouse"
        stockLocationId: ID
        "A key of the caller's choosing, to follow the issue with stampIssueProgress"
        progressKey: String
    }

    type StampIssueProgress {
        "Stamps written so far (in steps of 10,000)"
        done: Int!
        total: Int!
    }

    type VoidStampsResult {
        voided: Int!
        alreadyVoid: Int!
        "Sold stamps are never voided"
        sold: Int!
        notFound: Int!
        "The refused sold stamps (at most 1000 listed)"
        soldCodes: [String!]!
    }

    extend type Query {
        # Vendure rewrites the argument of a PaginatedList query to the generated
        # StampBatchListOptions (skip and take are what the resolver reads).
        stampBatches(options: StampListOptions): StampBatchList!
        stampBatch(id: ID!): StampBatch
        "How far the issue started with this progressKey is; null when this server instance does not run it"
        stampIssueProgress(key: String!): StampIssueProgress
    }

    extend type Mutation {
        issueStampBatch(input: IssueStampBatchInput!): StampBatch!
        voidStamps(codes: [String!]!, reason: String!): VoidStampsResult!
        "Serials as printed (HT-2026-0001234), inclusive"
        voidStampRange(
            batchId: ID!
            fromSerial: String!
            toSerial: String!
            reason: String!
        ): VoidStampsResult!
        voidStampBatch(batchId: ID!, reason: String!): VoidStampsResult!
    }
`;

import gql from 'graphql-tag';

const ocopInfo = gql`
    "What the OCOP programme says about a product that is on sale."
    type OcopInfo {
        stars: Int!
        certificateNumber: String!
        "First valid day of the certificate, YYYY-MM-DD."
        validFrom: String!
        "Last valid day of the certificate, YYYY-MM-DD."
        validUntil: String!
        productGroup: String!
        "Code of the producer (PublicProducer.code, the ocop-producer facet value code)."
        producerCode: String!
        producerName: String!
        area: String!
    }

    extend type Product {
        ocop: OcopInfo
    }
`;

export const shopApiExtensions = ocopInfo;

export const adminApiExtensions = gql`
    ${ocopInfo}

    type VariantEligibility {
        productVariantId: ID!
        sellable: Boolean!
        "Why not, when not: NO_PRODUCER, PRODUCER_INACTIVE, NO_CERTIFICATE, CERTIFICATE_REVOKED, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID, BELOW_THREE_STARS, PENDING_REVIEW (a new variant awaiting the office), REVIEW_REJECTED, NO_VALID_PRICE, STOCK_NOT_TRACKED, NO_STAMPS"
        reason: String
        message: String
        "ISSUED stamps, promised to placed orders or not"
        issuedStamps: Int!
        "Units that may still be sold: unpromised stamps, within the free stock of the channel's warehouses"
        units: Int!
    }

    type ListingRefreshResult {
        added: Int!
        removed: Int!
    }

    extend type Query {
        "Whether each variant of a product may be sold, and why not."
        productEligibility(productId: ID!): [VariantEligibility!]!
    }

    extend type Mutation {
        "Re-applies the listing gate now (it also runs on every change and daily)."
        refreshListing(productIds: [ID!]): ListingRefreshResult!
    }
`;

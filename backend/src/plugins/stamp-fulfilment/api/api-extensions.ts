import gql from 'graphql-tag';

/**
 * Packing by scanning (issue 9): a producer's seller orders waiting to ship, a check
 * of each scanned stamp, and the fulfilment that sells exactly the scanned stamps.
 * All need FulfilWithStamps and read the active channel only.
 */
export const adminApiExtensions = gql`
    type OcopShipFromLocation {
        id: ID!
        name: String!
    }

    type OcopFulfilmentLine {
        id: ID!
        productVariantId: ID!
        productName: String!
        variantName: String!
        sku: String!
        quantity: Int!
        fulfilled: Int!
        "Units still to pack: one stamp each"
        remaining: Int!
        "Where the units ship from (Vendure's allocation); a stamp must be registered there"
        shipFrom: [OcopShipFromLocation!]!
    }

    type OcopFulfilmentOrder {
        id: ID!
        "The seller order's own code"
        code: String!
        "The code the customer knows (the aggregate order's)"
        customerOrderCode: String!
        state: String!
        orderPlacedAt: DateTime
        shipToName: String
        shipToProvince: String
        units: Int!
        remaining: Int!
        "Why it may not ship yet (e.g. OCOP_ORDER_NOT_PAID: …); null when it may"
        blockedReason: String
        lines: [OcopFulfilmentLine!]!
    }

    type OcopStampScan {
        "The code as normalised from the scan (a /v/<code> URL or the bare code)"
        code: String!
        ok: Boolean!
        orderLineId: ID
        serial: String
        "OCOP_STAMP_UNKNOWN | OCOP_STAMP_NOT_IN_ORDER | OCOP_STAMP_SOLD | OCOP_STAMP_VOID | OCOP_STAMP_ELSEWHERE | OCOP_STAMP_SCANNED_TWICE | OCOP_STAMP_LINE_COMPLETE"
        problem: String
        "Vietnamese (English)"
        message: String!
    }

    input OcopFulfilLineInput {
        orderLineId: ID!
        "One scanned code (or /v/<code> URL) per unit shipped"
        stampCodes: [String!]!
    }

    input FulfilSellerOrderWithStampsInput {
        orderId: ID!
        "Carrier or how it ships, e.g. Viettel Post"
        method: String
        trackingCode: String
        lines: [OcopFulfilLineInput!]!
    }

    type OcopStampedFulfilment {
        fulfillment: Fulfillment!
        "The code the customer knows"
        orderCode: String!
        stampCount: Int!
    }

    extend type Query {
        "Orders of the active channel with units left to pack, oldest first"
        sellerOrdersToFulfil: [OcopFulfilmentOrder!]!
        sellerOrderToFulfil(orderId: ID!): OcopFulfilmentOrder!
        "Whether a scanned stamp may go with this order, and with which line"
        checkFulfilmentStamp(orderId: ID!, code: String!, alreadyScanned: [String!]): OcopStampScan!
    }

    extend type Mutation {
        "Creates the fulfilment of the scanned units and marks exactly those stamps SOLD, in one transaction"
        fulfilSellerOrderWithStamps(input: FulfilSellerOrderWithStampsInput!): OcopStampedFulfilment!
    }
`;

import gql from 'graphql-tag';

export const adminApiExtensions = gql`
    input PosStockMoveInput {
        "Scanned stamp codes or /v/<code> URLs"
        stampCodes: [String!]
        "A printed serial (HT-2026-0000123) or its number; with serialTo, a range"
        serialFrom: String
        serialTo: String
    }

    type PosVariantQuantity {
        productVariantId: ID!
        quantity: Int!
    }

    type PosRefusedStamp {
        code: String!
        "UNKNOWN | SOLD | VOID | ALREADY_HERE | NOT_HERE | NO_WAREHOUSE"
        reason: String!
    }

    type PosStockMove {
        moved: Int!
        byVariant: [PosVariantQuantity!]!
        refused: [PosRefusedStamp!]!
    }

    type PosLowStock {
        productVariantId: ID!
        name: String!
        onHand: Int!
        stampsHere: Int!
    }

    type PosStampLookup {
        code: String!
        "ISSUED | SOLD | VOID | UNKNOWN"
        status: String!
        productVariantId: ID
        serial: String
        locatedHere: Boolean!
        "SOLD, VOID, unknown or located elsewhere: recorded for the office"
        suspect: Boolean!
        message: String!
    }

    type PosSuspectScan {
        id: ID!
        scanned: String!
        status: String!
        salesPointId: ID!
        detail: String!
        createdAt: DateTime!
    }

    extend type Query {
        posLowStock(threshold: Int): [PosLowStock!]!
        "Office: suspicious stamps scanned at sales points"
        posSuspectScans(salesPointId: ID): [PosSuspectScan!]!
    }

    extend type Mutation {
        "Looks a scanned stamp up; a suspect one is recorded for the office"
        posStampLookup(code: String!): PosStampLookup!
        receivePosStock(input: PosStockMoveInput!): PosStockMove!
        returnPosStock(input: PosStockMoveInput!): PosStockMove!
    }
`;

import gql from 'graphql-tag';

export const adminApiExtensions = gql`
    enum PosShiftState {
        OPEN
        CLOSED
    }

    type PosShift {
        id: ID!
        state: PosShiftState!
        openedAt: DateTime!
        openedBy: PosStaffRef!
        openingFloat: Money!
        cashIn: Money!
        cashOut: Money!
        "Cash taken for sales (tendered minus change)"
        cashSales: Money!
        cashRefunds: Money!
        expectedCash: Money!
        closedAt: DateTime
        countedCash: Money
        "countedCash - expectedCash"
        difference: Money
    }

    type PosTenderTotal {
        method: String!
        amount: Money!
        count: Int!
    }

    type PosReportRow {
        name: String!
        gross: Money!
        quantity: Int!
    }

    type PosZReport {
        shift: PosShift!
        salesCount: Int!
        total: Money!
        totalTax: Money!
        refunds: Money!
        byTender: [PosTenderTotal!]!
        byVatRate: [PosVatRow!]!
        byProductGroup: [PosReportRow!]!
        byProducer: [PosReportRow!]!
        expectedCash: Money!
        countedCash: Money
        difference: Money
    }

    input OpenPosShiftInput {
        staffId: ID!
        openingFloat: Money!
    }

    input PosCashMovementInput {
        shiftId: ID!
        staffId: ID!
        "Positive: cash in; negative: cash out"
        amount: Money!
        reason: String!
    }

    input ClosePosShiftInput {
        shiftId: ID!
        staffId: ID!
        countedCash: Money!
        "Sales still in the tablet's outbox: closing is refused unless 0"
        unsyncedSales: Int!
        "Sales the tablet made in this shift; closing is refused while the server has fewer"
        salesCount: Int
    }

    extend type Query {
        currentPosShift: PosShift
        posZReport(shiftId: ID!): PosZReport!
    }

    extend type Mutation {
        openPosShift(input: OpenPosShiftInput!): PosShift!
        posCashMovement(input: PosCashMovementInput!): PosShift!
        closePosShift(input: ClosePosShiftInput!): PosZReport!
    }
`;

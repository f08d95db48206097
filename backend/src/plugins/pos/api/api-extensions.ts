import gql from 'graphql-tag';

export const adminApiExtensions = gql`
    enum PosStaffRole {
        CASHIER
        MANAGER
    }

    type PosTablet {
        id: ID!
        name: String!
    }

    type PosSalesPointRef {
        id: ID!
        code: String!
        name: String!
        kind: SalesPointKind!
        active: Boolean!
    }

    type PosEnrolment {
        "The tablet's own session token: send it as Authorization: Bearer on every call"
        token: String!
        tablet: PosTablet!
        salesPoint: PosSalesPointRef!
    }

    type PosStaffMember {
        id: ID!
        name: String!
        role: PosStaffRole!
        "PBKDF2-HMAC-SHA256 over the UTF-8 PIN, hex"
        pinSalt: String!
        pinHash: String!
        pinIterations: Int!
    }

    type PosSettings {
        "A discount above this percent of the line or cart value needs a manager"
        discountApprovalPercent: Float!
        vietqrBankBin: String
        vietqrAccountNumber: String
        vietqrAccountName: String
    }

    type PosVariant {
        id: ID!
        sku: String!
        name: String!
        productName: String!
        group: String
        producerName: String
        priceWithTax: Money!
        taxRate: Float!
        ean: String
    }

    type PosStampedUnit {
        code: String!
        serial: String!
        productVariantId: ID!
    }

    type PosBootstrap {
        tablet: PosTablet!
        salesPoint: PosSalesPointRef!
        settings: PosSettings!
        variants: [PosVariant!]!
        stamps: [PosStampedUnit!]!
        staff: [PosStaffMember!]!
    }

    type PosStaffRef {
        id: ID!
        name: String!
        role: PosStaffRole!
    }

    type PosPinResult {
        ok: Boolean!
        staff: PosStaffRef!
        attemptsLeft: Int!
        lockedUntil: DateTime
    }

    input PosSaleLineInput {
        productVariantId: ID!
        quantity: Int!
        "One code per unit"
        stampCodes: [String!]!
        "The price the tablet sold at (minor units); a different current price is recorded as a conflict"
        unitPriceWithTax: Money
    }

    input PosPaymentInput {
        "cash | card | vietqr"
        method: String!
        amount: Money!
        reference: String
        "Cash given by the buyer"
        tendered: Money
    }

    input PosDiscountInput {
        "null: the whole cart"
        productVariantId: ID
        amount: Money
        percent: Float
        reason: String
        approvedByStaffId: ID
    }

    input RecordPosSaleInput {
        clientSaleId: String!
        salesPointId: ID!
        soldAt: DateTime!
        staffId: ID!
        shiftId: ID
        lines: [PosSaleLineInput!]!
        payments: [PosPaymentInput!]!
        discounts: [PosDiscountInput!]
        buyerTaxCode: String
        buyerName: String
        buyerAddress: String
        buyerEmail: String
    }

    type PosSaleConflict {
        id: ID!
        code: String!
        message: String!
        stampCode: String
        productVariantId: ID
    }

    type PosReceiptLine {
        productVariantId: ID!
        name: String!
        sku: String!
        quantity: Int!
        unitPriceWithTax: Money!
        discount: Money!
        lineTotalWithTax: Money!
        taxRate: Float!
        stampCodes: [String!]!
        producerName: String
        productGroup: String
    }

    type PosVatRow {
        taxRate: Float!
        net: Money!
        tax: Money!
        gross: Money!
    }

    type PosReceiptPayment {
        method: String!
        amount: Money!
        reference: String
        tendered: Money
        change: Money!
    }

    type PosReceipt {
        orderCode: String!
        soldAt: DateTime!
        salesPointName: String!
        salesPointCode: String!
        salesPointAddress: String!
        staffName: String!
        buyerTaxCode: String
        buyerName: String
        buyerAddress: String
        buyerEmail: String
        lines: [PosReceiptLine!]!
        vat: [PosVatRow!]!
        payments: [PosReceiptPayment!]!
        cartDiscount: Money!
        total: Money!
        totalTax: Money!
    }

    type PosSaleResult {
        orderCode: String!
        "Amount due with VAT, minor units"
        total: Money!
        totalTax: Money!
        change: Money!
        conflicts: [PosSaleConflict!]!
        "True when this clientSaleId had been recorded before: nothing new was written"
        replayed: Boolean!
        receipt: PosReceipt!
    }

    type PosConflictRecord {
        id: ID!
        salesPointId: ID!
        code: String!
        message: String!
        stampCode: String
        productVariantId: ID
        orderCode: String!
        createdAt: DateTime!
        resolved: Boolean!
        resolution: String
    }

    input RefundPosSaleInput {
        orderCode: String!
        stampCodes: [String!]!
        reason: String!
        "cash | card | vietqr"
        method: String!
        managerStaffId: ID!
        managerPin: String!
    }

    type PosRefundResult {
        orderCode: String!
        refundTotal: Money!
        stampCodes: [String!]!
    }

    input EnrolPosTabletInput {
        username: String!
        password: String!
        name: String!
    }

    input CreatePosStaffInput {
        salesPointId: ID!
        name: String!
        role: PosStaffRole!
        pin: String!
        "Managers only: a login to enrol tablets with"
        emailAddress: String
        password: String
    }

    type PosTabletRecord {
        id: ID!
        name: String!
        salesPointId: ID!
        enrolledAt: DateTime!
        "The manager whose login enrolled it"
        enrolledBy: PosStaffRef
        revokedAt: DateTime
        "Its latest request, to within a minute; sales sync through requests, so also its latest sync"
        lastSeenAt: DateTime
    }

    type PosStaffRecord {
        id: ID!
        name: String!
        role: PosStaffRole!
        salesPointId: ID!
        active: Boolean!
        hasLogin: Boolean!
        lockedUntil: DateTime
        "A manager's login"
        emailAddress: String
        "Latest sign-in with that login (dashboard or tablet enrolment)"
        lastLoginAt: DateTime
        "Latest sale this person made, once synced. PIN sign-ins happen on the tablet, offline, and are not recorded."
        lastSaleAt: DateTime
    }

    input UpdatePosStaffInput {
        id: ID!
        name: String
        role: PosStaffRole
        "false: the person can no longer sign in on any tablet (nor enrol one)"
        active: Boolean
    }

    extend type Query {
        "Office: any sales point (or all); a sales point manager: their own"
        posTablets(salesPointId: ID): [PosTabletRecord!]!
        "Office: any sales point (or all); a sales point manager: their own. Inactive staff included."
        posStaffMembers(salesPointId: ID): [PosStaffRecord!]!
        "The sales points whose staff and tablets the caller manages (office: all, open or closed; a manager: their own)"
        posManagedSalesPoints: [PosSalesPointRef!]!
        posBootstrap: PosBootstrap!
        posSale(clientSaleId: String!): PosSaleResult
        "Tablet, or a manager's own login: their sales point; office: all, or the one asked for"
        posConflicts(resolved: Boolean, salesPointId: ID): [PosConflictRecord!]!
    }

    extend type Mutation {
        enrolPosTablet(input: EnrolPosTabletInput!): PosEnrolment!
        posPinSignIn(staffId: ID!, pin: String!): PosPinResult!
        recordPosSale(input: RecordPosSaleInput!): PosSaleResult!
        refundPosSale(input: RefundPosSaleInput!): PosRefundResult!
        "Tablet, or a manager's own login: their sales point's; office: any"
        resolvePosConflict(id: ID!, note: String!): PosConflictRecord!
        "Office: a cashier or manager of any sales point, with the first PIN (and a manager's login)"
        createPosStaff(input: CreatePosStaffInput!): PosStaffRef!
        "Office, or a manager of the staff member's sales point: a new PIN (also unlocks)"
        setPosStaffPin(staffId: ID!, pin: String!): PosStaffRef!
        "Office, or a manager of the staff member's sales point"
        updatePosStaff(input: UpdatePosStaffInput!): PosStaffRecord!
        "Office, or a manager of the tablet's sales point: its token stops working at once"
        revokePosTablet(id: ID!): PosTabletRecord!
    }
`;

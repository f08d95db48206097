import gql from 'graphql-tag';

/** Public: anyone holding a unit can check its stamp (directive D1). */
export const shopApiExtensions = gql`
    enum StampVerificationResult {
        GENUINE
        SUSPICIOUS
        VOID
        UNKNOWN
    }

    """
    What a stamp check tells the consumer. For UNKNOWN every field but result is
    null (checkCount 0), whatever the code was: nothing hints at a near code.
    """
    type StampVerification {
        result: StampVerificationResult!
        productName: String
        "The unit's variant, e.g. the pack size."
        variantName: String
        productImageUrl: String
        producerName: String
        producerAddress: String
        stars: Int
        certificateNumber: String
        "yyyy-MM-dd"
        certificateValidUntil: String
        "ACTIVE, EXPIRED or REVOKED (an ACTIVE certificate past its date reads EXPIRED)."
        certificateStatus: String
        lotCode: String
        "yyyy-MM-dd"
        productionDate: String
        "yyyy-MM-dd"
        expiryDate: String
        soldAt: DateTime
        "Trực tuyến, or the showroom / fair booth name."
        soldWhere: String
        "ONLINE or SALES_POINT."
        soldChannel: String
        "Checks of this stamp so far, this one included."
        checkCount: Int!
        "Readable serial printed beside the code, e.g. HT-2026-0001234."
        serial: String
    }

    extend type Query {
        "Checks a stamp code as printed or scanned (case, spaces, hyphens and O/I/L look-alikes are forgiven). Rate-limited per client: HTTP 429 with TOO_MANY_REQUESTS."
        verifyStamp(code: String!): StampVerification!
    }
`;

/** Office: counterfeit signals to follow up. */
export const adminApiExtensions = gql`
    enum StampAlertKind {
        MANY_CLIENTS
        REUSE_ATTEMPT
        "Stamps were voided that placed, unfulfilled orders were counting on"
        RESERVATION_SHORT
        "A POS scan met a SOLD, VOID or elsewhere-located stamp: possibly a copied stamp"
        COUNTERFEIT_SUSPECT
    }

    type StampAlert implements Node {
        id: ID!
        createdAt: DateTime!
        kind: StampAlertKind!
        detail: String!
        resolved: Boolean!
        stampId: ID!
        code: String!
        serial: String!
        productName: String
        variantName: String
    }

    type StampAlertList implements PaginatedList {
        items: [StampAlert!]!
        totalItems: Int!
    }

    "Newest first. skip/take page through (take ≤ 100); resolved filters open (false) or closed (true) alerts."
    input StampAlertListOptions {
        resolved: Boolean
    }

    enum StampEventKind {
        ISSUED
        "Received at a sales point, or sent back to the producer's warehouse"
        MOVED
        "Online (the customer's order code) or at a sales point (the POS sale's order code)"
        SOLD
        "A sale undone: the unit came back and the stamp is ISSUED again"
        RETURNED
        VOIDED
        ALERT
    }

    type StampEvent {
        at: DateTime!
        kind: StampEventKind!
        "ISSUED: where issued; MOVED: where to; SOLD: where sold"
        location: String
        fromLocation: String
        "ONLINE or SALES_POINT"
        channel: String
        orderCode: String
        "The producer's seller order that shipped it"
        sellerOrderCode: String
        "Lot and batch, RECEIVED or RETURNED, the alert, the void reason"
        detail: String
    }

    type StampCheckDay {
        "YYYY-MM-DD, Vietnam time"
        day: String!
        checks: Int!
        "Distinct clients that day"
        clients: Int!
    }

    type StampCheckEntry {
        at: DateTime!
        "PAGE or API"
        via: String!
        result: String!
        "Client number in order of first check (the same number is the same client)"
        client: Int!
    }

    "Everything the register knows about one stamp, oldest event first."
    type StampHistory {
        stampId: ID!
        code: String!
        serial: String!
        status: StampStatus!
        productName: String
        variantName: String
        sku: String
        lotCode: String!
        batchId: ID!
        "YYYY-MM-DD"
        productionDate: String!
        "YYYY-MM-DD"
        expiryDate: String!
        currentLocation: String
        "Units of this variant placed orders hold: reservations are per variant, never per stamp"
        variantUnitsReserved: Int!
        events: [StampEvent!]!
        checkCount: Int!
        checkClients: Int!
        firstCheckAt: DateTime
        lastCheckAt: DateTime
        "Newest day first, at most 90 days"
        checksByDay: [StampCheckDay!]!
        "The latest 50 checks"
        recentChecks: [StampCheckEntry!]!
    }

    extend type StampAlert {
        "The stamp's whole history (office)"
        history: StampHistory
    }

    extend type Query {
        stampAlerts(options: StampAlertListOptions): StampAlertList!
        stampAlert(id: ID!): StampAlert
        stampHistory(stampId: ID!): StampHistory
    }

    extend type Mutation {
        "Marks an alert as followed up. A stamp still checked from too many clients raises a new one."
        resolveStampAlert(id: ID!): StampAlert!
    }
`;

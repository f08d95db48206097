import gql from 'graphql-tag';

const shared = gql`
    enum SalesPointKind {
        SHOWROOM
        FAIR_BOOTH
    }

    "Days as MON-SAT, SAT,SUN or SUN; times HH:MM, Vietnam time."
    type OpeningHours {
        days: String!
        opens: String!
        closes: String!
    }
`;

export const adminApiExtensions = gql`
    ${shared}

    input OpeningHoursInput {
        "MON-SAT, SAT,SUN or SUN (T2-T7 and CN are accepted)."
        days: String!
        "HH:MM"
        opens: String!
        "HH:MM, after opens"
        closes: String!
    }

    type TradeFair implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        code: String!
        name: String!
        venue: String!
        province: String!
        "YYYY-MM-DD, Vietnam time"
        startsOn: String!
        "YYYY-MM-DD, Vietnam time; the fair is shown until this day ends"
        endsOn: String!
        organiser: String
        active: Boolean!
    }

    type TradeFairList {
        items: [TradeFair!]!
        totalItems: Int!
    }

    type SalesPoint implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        code: String!
        name: String!
        kind: SalesPointKind!
        fair: TradeFair
        fairId: ID
        "Its own Vendure stock location, open to the marketplace channel."
        stockLocation: StockLocation!
        stockLocationId: ID!
        streetLine: String!
        commune: String!
        province: String!
        "Former district it serves."
        area: String!
        openingHours: [OpeningHours!]!
        openingNote: String
        phone: String!
        latitude: Float
        longitude: Float
        active: Boolean!
        directionsUrl: String!
    }

    type SalesPointList {
        items: [SalesPoint!]!
        totalItems: Int!
    }

    input SalesPointListOptions {
        skip: Int
        take: Int
        kind: SalesPointKind
        active: Boolean
        fairId: ID
        area: String
    }

    input TradeFairListOptions {
        skip: Int
        take: Int
        active: Boolean
        "Only fairs that have not ended (Vietnam time)."
        current: Boolean
    }

    input CreateSalesPointInput {
        "3–40 letters, digits, hyphens, e.g. SR-HUONG-SON; stored upper-case, never changes"
        code: String!
        name: String!
        kind: SalesPointKind!
        "Required for FAIR_BOOTH, refused for SHOWROOM"
        fairId: ID
        streetLine: String!
        "Commune or ward (after the 2025 reform)"
        commune: String!
        "One of the 34 provinces, any spelling; stored canonical"
        province: String!
        "Former district it serves, e.g. Hương Sơn"
        area: String!
        openingHours: [OpeningHoursInput!]!
        openingNote: String
        phone: String!
        latitude: Float
        longitude: Float
        active: Boolean
    }

    input UpdateSalesPointInput {
        id: ID!
        name: String
        fairId: ID
        streetLine: String
        commune: String
        province: String
        area: String
        openingHours: [OpeningHoursInput!]
        openingNote: String
        phone: String
        latitude: Float
        longitude: Float
    }

    input CreateTradeFairInput {
        "3–40 letters, digits, hyphens, e.g. HC-OCOP-2026; never changes"
        code: String!
        name: String!
        venue: String!
        province: String!
        startsOn: String!
        endsOn: String!
        organiser: String
        active: Boolean
    }

    input UpdateTradeFairInput {
        id: ID!
        name: String
        venue: String
        province: String
        startsOn: String
        endsOn: String
        organiser: String
        "false cancels the fair: its booths leave the public list"
        active: Boolean
    }

    extend type Query {
        "Office (ManageSalesPoints) and Industry and Trade (ManageTradeFairs)."
        salesPoints(options: SalesPointListOptions): SalesPointList!
        salesPoint(id: ID!): SalesPoint
        tradeFairs(options: TradeFairListOptions): TradeFairList!
        tradeFair(id: ID!): TradeFair
        "Directive D4: former districts of Hà Tĩnh with no active showroom, in official order."
        areasWithoutShowroom: [String!]!
    }

    extend type Mutation {
        "Creates the sales point and its stock location. Showrooms need ManageSalesPoints; booths either permission."
        createSalesPoint(input: CreateSalesPointInput!): SalesPoint!
        updateSalesPoint(input: UpdateSalesPointInput!): SalesPoint!
        "Closing keeps the record and its stock location; it only leaves the public list."
        setSalesPointActive(id: ID!, active: Boolean!): SalesPoint!
        createTradeFair(input: CreateTradeFairInput!): TradeFair!
        updateTradeFair(input: UpdateTradeFairInput!): TradeFair!
    }
`;

export const shopApiExtensions = gql`
    ${shared}

    type PublicTradeFair {
        code: String!
        name: String!
        venue: String!
        province: String!
        "YYYY-MM-DD, Vietnam time"
        startsOn: String!
        "YYYY-MM-DD, Vietnam time"
        endsOn: String!
    }

    type PublicSalesPoint {
        code: String!
        name: String!
        kind: SalesPointKind!
        fair: PublicTradeFair
        streetLine: String!
        commune: String!
        province: String!
        "Former district it serves"
        area: String!
        openingHours: [OpeningHours!]!
        openingNote: String
        phone: String!
        latitude: Float
        longitude: Float
        "Opens directions in the visitor's map app; no map tiles are loaded by our pages."
        directionsUrl: String!
    }

    extend type Query {
        "Where to buy: active showrooms, then booths of fairs not yet over (Vietnam time) by fair start."
        salesPoints: [PublicSalesPoint!]!
    }
`;

import gql from 'graphql-tag';

/**
 * Sales figures (ADR 0019) for the office and Industry and Trade
 * (ReadSalesReport): money in minor units (×100) like every Vendure amount,
 * `revenue` is what buyers paid, VAT included, `vat` the VAT inside it.
 * Figures carry no buyer: no names, emails, phones or addresses.
 */
export const adminApiExtensions = gql`
    input SalesReportInput {
        "YYYY-MM-DD, Vietnam time, included"
        from: String!
        "YYYY-MM-DD, Vietnam time, included"
        to: String!
    }

    type SalesFigure {
        "ONLINE / SHOWROOM / FAIR_BOOTH, an area code (HUONG_SON), a producer or sales point code, a product group, 3/4/5 stars, a product id; NONE when unknown"
        key: String!
        label: String!
        "Paid by buyers, VAT included, net of cancellations and refunds (minor units)"
        revenue: Money!
        "VAT inside revenue"
        vat: Money!
        units: Int!
        "Distinct orders (a cart of two producers' goods is one order)"
        orders: Int!
    }

    type SalesReport {
        from: String!
        to: String!
        revenue: Money!
        vat: Money!
        units: Int!
        orders: Int!
        byChannel: [SalesFigure!]!
        byArea: [SalesFigure!]!
        byProducer: [SalesFigure!]!
        byProductGroup: [SalesFigure!]!
        byStars: [SalesFigure!]!
        bySalesPoint: [SalesFigure!]!
    }

    type ProducerSalesReport {
        from: String!
        to: String!
        revenue: Money!
        vat: Money!
        units: Int!
        orders: Int!
        byChannel: [SalesFigure!]!
        bySalesPoint: [SalesFigure!]!
        byStars: [SalesFigure!]!
        byProduct: [SalesFigure!]!
    }

    enum SalesDimension {
        TOTAL
        CHANNEL
        AREA
        PRODUCER
        PRODUCT_GROUP
        STARS
        SALES_POINT
        PRODUCT
    }

    input SalesTrendInput {
        from: String!
        to: String!
        dimension: SalesDimension!
    }

    type SalesTrendRow {
        "YYYY-MM"
        month: String!
        key: String!
        label: String!
        revenue: Money!
        vat: Money!
        units: Int!
        orders: Int!
    }

    input TopProductsInput {
        from: String!
        to: String!
        "1 to 100, default 10"
        take: Int
    }

    type ExpiringCertificate {
        certificateNumber: String!
        productName: String!
        stars: Int!
        "YYYY-MM-DD"
        validUntil: String!
        daysLeft: Int!
    }

    type ProducerStampFigures {
        producerCode: String!
        producerName: String!
        issued: Int!
        sold: Int!
        voided: Int!
        unsold: Int!
    }

    type DirectiveChecks {
        "D4: former districts with no active showroom"
        areasWithoutShowroom: [String!]!
        certificatesExpiringIn30Days: [ExpiringCertificate!]!
        certificatesExpiringIn90Days: [ExpiringCertificate!]!
        "D1: stamps issued vs sold per producer"
        stampsByProducer: [ProducerStampFigures!]!
        openCounterfeitAlerts: Int!
    }

    enum SalesReportKind {
        MONTHLY
        ON_DEMAND
    }

    type KeptSalesReport implements Node {
        id: ID!
        createdAt: DateTime!
        kind: SalesReportKind!
        "YYYY-MM-DD"
        periodFrom: String!
        "YYYY-MM-DD"
        periodTo: String!
        "The figures as they were when the report was generated"
        figures: SalesReport!
        "GET with the admin session or bearer token"
        xlsxUrl: String!
        pdfUrl: String!
    }

    type KeptSalesReportList {
        items: [KeptSalesReport!]!
        totalItems: Int!
    }

    input KeptSalesReportListOptions {
        skip: Int
        take: Int
    }

    extend type Query {
        "Office and Industry and Trade (ReadSalesReport). Same figures as the report files."
        salesReport(input: SalesReportInput!): SalesReport!
        "By month for one dimension, for charts"
        salesTrend(input: SalesTrendInput!): [SalesTrendRow!]!
        topProducts(input: TopProductsInput!): [SalesFigure!]!
        directiveChecks: DirectiveChecks!
        "Kept monthly and on-demand reports, newest period first"
        salesReports(options: KeptSalesReportListOptions): KeptSalesReportList!
        "A producer's own figures, in its own channel (ReadProducerSales)"
        producerSalesReport(input: SalesReportInput!): ProducerSalesReport!
    }

    extend type Mutation {
        "Office (ManageSalesReports): keeps a report of any period with its XLSX and PDF"
        generateSalesReport(input: SalesReportInput!): KeptSalesReport!
        "Office (ManageSalesReports): rewrites the sales ledger of a period from the orders; returns the orders looked at"
        refreshSalesLedger(input: SalesReportInput!): Int!
    }
`;

import gql from 'graphql-tag';

const brandFields = `
    code: String!
    name: String!
    kind: CollectiveBrandKind!
    "Number of the protection certificate (văn bằng bảo hộ), when registered."
    registrationNumber: String
    "Who holds the brand: a people's committee or an association."
    holder: String!
    area: String
    description: String!
    "Products carrying the brand that are on sale now (listed in the marketplace)."
    productCount: Int!
`;

const kind = gql`
    enum CollectiveBrandKind {
        GEOGRAPHICAL_INDICATION
        CERTIFICATION_MARK
        COLLECTIVE_MARK
    }
`;

export const shopApiExtensions = gql`
    ${kind}

    "A collective brand of the province's key products (geographical indication, certification or collective mark)."
    type CollectiveBrand {
        ${brandFields}
    }

    extend type OcopInfo {
        "Collective brands the product carries."
        brands: [CollectiveBrand!]!
    }

    extend type Query {
        "Every collective brand, in Vietnamese alphabetical order."
        collectiveBrands: [CollectiveBrand!]!
        collectiveBrand(code: String!): CollectiveBrand
    }
`;

export const adminApiExtensions = gql`
    ${kind}

    type CollectiveBrand implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        ${brandFields}
        "Products carrying the brand, among those of the active channel (a producer sees its own)."
        products: [Product!]!
    }

    input CreateCollectiveBrandInput {
        code: String!
        name: String!
        kind: CollectiveBrandKind!
        registrationNumber: String
        holder: String!
        area: String
        description: String
        productIds: [ID!]
    }

    input UpdateCollectiveBrandInput {
        id: ID!
        code: String
        name: String
        kind: CollectiveBrandKind
        registrationNumber: String
        holder: String
        area: String
        description: String
        "When given, exactly these products carry the brand."
        productIds: [ID!]
    }

    extend type OcopInfo {
        brands: [CollectiveBrand!]!
    }

    extend type Product {
        "Collective brands the product carries."
        collectiveBrands: [CollectiveBrand!]!
    }

    extend type Query {
        collectiveBrands: [CollectiveBrand!]!
        collectiveBrand(code: String!): CollectiveBrand
    }

    extend type Mutation {
        "Office (ManageCertificates)."
        createCollectiveBrand(input: CreateCollectiveBrandInput!): CollectiveBrand!
        "Office (ManageCertificates)."
        updateCollectiveBrand(input: UpdateCollectiveBrandInput!): CollectiveBrand!
        "Office (ManageCertificates): exactly these products carry the brand."
        setCollectiveBrandProducts(brandId: ID!, productIds: [ID!]!): CollectiveBrand!
    }
`;

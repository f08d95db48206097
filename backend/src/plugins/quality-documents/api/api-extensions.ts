import gql from 'graphql-tag';

const documentType = gql`
    enum QualityDocumentKind {
        "Bản tự công bố / công bố chất lượng sản phẩm"
        QUALITY_DECLARATION
        "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"
        FOOD_SAFETY_CERTIFICATE
    }

    "A quality declaration or food-safety certificate of a product."
    type QualityDocument {
        id: ID!
        kind: QualityDocumentKind!
        number: String!
        issuer: String!
        "YYYY-MM-DD"
        issuedOn: String!
        "Last valid day, YYYY-MM-DD; null when the document has no end."
        validUntil: String
    }

    extend type Product {
        qualityDocuments: [QualityDocument!]!
    }
`;

export const shopApiExtensions = documentType;

export const adminApiExtensions = gql`
    ${documentType}

    input AddProductQualityDocumentInput {
        productId: ID!
        kind: QualityDocumentKind!
        number: String!
        issuer: String!
        issuedOn: String!
        validUntil: String
    }

    input UpdateProductQualityDocumentInput {
        id: ID!
        kind: QualityDocumentKind
        number: String
        issuer: String
        issuedOn: String
        validUntil: String
    }

    extend type Mutation {
        "The office for any product (default channel); a producer for its own products (its channel)."
        addProductQualityDocument(input: AddProductQualityDocumentInput!): QualityDocument!
        updateProductQualityDocument(input: UpdateProductQualityDocumentInput!): QualityDocument!
        removeProductQualityDocument(id: ID!): Boolean!
    }
`;

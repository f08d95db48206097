import gql from 'graphql-tag';

/** Admin API of the certificate registry and producers' self-assessment. Names are a contract. */
export const adminApiExtensions = gql`
    enum CertificateStatus {
        ACTIVE
        EXPIRED
        REVOKED
    }

    enum IssuingLevel {
        COMMUNE
        DISTRICT
        PROVINCE
        CENTRAL
    }

    type Certificate implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        productId: ID!
        product: Product
        certificateNumber: String!
        decisionNumber: String!
        "YYYY-MM-DD"
        decisionDate: String
        "Code of the criteria version, e.g. 148/2023"
        criteriaVersion: String!
        score: Int!
        stars: Int!
        productGroup: String!
        productSet: String
        issuingLevel: IssuingLevel!
        "YYYY-MM-DD, Vietnam calendar day"
        issuedAt: String!
        "Last valid day, YYYY-MM-DD"
        validUntil: String!
        status: CertificateStatus!
        revokedReason: String
        revokedAt: DateTime
        scan: Asset
    }

    type CertificateList implements PaginatedList {
        items: [Certificate!]!
        totalItems: Int!
    }

    input CertificateListOptions {
        productId: ID
        status: CertificateStatus
    }

    input CertifyProductInput {
        productId: ID!
        certificateNumber: String!
        stars: Int!
        score: Int!
        issuedAt: String!
        "Defaults to issuedAt + 36 months"
        validUntil: String
        criteriaVersion: String!
        "FOOD, DRINK, HERBAL, HANDICRAFT, ORNAMENTAL or TOURISM"
        productGroup: String!
        decisionNumber: String!
        decisionDate: String
        productSet: String
        issuingLevel: IssuingLevel
        scanAssetId: ID
    }

    type Criterion {
        code: String!
        name: String!
        maxPoints: Int!
        mandatory: Boolean!
    }

    type CriteriaPart {
        code: String!
        name: String!
        maxPoints: Int!
        criteria: [Criterion!]!
    }

    type StarBand {
        minScore: Int!
        stars: Int!
    }

    type CriteriaVersion {
        id: ID!
        code: String!
        decision: String!
        effectiveFrom: String!
        effectiveUntil: String
        parts: [CriteriaPart!]!
        starBands: [StarBand!]!
    }

    input CriterionScoreInput {
        criterionCode: String!
        points: Int!
    }

    input SubmitSelfAssessmentInput {
        productId: ID!
        criteriaVersion: String!
        scores: [CriterionScoreInput!]!
        note: String
    }

    type CriterionScore {
        criterionCode: String!
        points: Int!
    }

    type SelfAssessmentPartScore {
        part: String!
        name: String!
        points: Int!
        maxPoints: Int!
    }

    type SelfAssessment {
        id: ID!
        createdAt: DateTime!
        productId: ID!
        criteriaVersion: String!
        scores: [CriterionScore!]!
        partScores: [SelfAssessmentPartScore!]!
        totalScore: Int!
        "0 when a mandatory criterion failed"
        stars: Int!
        failedMandatory: [String!]!
        "Stars of the product's ACTIVE certificate when assessed"
        certifiedStars: Int
        note: String!
    }

    extend type Query {
        certificates(options: CertificateListOptions): CertificateList!
        certificate(id: ID!): Certificate
        criteriaVersions: [CriteriaVersion!]!
        selfAssessments(productId: ID!): [SelfAssessment!]!
    }

    extend type Mutation {
        certifyProduct(input: CertifyProductInput!): Certificate!
        revokeCertificate(id: ID!, reason: String!): Certificate!
        submitSelfAssessment(input: SubmitSelfAssessmentInput!): SelfAssessment!
    }
`;

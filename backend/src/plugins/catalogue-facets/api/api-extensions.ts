import gql from 'graphql-tag';

export const shopApiExtensions = gql`
    "A producer's public page: no tax code, phone, e-mail or contact person."
    type PublicProducer {
        "Stable key; also the code of its ocop-producer facet value and OcopInfo.producerCode."
        code: String!
        name: String!
        type: ProducerType!
        "Commune or ward (after the 2025 reform)."
        commune: String!
        "Former district: the name of its ocop-area facet value."
        area: String!
        "In the language of the request (Vietnamese when no English text exists)."
        story: String!
        "Its products on sale now."
        productCount: Int!
    }

    extend type Query {
        "Active producers with at least one product on sale, in Vietnamese alphabetical order."
        producers: [PublicProducer!]!
        "An active producer by code; null for an unknown or suspended one."
        producer(code: String!): PublicProducer
    }
`;

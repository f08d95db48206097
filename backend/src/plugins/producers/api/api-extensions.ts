import gql from 'graphql-tag';

const producerType = gql`
    enum ProducerType {
        COOPERATIVE
        COMPANY
        HOUSEHOLD
    }
`;

export const adminApiExtensions = gql`
    ${producerType}

    enum ProducerApplicationStatus {
        PENDING
        APPROVED
        REJECTED
    }

    type Producer implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        code: String!
        legalName: String!
        type: ProducerType!
        taxCode: String!
        commune: String!
        area: String!
        address: String!
        phone: String!
        email: String
        storyVi: String!
        storyEn: String!
        photos: [Asset!]!
        active: Boolean!
        channelId: ID!
        channelToken: String!
        sellerId: ID!
    }

    type ProducerList {
        items: [Producer!]!
        totalItems: Int!
    }

    type ProducerApplication implements Node {
        id: ID!
        createdAt: DateTime!
        legalName: String!
        type: ProducerType!
        taxCode: String!
        commune: String!
        area: String!
        address: String!
        phone: String!
        email: String!
        contactName: String!
        story: String!
        status: ProducerApplicationStatus!
        decisionNote: String
        producerId: ID
    }

    input ProducerAdministratorInput {
        emailAddress: String!
        firstName: String!
        lastName: String!
        password: String!
    }

    input CreateProducerInput {
        code: String!
        legalName: String!
        type: ProducerType!
        taxCode: String!
        commune: String!
        area: String!
        address: String!
        phone: String!
        email: String
        storyVi: String
        storyEn: String
        photoIds: [ID!]
        active: Boolean
        administrator: ProducerAdministratorInput
    }

    input UpdateProducerInput {
        id: ID!
        legalName: String
        type: ProducerType
        taxCode: String
        commune: String
        area: String
        address: String
        phone: String
        email: String
        storyVi: String
        storyEn: String
        photoIds: [ID!]
    }

    input ProducerListOptions {
        skip: Int
        take: Int
        area: String
        active: Boolean
    }

    input ApproveProducerApplicationInput {
        id: ID!
        code: String!
        administratorPassword: String
    }

    "One line of a placed marketplace order, as its producer sees it."
    type ProducerOrderLine {
        orderCode: String!
        orderState: String!
        orderPlacedAt: DateTime!
        productName: String!
        variantName: String!
        sku: String!
        quantity: Int!
        linePriceWithTax: Money!
        shippingCity: String
    }

    type ProducerOrderLineList {
        items: [ProducerOrderLine!]!
        totalItems: Int!
    }

    extend type Query {
        "Lines of placed marketplace orders for products of the active channel (a producer's own sales)."
        producerOrderLines(skip: Int, take: Int): ProducerOrderLineList!
        "Office: every producer. Needs ManageProducers."
        producers(options: ProducerListOptions): ProducerList!
        producer(id: ID!): Producer
        "The producer whose channel this request is in (for a producer's own administrators)."
        activeProducer: Producer
        producerApplications(status: ProducerApplicationStatus): [ProducerApplication!]!
    }

    extend type Mutation {
        createProducer(input: CreateProducerInput!): Producer!
        updateProducer(input: UpdateProducerInput!): Producer!
        "Suspending a producer takes all its products off sale at once."
        setProducerActive(id: ID!, active: Boolean!): Producer!
        approveProducerApplication(input: ApproveProducerApplicationInput!): ProducerApplication!
        rejectProducerApplication(id: ID!, note: String!): ProducerApplication!
    }
`;

export const shopApiExtensions = gql`
    ${producerType}

    input ProducerApplicationInput {
        legalName: String!
        type: ProducerType!
        taxCode: String!
        commune: String!
        area: String!
        address: String!
        phone: String!
        email: String!
        contactName: String!
        story: String
    }

    type ProducerApplicationReceipt {
        id: ID!
        status: String!
    }

    extend type Mutation {
        "Ask to sell on the marketplace. Creates nothing that sells until the office approves."
        submitProducerApplication(input: ProducerApplicationInput!): ProducerApplicationReceipt!
    }
`;

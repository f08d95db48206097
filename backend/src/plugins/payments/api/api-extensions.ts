import gql from 'graphql-tag';

export const shopApiExtensions = gql`
    extend type Query {
        "Stripe publishable key for the Payment Element; null when card payments are not configured."
        stripePublishableKey: String
    }

    extend type Mutation {
        "Client secret of a Stripe PaymentIntent for the active order, at the ArrangingPayment step (whole đồng, VND)."
        createStripePaymentIntent: String!
    }
`;

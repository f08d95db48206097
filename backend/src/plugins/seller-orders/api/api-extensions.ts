import gql from 'graphql-tag';

export const shopApiExtensions = gql`
    extend type OrderLine {
        "Traceability stamp codes of this line's units already fulfilled; only for the signed-in customer's own order, empty otherwise."
        stampCodes: [String!]!
    }
`;

/**
 * The `graphql()` tag of the storefront's Shop API operations: the typed documents that
 * GraphQL Code Generator builds from the operations in `app/**` (`npm run codegen` at the
 * root, client preset, schema `shared/schema/shop.graphql`). Only `.server.ts` modules
 * import it, so the documents never reach the browser bundle.
 */
export { graphql } from '@ocop/shared/generated/shop';

/** A GraphQL document as a string that carries its result and variables types. */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the shape GraphQL Code Generator emits
export interface TypedDocumentString<TResult, TVariables> extends String {
    readonly __apiType?: (variables: TVariables) => TResult;
}

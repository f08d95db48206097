/**
 * The `graphql()` tag of the storefront's Shop API operations. Until the generated typed
 * documents land (`@ocop/shared/generated/shop`, GraphQL Code Generator client preset),
 * documents are plain strings; this module is then switched to re-export the generated
 * function so every operation becomes typed without touching the feature files.
 */

/** A GraphQL document as a string that carries its result and variables types. */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the shape GraphQL Code Generator emits
export interface TypedDocumentString<TResult, TVariables> extends String {
    readonly __apiType?: (variables: TVariables) => TResult;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped until codegen
export function graphql(source: string): TypedDocumentString<any, any> {
    return source;
}

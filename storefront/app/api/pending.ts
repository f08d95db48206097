import type { TypedDocumentString } from './graphql';

/**
 * An operation on Shop API fields that other branches are adding (producers, quality
 * documents, collective brands): kept out of the code generator's scan (it would refuse
 * documents the checked-in schema cannot validate) and run through `optionalQuery`, which
 * answers undefined while the server lacks them. Once the fields are in
 * `shared/schema/shop.graphql`, write the operation with `graphql()` instead.
 */
export function pendingOperation<R, V = Record<string, unknown>>(source: string): TypedDocumentString<R, V> {
    return source;
}

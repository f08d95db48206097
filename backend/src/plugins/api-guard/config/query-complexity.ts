import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@vendure/core';
import { defaultVendureComplexityEstimator } from '@vendure/harden-plugin';
import { DocumentNode, GraphQLError, GraphQLSchema, separateOperations } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { loggerCtx } from '../constants';

/**
 * Query complexity of both APIs, scored by HardenPlugin's estimator (a PaginatedList
 * costs its `take`, 1000 without one; a list field five times its children). Over the
 * limit the request answers HTTP 400 with a message a developer can act on; HardenPlugin's
 * own check answers 500 and skips the Admin API, where a signed-in producer could
 * otherwise ask for 40 copies of every stamp batch with its stamps in one query.
 * Variables that do not fit the operation are left to GraphQL's own 400 answer.
 */
export class QueryComplexityLimit implements ApolloServerPlugin {
    constructor(private readonly limits: { shop: number; admin: number }) {}

    async requestDidStart(): Promise<GraphQLRequestListener<any>> {
        const limits = this.limits;
        return {
            async willSendResponse({ response }) {
                // Apollo 4 answers 200 when variables do not fit their types (Apollo 5's default is
                // 400); the request is malformed, say so. Only when nothing was executed.
                const body = response.body;
                if (
                    body.kind === 'single' &&
                    !('data' in body.singleResult) &&
                    body.singleResult.errors?.length &&
                    body.singleResult.errors.every(e => e.extensions?.code === 'BAD_USER_INPUT') &&
                    (response.http.status ?? 200) === 200
                ) {
                    response.http.status = 400;
                }
            },
            async didResolveOperation({ request, document, schema }) {
                const max = isAdminApi(schema) ? limits.admin : limits.shop;
                let complexity = cachedComplexity(document, request.operationName, request.variables);
                if (complexity === undefined) {
                    const query = request.operationName
                        ? separateOperations(document)[request.operationName]
                        : document;
                    if (!query) return;
                    try {
                        complexity = getComplexity({
                            schema,
                            query,
                            variables: request.variables,
                            estimators: [
                                defaultVendureComplexityEstimator({}, false),
                                simpleEstimator({ defaultComplexity: 1 }),
                            ],
                        });
                    } catch {
                        // Bad variables: execution reports them (400) with GraphQL's own message.
                        return;
                    }
                    rememberComplexity(document, request.operationName, request.variables, complexity);
                }
                if (complexity > max) {
                    Logger.verbose(
                        `Refused "${request.operationName ?? 'anonymous'}": complexity ${complexity} > ${max}`,
                        loggerCtx,
                    );
                    throw new GraphQLError(
                        `OCOP_QUERY_TOO_COMPLEX: Truy vấn quá phức tạp (${complexity}, tối đa ${max}): hãy giảm "take" hoặc số trường lồng nhau ` +
                            `(query too complex: ${complexity}, at most ${max}; lower "take" or nest fewer fields)`,
                        { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
                    );
                }
            },
        };
    }
}

/**
 * Scores by parsed document, then operation and variables. Apollo reuses the parsed
 * document of a query text it has seen, so a shop's handful of queries are scored once per
 * distinct variables instead of once per request; a document Apollo forgets takes its scores
 * with it. A document keeps at most {@link SCORES_PER_DOCUMENT} scores (a search box sends
 * new variables with every word).
 */
const scores = new WeakMap<DocumentNode, Map<string, number>>();
const SCORES_PER_DOCUMENT = 200;

function scoreKey(operationName: string | null | undefined, variables: unknown): string | undefined {
    try {
        return `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    } catch {
        return undefined;
    }
}

function cachedComplexity(document: DocumentNode, operationName?: string | null, variables?: unknown) {
    const key = scoreKey(operationName, variables);
    return key === undefined ? undefined : scores.get(document)?.get(key);
}

function rememberComplexity(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: unknown,
    complexity: number,
) {
    const key = scoreKey(operationName, variables);
    if (key === undefined) return;
    let byVariables = scores.get(document);
    if (!byVariables) scores.set(document, (byVariables = new Map()));
    if (byVariables.size >= SCORES_PER_DOCUMENT)
        byVariables.delete(byVariables.keys().next().value as string);
    byVariables.set(key, complexity);
}

const adminSchemas = new WeakMap<GraphQLSchema, boolean>();

function isAdminApi(schema: GraphQLSchema): boolean {
    let admin = adminSchemas.get(schema);
    if (admin === undefined) {
        admin = !!schema.getQueryType()?.getFields().administrators;
        adminSchemas.set(schema, admin);
    }
    return admin;
}

import { LogicalOperator, SearchInput, SearchResult } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    applyLanguageConstraints,
    createCollectionIdCountMap,
    createFacetIdCountMap,
    createPlaceholderFromId,
    getFieldsToSelect,
    Injector,
    Logger,
    mapToSearchResult,
    PLUGIN_INIT_OPTIONS,
    RequestContext,
    SearchStrategy,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { ensureSearchSchema, NAME_TABLE } from './search-schema';
import { SearchTerms, searchTerms } from './search-terms';

/** `inStock` exists on the input only with `indexStockStatus` (Vendure adds it to the schema then). */
type Input = SearchInput & { inStock?: boolean | null };

interface IndexOptions {
    indexStockStatus?: boolean;
    indexCurrencyCode?: boolean;
}

type Qb = SelectQueryBuilder<any>;

/** Columns aggregated with string_agg / bool_or when grouped by product; the rest take MIN. */
const LIST_COLUMNS = new Set(['facetIds', 'facetValueIds', 'collectionIds', 'channelIds']);
const FLAG_COLUMNS = new Set(['enabled', 'inStock', 'productInStock']);

const TSVECTOR_ARGS = '"si"."sku", "si"."productName", "si"."productVariantName", "si"."description"';
const ALL = `to_tsquery('simple'::regconfig, :ocopAll)`;
const PHRASE = `to_tsquery('simple'::regconfig, :ocopPhrase)`;

/**
 * Whether the row is one of the rows of this channel whose stored name words
 * (`ocop_search_name`, kept by a trigger) match `query`: an uncorrelated subquery,
 * run once per search through the column's GIN index and probed as a hash. The
 * words were folded when the row was written, so the phrase test's recheck reads
 * them instead of folding the name again. In the channel's own language the rows
 * are that language's only, and the variant id alone is the key (a cheaper probe).
 */
const rowsWhere = (column: 'nameWords' | 'variantNameWords', query: string, oneLanguage: boolean) =>
    oneLanguage
        ? `"si"."productVariantId" IN (SELECT "n"."productVariantId" FROM ${NAME_TABLE} "n"
            WHERE "n"."channelId" = :channelId AND "n"."languageCode" = :languageCode AND "n"."${column}" @@ ${query})`
        : `("si"."languageCode", "si"."productVariantId") IN (SELECT "n"."languageCode", "n"."productVariantId"
            FROM ${NAME_TABLE} "n" WHERE "n"."channelId" = :channelId AND "n"."${column}" @@ ${query})`;

/**
 * Rank of one index row for a term: the words as a phrase in the name (8), all of
 * them in the name (4), in the variant name (2), plus 1 for any row found (by its
 * description or SKU alone, say). One word is its own phrase.
 */
const score = (words: number, oneLanguage: boolean) =>
    words > 1
        ? `(1 + CASE WHEN ${rowsWhere('nameWords', PHRASE, oneLanguage)} THEN 8 ELSE 0 END
            + CASE WHEN ${rowsWhere('nameWords', ALL, oneLanguage)} THEN 4 ELSE 0 END
            + CASE WHEN ${rowsWhere('variantNameWords', ALL, oneLanguage)} THEN 2 ELSE 0 END)`
        : `(1 + CASE WHEN ${rowsWhere('nameWords', ALL, oneLanguage)} THEN 12 ELSE 0 END
            + CASE WHEN ${rowsWhere('variantNameWords', ALL, oneLanguage)} THEN 2 ELSE 0 END)`;

/**
 * Vendure's search over its own `search_index_item` table (DefaultSearchPlugin
 * still indexes), with Vietnamese matching (ADR 0009):
 *
 * - diacritic- and case-insensitive: the term is folded by `foldVietnamese`, the
 *   stored text by the SQL function `ocop_fold`, which applies the same rules;
 * - whole words: every word of the term must be a word of the name, variant name,
 *   description or SKU, the last one as a prefix (suggestions while typing);
 * - through GIN indexes on the folded words (`ocop_search_vector(…)` to find, the
 *   stored words of `ocop_search_name` to rank), never folding every row per search;
 * - in two steps: the ids, rank and total of the page from the matching rows, then
 *   every column of the page's rows only (by primary key);
 * - ranked: the phrase in the name, then all words in the name, then in the variant
 *   name, then the rest; shorter names first among equals.
 *
 * Filters (facet values, collections, stock), grouping, sorting, paging,
 * channel, language and the facet and collection counts behave as in Vendure's
 * PostgresSearchStrategy.
 */
export class VietnameseSearchStrategy implements SearchStrategy {
    private connection: TransactionalConnection;
    private options: IndexOptions;
    /**
     * Vendure asks for the items, then for the total of the same input: the total
     * comes with the items (a window count), saving the second query.
     */
    private totals = new WeakMap<object, { ctx: RequestContext; enabledOnly: boolean; total: number }>();

    async init(injector: Injector): Promise<void> {
        this.connection = injector.get(TransactionalConnection);
        this.options = injector.get(PLUGIN_INIT_OPTIONS);
        const result = await ensureSearchSchema(this.connection.rawConnection);
        if (result === 'created')
            Logger.info('Created the Vietnamese search functions and indexes', 'Search');
    }

    async getSearchResults(ctx: RequestContext, input: Input, enabledOnly: boolean): Promise<SearchResult[]> {
        const grouped = !!input.groupByProduct;
        const page = await this.pageOf(ctx, input, enabledOnly);
        if (!page.length) return [];

        // Every column of the page's rows: the matching variants, found by primary key.
        const qb = this.baseQuery(ctx, input, enabledOnly).select(this.columns(grouped));
        if (grouped) {
            qb.addSelect('MIN("si"."price")', 'minPrice')
                .addSelect('MAX("si"."price")', 'maxPrice')
                .addSelect('MIN("si"."priceWithTax")', 'minPriceWithTax')
                .addSelect('MAX("si"."priceWithTax")', 'maxPriceWithTax');
        }
        this.applyFilters(ctx, qb, input, false);
        qb.andWhere('"si"."productVariantId" = ANY(:ocopVariants)', {
            ocopVariants: page.flatMap(p => p.variants),
        });
        const rows = await qb.getRawMany();
        const key = (row: any) => String(grouped ? row.si_productId : row.si_productVariantId);
        const byKey = new Map(rows.map(row => [key(row), row]));
        const currency = (row: any) =>
            this.options.indexCurrencyCode ? row.si_currencyCode : ctx.channel.defaultCurrencyCode;
        return page
            .map(p => ({ row: byKey.get(p.id), score: p.score }))
            .filter((r): r is { row: any; score: number } => !!r.row) // written away in between
            .map(({ row, score: rank }) => mapToSearchResult({ ...row, score: rank }, currency(row)));
    }

    /**
     * The page: ids (the product when grouped, else the variant) in order, with their
     * rank and matching variant ids, and the total — from narrow rows, so that a word
     * found in thousands of rows only groups and counts ids there.
     */
    private async pageOf(
        ctx: RequestContext,
        input: Input,
        enabledOnly: boolean,
    ): Promise<Array<{ id: string; score: number; variants: number[] }>> {
        const grouped = !!input.groupByProduct;
        const qb = this.baseQuery(ctx, input, enabledOnly);
        const terms = this.applyFilters(ctx, qb, input, true);
        if (grouped) {
            qb.select('"si"."productId"', 'id').addSelect('array_agg("si"."productVariantId")', 'variants');
        } else {
            qb.select('"si"."productVariantId"', 'id');
        }
        const oneLanguage = ctx.languageCode === ctx.channel.defaultLanguageCode;
        const rank = terms ? score(terms.words, oneLanguage) : '0';
        qb.addSelect(grouped ? `MAX(${rank})` : rank, 'score');
        qb.addSelect('COUNT(*) OVER ()', 'ocopTotal');

        const direction = (d: string | null | undefined) => (d === 'DESC' ? 'DESC' : 'ASC');
        const agg = (fn: string, column: string) => (grouped ? `${fn}(${column})` : column);
        if (input.sort?.name) {
            // Folded first, so that "Đ…" sorts among the D's, not after Z.
            const name = agg('MIN', '"si"."productName"');
            qb.addOrderBy(`ocop_fold(${name})`, direction(input.sort.name)).addOrderBy(
                name,
                direction(input.sort.name),
            );
        }
        if (input.sort?.price) qb.addOrderBy(agg('MIN', '"si"."price"'), direction(input.sort.price));
        if (!input.sort?.name && !input.sort?.price && terms) {
            // Among equals the shortest name first: the closest to what was typed.
            qb.addOrderBy('score', 'DESC').addOrderBy(agg('MIN', 'length("si"."productName")'), 'ASC');
        }
        // A stable order for equal names, prices and scores, as Vendure's.
        qb.addOrderBy(agg('MIN', '"si"."productVariantId"'), 'ASC');

        const skip = input.skip || 0;
        const rows = await qb
            .limit(input.take || 25)
            .offset(skip)
            .getRawMany();
        if (rows.length || skip === 0) {
            const total = rows.length ? Number(rows[0].ocopTotal) : 0;
            this.totals.set(input, { ctx, enabledOnly, total });
        }
        return rows.map(row => ({
            id: String(row.id),
            score: Number(row.score),
            variants: grouped ? row.variants.map(Number) : [Number(row.id)],
        }));
    }

    async getTotalCount(ctx: RequestContext, input: Input, enabledOnly: boolean): Promise<number> {
        const known = this.totals.get(input);
        if (known && known.ctx === ctx && known.enabledOnly === enabledOnly) {
            this.totals.delete(input);
            return known.total;
        }
        const inner = this.baseQuery(ctx, input, enabledOnly).select(
            input.groupByProduct ? '"si"."productId"' : '"si"."productVariantId"',
        );
        this.applyFilters(ctx, inner, input, true);
        const [sql, parameters] = inner.getQueryAndParameters();
        const [row] = await this.connection
            .getRepository(ctx, 'SearchIndexItem')
            .query(`SELECT COUNT(*)::int AS total FROM (${sql}) AS matched`, parameters);
        return row.total;
    }

    async getFacetValueIds(
        ctx: RequestContext,
        input: Input,
        enabledOnly: boolean,
    ): Promise<Map<ID, number>> {
        const rows = await this.idLists(ctx, input, enabledOnly, 'facetValueIds');
        return createFacetIdCountMap(rows.map(r => ({ facetValues: r.ids })));
    }

    async getCollectionIds(
        ctx: RequestContext,
        input: Input,
        enabledOnly: boolean,
    ): Promise<Map<ID, number>> {
        const rows = await this.idLists(ctx, input, enabledOnly, 'collectionIds');
        return createCollectionIdCountMap(rows.map(r => ({ collections: r.ids })));
    }

    /** One comma-separated id list per matching variant, or per product when grouped: what the counts count. */
    private async idLists(
        ctx: RequestContext,
        input: Input,
        enabledOnly: boolean,
        column: 'facetValueIds' | 'collectionIds',
    ): Promise<Array<{ ids: string }>> {
        const qb = this.baseQuery(ctx, input, enabledOnly).select(
            input.groupByProduct ? `string_agg("si"."${column}", ',')` : `"si"."${column}"`,
            'ids',
        );
        this.applyFilters(ctx, qb, input, true);
        return qb.getRawMany();
    }

    private baseQuery(ctx: RequestContext, input: Input, enabledOnly: boolean): Qb {
        const qb = this.connection.getRepository(ctx, 'SearchIndexItem').createQueryBuilder('si');
        if (enabledOnly) qb.andWhere('"si"."enabled" = true');
        return qb;
    }

    /**
     * The term (unless `withTerm` is false: rows already known to match), filters, channel,
     * language and grouping; returns the term's queries when there is a term.
     */
    private applyFilters(
        ctx: RequestContext,
        qb: Qb,
        input: Input,
        withTerm: boolean,
    ): SearchTerms | undefined {
        const terms = withTerm && input.term?.trim() ? searchTerms(input.term) : undefined;
        if (withTerm && input.term?.trim() && !terms) {
            // Only punctuation: no word can match it.
            qb.andWhere('false');
        }
        if (terms) {
            qb.andWhere(`ocop_search_vector(${TSVECTOR_ARGS}) @@ ${ALL}`).setParameters({
                ocopAll: terms.all,
                ocopPhrase: terms.phrase,
            });
        }
        if (input.inStock != null) {
            qb.andWhere(
                input.groupByProduct ? '"si"."productInStock" = :inStock' : '"si"."inStock" = :inStock',
                {
                    inStock: input.inStock,
                },
            );
        }
        const hasFacetValue = (id: ID) => {
            const placeholder = `fv${createPlaceholderFromId(id)}`;
            return {
                clause: `:${placeholder}::varchar = ANY (string_to_array("si"."facetValueIds", ','))`,
                params: { [placeholder]: String(id) },
            };
        };
        if (input.facetValueIds?.length) {
            const ids = input.facetValueIds;
            qb.andWhere(
                new Brackets(b => {
                    for (const id of ids) {
                        const { clause, params } = hasFacetValue(id);
                        if (input.facetValueOperator === LogicalOperator.AND) b.andWhere(clause, params);
                        else b.orWhere(clause, params);
                    }
                }),
            );
        }
        for (const filter of input.facetValueFilters ?? []) {
            if (filter.and && filter.or?.length)
                throw new UserInputError('error.facetfilterinput-invalid-input');
            const ids = filter.and ? [filter.and] : (filter.or ?? []);
            if (!ids.length) continue;
            qb.andWhere(
                new Brackets(b => {
                    for (const id of ids) {
                        const { clause, params } = hasFacetValue(id);
                        b.orWhere(clause, params);
                    }
                }),
            );
        }
        const inList = (column: string, values: string[], prefix: string) => {
            const unique = Array.from(new Set(values));
            qb.andWhere(
                new Brackets(b => {
                    for (const value of unique) {
                        const placeholder = `${prefix}${createPlaceholderFromId(value)}`;
                        b.orWhere(`:${placeholder}::varchar = ANY (string_to_array("si"."${column}", ','))`, {
                            [placeholder]: value,
                        });
                    }
                }),
            );
        };
        // A single id and a list are separate conditions (AND), a list is a choice (OR), as in Vendure.
        if (input.collectionId) inList('collectionIds', [String(input.collectionId)], 'cid');
        if (input.collectionIds?.length) inList('collectionIds', input.collectionIds.map(String), 'cids');
        if (input.collectionSlug) inList('collectionSlugs', [input.collectionSlug], 'cslug');
        if (input.collectionSlugs?.length) inList('collectionSlugs', input.collectionSlugs, 'cslugs');
        qb.andWhere('"si"."channelId" = :channelId', { channelId: ctx.channelId });
        applyLanguageConstraints(qb, ctx.languageCode, ctx.channel.defaultLanguageCode);
        if (this.options.indexCurrencyCode) {
            qb.andWhere('"si"."currencyCode" = :currencyCode', { currencyCode: ctx.currencyCode });
        }
        if (input.groupByProduct) qb.groupBy('"si"."productId"');
        return terms;
    }

    private columns(grouped: boolean): string[] {
        return getFieldsToSelect(this.options.indexStockStatus, this.options.indexCurrencyCode).map(
            column => {
                const name = `"si"."${column}"`;
                const alias = `"si_${column}"`;
                if (!grouped || column === 'productId') return `${name} AS ${alias}`;
                if (LIST_COLUMNS.has(column)) return `string_agg(${name}, ',') AS ${alias}`;
                if (FLAG_COLUMNS.has(column)) return `bool_or(${name}) AS ${alias}`;
                return `MIN(${name}) AS ${alias}`;
            },
        );
    }
}

import { UserInputError } from '@vendure/core';

/**
 * Vendure generates `sort`, `filter` and `filterOperator` for every PaginatedList from
 * the type's fields; not every field is a column that can be sorted or filtered as such.
 * These checks pass on what the list can honour and refuse the rest by name, instead of
 * ignoring it (a filter silently ignored shows the wrong batches as if they matched).
 */

type Operators = Record<string, unknown>;
export type BatchFilter = Record<string, Operators | BatchFilter[] | undefined | null>;
export type BatchSort = Record<string, 'ASC' | 'DESC' | undefined | null>;

export interface StampBatchListOptions {
    skip?: number | null;
    take?: number | null;
    sort?: BatchSort | null;
    filter?: BatchFilter | null;
    filterOperator?: 'AND' | 'OR' | null;
}

/** The columns behind the sortable fields: serials are contiguous, so the last sorts as the first. */
const BATCH_SORT_COLUMNS: Record<string, string> = {
    id: 'id',
    createdAt: 'createdAt',
    quantity: 'quantity',
    lotCode: 'lotCode',
    productionDate: 'productionDate',
    expiryDate: 'expiryDate',
    firstSerial: 'firstSerial',
    lastSerial: 'firstSerial',
};

/**
 * Filterable fields and the operators each supports; undefined = all its type's operators.
 * The dates are `date` columns typed String in GraphQL: only whole-value comparisons work.
 */
const DATE_AS_TEXT = new Set(['eq', 'notEq', 'in', 'notIn', 'isNull']);
const BATCH_FILTER_FIELDS: Record<string, Set<string> | undefined> = {
    id: undefined,
    createdAt: undefined,
    quantity: undefined,
    lotCode: undefined,
    productionDate: DATE_AS_TEXT,
    expiryDate: DATE_AS_TEXT,
};

/** `sort` and `filter` of `stampBatches`, checked and mapped onto the entity's columns. */
export function checkBatchListOptions(options: StampBatchListOptions): {
    sort: BatchSort;
    filter: BatchFilter | undefined;
} {
    const sort: BatchSort = {};
    for (const [field, order] of Object.entries(options.sort ?? {})) {
        if (order == null) continue;
        const column = BATCH_SORT_COLUMNS[field];
        if (!column) throw unsupported(`sort.${field}`);
        sort[column] ??= order;
    }
    if (options.filter) checkFilter(options.filter, 'filter');
    return { sort, filter: options.filter ?? undefined };
}

function checkFilter(filter: BatchFilter, path: string) {
    for (const [field, value] of Object.entries(filter)) {
        if (value == null) continue;
        if (field === '_and' || field === '_or') {
            (value as BatchFilter[]).forEach((nested, i) => checkFilter(nested, `${path}.${field}[${i}]`));
            continue;
        }
        if (!(field in BATCH_FILTER_FIELDS)) throw unsupported(`${path}.${field}`);
        const allowed = BATCH_FILTER_FIELDS[field];
        for (const [operator, operand] of Object.entries(value as Operators)) {
            if (operand != null && allowed && !allowed.has(operator)) {
                throw unsupported(`${path}.${field}.${operator}`);
            }
        }
    }
}

/** Lists that take only `skip` and `take` (a batch's stamps): anything else is refused, not ignored. */
export function refuseSortAndFilter(options: { sort?: unknown; filter?: unknown; filterOperator?: unknown }) {
    for (const key of ['sort', 'filter', 'filterOperator'] as const) {
        if (options[key] != null) throw unsupported(key);
    }
}

function unsupported(path: string) {
    return new UserInputError(
        `OCOP_LIST_OPTION_UNSUPPORTED: Danh sách này không sắp xếp hay lọc được theo "${path}" (this list cannot be sorted or filtered by "${path}")`,
    );
}

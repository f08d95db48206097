import { DataSource } from 'typeorm';

/**
 * Bump when a function below changes: start-up then replaces the functions and
 * rebuilds the index, whose stored vectors were computed by the old definition.
 */
export const SEARCH_SCHEMA_VERSION = 'ocop-search v1';

/**
 * The GIN indexes on `search_index_item`: all searched text (finds the rows), and the
 * name and the variant name alone (rank them). Expression indexes, so TypeORM's
 * schema sync never sees them.
 */
export const SEARCH_INDEX_NAME = 'IDX_ocop_search_vector';
export const NAME_INDEX_NAME = 'IDX_ocop_search_name';
export const VARIANT_NAME_INDEX_NAME = 'IDX_ocop_search_variant_name';

/**
 * The SQL side of the search rules (ADR 0009), equal to `foldVietnamese` of
 * @ocop/shared: NFD, drop the combining marks U+0300–U+036F, đ/Đ → d/D, lower
 * case. Words are the runs of a–z and 0–9 of the folded text (HTML tags and
 * entities of descriptions removed first), exactly as `searchWords()` splits a
 * query. SQL-standard bodies (`RETURN …`) bind the names they use when created,
 * so the index expression does not depend on the search_path (pg_restore).
 */
export const SEARCH_FUNCTIONS_SQL = [
    `CREATE OR REPLACE FUNCTION ocop_fold(t text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(translate(regexp_replace(normalize(t, NFD), '[\\u0300-\\u036f]', '', 'g'), 'đĐ', 'dD'))`,
    `CREATE OR REPLACE FUNCTION ocop_search_words(t text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN regexp_replace(ocop_fold(regexp_replace(t, '<[^>]*>|&[#a-zA-Z0-9]+;', ' ', 'g')), '[^a-z0-9]+', ' ', 'g')`,
    `CREATE OR REPLACE FUNCTION ocop_words_vector(t text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN to_tsvector('simple'::regconfig, ocop_search_words(t))`,
    `CREATE OR REPLACE FUNCTION ocop_search_vector(sku text, name text, variant text, description text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN ocop_words_vector(
            coalesce(sku, '') || ' ' || coalesce(name, '') || ' ' || coalesce(variant, '') || ' ' || coalesce(description, ''))`,
    `COMMENT ON FUNCTION ocop_search_vector(text, text, text, text) IS '${SEARCH_SCHEMA_VERSION}'`,
];

/**
 * `fastupdate = off`: every write goes into the index at once. With the default, writes
 * collect in a pending list that every search scans linearly until a vacuum merges it
 * (measured: a search of 1,000 freshly indexed products slower than of 10,000 merged ones).
 */
export const CREATE_SEARCH_INDEXES_SQL = [
    `CREATE INDEX IF NOT EXISTS "${SEARCH_INDEX_NAME}" ON "search_index_item"
        USING GIN (ocop_search_vector("sku", "productName", "productVariantName", "description"))
        WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS "${NAME_INDEX_NAME}" ON "search_index_item"
        USING GIN (ocop_words_vector("productName")) WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS "${VARIANT_NAME_INDEX_NAME}" ON "search_index_item"
        USING GIN (ocop_words_vector("productVariantName")) WITH (fastupdate = off)`,
];

const INDEX_NAMES = [SEARCH_INDEX_NAME, NAME_INDEX_NAME, VARIANT_NAME_INDEX_NAME];

export const DROP_SEARCH_SCHEMA_SQL = [
    ...INDEX_NAMES.map(name => `DROP INDEX IF EXISTS "${name}"`),
    'DROP FUNCTION IF EXISTS ocop_search_vector(text, text, text, text)',
    'DROP FUNCTION IF EXISTS ocop_words_vector(text)',
    'DROP FUNCTION IF EXISTS ocop_search_words(text)',
    'DROP FUNCTION IF EXISTS ocop_fold(text)',
];

const STATE_SQL = `SELECT obj_description(to_regprocedure('ocop_search_vector(text,text,text,text)'), 'pg_proc') AS version,
    ${INDEX_NAMES.map(name => `to_regclass('"${name}"') IS NOT NULL`).join(' AND ')} AS indexed`;

/** Any fixed number: serialises start-ups of servers and workers that find the schema missing. */
const ADVISORY_LOCK_KEY = 0x0c0b5ea1;

/**
 * Makes sure the functions and the indexes exist in their current version.
 * The migration creates them in production; this covers databases built by
 * `synchronize` (tests) and a changed definition. A no-op (one query) when all
 * is in place; otherwise one transaction under an advisory lock, so a server and a
 * worker starting together do not race on `CREATE OR REPLACE FUNCTION`.
 */
export async function ensureSearchSchema(dataSource: DataSource): Promise<'unchanged' | 'created'> {
    const current = async (run: (sql: string) => Promise<any>) => {
        const [row] = await run(STATE_SQL);
        return row.version === SEARCH_SCHEMA_VERSION && row.indexed === true;
    };
    if (await current(sql => dataSource.query(sql))) return 'unchanged';
    return dataSource.transaction(async manager => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
        const [before] = await manager.query(STATE_SQL);
        if (before.version === SEARCH_SCHEMA_VERSION && before.indexed === true) return 'unchanged';
        for (const sql of SEARCH_FUNCTIONS_SQL) await manager.query(sql);
        if (before.version && before.version !== SEARCH_SCHEMA_VERSION) {
            // The stored vectors were computed by the old functions.
            for (const name of INDEX_NAMES) await manager.query(`DROP INDEX IF EXISTS "${name}"`);
        }
        for (const sql of CREATE_SEARCH_INDEXES_SQL) await manager.query(sql);
        return 'created';
    });
}

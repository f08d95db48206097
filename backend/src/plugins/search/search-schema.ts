import { DataSource } from 'typeorm';

/**
 * Bump when anything below changes: start-up then replaces the functions and
 * rebuilds the derived storage (indexes, name words), computed by the old definition.
 * v2: the name and variant-name words are stored in `ocop_search_name` (kept by a
 * trigger) instead of being recomputed by the phrase test of every search.
 */
export const SEARCH_SCHEMA_VERSION = 'ocop-search v2';

/**
 * The GIN index on `search_index_item` over all searched text (finds the rows, an
 * expression index, so TypeORM's schema sync never sees it), and the two GIN indexes
 * of `ocop_search_name` over the stored words of the name and the variant name (rank them).
 */
export const SEARCH_INDEX_NAME = 'IDX_ocop_search_vector';
export const NAME_INDEX_NAME = 'IDX_ocop_search_name';
export const VARIANT_NAME_INDEX_NAME = 'IDX_ocop_search_variant_name';
/**
 * The folded words of the name and variant name of every `search_index_item` row,
 * same key. Not an entity: TypeORM's schema sync only loads the tables of entities,
 * so it neither creates, changes nor reports this one (the migrations and
 * `ensureSearchSchema` own it).
 */
export const NAME_TABLE = 'ocop_search_name';

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
    // Row trigger of search_index_item: every write of a name is folded once, here, never per search.
    // UPDATE of the key (never done by Vendure's indexer) moves the row.
    `CREATE OR REPLACE FUNCTION ocop_search_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE'
            OR (OLD."languageCode", OLD."productVariantId", OLD."channelId")
                IS DISTINCT FROM (NEW."languageCode", NEW."productVariantId", NEW."channelId")) THEN
            DELETE FROM ${NAME_TABLE} WHERE "languageCode" = OLD."languageCode"
                AND "productVariantId" = OLD."productVariantId" AND "channelId" = OLD."channelId";
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO ${NAME_TABLE} ("languageCode", "productVariantId", "channelId", "nameWords", "variantNameWords")
            VALUES (NEW."languageCode", NEW."productVariantId", NEW."channelId",
                ocop_words_vector(NEW."productName"), ocop_words_vector(NEW."productVariantName"))
            ON CONFLICT ("languageCode", "productVariantId", "channelId") DO UPDATE
                SET "nameWords" = EXCLUDED."nameWords", "variantNameWords" = EXCLUDED."variantNameWords";
        END IF;
        RETURN NULL;
    END $$`,
    `CREATE OR REPLACE FUNCTION ocop_search_name_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE ${NAME_TABLE};
        RETURN NULL;
    END $$`,
    `COMMENT ON FUNCTION ocop_search_vector(text, text, text, text) IS '${SEARCH_SCHEMA_VERSION}'`,
];

/**
 * `fastupdate = off`: every write goes into the index at once. With the default, writes
 * collect in a pending list that every search scans linearly until a vacuum merges it
 * (measured: a search of 1,000 freshly indexed products slower than of 10,000 merged ones).
 * The name table is filled from the rows already indexed (an upgrade), then kept by
 * the triggers.
 */
export const CREATE_SEARCH_STORAGE_SQL = [
    `CREATE INDEX IF NOT EXISTS "${SEARCH_INDEX_NAME}" ON "search_index_item"
        USING GIN (ocop_search_vector("sku", "productName", "productVariantName", "description"))
        WITH (fastupdate = off)`,
    `CREATE TABLE IF NOT EXISTS ${NAME_TABLE} (
        "languageCode" character varying NOT NULL,
        "productVariantId" integer NOT NULL,
        "channelId" integer NOT NULL,
        "nameWords" tsvector NOT NULL,
        "variantNameWords" tsvector NOT NULL,
        PRIMARY KEY ("languageCode", "productVariantId", "channelId"))`,
    `INSERT INTO ${NAME_TABLE} ("languageCode", "productVariantId", "channelId", "nameWords", "variantNameWords")
        SELECT "languageCode", "productVariantId", "channelId",
            ocop_words_vector("productName"), ocop_words_vector("productVariantName")
        FROM "search_index_item"
        ON CONFLICT ("languageCode", "productVariantId", "channelId") DO NOTHING`,
    `CREATE INDEX IF NOT EXISTS "${NAME_INDEX_NAME}" ON ${NAME_TABLE}
        USING GIN ("nameWords") WITH (fastupdate = off)`,
    `CREATE INDEX IF NOT EXISTS "${VARIANT_NAME_INDEX_NAME}" ON ${NAME_TABLE}
        USING GIN ("variantNameWords") WITH (fastupdate = off)`,
    `CREATE OR REPLACE TRIGGER ocop_search_name_sync
        AFTER INSERT OR DELETE OR UPDATE OF "languageCode", "productVariantId", "channelId", "productName", "productVariantName"
        ON "search_index_item" FOR EACH ROW EXECUTE FUNCTION ocop_search_name_sync()`,
    `CREATE OR REPLACE TRIGGER ocop_search_name_truncate
        AFTER TRUNCATE ON "search_index_item" FOR EACH STATEMENT EXECUTE FUNCTION ocop_search_name_truncate()`,
];

/** What start-up and the v2 migration remove from a v1 database: the names were indexed on search_index_item. */
export const DROP_V1_NAME_INDEXES_SQL = [
    `DROP INDEX IF EXISTS "${NAME_INDEX_NAME}"`,
    `DROP INDEX IF EXISTS "${VARIANT_NAME_INDEX_NAME}"`,
];

/** The derived storage, dropped when the definition changes (and by the migrations' down). */
const DROP_SEARCH_STORAGE_SQL = [
    'DROP TRIGGER IF EXISTS ocop_search_name_sync ON "search_index_item"',
    'DROP TRIGGER IF EXISTS ocop_search_name_truncate ON "search_index_item"',
    `DROP TABLE IF EXISTS ${NAME_TABLE}`,
    `DROP INDEX IF EXISTS "${SEARCH_INDEX_NAME}"`,
];

export const DROP_SEARCH_SCHEMA_SQL = [
    ...DROP_SEARCH_STORAGE_SQL,
    'DROP FUNCTION IF EXISTS ocop_search_name_truncate()',
    'DROP FUNCTION IF EXISTS ocop_search_name_sync()',
    'DROP FUNCTION IF EXISTS ocop_search_vector(text, text, text, text)',
    'DROP FUNCTION IF EXISTS ocop_words_vector(text)',
    'DROP FUNCTION IF EXISTS ocop_search_words(text)',
    'DROP FUNCTION IF EXISTS ocop_fold(text)',
];

const STATE_SQL = `SELECT obj_description(to_regprocedure('ocop_search_vector(text,text,text,text)'), 'pg_proc') AS version,
    ${[SEARCH_INDEX_NAME, NAME_INDEX_NAME, VARIANT_NAME_INDEX_NAME]
        .map(name => `to_regclass('"${name}"') IS NOT NULL`)
        .join(' AND ')}
    AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'ocop_search_name_sync') AS indexed`;

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
            for (const sql of [...DROP_V1_NAME_INDEXES_SQL, ...DROP_SEARCH_STORAGE_SQL])
                await manager.query(sql);
        }
        for (const sql of CREATE_SEARCH_STORAGE_SQL) await manager.query(sql);
        return 'created';
    });
}

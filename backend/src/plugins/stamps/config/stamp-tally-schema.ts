import { DataSource } from 'typeorm';

/**
 * The ISSUED stamps of each variant, kept by statement triggers on `stamp` (ADR 0027).
 * Every stock figure a shopper, a cart or a placement asks for is capped at this number;
 * counting it from the register cost ~10 ms for a variant with 10,000 stamps (1 ms when
 * the table is freshly vacuumed), twice per checkout and once per `stockLevel` shown.
 * Not an entity: TypeORM's schema sync neither creates nor reports it; the migration and
 * `ensureStampTally` own it. Bump the version when anything below changes: start-up then
 * replaces the function and counts the register again.
 */
export const STAMP_TALLY_VERSION = 'ocop-stamp-tally v1';
export const STAMP_TALLY_TABLE = 'ocop_stamp_tally';

/**
 * One function for the four triggers. Transition tables make a batch of 100,000 stamps one
 * grouped upsert, not 100,000. An UPDATE that changes no status (the check log's
 * `checkCount`, every 150 ms) writes nothing. Rows are upserted in variant order, so two
 * transactions touching the same variants lock their tallies in the same order.
 */
export const STAMP_TALLY_FUNCTION_SQL = [
    `CREATE OR REPLACE FUNCTION ocop_stamp_tally_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE ${STAMP_TALLY_TABLE};
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO ${STAMP_TALLY_TABLE} ("productVariantId", issued)
            SELECT "productVariantId", count(*) FROM new_stamps WHERE status = 'ISSUED'
             GROUP BY 1 ORDER BY 1
            ON CONFLICT ("productVariantId") DO UPDATE SET issued = ${STAMP_TALLY_TABLE}.issued + EXCLUDED.issued;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE ${STAMP_TALLY_TABLE} t SET issued = t.issued - d.n
              FROM (SELECT "productVariantId" AS v, count(*) AS n FROM old_stamps WHERE status = 'ISSUED' GROUP BY 1) d
             WHERE t."productVariantId" = d.v;
        ELSIF EXISTS (SELECT 1 FROM new_stamps n JOIN old_stamps o ON o.id = n.id
                       WHERE (o.status, o."productVariantId") IS DISTINCT FROM (n.status, n."productVariantId")) THEN
            INSERT INTO ${STAMP_TALLY_TABLE} ("productVariantId", issued)
            SELECT v, sum(n) FROM (
                SELECT "productVariantId" AS v, count(*) AS n FROM new_stamps WHERE status = 'ISSUED' GROUP BY 1
                UNION ALL
                SELECT "productVariantId", -count(*) FROM old_stamps WHERE status = 'ISSUED' GROUP BY 1
            ) d GROUP BY v HAVING sum(n) <> 0 ORDER BY v
            ON CONFLICT ("productVariantId") DO UPDATE SET issued = ${STAMP_TALLY_TABLE}.issued + EXCLUDED.issued;
        END IF;
        RETURN NULL;
    END $$`,
    `COMMENT ON FUNCTION ocop_stamp_tally_sync() IS '${STAMP_TALLY_VERSION}'`,
];

/** No stamp changes while the register is counted and the triggers are created. */
export const LOCK_STAMPS_SQL = 'LOCK TABLE stamp IN SHARE ROW EXCLUSIVE MODE';

/** The table, filled from the register as it is, then the triggers. Run after {@link LOCK_STAMPS_SQL}. */
export const CREATE_STAMP_TALLY_SQL = [
    `CREATE TABLE IF NOT EXISTS ${STAMP_TALLY_TABLE} (
        "productVariantId" integer PRIMARY KEY,
        issued integer NOT NULL)`,
    `TRUNCATE ${STAMP_TALLY_TABLE}`,
    `INSERT INTO ${STAMP_TALLY_TABLE} ("productVariantId", issued)
        SELECT "productVariantId", count(*) FROM stamp WHERE status = 'ISSUED' GROUP BY 1`,
    `CREATE OR REPLACE TRIGGER ocop_stamp_tally_insert AFTER INSERT ON stamp
        REFERENCING NEW TABLE AS new_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`,
    `CREATE OR REPLACE TRIGGER ocop_stamp_tally_update AFTER UPDATE ON stamp
        REFERENCING OLD TABLE AS old_stamps NEW TABLE AS new_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`,
    `CREATE OR REPLACE TRIGGER ocop_stamp_tally_delete AFTER DELETE ON stamp
        REFERENCING OLD TABLE AS old_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`,
    `CREATE OR REPLACE TRIGGER ocop_stamp_tally_truncate AFTER TRUNCATE ON stamp
        FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`,
];

export const DROP_STAMP_TALLY_SQL = [
    'DROP TRIGGER IF EXISTS ocop_stamp_tally_insert ON stamp',
    'DROP TRIGGER IF EXISTS ocop_stamp_tally_update ON stamp',
    'DROP TRIGGER IF EXISTS ocop_stamp_tally_delete ON stamp',
    'DROP TRIGGER IF EXISTS ocop_stamp_tally_truncate ON stamp',
    `DROP TABLE IF EXISTS ${STAMP_TALLY_TABLE}`,
    'DROP FUNCTION IF EXISTS ocop_stamp_tally_sync()',
];

/** The ISSUED stamps of variant `v` (an SQL expression for the variant id). */
export function issuedStampsSql(variantId: string): string {
    return `COALESCE((SELECT t.issued FROM ${STAMP_TALLY_TABLE} t WHERE t."productVariantId" = ${variantId}), 0)`;
}

const STATE_SQL = `SELECT obj_description(to_regprocedure('ocop_stamp_tally_sync()'), 'pg_proc') AS version,
    (SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass('stamp') AND tgname LIKE 'ocop_stamp_tally_%')::int AS triggers`;

/** Any fixed number: serialises start-ups of servers and workers that find the tally missing. */
const ADVISORY_LOCK_KEY = 0x57a3f7a1;

/**
 * Makes sure the tally exists in its current version: the migration creates it in
 * production; this covers databases built by `synchronize` (tests) and a changed
 * definition. One query when all is in place; otherwise one transaction under an
 * advisory lock, with the register locked against writes while it is counted.
 */
export async function ensureStampTally(dataSource: DataSource): Promise<'unchanged' | 'created'> {
    const current = (row: { version: string | null; triggers: number }) =>
        row.version === STAMP_TALLY_VERSION && row.triggers === 4;
    const [state] = await dataSource.query(STATE_SQL);
    if (current(state)) return 'unchanged';
    return dataSource.transaction(async manager => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
        const [before] = await manager.query(STATE_SQL);
        if (current(before)) return 'unchanged';
        for (const sql of [LOCK_STAMPS_SQL, ...STAMP_TALLY_FUNCTION_SQL, ...CREATE_STAMP_TALLY_SQL])
            await manager.query(sql);
        return 'created';
    });
}

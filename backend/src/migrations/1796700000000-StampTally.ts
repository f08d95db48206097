import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ISSUED stamps per variant, kept by statement triggers on `stamp` (ADR 0027), so that
 * stock figures stop counting the register. Written out, frozen as it was when this
 * migration was made; `ensureStampTally()` (plugins/stamps/config/stamp-tally-schema.ts)
 * brings a database built another way to the current version.
 */
export class StampTally1796700000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('LOCK TABLE stamp IN SHARE ROW EXCLUSIVE MODE');
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_stamp_tally_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE ocop_stamp_tally;
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO ocop_stamp_tally ("productVariantId", issued)
            SELECT "productVariantId", count(*) FROM new_stamps WHERE status = 'ISSUED'
             GROUP BY 1 ORDER BY 1
            ON CONFLICT ("productVariantId") DO UPDATE SET issued = ocop_stamp_tally.issued + EXCLUDED.issued;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE ocop_stamp_tally t SET issued = t.issued - d.n
              FROM (SELECT "productVariantId" AS v, count(*) AS n FROM old_stamps WHERE status = 'ISSUED' GROUP BY 1) d
             WHERE t."productVariantId" = d.v;
        ELSIF EXISTS (SELECT 1 FROM new_stamps n JOIN old_stamps o ON o.id = n.id
                       WHERE (o.status, o."productVariantId") IS DISTINCT FROM (n.status, n."productVariantId")) THEN
            INSERT INTO ocop_stamp_tally ("productVariantId", issued)
            SELECT v, sum(n) FROM (
                SELECT "productVariantId" AS v, count(*) AS n FROM new_stamps WHERE status = 'ISSUED' GROUP BY 1
                UNION ALL
                SELECT "productVariantId", -count(*) FROM old_stamps WHERE status = 'ISSUED' GROUP BY 1
            ) d GROUP BY v HAVING sum(n) <> 0 ORDER BY v
            ON CONFLICT ("productVariantId") DO UPDATE SET issued = ocop_stamp_tally.issued + EXCLUDED.issued;
        END IF;
        RETURN NULL;
    END $$`);
        await queryRunner.query(`COMMENT ON FUNCTION ocop_stamp_tally_sync() IS 'ocop-stamp-tally v1'`);
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS ocop_stamp_tally (
        "productVariantId" integer PRIMARY KEY,
        issued integer NOT NULL)`);
        await queryRunner.query(`TRUNCATE ocop_stamp_tally`);
        await queryRunner.query(`INSERT INTO ocop_stamp_tally ("productVariantId", issued)
        SELECT "productVariantId", count(*) FROM stamp WHERE status = 'ISSUED' GROUP BY 1`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_stamp_tally_insert AFTER INSERT ON stamp
        REFERENCING NEW TABLE AS new_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_stamp_tally_update AFTER UPDATE ON stamp
        REFERENCING OLD TABLE AS old_stamps NEW TABLE AS new_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_stamp_tally_delete AFTER DELETE ON stamp
        REFERENCING OLD TABLE AS old_stamps FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_stamp_tally_truncate AFTER TRUNCATE ON stamp
        FOR EACH STATEMENT EXECUTE FUNCTION ocop_stamp_tally_sync()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('DROP TRIGGER IF EXISTS ocop_stamp_tally_insert ON stamp');
        await queryRunner.query('DROP TRIGGER IF EXISTS ocop_stamp_tally_update ON stamp');
        await queryRunner.query('DROP TRIGGER IF EXISTS ocop_stamp_tally_delete ON stamp');
        await queryRunner.query('DROP TRIGGER IF EXISTS ocop_stamp_tally_truncate ON stamp');
        await queryRunner.query('DROP TABLE IF EXISTS ocop_stamp_tally');
        await queryRunner.query('DROP FUNCTION IF EXISTS ocop_stamp_tally_sync()');
    }
}

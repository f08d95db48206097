import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vietnamese search v2 (ADR 0009): the folded words of the name and the variant name
 * are stored in `ocop_search_name`, kept by a trigger on `search_index_item`, so that
 * ranking no longer folds the names of the matching rows per search. Written out,
 * frozen as it was when this migration was made (see 1796200000000-VietnameseSearch).
 */
export class SearchStoredNames1796600000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "IDX_ocop_search_name"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "IDX_ocop_search_variant_name"`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_fold(t text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(translate(regexp_replace(normalize(t, NFD), '[\\u0300-\\u036f]', '', 'g'), 'đĐ', 'dD'))`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_search_words(t text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN regexp_replace(ocop_fold(regexp_replace(t, '<[^>]*>|&[#a-zA-Z0-9]+;', ' ', 'g')), '[^a-z0-9]+', ' ', 'g')`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_words_vector(t text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN to_tsvector('simple'::regconfig, ocop_search_words(t))`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_search_vector(sku text, name text, variant text, description text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN ocop_words_vector(
            coalesce(sku, '') || ' ' || coalesce(name, '') || ' ' || coalesce(variant, '') || ' ' || coalesce(description, ''))`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_search_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE'
            OR (OLD."languageCode", OLD."productVariantId", OLD."channelId")
                IS DISTINCT FROM (NEW."languageCode", NEW."productVariantId", NEW."channelId")) THEN
            DELETE FROM ocop_search_name WHERE "languageCode" = OLD."languageCode"
                AND "productVariantId" = OLD."productVariantId" AND "channelId" = OLD."channelId";
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO ocop_search_name ("languageCode", "productVariantId", "channelId", "nameWords", "variantNameWords")
            VALUES (NEW."languageCode", NEW."productVariantId", NEW."channelId",
                ocop_words_vector(NEW."productName"), ocop_words_vector(NEW."productVariantName"))
            ON CONFLICT ("languageCode", "productVariantId", "channelId") DO UPDATE
                SET "nameWords" = EXCLUDED."nameWords", "variantNameWords" = EXCLUDED."variantNameWords";
        END IF;
        RETURN NULL;
    END $$`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ocop_search_name_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE ocop_search_name;
        RETURN NULL;
    END $$`);
        await queryRunner.query(`COMMENT ON FUNCTION ocop_search_vector(text, text, text, text) IS 'ocop-search v2'`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_vector" ON "search_index_item"
        USING GIN (ocop_search_vector("sku", "productName", "productVariantName", "description"))
        WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS ocop_search_name (
        "languageCode" character varying NOT NULL,
        "productVariantId" integer NOT NULL,
        "channelId" integer NOT NULL,
        "nameWords" tsvector NOT NULL,
        "variantNameWords" tsvector NOT NULL,
        PRIMARY KEY ("languageCode", "productVariantId", "channelId"))`);
        await queryRunner.query(`INSERT INTO ocop_search_name ("languageCode", "productVariantId", "channelId", "nameWords", "variantNameWords")
        SELECT "languageCode", "productVariantId", "channelId",
            ocop_words_vector("productName"), ocop_words_vector("productVariantName")
        FROM "search_index_item"
        ON CONFLICT ("languageCode", "productVariantId", "channelId") DO NOTHING`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_name" ON ocop_search_name
        USING GIN ("nameWords") WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_variant_name" ON ocop_search_name
        USING GIN ("variantNameWords") WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_search_name_sync
        AFTER INSERT OR DELETE OR UPDATE OF "languageCode", "productVariantId", "channelId", "productName", "productVariantName"
        ON "search_index_item" FOR EACH ROW EXECUTE FUNCTION ocop_search_name_sync()`);
        await queryRunner.query(`CREATE OR REPLACE TRIGGER ocop_search_name_truncate
        AFTER TRUNCATE ON "search_index_item" FOR EACH STATEMENT EXECUTE FUNCTION ocop_search_name_truncate()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ocop_search_name_sync ON "search_index_item"`);
        await queryRunner.query(`DROP TRIGGER IF EXISTS ocop_search_name_truncate ON "search_index_item"`);
        await queryRunner.query(`DROP TABLE IF EXISTS ocop_search_name`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_search_name_truncate()`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_search_name_sync()`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_name" ON "search_index_item"
        USING GIN (ocop_words_vector("productName")) WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_variant_name" ON "search_index_item"
        USING GIN (ocop_words_vector("productVariantName")) WITH (fastupdate = off)`);
        await queryRunner.query(`COMMENT ON FUNCTION ocop_search_vector(text, text, text, text) IS 'ocop-search v1'`);
    }
}

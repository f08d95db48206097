import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vietnamese search (ADR 0009): the folding functions and the GIN indexes on
 * `search_index_item`. The SQL is written out here, frozen as it was when this
 * migration was made; `ensureSearchSchema()` in plugins/search brings a database
 * to the current version at start-up (and rebuilds the indexes) if it changes later.
 */
export class VietnameseSearch1796200000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
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
        await queryRunner.query(
            `COMMENT ON FUNCTION ocop_search_vector(text, text, text, text) IS 'ocop-search v1'`,
        );
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_vector" ON "search_index_item"
        USING GIN (ocop_search_vector("sku", "productName", "productVariantName", "description"))
        WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_name" ON "search_index_item"
        USING GIN (ocop_words_vector("productName")) WITH (fastupdate = off)`);
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_ocop_search_variant_name" ON "search_index_item"
        USING GIN (ocop_words_vector("productVariantName")) WITH (fastupdate = off)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "IDX_ocop_search_vector"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "IDX_ocop_search_name"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "IDX_ocop_search_variant_name"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_search_vector(text, text, text, text)`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_words_vector(text)`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_search_words(text)`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS ocop_fold(text)`);
    }
}

import {MigrationInterface, QueryRunner} from "typeorm";

/** New variants of certified products wait for the office (ADR 0018): a change may name the variant it holds. */
export class VariantReview1796620000000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "product_change" ADD "kind" character varying(20) NOT NULL DEFAULT 'CONTENTS'`, undefined);
        await queryRunner.query(`ALTER TABLE "product_change" ADD "productVariantId" integer`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fa20f953d6a30d418fa78195ef" ON "product_change" ("productVariantId") `, undefined);
        await queryRunner.query(`ALTER TABLE "product_change" ADD CONSTRAINT "FK_fa20f953d6a30d418fa78195ef6" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "product_change" DROP CONSTRAINT "FK_fa20f953d6a30d418fa78195ef6"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_fa20f953d6a30d418fa78195ef"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_change" DROP COLUMN "productVariantId"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_change" DROP COLUMN "kind"`, undefined);
   }

}

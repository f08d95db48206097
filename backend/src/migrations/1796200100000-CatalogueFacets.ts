import {MigrationInterface, QueryRunner} from "typeorm";

export class CatalogueFacets1796200100000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "collective_brand" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "registrationNumber" character varying(100), "holder" character varying(300) NOT NULL, "area" character varying(200), "description" text NOT NULL DEFAULT '', "id" SERIAL NOT NULL, CONSTRAINT "PK_1e30aa31bf0f54490986ee16d50" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d65e80c90ad54694e39fa0988d" ON "collective_brand" ("code") `, undefined);
        await queryRunner.query(`CREATE TABLE "product_quality_document" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "productId" integer NOT NULL, "kind" character varying(30) NOT NULL, "number" character varying(100) NOT NULL, "issuer" character varying(300) NOT NULL, "issuedOn" date NOT NULL, "validUntil" date, "id" SERIAL NOT NULL, CONSTRAINT "PK_f5570a24b9f8b710f13075d83db" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_4eecd0da9eb0892d86cfc38998" ON "product_quality_document" ("productId") `, undefined);
        await queryRunner.query(`CREATE TABLE "collective_brand_products_product" ("collectiveBrandId" integer NOT NULL, "productId" integer NOT NULL, CONSTRAINT "PK_f3fba4f0c33efebbccf3dd6ff1c" PRIMARY KEY ("collectiveBrandId", "productId"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_35c821c245e002d58ef79858bb" ON "collective_brand_products_product" ("collectiveBrandId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_be73b2d5baac047bcb7f192767" ON "collective_brand_products_product" ("productId") `, undefined);
        await queryRunner.query(`ALTER TABLE "product_quality_document" ADD CONSTRAINT "FK_4eecd0da9eb0892d86cfc389985" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "collective_brand_products_product" ADD CONSTRAINT "FK_35c821c245e002d58ef79858bb5" FOREIGN KEY ("collectiveBrandId") REFERENCES "collective_brand"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
        await queryRunner.query(`ALTER TABLE "collective_brand_products_product" ADD CONSTRAINT "FK_be73b2d5baac047bcb7f1927678" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "collective_brand_products_product" DROP CONSTRAINT "FK_be73b2d5baac047bcb7f1927678"`, undefined);
        await queryRunner.query(`ALTER TABLE "collective_brand_products_product" DROP CONSTRAINT "FK_35c821c245e002d58ef79858bb5"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_quality_document" DROP CONSTRAINT "FK_4eecd0da9eb0892d86cfc389985"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_be73b2d5baac047bcb7f192767"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_35c821c245e002d58ef79858bb"`, undefined);
        await queryRunner.query(`DROP TABLE "collective_brand_products_product"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_4eecd0da9eb0892d86cfc38998"`, undefined);
        await queryRunner.query(`DROP TABLE "product_quality_document"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_d65e80c90ad54694e39fa0988d"`, undefined);
        await queryRunner.query(`DROP TABLE "collective_brand"`, undefined);
   }

}

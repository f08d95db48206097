import {MigrationInterface, QueryRunner} from "typeorm";

export class OcopCore1795888900747 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "producer" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(80) NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "legalName" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "taxCode" character varying(14) NOT NULL, "commune" character varying(100) NOT NULL, "area" character varying(100) NOT NULL, "address" character varying(300) NOT NULL, "phone" character varying(20) NOT NULL, "email" character varying(200), "storyVi" text NOT NULL DEFAULT '', "storyEn" text NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, CONSTRAINT "REL_f7eb92b63cdaef372013a2c657" UNIQUE ("sellerId"), CONSTRAINT "REL_f97d4d82b27b9237285d2014a9" UNIQUE ("channelId"), CONSTRAINT "PK_4cfe496c2c70e4c9b9f444525a6" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8cbcc92523c9d7cdebca72eead" ON "producer" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f97d4d82b27b9237285d2014a9" ON "producer" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f6168b58ab1700738a4bb4fe40" ON "producer" ("area") `, undefined);
        await queryRunner.query(`CREATE TABLE "certificate" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "productId" integer NOT NULL, "certificateNumber" character varying(100) NOT NULL, "decisionNumber" character varying(100) NOT NULL, "decisionDate" date, "criteriaVersion" character varying(20) NOT NULL, "score" smallint NOT NULL, "stars" smallint NOT NULL, "productGroup" character varying(30) NOT NULL, "productSet" character varying(100), "issuingLevel" character varying(20) NOT NULL DEFAULT 'PROVINCE', "issuedAt" date NOT NULL, "validUntil" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'ACTIVE', "revokedReason" text, "revokedAt" TIMESTAMP WITH TIME ZONE, "expiryNoticeSentAt" TIMESTAMP WITH TIME ZONE, "id" SERIAL NOT NULL, "scanId" integer, CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_40d84ebdb0947b84825412858f" ON "certificate" ("certificateNumber") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_292ca9c905781a7d076c37342e" ON "certificate" ("productId", "status") `, undefined);
        await queryRunner.query(`CREATE TABLE "criteria_version" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(20) NOT NULL, "decision" character varying(200) NOT NULL, "effectiveFrom" date NOT NULL, "effectiveUntil" date, "parts" text NOT NULL, "starBands" text NOT NULL, "id" SERIAL NOT NULL, CONSTRAINT "PK_7afe27f52b034946a0645b9c379" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c4f40f71d01d16551cecf2d5c" ON "criteria_version" ("code") `, undefined);
        await queryRunner.query(`CREATE TABLE "producer_application" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "legalName" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "taxCode" character varying(14) NOT NULL, "commune" character varying(100) NOT NULL, "area" character varying(100) NOT NULL, "address" character varying(300) NOT NULL, "phone" character varying(20) NOT NULL, "email" character varying(200) NOT NULL, "contactName" character varying(100) NOT NULL, "story" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'PENDING', "decisionNote" text, "producerId" integer, "id" SERIAL NOT NULL, CONSTRAINT "PK_ee1a938704cf496f70b9b18ab5f" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_caa325f796c93993cd14e37264" ON "producer_application" ("status") `, undefined);
        await queryRunner.query(`CREATE TABLE "stamp_batch" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "productVariantId" integer NOT NULL, "quantity" integer NOT NULL, "lotCode" character varying(60) NOT NULL, "productionDate" date NOT NULL, "expiryDate" date NOT NULL, "firstSerial" bigint NOT NULL, "serialYear" smallint NOT NULL, "issuedByAdministratorId" integer, "id" SERIAL NOT NULL, CONSTRAINT "PK_2d4c70f18e86dabf3ff3f3553da" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_146090a30f476d442bff76a415" ON "stamp_batch" ("productVariantId") `, undefined);
        await queryRunner.query(`CREATE TABLE "stamp" ("id" BIGSERIAL NOT NULL, "code" character(17) NOT NULL, "serial" bigint NOT NULL, "batchId" integer NOT NULL, "productVariantId" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ISSUED', "soldAt" TIMESTAMP WITH TIME ZONE, "soldChannel" character varying(20), "soldWhere" character varying(200), "orderLineId" integer, "orderCode" character varying(40), "voidReason" text, "voidedAt" TIMESTAMP WITH TIME ZONE, "checkCount" integer NOT NULL DEFAULT '0', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b2326ba7cef056b0cb0405190f" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1105a7f84cc0d89d1d3fd3f868" ON "stamp" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e8a29e7da72e1ec20fd9de6ddb" ON "stamp" ("serial") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ec600459a084fa2d8981e05255" ON "stamp" ("batchId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc11fab080b6c464fe0051ab3f" ON "stamp" ("productVariantId", "status", "serial") `, undefined);
        await queryRunner.query(`CREATE TABLE "stamp_alert" ("id" SERIAL NOT NULL, "stampId" bigint NOT NULL, "kind" character varying(20) NOT NULL, "detail" text NOT NULL, "resolved" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49e74b931867b45a408e633ec67" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0a3ea8a908667529e5da9821cd" ON "stamp_alert" ("stampId", "kind") `, undefined);
        await queryRunner.query(`CREATE TABLE "self_assessment" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "productId" integer NOT NULL, "criteriaVersion" character varying(20) NOT NULL, "scores" text NOT NULL, "partScores" text NOT NULL, "totalScore" smallint NOT NULL, "stars" smallint NOT NULL, "failedMandatory" text NOT NULL, "certifiedStars" smallint, "note" text NOT NULL DEFAULT '', "administratorId" integer, "id" SERIAL NOT NULL, CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_54f108ad020cec5f1d2bf5f850" ON "self_assessment" ("productId", "createdAt") `, undefined);
        await queryRunner.query(`CREATE TABLE "stamp_check" ("id" BIGSERIAL NOT NULL, "stampId" bigint, "code" character varying(32) NOT NULL, "via" character varying(10) NOT NULL, "clientHash" character(32) NOT NULL, "result" character varying(12) NOT NULL, "checkedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bc46951821ca92dda4bc792d8b" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_350e8eeb07ccca6afd52aeb814" ON "stamp_check" ("stampId", "checkedAt") `, undefined);
        await queryRunner.query(`CREATE TABLE "producer_photos_asset" ("producerId" integer NOT NULL, "assetId" integer NOT NULL, CONSTRAINT "PK_bb30e1f79f6b43b57bbae2fed5b" PRIMARY KEY ("producerId", "assetId"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_000eb865ab5bd14434c4acc9ba" ON "producer_photos_asset" ("producerId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cde16e587e7e10548c49899f4a" ON "producer_photos_asset" ("assetId") `, undefined);
        await queryRunner.query(`ALTER TABLE "producer" ADD CONSTRAINT "FK_f7eb92b63cdaef372013a2c6574" FOREIGN KEY ("sellerId") REFERENCES "seller"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "producer" ADD CONSTRAINT "FK_f97d4d82b27b9237285d2014a91" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_cc6e31a283da7dc5083dee1d88a" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_26d924e46236238adb75234c568" FOREIGN KEY ("scanId") REFERENCES "asset"("id") ON DELETE SET NULL ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "stamp_batch" ADD CONSTRAINT "FK_146090a30f476d442bff76a415c" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "stamp" ADD CONSTRAINT "FK_ec600459a084fa2d8981e052556" FOREIGN KEY ("batchId") REFERENCES "stamp_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_c780811f4de4e1fef4d8d1b538c" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "producer_photos_asset" ADD CONSTRAINT "FK_000eb865ab5bd14434c4acc9bac" FOREIGN KEY ("producerId") REFERENCES "producer"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
        await queryRunner.query(`ALTER TABLE "producer_photos_asset" ADD CONSTRAINT "FK_cde16e587e7e10548c49899f4a3" FOREIGN KEY ("assetId") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "producer_photos_asset" DROP CONSTRAINT "FK_cde16e587e7e10548c49899f4a3"`, undefined);
        await queryRunner.query(`ALTER TABLE "producer_photos_asset" DROP CONSTRAINT "FK_000eb865ab5bd14434c4acc9bac"`, undefined);
        await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_c780811f4de4e1fef4d8d1b538c"`, undefined);
        await queryRunner.query(`ALTER TABLE "stamp" DROP CONSTRAINT "FK_ec600459a084fa2d8981e052556"`, undefined);
        await queryRunner.query(`ALTER TABLE "stamp_batch" DROP CONSTRAINT "FK_146090a30f476d442bff76a415c"`, undefined);
        await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_26d924e46236238adb75234c568"`, undefined);
        await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_cc6e31a283da7dc5083dee1d88a"`, undefined);
        await queryRunner.query(`ALTER TABLE "producer" DROP CONSTRAINT "FK_f97d4d82b27b9237285d2014a91"`, undefined);
        await queryRunner.query(`ALTER TABLE "producer" DROP CONSTRAINT "FK_f7eb92b63cdaef372013a2c6574"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_cde16e587e7e10548c49899f4a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_000eb865ab5bd14434c4acc9ba"`, undefined);
        await queryRunner.query(`DROP TABLE "producer_photos_asset"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_350e8eeb07ccca6afd52aeb814"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp_check"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_54f108ad020cec5f1d2bf5f850"`, undefined);
        await queryRunner.query(`DROP TABLE "self_assessment"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_0a3ea8a908667529e5da9821cd"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp_alert"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_dc11fab080b6c464fe0051ab3f"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_ec600459a084fa2d8981e05255"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e8a29e7da72e1ec20fd9de6ddb"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_1105a7f84cc0d89d1d3fd3f868"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_146090a30f476d442bff76a415"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp_batch"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_caa325f796c93993cd14e37264"`, undefined);
        await queryRunner.query(`DROP TABLE "producer_application"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c4f40f71d01d16551cecf2d5c"`, undefined);
        await queryRunner.query(`DROP TABLE "criteria_version"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_292ca9c905781a7d076c37342e"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_40d84ebdb0947b84825412858f"`, undefined);
        await queryRunner.query(`DROP TABLE "certificate"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_f6168b58ab1700738a4bb4fe40"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_f97d4d82b27b9237285d2014a9"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_8cbcc92523c9d7cdebca72eead"`, undefined);
        await queryRunner.query(`DROP TABLE "producer"`, undefined);
   }

}

import {MigrationInterface, QueryRunner} from "typeorm";

/** Roles created before this migration get the new permissions; new roles get them from STAFF_ROLES. */
const GRANTS: Array<[string, string]> = [
    ['ocop-office', 'ManagePosStaff'],
    ['ocop-office', 'ReadPosConflicts'],
];

export class PosSalesAndShifts1796300100000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "pos_conflict" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "salesPointId" integer NOT NULL, "posSaleId" integer NOT NULL, "orderCode" character varying(40) NOT NULL, "code" character varying(30) NOT NULL, "message" text NOT NULL, "stampCode" character varying(40), "productVariantId" integer, "resolved" boolean NOT NULL DEFAULT false, "resolution" text, "id" SERIAL NOT NULL, CONSTRAINT "PK_d90062c04494eea478bdef35399" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_73c48d21bc0721a88edcd175e9" ON "pos_conflict" ("salesPointId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_70ae23a82574b83f461b6854c5" ON "pos_conflict" ("posSaleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b1aaadfd01269e28d911372e3b" ON "pos_conflict" ("resolved") `, undefined);
        await queryRunner.query(`CREATE TABLE "pos_sale" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "clientSaleId" character varying(64) NOT NULL, "salesPointId" integer NOT NULL, "tabletId" integer NOT NULL, "staffId" integer NOT NULL, "shiftId" integer, "orderId" integer NOT NULL, "orderCode" character varying(40) NOT NULL, "soldAt" TIMESTAMP WITH TIME ZONE NOT NULL, "total" bigint NOT NULL, "totalTax" bigint NOT NULL, "change" bigint NOT NULL DEFAULT '0', "cashIn" bigint NOT NULL DEFAULT '0', "refunded" bigint NOT NULL DEFAULT '0', "buyerTaxCode" character varying(20), "receipt" jsonb NOT NULL, "id" SERIAL NOT NULL, CONSTRAINT "PK_bc1ec442f04084d0ea07c5129ef" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_090211de4fc00d1d842ae0d216" ON "pos_sale" ("clientSaleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ff462e8ed9193ae4f590128cf9" ON "pos_sale" ("salesPointId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_87afe7c39265b32571a277d430" ON "pos_sale" ("shiftId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_807b9692123b098d81cc4e7547" ON "pos_sale" ("orderId") `, undefined);
        await queryRunner.query(`CREATE TABLE "pos_staff" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "salesPointId" integer NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "userId" integer, "pinSalt" character(32) NOT NULL, "pinHash" character(64) NOT NULL, "pinIterations" integer NOT NULL, "failedPinAttempts" integer NOT NULL DEFAULT '0', "lockedUntil" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, CONSTRAINT "PK_e5188059effce4a82437630fc9e" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c8adbc1bedb4d31436c40c8c83" ON "pos_staff" ("salesPointId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ac2a695a9a9344af8f1d5f30a" ON "pos_staff" ("userId") WHERE "userId" IS NOT NULL`, undefined);
        await queryRunner.query(`CREATE TABLE "pos_tablet" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "salesPointId" integer NOT NULL, "userId" integer NOT NULL, "enrolledByStaffId" integer NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "id" SERIAL NOT NULL, CONSTRAINT "PK_108730a1b2c74e842d3d2485ac3" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c37829e4708717e88b8344518d" ON "pos_tablet" ("salesPointId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_05fac4658daf895143c0b2d8c7" ON "pos_tablet" ("userId") `, undefined);
        await queryRunner.query(`CREATE TABLE "pos_refund" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "posSaleId" integer NOT NULL, "salesPointId" integer NOT NULL, "shiftId" integer, "amount" bigint NOT NULL, "method" character varying(20) NOT NULL, "stampCodes" jsonb NOT NULL, "reason" text NOT NULL, "approvedByStaffId" integer NOT NULL, "id" SERIAL NOT NULL, CONSTRAINT "PK_a7d00e02e8edf8deff87bef2fcb" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b903f6cd0697964eb7b13f4801" ON "pos_refund" ("posSaleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e174f588c159a7ffad6f9b5954" ON "pos_refund" ("shiftId") `, undefined);
        await queryRunner.query(`CREATE TABLE "pos_cash_movement" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "shiftId" integer NOT NULL, "staffId" integer NOT NULL, "amount" bigint NOT NULL, "reason" character varying(300) NOT NULL, "id" SERIAL NOT NULL, CONSTRAINT "PK_68ecceaa476a1e4c6eb63492eb4" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d4bba12f3a289aaebba6ea0795" ON "pos_cash_movement" ("shiftId") `, undefined);
        await queryRunner.query(`CREATE TABLE "pos_shift" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "salesPointId" integer NOT NULL, "state" character varying(10) NOT NULL, "openedByStaffId" integer NOT NULL, "openedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "openingFloat" bigint NOT NULL, "closedByStaffId" integer, "closedAt" TIMESTAMP WITH TIME ZONE, "countedCash" bigint, "expectedCash" bigint, "id" SERIAL NOT NULL, CONSTRAINT "PK_defb1b1b92ef043e731a3609c70" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_31b0b10eb802bc3b4f7fff76dc" ON "pos_shift" ("salesPointId") WHERE "state" = 'OPEN'`, undefined);
        await queryRunner.query(`CREATE TABLE "suspect_scan" ("id" SERIAL NOT NULL, "scanned" character varying(200) NOT NULL, "status" character varying(20) NOT NULL, "salesPointId" integer NOT NULL, "tabletId" integer NOT NULL, "detail" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1794789a30d6ed30316bc937346" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ad5351ebeae864529979872562" ON "suspect_scan" ("salesPointId") `, undefined);
        await queryRunner.query(`ALTER TABLE "stamp" ADD "stockLocationId" integer`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_ff796c85d99968005d7a321cb6" ON "stamp" ("stockLocationId") `, undefined);
        // Stamps issued before locations existed are at their producer's warehouse (ADR 0016).
        await queryRunner.query(`UPDATE "stamp" s SET "stockLocationId" = w.id
            FROM (SELECT DISTINCT ON (v.id) v.id AS "variantId", slc."stockLocationId" AS id
                    FROM product_variant v
                    JOIN product_channels_channel pc ON pc."productId" = v."productId"
                    JOIN producer pr ON pr."channelId" = pc."channelId"
                    JOIN stock_location_channels_channel slc ON slc."channelId" = pr."channelId"
                   ORDER BY v.id, pr.active DESC, pr.id, slc."stockLocationId") w
           WHERE w."variantId" = s."productVariantId" AND s."stockLocationId" IS NULL`, undefined);
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = "permissions" || ',' || $2 WHERE "code" = $1 AND NOT ($2 = ANY(string_to_array("permissions", ',')))`, [role, permission]);
        }
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = array_to_string(array_remove(string_to_array("permissions", ','), $2), ',') WHERE "code" = $1`, [role, permission]);
        }
        await queryRunner.query(`DROP INDEX "public"."IDX_ff796c85d99968005d7a321cb6"`, undefined);
        await queryRunner.query(`ALTER TABLE "stamp" DROP COLUMN "stockLocationId"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_ad5351ebeae864529979872562"`, undefined);
        await queryRunner.query(`DROP TABLE "suspect_scan"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_31b0b10eb802bc3b4f7fff76dc"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_shift"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_d4bba12f3a289aaebba6ea0795"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_cash_movement"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e174f588c159a7ffad6f9b5954"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b903f6cd0697964eb7b13f4801"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_refund"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_05fac4658daf895143c0b2d8c7"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c37829e4708717e88b8344518d"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_tablet"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_3ac2a695a9a9344af8f1d5f30a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c8adbc1bedb4d31436c40c8c83"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_staff"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_807b9692123b098d81cc4e7547"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_87afe7c39265b32571a277d430"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_ff462e8ed9193ae4f590128cf9"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_090211de4fc00d1d842ae0d216"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_sale"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b1aaadfd01269e28d911372e3b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_70ae23a82574b83f461b6854c5"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_73c48d21bc0721a88edcd175e9"`, undefined);
        await queryRunner.query(`DROP TABLE "pos_conflict"`, undefined);
   }

}

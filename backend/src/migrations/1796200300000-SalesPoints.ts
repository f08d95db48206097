import {MigrationInterface, QueryRunner} from "typeorm";

/** Roles created before this migration get the new permissions; new roles get them from STAFF_ROLES. */
const GRANTS: Array<[string, string]> = [
    ['ocop-office', 'ManageSalesPoints'],
    ['ocop-office', 'ManageTradeFairs'],
    ['industry-trade', 'ManageTradeFairs'],
];

export class SalesPoints1796200300000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "trade_fair" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "venue" character varying(300) NOT NULL, "province" character varying(50) NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "organiser" character varying(200), "active" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, CONSTRAINT "CHK_bdb84d4f610ea28511d740bbd2" CHECK ("startsOn" <= "endsOn"), CONSTRAINT "PK_82e412bc06286a2604bb192fba9" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7be534721a791e40849e8f18b" ON "trade_fair" ("code") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_aa452ea32e814a4c34577b8aeb" ON "trade_fair" ("endsOn") `, undefined);
        await queryRunner.query(`CREATE TABLE "sales_point" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "fairId" integer, "stockLocationId" integer NOT NULL, "streetLine" character varying(300) NOT NULL, "commune" character varying(100) NOT NULL, "province" character varying(50) NOT NULL, "area" character varying(100) NOT NULL, "openingHours" jsonb NOT NULL, "openingNote" character varying(500), "phone" character varying(20) NOT NULL, "latitude" double precision, "longitude" double precision, "active" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, CONSTRAINT "REL_e35f6db53b4878a59c759e3947" UNIQUE ("stockLocationId"), CONSTRAINT "CHK_15c0d5c919cc1131fcdcf502d7" CHECK (("kind" = 'FAIR_BOOTH') = ("fairId" IS NOT NULL)), CONSTRAINT "PK_16846e1a66054c18727ac119109" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c52669254f9c817b1a72fabcce" ON "sales_point" ("code") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_c1c92df814ecababaed6d35985" ON "sales_point" ("fairId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e35f6db53b4878a59c759e3947" ON "sales_point" ("stockLocationId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_88d110ff37423f4d94aa78b671" ON "sales_point" ("area") `, undefined);
        await queryRunner.query(`ALTER TABLE "sales_point" ADD CONSTRAINT "FK_c1c92df814ecababaed6d35985b" FOREIGN KEY ("fairId") REFERENCES "trade_fair"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "sales_point" ADD CONSTRAINT "FK_e35f6db53b4878a59c759e3947a" FOREIGN KEY ("stockLocationId") REFERENCES "stock_location"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`, undefined);
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = "permissions" || ',' || $2 WHERE "code" = $1 AND NOT ($2 = ANY(string_to_array("permissions", ',')))`, [role, permission]);
        }
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = array_to_string(array_remove(string_to_array("permissions", ','), $2), ',') WHERE "code" = $1`, [role, permission]);
        }
        await queryRunner.query(`ALTER TABLE "sales_point" DROP CONSTRAINT "FK_e35f6db53b4878a59c759e3947a"`, undefined);
        await queryRunner.query(`ALTER TABLE "sales_point" DROP CONSTRAINT "FK_c1c92df814ecababaed6d35985b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_88d110ff37423f4d94aa78b671"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e35f6db53b4878a59c759e3947"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c1c92df814ecababaed6d35985"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c52669254f9c817b1a72fabcce"`, undefined);
        await queryRunner.query(`DROP TABLE "sales_point"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_aa452ea32e814a4c34577b8aeb"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a7be534721a791e40849e8f18b"`, undefined);
        await queryRunner.query(`DROP TABLE "trade_fair"`, undefined);
   }

}

import {MigrationInterface, QueryRunner} from "typeorm";

/** Roles created before this migration get the new permission; new roles get it from STAFF_ROLES and PRODUCER_PERMISSIONS. */
const ADD = `UPDATE "role" SET "permissions" = "permissions" || ',' || $2 WHERE "code" LIKE $1 AND NOT ($2 = ANY(string_to_array("permissions", ',')))`;
const REMOVE = `UPDATE "role" SET "permissions" = array_to_string(array_remove(string_to_array("permissions", ','), $2), ',') WHERE "code" LIKE $1`;
/** Producers' own roles are named after their channel. */
const GRANTS: Array<[string, string]> = [
    ['ocop-office', 'FulfilWithStamps'],
    ['producer-%', 'FulfilWithStamps'],
];

export class StampFulfilmentHistory1796610000000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "stamp_move" ("id" BIGSERIAL NOT NULL, "stampId" bigint NOT NULL, "fromLocationId" integer, "toLocationId" integer NOT NULL, "kind" character varying(20) NOT NULL, "movedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_837d45f184cd2945c6135a14ade" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0b24c7ceef5272665e94cdccee" ON "stamp_move" ("stampId") `, undefined);
        await queryRunner.query(`ALTER TABLE "stamp_batch" ADD "stockLocationId" integer`, undefined);
        // Batches issued so far: where their stamps are, as long as none of them has moved or been sold.
        await queryRunner.query(`UPDATE "stamp_batch" b SET "stockLocationId" = s.loc FROM (SELECT "batchId", min("stockLocationId") AS loc FROM "stamp" GROUP BY "batchId" HAVING count(DISTINCT "stockLocationId") = 1) s WHERE s."batchId" = b.id`, undefined);
        for (const [role, permission] of GRANTS) await queryRunner.query(ADD, [role, permission]);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        for (const [role, permission] of GRANTS) await queryRunner.query(REMOVE, [role, permission]);
        await queryRunner.query(`ALTER TABLE "stamp_batch" DROP COLUMN "stockLocationId"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_0b24c7ceef5272665e94cdccee"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp_move"`, undefined);
   }

}

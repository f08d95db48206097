import {MigrationInterface, QueryRunner} from "typeorm";

/** Roles created before this migration get the new permissions; new roles get them from STAFF_ROLES. */
const GRANTS: Array<[string, string]> = [
    ['ocop-office', 'ReviewProductChanges'],
    ['industry-trade', 'ReadProducers'],
];

export class BackofficeDashboard1796400000000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "product_change" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "productId" integer NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PENDING', "proposal" jsonb NOT NULL, "requestedByUserId" integer, "decidedByUserId" integer, "decidedAt" TIMESTAMP, "decisionNote" character varying(1000), "id" SERIAL NOT NULL, CONSTRAINT "PK_94af3d7cd86fa86e03dd58dfb96" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_8802b04a6e9a0102d3ba207700" ON "product_change" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a665e843400f5e2b5523c1e60d" ON "product_change" ("productId", "status") `, undefined);
        await queryRunner.query(`ALTER TABLE "product_change" ADD CONSTRAINT "FK_fb00ab4d8318decf07453b38138" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = "permissions" || ',' || $2 WHERE "code" = $1 AND NOT ($2 = ANY(string_to_array("permissions", ',')))`, [role, permission]);
        }
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        for (const [role, permission] of GRANTS) {
            await queryRunner.query(`UPDATE "role" SET "permissions" = array_to_string(array_remove(string_to_array("permissions", ','), $2), ',') WHERE "code" = $1`, [role, permission]);
        }
        await queryRunner.query(`ALTER TABLE "product_change" DROP CONSTRAINT "FK_fb00ab4d8318decf07453b38138"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a665e843400f5e2b5523c1e60d"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_8802b04a6e9a0102d3ba207700"`, undefined);
        await queryRunner.query(`DROP TABLE "product_change"`, undefined);
   }

}

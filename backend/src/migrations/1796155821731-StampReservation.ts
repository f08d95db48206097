import {MigrationInterface, QueryRunner} from "typeorm";

export class StampReservation1796155821731 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "stamp_return" ("id" SERIAL NOT NULL, "stampId" bigint NOT NULL, "soldAt" TIMESTAMP WITH TIME ZONE, "soldChannel" character varying(20), "soldWhere" character varying(200), "orderLineId" integer, "orderCode" character varying(40), "returnedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_47b0bcb03b669b4e9e3322443a4" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_66314f459d8383f68eb23432aa" ON "stamp_return" ("stampId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_21e548d9d84912412b36b45ff1" ON "stamp" ("orderLineId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_21e548d9d84912412b36b45ff1"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_66314f459d8383f68eb23432aa"`, undefined);
        await queryRunner.query(`DROP TABLE "stamp_return"`, undefined);
   }

}

import {MigrationInterface, QueryRunner} from "typeorm";

/** Roles created before this migration get the new permissions; new roles get them from STAFF_ROLES and PRODUCER_PERMISSIONS. */
const GRANTS: Array<[string, string]> = [
    ['ocop-office', 'ReadSalesReport'],
    ['ocop-office', 'ManageSalesReports'],
    ['industry-trade', 'ReadSalesReport'],
];
/** Industry and Trade sees figures, not buyers: orders (names, emails, phones, addresses) are closed to it. */
const REVOKES: Array<[string, string]> = [['industry-trade', 'ReadOrder']];
const ADD = `UPDATE "role" SET "permissions" = "permissions" || ',' || $2 WHERE "code" LIKE $1 AND NOT ($2 = ANY(string_to_array("permissions", ',')))`;
const REMOVE = `UPDATE "role" SET "permissions" = array_to_string(array_remove(string_to_array("permissions", ','), $2), ',') WHERE "code" LIKE $1`;

export class SalesReport1796500000000 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "sales_report_file" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "periodFrom" date NOT NULL, "periodTo" date NOT NULL, "figures" jsonb NOT NULL, "xlsxFile" character varying(200) NOT NULL, "pdfFile" character varying(200) NOT NULL, "requestedById" integer, "id" SERIAL NOT NULL, CONSTRAINT "PK_80bc59af1491d1c04a6c6423996" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cf1a8d3c40982758cbd7804d33" ON "sales_report_file" ("periodFrom", "periodTo") `, undefined);
        await queryRunner.query(`CREATE TABLE "sales_line" ("id" BIGSERIAL NOT NULL, "orderId" integer NOT NULL, "orderLineId" integer NOT NULL, "soldAt" TIMESTAMP WITH TIME ZONE NOT NULL, "soldOn" date NOT NULL, "channel" character varying(20) NOT NULL, "salesPoint" character varying(40) NOT NULL, "producer" character varying(80) NOT NULL, "area" character varying(40) NOT NULL, "productGroup" character varying(30) NOT NULL, "stars" character varying(4) NOT NULL, "productId" integer NOT NULL, "productVariantId" integer NOT NULL, "units" integer NOT NULL, "revenue" bigint NOT NULL, "vat" bigint NOT NULL, CONSTRAINT "PK_ba560790769aaf9c86f44309072" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6c7c3742638523b811266eab14" ON "sales_line" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_678b8b37f3157383895d49279e" ON "sales_line" ("soldOn") `, undefined);
        await queryRunner.query(`CREATE TABLE "sales_day" ("soldOn" date NOT NULL, "dimension" character varying(20) NOT NULL, "key" character varying(80) NOT NULL, "revenue" bigint NOT NULL, "vat" bigint NOT NULL, "units" integer NOT NULL, "orders" integer NOT NULL, CONSTRAINT "PK_2759698af4f9b6dfc099f544ff2" PRIMARY KEY ("soldOn", "dimension", "key"))`, undefined);
        for (const [role, permission] of GRANTS) await queryRunner.query(ADD, [role, permission]);
        // Producers' own roles are named after their channel.
        await queryRunner.query(ADD, ['producer-%', 'ReadProducerSales']);
        for (const [role, permission] of REVOKES) await queryRunner.query(REMOVE, [role, permission]);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        for (const [role, permission] of REVOKES) await queryRunner.query(ADD, [role, permission]);
        await queryRunner.query(REMOVE, ['producer-%', 'ReadProducerSales']);
        for (const [role, permission] of GRANTS) await queryRunner.query(REMOVE, [role, permission]);
        await queryRunner.query(`DROP TABLE "sales_day"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_678b8b37f3157383895d49279e"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_6c7c3742638523b811266eab14"`, undefined);
        await queryRunner.query(`DROP TABLE "sales_line"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_cf1a8d3c40982758cbd7804d33"`, undefined);
        await queryRunner.query(`DROP TABLE "sales_report_file"`, undefined);
   }

}

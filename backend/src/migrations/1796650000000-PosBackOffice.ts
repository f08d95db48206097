import { MigrationInterface, QueryRunner } from 'typeorm';

/** The back office's staff and tablet lists (ADR 0016): when a tablet was last heard from, each person's latest sale. */
export class PosBackOffice1796650000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "pos_tablet" ADD "lastSeenAt" TIMESTAMP WITH TIME ZONE`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_79cf3839a02c2333c570319fcf" ON "pos_sale" ("staffId", "soldAt") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_79cf3839a02c2333c570319fcf"`, undefined);
        await queryRunner.query(`ALTER TABLE "pos_tablet" DROP COLUMN "lastSeenAt"`, undefined);
    }
}

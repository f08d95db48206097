import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every stamp check increments `stamp.checkCount`. With the default fillfactor
 * each such update rewrites every index of the million-row table; leaving 10 %
 * of each page free lets PostgreSQL update in place (HOT), touching no index.
 */
export class StampHotUpdates1795890000000 implements MigrationInterface {
    name = 'StampHotUpdates1795890000000';

    async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "stamp" SET (fillfactor = 90)`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "stamp" RESET (fillfactor)`);
    }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** ProductVariant.customFields.ean: the EAN-13 the POS scans (ADR 0017). */
export class VariantEan1796600100000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "product_variant" ADD "customFieldsEan" character varying(13)`, undefined);
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "product_variant" DROP COLUMN "customFieldsEan"`, undefined);
    }
}

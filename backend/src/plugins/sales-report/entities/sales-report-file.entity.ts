import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import type { SalesReportFigures } from '../types';

export enum SalesReportKind {
    /** Generated on the 1st of a month for the month before (directive D7). */
    MONTHLY = 'MONTHLY',
    /** Asked for by a user, any period. */
    ON_DEMAND = 'ON_DEMAND',
}

/**
 * A kept sales report: the figures as they were when it was generated, and its
 * XLSX and PDF files under DATA_DIR/reports. Kept reports never change; a newer
 * one for the same period is a new row.
 */
@Entity()
@Index(['periodFrom', 'periodTo'])
export class SalesReportFile extends VendureEntity {
    constructor(input?: DeepPartial<SalesReportFile>) {
        super(input);
    }

    @Column({ type: 'varchar', length: 20 })
    kind: SalesReportKind;

    @Column('date')
    periodFrom: string;

    @Column('date')
    periodTo: string;

    @Column('jsonb')
    figures: SalesReportFigures;

    /** File names inside DATA_DIR/reports. */
    @Column({ length: 200 })
    xlsxFile: string;

    @Column({ length: 200 })
    pdfFile: string;

    /** Administrator who asked for it; null for the monthly task. */
    @Column({ type: 'int', nullable: true })
    requestedById: number | null;
}

import { Column } from 'typeorm';

/** Money in minor units (×100, ADR 0002) as bigint, read back as a JS number (safe far beyond any sale). */
export const MoneyColumn = (options: { nullable?: boolean; default?: number } = {}) =>
    Column('bigint', {
        nullable: options.nullable ?? false,
        default: options.default,
        transformer: {
            to: (v: number | null | undefined) => v,
            from: (v: string | null) => (v == null ? null : Number(v)),
        },
    });

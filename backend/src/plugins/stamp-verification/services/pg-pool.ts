import { TransactionalConnection } from '@vendure/core';
import type { Pool, QueryConfig } from 'pg';

/** What the hot path needs from PostgreSQL: one statement, rows back. */
export interface RowReader {
    query<R = any>(config: QueryConfig): Promise<R[]>;
}

/**
 * The pg pool under TypeORM's DataSource. Stamp checks go straight to it with
 * named (prepared) statements: no QueryRunner, no transaction, no entity
 * hydration, which is what lets the page keep up with a bare lookup. Falls back
 * to `DataSource.query` if the driver ever stops exposing its pool.
 */
export function pgPool(connection: TransactionalConnection): RowReader {
    const dataSource = connection.rawConnection;
    return {
        async query<R>(config: QueryConfig): Promise<R[]> {
            const pool = (dataSource.driver as unknown as { master?: Pool }).master;
            if (pool && typeof pool.query === 'function') {
                const result = await pool.query(config);
                return result.rows as R[];
            }
            return dataSource.query(config.text, config.values as unknown[]);
        },
    };
}

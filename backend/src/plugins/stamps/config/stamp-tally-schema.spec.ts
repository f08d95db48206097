import { StampTally1796700000000 } from '../../../migrations/1796700000000-StampTally';
import {
    CREATE_STAMP_TALLY_SQL,
    DROP_STAMP_TALLY_SQL,
    LOCK_STAMPS_SQL,
    STAMP_TALLY_FUNCTION_SQL,
    STAMP_TALLY_VERSION,
} from './stamp-tally-schema';

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

async function statements(run: 'up' | 'down'): Promise<string[]> {
    const sql: string[] = [];
    await new StampTally1796700000000()[run]({ query: async (q: string) => sql.push(squash(q)) } as any);
    return sql;
}

describe('stamp tally schema', () => {
    it('is brought by the migration exactly to what start-up would create (version 1)', async () => {
        // A new version needs a new migration: this one stays frozen at v1.
        expect(STAMP_TALLY_VERSION).toBe('ocop-stamp-tally v1');
        expect(await statements('up')).toEqual(
            [LOCK_STAMPS_SQL, ...STAMP_TALLY_FUNCTION_SQL, ...CREATE_STAMP_TALLY_SQL].map(squash),
        );
        expect(await statements('down')).toEqual(DROP_STAMP_TALLY_SQL.map(squash));
    });
});

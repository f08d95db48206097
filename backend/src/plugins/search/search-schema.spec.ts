import { VietnameseSearch1796200000000 } from '../../migrations/1796200000000-VietnameseSearch';
import {
    CREATE_SEARCH_INDEXES_SQL,
    DROP_SEARCH_SCHEMA_SQL,
    SEARCH_FUNCTIONS_SQL,
    SEARCH_SCHEMA_VERSION,
} from './search-schema';
import { searchTerms, searchWords } from './search-terms';

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

async function statements(run: 'up' | 'down'): Promise<string[]> {
    const sql: string[] = [];
    await new VietnameseSearch1796200000000()[run]({
        query: async (q: string) => sql.push(squash(q)),
    } as any);
    return sql;
}

describe('search schema', () => {
    it('is created by the migration exactly as start-up would create it (version 1)', async () => {
        // A new version needs a new migration: this migration stays frozen at v1.
        expect(SEARCH_SCHEMA_VERSION).toBe('ocop-search v1');
        expect(await statements('up')).toEqual(
            [...SEARCH_FUNCTIONS_SQL, ...CREATE_SEARCH_INDEXES_SQL].map(squash),
        );
        expect(await statements('down')).toEqual(DROP_SEARCH_SCHEMA_SQL.map(squash));
    });
});

describe('search terms', () => {
    it('folds and splits a query like the index splits stored text', () => {
        expect(searchWords('  Nước   MẮM ')).toEqual(['nuoc', 'mam']);
        expect(searchWords('kẹo cu-đơ')).toEqual(['keo', 'cu', 'do']);
        expect(searchWords('hòa')).toEqual(searchWords('hoà'));
        expect(searchWords('Thủy'.normalize('NFD'))).toEqual(['thuy']);
        expect(searchWords('500g, 1.5kg')).toEqual(['500g', '1', '5kg']);
    });

    it('quotes every word and marks only the last as a prefix', () => {
        expect(searchTerms('nuoc mam')).toEqual({
            all: "'nuoc' & 'mam':*",
            phrase: "'nuoc' <-> 'mam':*",
            words: 2,
        });
        expect(searchTerms('cam')).toEqual({ all: "'cam':*", phrase: "'cam':*", words: 1 });
    });

    it('lets no tsquery or SQL syntax through', () => {
        expect(searchTerms("&|!:*()'\\")).toBeUndefined();
        expect(searchTerms('')).toBeUndefined();
        expect(searchTerms("mật ong' | !x:* <-> (1)")).toEqual({
            all: "'mat' & 'ong' & 'x' & '1':*",
            phrase: "'mat' <-> 'ong' <-> 'x' <-> '1':*",
            words: 4,
        });
        expect(searchTerms('a'.repeat(500))!.all).toBe(`'${'a'.repeat(100)}':*`);
    });
});

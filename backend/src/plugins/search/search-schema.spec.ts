import { VietnameseSearch1796200000000 } from '../../migrations/1796200000000-VietnameseSearch';
import { SearchStoredNames1796600000000 } from '../../migrations/1796600000000-SearchStoredNames';
import {
    CREATE_SEARCH_STORAGE_SQL,
    DROP_V1_NAME_INDEXES_SQL,
    SEARCH_FUNCTIONS_SQL,
    SEARCH_SCHEMA_VERSION,
} from './search-schema';
import { searchTerms, searchWords } from './search-terms';

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

type Migration = { up(q: any): Promise<void>; down(q: any): Promise<void> };

async function statements(migration: Migration, run: 'up' | 'down'): Promise<string[]> {
    const sql: string[] = [];
    await migration[run]({ query: async (q: string) => sql.push(squash(q)) });
    return sql;
}

describe('search schema', () => {
    it('is brought by the migrations exactly to what start-up would create (version 2)', async () => {
        // A new version needs a new migration: this one stays frozen at v2.
        expect(SEARCH_SCHEMA_VERSION).toBe('ocop-search v2');
        expect(await statements(new SearchStoredNames1796600000000(), 'up')).toEqual(
            [...DROP_V1_NAME_INDEXES_SQL, ...SEARCH_FUNCTIONS_SQL, ...CREATE_SEARCH_STORAGE_SQL].map(squash),
        );
    });

    it('keeps the folding functions of v1, so the v1 index of all the text stays valid', async () => {
        const v1 = await statements(new VietnameseSearch1796200000000(), 'up');
        const folding = SEARCH_FUNCTIONS_SQL.filter(sql =>
            /^CREATE OR REPLACE FUNCTION ocop_(fold|search_words|words_vector|search_vector)\(/.test(sql),
        );
        expect(folding).toHaveLength(4);
        for (const sql of folding) expect(v1).toContain(squash(sql));
        expect(v1).toContain(squash(CREATE_SEARCH_STORAGE_SQL[0]));
    });

    it('goes back to v1: name indexes on search_index_item, no name table, no trigger', async () => {
        const down = await statements(new SearchStoredNames1796600000000(), 'down');
        expect(down.join('\n')).toMatch(/DROP TABLE IF EXISTS ocop_search_name/);
        expect(down.join('\n')).toMatch(/DROP TRIGGER IF EXISTS ocop_search_name_sync/);
        expect(down.join('\n')).toMatch(/"IDX_ocop_search_name" ON "search_index_item"/);
        expect(down[down.length - 1]).toMatch(/IS 'ocop-search v1'/);
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

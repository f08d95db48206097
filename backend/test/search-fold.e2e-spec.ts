import fc from 'fast-check';
import { Client } from 'pg';
import { stripVietnameseDiacritics } from '@ocop/shared';
import { SEARCH_FUNCTIONS_SQL } from '../src/plugins/search/search-schema';
import { searchWords } from '../src/plugins/search/search-terms';
import { dropDatabase, freshDatabase } from './utils/test-server';

/**
 * The SQL folding of stored text (ADR 0009) and the JS folding of queries must agree
 * on every text, or a product would be unfindable by its own name: checked on random
 * Vietnamese text in NFC and NFD, both cases, digits and punctuation.
 */
const LETTERS = [
    ...'aàáạảãâầấậẩẫăằắặẳẵbcdđeèéẹẻẽêềếệểễghiìíịỉĩklmnoòóọỏõôồốộổỗơờớợởỡpqrstuùúụủũưừứựửữvxyỳýỵỷỹ',
    ...'çñüéøß',
];
const OTHERS = [...' \t\n.,;:-–/()+*%!?"\'0123456789₫°≥'];

const text = fc
    .array(
        fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
            { weight: 1, arbitrary: fc.constantFrom(...LETTERS).map(l => l.toUpperCase()) },
            { weight: 2, arbitrary: fc.constantFrom(...OTHERS) },
        ),
        { maxLength: 40 },
    )
    .chain(chars =>
        fc.constantFrom('NFC', 'NFD').map(form => chars.join('').normalize(form as 'NFC' | 'NFD')),
    );

describe('search folding', () => {
    let databaseUrl: string;
    let client: Client;

    beforeAll(async () => {
        databaseUrl = await freshDatabase('test_search_fold');
        client = new Client({ connectionString: databaseUrl });
        await client.connect();
        for (const sql of SEARCH_FUNCTIONS_SQL.filter(s => !s.startsWith('COMMENT'))) await client.query(sql);
    });
    afterAll(async () => {
        await client?.end();
        if (databaseUrl) await dropDatabase(databaseUrl);
    });

    it('folds stored text in SQL exactly as foldVietnamese folds a query', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), async texts => {
                const { rows } = await client.query(
                    'SELECT ocop_fold(t) AS folded, ocop_search_words(t) AS words FROM unnest($1::text[]) t',
                    [texts],
                );
                texts.forEach((t, i) => {
                    expect(rows[i].folded).toBe(stripVietnameseDiacritics(t).toLowerCase());
                    expect(rows[i].words.split(' ').filter(Boolean)).toEqual(searchWords(t));
                });
            }),
            { numRuns: 200 },
        );
    });

    it('folds the known cases', async () => {
        const { rows } = await client.query(
            `SELECT ocop_fold('Nước Mắm ĐÀ NẴNG') AS a, ocop_fold('hòa') = ocop_fold('hoà') AS b,
                    ocop_fold($1) AS c, ocop_search_words('<p>Kẹo cu-đơ&nbsp;500g</p>') AS d`,
            ['Thủy'.normalize('NFD')],
        );
        expect(rows[0]).toEqual({ a: 'nuoc mam da nang', b: true, c: 'thuy', d: ' keo cu do 500g ' });
    });
});

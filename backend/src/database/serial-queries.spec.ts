import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { serializeQueriesPerConnection } from './serial-queries';

/**
 * Runs `work` and returns the most queries one `pg` client had in flight at once: more than
 * one is what pg 8.19+ warns about (and pg 9 refuses).
 */
async function mostInFlightPerClient(work: () => Promise<unknown>): Promise<number> {
    const proto = Client.prototype as any;
    const query = proto.query;
    const inFlight = new WeakMap<object, number>();
    let most = 0;
    proto.query = function (this: object, ...args: unknown[]) {
        const now = (inFlight.get(this) ?? 0) + 1;
        inFlight.set(this, now);
        most = Math.max(most, now);
        const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
        const result = query.apply(this, args);
        if (result && typeof result.then === 'function') result.then(done, done);
        else done();
        return result;
    };
    try {
        await work();
    } finally {
        proto.query = query;
    }
    return most;
}

describe('one query at a time per PostgreSQL connection', () => {
    const url = process.env.TEST_DATABASE_URL!;
    let dataSource: DataSource;

    beforeAll(async () => {
        serializeQueriesPerConnection();
        dataSource = await new DataSource({ type: 'postgres', url, entities: [] }).initialize();
    });
    afterAll(() => dataSource?.destroy());

    it('runs concurrent queries of one transaction in order, one at a time on the client', async () => {
        let answers: number[] = [];
        const most = await mostInFlightPerClient(() =>
            dataSource.transaction(async manager => {
                const rows = await Promise.all(
                    [5, 4, 3, 2, 1].map(n =>
                        manager.query('SELECT $1::int AS n, pg_sleep($1 / 1000.0)', [n]),
                    ),
                );
                answers = rows.map(r => r[0].n);
            }),
        );
        expect(answers).toEqual([5, 4, 3, 2, 1]);
        expect(most).toBe(1);
    });

    it('keeps going after a failed query on the same connection', async () => {
        const results = await dataSource
            .transaction(async manager => {
                const runner = manager.queryRunner!;
                return Promise.allSettled([
                    runner.query('SELECT 1 AS one'),
                    runner.query('SELECT * FROM no_such_table_here'),
                    runner.query('SELECT 3 AS three'),
                ]);
            })
            .catch(e => e);
        // The failed statement aborts the transaction, as it would without the queue: the
        // third query is refused by PostgreSQL, not lost or hung.
        expect(Array.isArray(results) ? results.map(r => r.status) : 'threw').toEqual([
            'fulfilled',
            'rejected',
            'rejected',
        ]);
    });

    it('the same concurrent queries on a bare pg client overlap (the check above can fail)', async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
            const most = await mostInFlightPerClient(() =>
                Promise.all([1, 2, 3].map(n => client.query('SELECT $1::int AS n', [n]))),
            );
            expect(most).toBe(3);
        } finally {
            await client.end();
        }
    });
});

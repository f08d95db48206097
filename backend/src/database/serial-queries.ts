import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * One query at a time on each PostgreSQL connection.
 *
 * Inside a transaction every query of a request shares one `pg` client, and TypeORM 0.3
 * (up to 0.3.31) loads some relations with `Promise.all` on it — Vendure's
 * `ProductService.findOne`, for one. `pg` 8.19+ warns at every start ("Calling client.query()
 * when the client is already executing a query is deprecated") and `pg` 9 will throw. Queueing
 * the calls per query runner keeps the order `pg` would have used anyway, so nothing else
 * changes. Upstream serialises the same paths (typeorm PR 12421); remove this once the
 * TypeORM release Vendure allows does it itself (the test in serial-queries.spec.ts tells).
 */
const tails = new WeakMap<PostgresQueryRunner, Promise<unknown>>();
const marker = Symbol.for('ocop.serialQueries');

export function serializeQueriesPerConnection(): void {
    const proto = PostgresQueryRunner.prototype as any;
    if (proto[marker]) return;
    const query = proto.query as (...args: unknown[]) => Promise<unknown>;
    proto.query = function (this: PostgresQueryRunner, ...args: unknown[]) {
        const previous = tails.get(this);
        const run = previous
            ? previous.then(
                  () => query.apply(this, args),
                  () => query.apply(this, args),
              )
            : query.apply(this, args);
        const tail = run.catch(() => undefined);
        tails.set(this, tail);
        // Forget a settled tail so an idle runner holds no promise.
        void tail.then(() => {
            if (tails.get(this) === tail) tails.delete(this);
        });
        return run;
    };
    proto[marker] = true;
}

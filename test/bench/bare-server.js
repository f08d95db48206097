'use strict';
// The baseline of the stamp-check benchmarks: the least a stamp check can cost here.
// `GET /v/<code>` → the database work through a pg Pool (max 10, prepared statements)
// → a small JSON answer. No framework, no HTML, no rate limit, no client hash.
// Run as its own process: PORT, DATABASE_URL in the environment.
//
// BARE_MODE=lookup (default): one indexed `SELECT … FROM stamp WHERE code = $1`.
// BARE_MODE=log: the database work the real `/v` page does for each check — the page's
//   own lookup (stamp + batch, open alerts, recent clients of a sold stamp) and then
//   the check log: a row in `stamp_check` and `stamp.checkCount + 1`, in the page's
//   statement shape. Written per check, as a server without a write buffer does
//   (BARE_LOG_BATCH_MS=<ms> buffers them like the page, one statement per interval).
const http = require('node:http');
const path = require('node:path');
const { Pool } = require(require.resolve('pg', { paths: [path.resolve(__dirname, '../../backend')] }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const MODE = process.env.BARE_MODE === 'log' ? 'log' : 'lookup';
const BATCH_MS = Math.max(0, Number(process.env.BARE_LOG_BATCH_MS) || 0);
const CLIENT_HASH = 'b'.repeat(32);

const LOOKUP = {
    name: 'bare-stamp-lookup',
    text: 'SELECT id, serial, status, "soldAt", "soldWhere", "productVariantId", "checkCount" FROM stamp WHERE code = $1',
};
// The page's lookup (StampVerificationService.findStamps), same joins and sub-selects, one code
// per statement as a server without batching sends it (kept apart from the service on purpose:
// the baseline must not change when the page does).
const PAGE_LOOKUP = {
    name: 'bare-page-lookup',
    text: `
        SELECT s.id, s.serial, b."serialYear", s."productVariantId", s.status,
               s."soldAt", s."soldWhere", s."soldChannel", s."checkCount",
               b."lotCode", b."productionDate"::text AS "productionDate", b."expiryDate"::text AS "expiryDate",
               (SELECT string_agg(a.kind, ',') FROM "stamp_alert" a WHERE a."stampId" = s.id AND a.resolved = false) AS "openAlerts",
               CASE WHEN s.status = 'SOLD' THEN ARRAY(
                   SELECT DISTINCT c."clientHash" FROM "stamp_check" c
                   WHERE c."stampId" = s.id AND c."checkedAt" >= greatest(s."soldAt", $2::timestamptz)
                     AND c."clientHash" <> '0'
                   LIMIT 6
               ) END AS "recentClients"
        FROM "stamp" s JOIN "stamp_batch" b ON b.id = s."batchId"
        WHERE s.code = $1`,
};
// The page's check-log statement (StampCheckLogService.write) for any number of checks.
const LOG = {
    name: 'bare-check-log',
    text: `
        WITH logged AS (
            INSERT INTO "stamp_check" ("stampId", "code", "via", "clientHash", "result", "checkedAt")
            SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::varchar[], $4::char(32)[], $5::varchar[], $6::timestamptz[])
        ), counted AS (
            SELECT s.id FROM "stamp" s WHERE s.id = ANY($7::bigint[]) ORDER BY s.id FOR UPDATE
        )
        UPDATE "stamp" s SET "checkCount" = s."checkCount" + c.n
        FROM unnest($7::bigint[], $8::int[]) AS c(id, n)
        WHERE s.id = c.id AND s.id IN (SELECT id FROM counted)`,
};

function logValues(checks) {
    const counts = new Map();
    for (const c of checks) counts.set(c.id, (counts.get(c.id) || 0) + 1);
    const ids = [...counts.keys()].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    return [
        checks.map(c => c.id),
        checks.map(c => c.code),
        checks.map(() => 'PAGE'),
        checks.map(() => CLIENT_HASH),
        checks.map(c => c.result),
        checks.map(c => c.at),
        ids,
        ids.map(id => counts.get(id)),
    ];
}

let buffer = [];
function flushLater() {
    setTimeout(() => {
        const checks = buffer;
        buffer = [];
        pool.query({ ...LOG, values: logValues(checks) }).catch(e => console.error(`log: ${e.message}`));
    }, BATCH_MS).unref();
}

async function check(code) {
    if (MODE === 'lookup') return (await pool.query({ ...LOOKUP, values: [code] })).rows[0];
    const at = new Date();
    const { rows } = await pool.query({
        ...PAGE_LOOKUP,
        values: [code, new Date(at.getTime() - 30 * 86_400_000)],
    });
    const s = rows[0];
    if (s) {
        const entry = { id: s.id, code, result: s.status === 'VOID' ? 'VOID' : 'GENUINE', at };
        if (BATCH_MS) {
            if (!buffer.length) flushLater();
            buffer.push(entry);
        } else {
            await pool.query({ ...LOG, values: logValues([entry]) });
        }
    }
    return s;
}

const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || !req.url.startsWith('/v/')) {
        res.writeHead(404).end();
        return;
    }
    const code = req.url.slice(3, 3 + 17);
    check(code).then(
        s => {
            const body = JSON.stringify(
                s
                    ? {
                          result: s.status === 'VOID' ? 'VOID' : 'GENUINE',
                          serial: s.serial,
                          status: s.status,
                          soldAt: s.soldAt,
                          soldWhere: s.soldWhere,
                          variant: s.productVariantId,
                      }
                    : { result: 'UNKNOWN' },
            );
            res.writeHead(200, {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
            });
            res.end(body);
        },
        err => {
            res.writeHead(500, { 'Content-Type': 'text/plain' });
            res.end(String(err.message));
        },
    );
});

server.listen(Number(process.env.PORT), '127.0.0.1', () =>
    console.log(`bare (${MODE}${BATCH_MS ? `, batched ${BATCH_MS} ms` : ''}) ready on ${process.env.PORT}`),
);
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

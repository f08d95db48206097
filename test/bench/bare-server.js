'use strict';
// The baseline of the stamp-check benchmark: the least a stamp check can cost here.
// `GET /v/<code>` → one indexed SELECT on the same `stamp` table through a pg Pool
// (max 10, a prepared statement) → a small JSON answer. No framework, no logging,
// no HTML. Run as its own process: PORT, DATABASE_URL in the environment.
const http = require('node:http');
const path = require('node:path');
const { Pool } = require(require.resolve('pg', { paths: [path.resolve(__dirname, '../../backend')] }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const LOOKUP = {
    name: 'bare-stamp-lookup',
    text: 'SELECT id, serial, status, "soldAt", "soldWhere", "productVariantId", "checkCount" FROM stamp WHERE code = $1',
};

const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || !req.url.startsWith('/v/')) {
        res.writeHead(404).end();
        return;
    }
    const code = req.url.slice(3, 3 + 17);
    pool.query({ ...LOOKUP, values: [code] }).then(
        ({ rows }) => {
            const s = rows[0];
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

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`bare ready on ${process.env.PORT}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

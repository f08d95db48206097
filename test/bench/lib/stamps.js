'use strict';
// Fills the stamp register up to the benchmark's size. Codes come from the shared
// generator (80 random bits + check character, exactly like issued stamps) and go in
// with one multi-row INSERT … unnest per chunk, spread round-robin over the real
// batches of sellable variants; ~30% of the added stamps are marked SOLD online so
// the verification's sold path (distinct-client count) is exercised.
const crypto = require('node:crypto');
const path = require('node:path');
const fs = require('node:fs');
const { SHARED_DIST } = require('./paths');

const CHUNK = 50_000;

function loadShared() {
    const file = path.join(SHARED_DIST, 'index.js');
    if (!fs.existsSync(file))
        throw new Error('shared/dist is missing: build first with `npm run build -w shared -w backend`');
    return require(file);
}

/** Random bytes for many codes at once: one crypto call per chunk, not per code. */
function byteSource(totalBytes) {
    const buf = crypto.randomBytes(totalBytes);
    let offset = 0;
    return n => {
        const out = buf.subarray(offset, offset + n);
        offset += n;
        return out;
    };
}

async function topUpStamps(pool, { target, variantIds, log }) {
    const { generateStampCode, isWellFormedStampCode } = loadShared();
    const { rows: batches } = await pool.query(
        `SELECT id, "productVariantId" AS vid FROM stamp_batch WHERE "productVariantId" = ANY($1::int[]) ORDER BY id`,
        [variantIds],
    );
    if (!batches.length)
        throw new Error('No stamp batch belongs to a sellable variant: did the demo data issue stamps?');
    const started = Date.now();
    let {
        rows: [{ n: count, top }],
    } = await pool.query(`SELECT count(*)::int AS n, COALESCE(max(serial), 0)::bigint AS top FROM stamp`);
    const initial = count;
    let nextSerial = BigInt(top) + 1n;
    while (count < target) {
        const size = Math.min(CHUNK, target - count);
        const random = byteSource(size * 10);
        const codes = new Array(size);
        for (let i = 0; i < size; i++) codes[i] = generateStampCode(random);
        if (!isWellFormedStampCode(codes[0]))
            throw new Error(`generateStampCode made a malformed code: ${codes[0]}`);
        const { rowCount } = await pool.query(
            `INSERT INTO stamp (code, serial, "batchId", "productVariantId", status, "soldAt", "soldChannel", "soldWhere")
             SELECT c.code, $2::bigint + c.n - 1, b.id, b.vid,
                    CASE WHEN c.n % 10 < 3 THEN 'SOLD' ELSE 'ISSUED' END,
                    CASE WHEN c.n % 10 < 3 THEN now() - (c.n % 20000) * interval '1 minute' END,
                    CASE WHEN c.n % 10 < 3 THEN 'ONLINE' END,
                    CASE WHEN c.n % 10 < 3 THEN 'Trực tuyến' END
             FROM unnest($1::text[]) WITH ORDINALITY AS c(code, n)
             JOIN unnest($3::int[], $4::int[]) WITH ORDINALITY AS b(id, vid, k) ON b.k = (c.n % $5) + 1
             ON CONFLICT DO NOTHING`,
            [codes, String(nextSerial), batches.map(b => b.id), batches.map(b => b.vid), batches.length],
        );
        nextSerial += BigInt(size);
        count += rowCount;
    }
    // As autovacuum would after a bulk insert (PostgreSQL 13+ vacuums after inserts too): it
    // sets the visibility map, without which every index-only count of a variant's stamps
    // reads the heap. Some PostgreSQL servers of the bench machines run with autovacuum off.
    if (count > initial) await pool.query('VACUUM (ANALYZE) stamp');
    const {
        rows: [{ sold }],
    } = await pool.query(`SELECT count(*)::int AS sold FROM stamp WHERE status = 'SOLD'`);
    log(
        `  stamps: ${count.toLocaleString('en')} in the register (${initial.toLocaleString('en')} from the demo seed, ` +
            `${(count - initial).toLocaleString('en')} added over ${batches.length} batches in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
            `${sold.toLocaleString('en')} SOLD)`,
    );
    return count;
}

/** `n` random real codes from the whole register. */
async function sampleCodes(pool, n) {
    const { rows } = await pool.query(
        `SELECT code FROM stamp WHERE status <> 'VOID' ORDER BY random() LIMIT $1`,
        [n],
    );
    return rows.map(r => r.code.trim());
}

module.exports = { topUpStamps, sampleCodes };

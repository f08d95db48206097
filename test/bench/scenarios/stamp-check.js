'use strict';
// Issue 3: a stamp check — the /v/<code> page and GraphQL verifyStamp — against a
// bare node:http + pg lookup of the same table, and verifyStamp against plain
// Vendure product(slug), all at 50 connections in the same run. Every request
// checks a random one of the sampled real codes. Also verifies that every check was
// logged (stamp_check rows before/after). The scenarios run in interleaved rounds.
const path = require('node:path');
const { runLoad, combineRuns, graphqlQuickCheck } = require('../lib/load');
const { startNode, freePort, waitFor, sleep } = require('../lib/processes');

const CONNECTIONS = 50;
const VERIFY =
    'query($c:String!){verifyStamp(code:$c){result productName producerName stars certificateNumber soldAt soldWhere checkCount}}';
const PRODUCT = 'query($s:String!){product(slug:$s){ id name slug variants { id name priceWithTax } }}';

function parse(body) {
    try {
        return JSON.parse(body);
    } catch {
        return null;
    }
}

function randomOf(list) {
    return list[(Math.random() * list.length) | 0];
}

async function countChecks(pool) {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM stamp_check');
    return rows[0].n;
}

/** One measured run; for logged scenarios counts the stamp_check rows it added. */
async function measureOnce(def, seconds, pool) {
    let before;
    if (def.logged) {
        await sleep(1000); // let earlier buffered checks reach the table
        before = await countChecks(pool);
    }
    const r = await runLoad({ ...def, duration: seconds });
    if (def.logged) {
        // Checks are written in the background (buffered ~150 ms): give them a moment.
        let after = await countChecks(pool);
        for (let i = 0; i < 10 && after - before < r.answered; i++) {
            await sleep(500);
            after = await countChecks(pool);
        }
        r.logged = after - before;
    }
    return r;
}

/**
 * Warms every scenario up, then measures them in interleaved rounds (bare, page,
 * verifyStamp, product, bare, page, …): on a shared 2-core machine the background
 * load drifts, and interleaving gives each scenario the same share of it, so the
 * ratios stay fair. Each scenario's figure covers all its rounds.
 */
async function measureInRounds(defs, { settings, pool, log }) {
    for (const def of defs) await runLoad({ ...def, duration: settings.warmupSeconds });
    const runs = defs.map(() => []);
    const seconds = settings.stampSeconds / settings.stampRounds;
    for (let round = 0; round < settings.stampRounds; round++) {
        for (let i = 0; i < defs.length; i++) runs[i].push(await measureOnce(defs[i], seconds, pool));
    }
    return defs.map((def, i) => {
        const r = { scenario: def.name, connections: CONNECTIONS, ...combineRuns(runs[i]) };
        log(
            `  ${def.name.padEnd(23)} c=${CONNECTIONS} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms` +
                (r.non2xx || r.errors || r.bad
                    ? `  non2xx ${r.non2xx} errors ${r.errors} bad ${r.bad}`
                    : '') +
                (def.logged ? `  logged ${r.logged}/${r.answered}` : ''),
        );
        return r;
    });
}

async function runStampCheck({ base, databaseUrl, pool, codes, productSlug, settings, log }) {
    const probe = await fetch(`${base}/shop-api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: VERIFY, variables: { c: codes[0] } }),
    });
    const probeText = await probe.text();
    const verifyAvailable = probe.status === 200 && graphqlQuickCheck(probeText);
    const pageProbe = await fetch(`${base}/v/${codes[0]}`);
    const pageAvailable = pageProbe.status === 200 && (await pageProbe.text()).includes('class="verdict ');

    const bareUrlBase = `http://127.0.0.1:${await freePort()}`;
    const bare = startNode('bare', path.join(__dirname, '..', 'bare-server.js'), {
        ...process.env,
        PORT: new URL(bareUrlBase).port,
        DATABASE_URL: databaseUrl,
    });
    const missing = [];
    try {
        await waitFor(
            'the bare server',
            async () => (await fetch(`${bareUrlBase}/v/${codes[0]}`)).status === 200,
            {
                timeoutMs: 20_000,
                intervalMs: 200,
                child: bare,
            },
        );
        const byCode = prefix => req => ({ ...req, path: prefix + randomOf(codes) });
        const defs = [
            {
                name: 'bare node:http + pg',
                url: `${bareUrlBase}/v/${codes[0]}`,
                setupRequest: byCode('/v/'),
                quickCheck: body => body.startsWith('{"result":"GENUINE"'),
                connections: CONNECTIONS,
            },
        ];
        if (pageAvailable) {
            defs.push({
                name: 'page GET /v/<code>',
                url: `${base}/v/${codes[0]}`,
                setupRequest: byCode('/v/'),
                quickCheck: body => body.includes('class="verdict GENUINE"'),
                deepCheck: body =>
                    body.startsWith('<!doctype html>') &&
                    body.includes('</html>') &&
                    /<h2>[^<]+<\/h2>/.test(body)
                        ? null
                        : 'page without product name',
                connections: CONNECTIONS,
                logged: true,
            });
        } else {
            log(
                `  page GET /v/<code>: NOT AVAILABLE (HTTP ${pageProbe.status}) — the stamp-verification plugin is not serving it yet`,
            );
            missing.push({
                scenario: 'page GET /v/<code>',
                connections: CONNECTIONS,
                missing: `HTTP ${pageProbe.status}`,
            });
        }
        if (verifyAvailable) {
            const bodyFor = code => JSON.stringify({ query: VERIFY, variables: { c: code } });
            defs.push({
                name: 'verifyStamp',
                url: `${base}/shop-api`,
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: bodyFor(codes[0]),
                setupRequest: req => ({ ...req, body: bodyFor(randomOf(codes)) }),
                quickCheck: body => graphqlQuickCheck(body) && body.includes('"result":"GENUINE"'),
                deepCheck: body => {
                    const v = parse(body)?.data?.verifyStamp;
                    if (!v) return 'no verifyStamp in the answer';
                    if (
                        !v.productName ||
                        !v.producerName ||
                        !v.certificateNumber ||
                        !Number.isInteger(v.stars)
                    )
                        return 'genuine stamp without product, producer or certificate';
                    if (!(v.checkCount >= 1)) return 'checkCount < 1';
                    return null;
                },
                connections: CONNECTIONS,
                logged: true,
            });
        } else {
            log(`  verifyStamp: NOT AVAILABLE — ${probeText.slice(0, 200)}`);
            missing.push({
                scenario: 'verifyStamp',
                connections: CONNECTIONS,
                missing: probeText.slice(0, 200),
            });
        }
        defs.push({
            name: 'product(slug) reference',
            url: `${base}/shop-api`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: PRODUCT, variables: { s: productSlug } }),
            quickCheck: graphqlQuickCheck,
            deepCheck: body =>
                parse(body)?.data?.product?.variants?.length ? null : 'product(slug) without variants',
            connections: CONNECTIONS,
        });
        return [...(await measureInRounds(defs, { settings, pool, log })), ...missing];
    } finally {
        await bare.stop();
    }
}

module.exports = { runStampCheck };

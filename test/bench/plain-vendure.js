'use strict';
// Plain Vendure, the reference of the mixed benchmark (mixed.js): the same @vendure/core
// as the backend (from node_modules), Vendure's default plugins only (job queue, search,
// scheduler, asset server; none of ours), on its own database, with the same catalogue as
// ours — products and variants in Vietnamese and English, their pictures, facet values,
// prices and ample stock, read from our Shop API — so that browsing and checkout can be
// compared like for like.
//
// As a module: startPlainVendure({ catalogue, log }) creates the database, starts this
// file as a child process and resolves when every product is listed.
// As a process (PORT, DATABASE_URL, PLAIN_CATALOGUE=<json file>): imports the catalogue
// into an empty database (Vendure's own `populate`: country VN, tax 8 %, one shipping
// method, a `cash-on-delivery` payment method with Vendure's dummy handler, the products
// from a CSV), then serves the Shop API.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { BACKEND_DIST } = require('./lib/paths');
const { startNode, freePort, waitFor } = require('./lib/processes');

const fromBackend = id => require(require.resolve(id, { paths: [path.join(BACKEND_DIST, '..')] }));

/** Stock of every plain variant: as the checkout scenario gives ours, nobody runs out. */
const STOCK_ON_HAND = 1_000_000;

// ---------------------------------------------------------------------------
// The catalogue, read from our Shop API

const CATALOGUE_QUERY = `{ products(options: {take: 100}) { items { name slug description
        assets { source } featuredAsset { source } facetValues { name facet { name } }
        variants { name sku price } } }
      collections(options: {take: 100}) { items { name slug } } }`;

async function shopCatalogue(base, languageCode) {
    const res = await fetch(`${base}/shop-api?languageCode=${languageCode}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CATALOGUE_QUERY }),
    });
    const json = await res.json();
    if (json.errors) throw new Error(`catalogue: ${JSON.stringify(json.errors).slice(0, 300)}`);
    return json.data;
}

/**
 * Products as our Shop API shows them, in Vietnamese and English: names, descriptions,
 * pictures (featured first), facet values, variants (name, sku, price without tax); and
 * the collections' names. Plain Vendure gets all of it, so that it loads as many
 * translations, pictures and facet values per product as ours does.
 */
async function readCatalogue(base) {
    const [vi, en] = await Promise.all([shopCatalogue(base, 'vi'), shopCatalogue(base, 'en')]);
    const facetsOf = product => product.facetValues.map(f => `${f.facet.name}:${f.name}`);
    const english = new Map(en.products.items.map(p => [p.slug, p]));
    const products = vi.products.items
        .filter(p => p.variants.length)
        .map(p => {
            const e = english.get(p.slug) ?? p;
            const sources = [p.featuredAsset, ...p.assets].filter(Boolean).map(a => a.source);
            return {
                ...p,
                en: {
                    name: e.name,
                    description: e.description,
                    facets: facetsOf(e),
                    variants: Object.fromEntries(e.variants.map(v => [v.sku, v.name])),
                },
                facets: facetsOf(p),
                assetSources: [...new Set(sources)],
            };
        });
    return { products, collections: vi.collections.items };
}

/** Downloads every product picture into `dir`; returns its file name per source URL. */
async function downloadAssets(products, dir) {
    const files = {};
    let n = 0;
    for (const p of products)
        for (const source of p.assetSources) {
            if (files[source]) continue;
            const res = await fetch(source, { signal: AbortSignal.timeout(30_000) });
            if (!res.ok) throw new Error(`asset ${source}: HTTP ${res.status}`);
            const name = `${++n}-${path.basename(new URL(source).pathname)}`;
            fs.writeFileSync(path.join(dir, name), Buffer.from(await res.arrayBuffer()));
            files[source] = name;
        }
    return files;
}

function csvCell(value) {
    const s = String(value ?? '');
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Vendure's import CSV in Vietnamese and English: one row per variant, product columns on its first row only. */
function catalogueCsv(products, assetFiles) {
    const head = [
        'name:vi',
        'name:en',
        'slug:vi',
        'slug:en',
        'description:vi',
        'description:en',
        'assets',
        'facets:vi',
        'facets:en',
        'optionGroups:vi',
        'optionGroups:en',
        'optionValues:vi',
        'optionValues:en',
        'sku',
        'price',
        'taxCategory',
        'stockOnHand',
        'trackInventory',
        'variantAssets',
        'variantFacets:vi',
        'variantFacets:en',
    ];
    const rows = [head];
    const skus = new Set();
    const list = values => values.map(v => String(v).replace(/[|]/g, '/')).join('|');
    for (const p of products) {
        const several = p.variants.length > 1;
        const en = p.en;
        p.variants.forEach((v, i) => {
            let sku = v.sku || `${p.slug}-${i + 1}`;
            while (skus.has(sku)) sku += '-x';
            skus.add(sku);
            const first = i === 0;
            rows.push([
                first ? p.name : '',
                first ? en.name : '',
                first ? p.slug : '',
                first ? p.slug : '',
                first ? p.description : '',
                first ? en.description : '',
                first ? list(p.assetSources.map(s => assetFiles[s])) : '',
                first ? list(p.facets) : '',
                first ? list(en.facets) : '',
                first && several ? 'loại' : '',
                first && several ? 'kind' : '',
                several ? `${v.name} #${i + 1}` : '',
                several ? `${en.variants[v.sku] ?? v.name} #${i + 1}` : '',
                sku,
                // The importer multiplies by 100 (minor units of a currency with cents); Vendure's
                // price and order totals are 32-bit integers, so the few dearest products are capped.
                String(Math.min(Number(v.price), 100_000_000) / 100),
                'standard',
                String(STOCK_ON_HAND),
                'TRUE',
                '',
                '',
                '',
            ]);
        });
    }
    return rows.map(r => r.map(csvCell).join(',')).join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// The parent side

/**
 * Starts plain Vendure on `<databaseUrl's name>_plain`, seeded with `catalogue`.
 * Resolves { base, server, stop() } once the Shop API lists every product.
 */
async function startPlainVendure({ adminUrl, databaseName, catalogue, log }) {
    const { Client } = fromBackend('pg');
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
        await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${databaseName}"`);
    } finally {
        await admin.end();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-plain-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const catalogueFile = path.join(dir, 'catalogue.json');
    const assetFiles = await downloadAssets(catalogue.products, dir);
    fs.writeFileSync(catalogueFile, JSON.stringify({ ...catalogue, assetFiles }));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${databaseName}`;
    // Production mode, like our servers in the mixed group.
    const env = {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: String(databaseUrl),
    };
    env.PLAIN_CATALOGUE = catalogueFile;
    env.PLAIN_SUPERADMIN_PASSWORD = crypto.randomBytes(16).toString('hex');
    // As the backend does (runtime.ts): a benchmark phones nobody.
    env.VENDURE_DISABLE_TELEMETRY = 'true';
    delete env.NODE_OPTIONS;
    const started = Date.now();
    const nodeArgs = (process.env.BENCH_SERVER_ARGS || '').split(/\s+/).filter(Boolean);
    const server = startNode('plain-vendure', __filename, env, { nodeArgs });
    const stop = async () => {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    };
    try {
        await waitFor(
            'plain Vendure to list the catalogue',
            async () => {
                const res = await fetch(`${base}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ query: '{ products(options: {take: 0}) { totalItems } }' }),
                });
                const json = await res.json();
                return json.data?.products?.totalItems >= catalogue.products.length;
            },
            { timeoutMs: 300_000, intervalMs: 1000, child: server },
        );
    } catch (e) {
        await stop();
        throw e;
    }
    log(
        `  plain Vendure ready after ${((Date.now() - started) / 1000).toFixed(1)} s ` +
            `(${catalogue.products.length} products, ${catalogue.products.reduce((n, p) => n + p.variants.length, 0)} variants)`,
    );
    return { base, server, stop };
}

// ---------------------------------------------------------------------------
// The child side: Vendure itself

async function serve() {
    const core = fromBackend('@vendure/core');
    const { populate } = fromBackend('@vendure/core/cli');
    const { AssetServerPlugin } = fromBackend('@vendure/asset-server-plugin');
    const catalogue = JSON.parse(fs.readFileSync(process.env.PLAIN_CATALOGUE, 'utf8'));
    const csvFile = path.join(path.dirname(process.env.PLAIN_CATALOGUE), 'products.csv');
    fs.writeFileSync(csvFile, catalogueCsv(catalogue.products, catalogue.assetFiles));
    const url = new URL(process.env.DATABASE_URL);
    const config = {
        apiOptions: {
            port: Number(process.env.PORT),
            hostname: '127.0.0.1',
            adminApiPath: 'admin-api',
            shopApiPath: 'shop-api',
        },
        authOptions: {
            tokenMethod: ['bearer', 'cookie'],
            // Production mode refuses Vendure's default password; nobody signs in here.
            superadminCredentials: {
                identifier: 'superadmin',
                password: process.env.PLAIN_SUPERADMIN_PASSWORD,
            },
            cookieOptions: { secret: 'plain-vendure-bench' },
            requireVerification: true,
        },
        dbConnectionOptions: {
            type: 'postgres',
            host: url.hostname,
            port: Number(url.port || 5432),
            username: decodeURIComponent(url.username || 'postgres'),
            password: decodeURIComponent(url.password || ''),
            database: url.pathname.slice(1),
            synchronize: true,
            logging: false,
        },
        paymentOptions: { paymentMethodHandlers: [core.dummyPaymentHandler] },
        importExportOptions: { importAssetsDir: path.dirname(process.env.PLAIN_CATALOGUE) },
        logger: new core.DefaultLogger({ level: core.LogLevel.Warn }),
        plugins: [
            core.DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            core.DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
            core.DefaultSchedulerPlugin.init(),
            // Vendure's own asset server, as ours uses: the imported pictures are stored and served.
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: path.join(path.dirname(process.env.PLAIN_CATALOGUE), 'assets'),
                assetUrlPrefix: `http://127.0.0.1:${process.env.PORT}/assets/`,
            }),
        ],
    };
    const initialData = {
        // As ours: Vietnamese first, English second.
        defaultLanguage: core.LanguageCode.vi,
        defaultZone: 'Asia',
        countries: [{ name: 'Vietnam', code: 'VN', zone: 'Asia' }],
        taxRates: [{ name: 'standard', percentage: 8 }],
        shippingMethods: [{ name: 'Giao hàng tiêu chuẩn', price: 300 }],
        paymentMethods: [
            {
                name: 'cash-on-delivery',
                handler: {
                    code: core.dummyPaymentHandler.code,
                    arguments: [{ name: 'automaticSettle', value: 'false' }],
                },
            },
        ],
        collections: catalogue.collections.slice(0, 20).map(c => ({ name: c.name, slug: c.slug })),
    };
    // The server runs its own jobs (search index after the import): plain Vendure in one process.
    // populate() writes import errors to ./vendure-import-error.log: run it in the temporary folder.
    process.chdir(path.dirname(csvFile));
    const app = await populate(() => core.bootstrap(config), initialData, csvFile);
    const errors = path.join(path.dirname(csvFile), 'vendure-import-error.log');
    if (fs.existsSync(errors)) {
        console.error(`plain Vendure: the catalogue import failed:\n${fs.readFileSync(errors, 'utf8')}`);
        process.exit(1);
    }
    await app.get(core.JobQueueService).start();
    const stop = () =>
        app.close().then(
            () => process.exit(0),
            () => process.exit(1),
        );
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

if (require.main === module) {
    serve().catch(e => {
        console.error(e);
        process.exit(1);
    });
}

module.exports = { startPlainVendure, readCatalogue, catalogueCsv };

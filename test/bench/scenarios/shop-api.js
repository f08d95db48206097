'use strict';
// Issue 2: the storefront's three everyday Shop API reads, at 10 and 50 connections.
const { runLoad, combineRuns, graphqlQuickCheck } = require('../lib/load');
const { shopQuery } = require('../lib/backend');

const SEARCH = `{ search(input: {term: "cam", take: 12}) { totalItems items { productName slug
    priceWithTax { ...on PriceRange { min max } ...on SinglePrice { value } } } } }`;
const PRODUCT = `query($slug: String!) { product(slug: $slug) { name description
    variants { name priceWithTax stockLevel } featuredAsset { preview } } }`;
const PRODUCTS = `{ products(options: {take: 12}) { items { name slug featuredAsset { preview } } } }`;

/** A real, sellable product to ask for: the first one the Shop API lists that has a variant. */
async function pickProductSlug(base) {
    const data = await shopQuery(
        base,
        '{ products(options: {take: 50}) { items { slug variants { id } } } }',
    );
    const product = data.products.items.find(p => p.variants.length > 0);
    if (!product) throw new Error('The Shop API lists no product with a variant: is the demo data loaded?');
    return product.slug;
}

function parse(body) {
    try {
        return JSON.parse(body);
    } catch {
        return null;
    }
}

function scenarios(slug) {
    return [
        {
            name: 'search "cam"',
            body: JSON.stringify({ query: SEARCH }),
            deepCheck(body) {
                const d = parse(body)?.data?.search;
                if (!d || !d.items.length) return 'search found nothing for "cam"';
                const bad = d.items.find(i => !i.productName || !i.slug || !i.priceWithTax);
                return bad ? 'search item without name, slug or price' : null;
            },
        },
        {
            name: `product(slug)`,
            body: JSON.stringify({ query: PRODUCT, variables: { slug } }),
            deepCheck(body) {
                const p = parse(body)?.data?.product;
                if (!p) return `product(slug: "${slug}") is null`;
                if (!p.name || !p.variants.length) return 'product without name or variants';
                return p.variants.every(v => Number.isInteger(v.priceWithTax) && v.priceWithTax > 0)
                    ? null
                    : 'variant without a price';
            },
        },
        {
            name: 'products(take 12)',
            body: JSON.stringify({ query: PRODUCTS }),
            deepCheck(body) {
                const items = parse(body)?.data?.products?.items;
                if (!items || !items.length) return 'products returned no items';
                return items.every(i => i.name && i.slug) ? null : 'product item without name or slug';
            },
        },
    ];
}

/** Runs every scenario at each connection count; returns rows for the report. */
async function runShopApi({ base, settings, log }) {
    const slug = await pickProductSlug(base);
    log(`  product(slug) uses "${slug}"`);
    const rows = [];
    for (const s of scenarios(slug)) {
        // Fail fast and clearly before loading: one request, full check.
        const probe = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: s.body,
        });
        const text = await probe.text();
        const problem =
            probe.status !== 200
                ? `HTTP ${probe.status}`
                : !graphqlQuickCheck(text)
                  ? 'GraphQL errors'
                  : s.deepCheck(text);
        if (problem) throw new Error(`${s.name}: ${problem}: ${text.slice(0, 500)}`);
        for (const connections of [10, 50]) {
            const common = {
                url: `${base}/shop-api`,
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: s.body,
                quickCheck: graphqlQuickCheck,
                deepCheck: s.deepCheck,
                connections,
            };
            await runLoad({ ...common, duration: settings.warmupSeconds });
            const r = combineRuns([await runLoad({ ...common, duration: settings.shopSeconds })]);
            rows.push({ scenario: s.name, connections, ...r });
            log(
                `  ${s.name.padEnd(18)} c=${String(connections).padEnd(3)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms` +
                    (r.non2xx || r.errors || r.bad
                        ? `  non2xx ${r.non2xx} errors ${r.errors} bad ${r.bad}`
                        : ''),
            );
        }
    }
    return rows;
}

module.exports = { runShopApi };

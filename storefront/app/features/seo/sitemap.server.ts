import { graphql } from '../../api/graphql';
import { cached, shopQuery } from '../../api/shop.server';
import { config } from '../../api/config.server';
import { LANGS, pathFor, type Lang, type Section } from '../../i18n/paths';
import { listProducers } from '../producers/producers.server';

const sitemapProductsQuery = graphql(`
    query SitemapProducts($skip: Int!, $take: Int!) {
        products(options: { skip: $skip, take: $take, sort: { id: ASC } }) {
            totalItems
            items {
                slug
                updatedAt
                translations {
                    languageCode
                    slug
                }
            }
        }
    }
`);

interface SitemapProduct {
    slug: string;
    updatedAt: string;
    translations: { languageCode: string; slug: string }[];
}

/** Every listed (hence sellable) product, read from the Shop API 100 at a time. */
async function allProducts(): Promise<SitemapProduct[]> {
    const out: SitemapProduct[] = [];
    for (let skip = 0; ; skip += 100) {
        const res = await shopQuery({ lang: 'vi' }, sitemapProductsQuery, { skip, take: 100 });
        out.push(...(res.products.items as SitemapProduct[]));
        if (skip + 100 >= (res.products.totalItems as number) || skip > 100_000) break;
    }
    return out;
}

function escape(s: string) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One <url> per language version, each listing both versions as alternates. */
function entry(paths: Record<Lang, string>, lastmod?: string): string {
    const alts = LANGS.map(
        l =>
            `<xhtml:link rel="alternate" hreflang="${l}" href="${escape(config.storefrontUrl + paths[l])}"/>`,
    )
        .concat(
            `<xhtml:link rel="alternate" hreflang="x-default" href="${escape(config.storefrontUrl + paths.vi)}"/>`,
        )
        .join('');
    return LANGS.map(
        l =>
            `<url><loc>${escape(config.storefrontUrl + paths[l])}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}${alts}</url>`,
    ).join('\n');
}

/** The sitemap: main pages and every product page (and producer pages when the API has them), both languages. */
export function sitemapXml(): Promise<string> {
    return cached('sitemap', 5 * 60_000, async () => {
        const sections: (Section | 'home')[] = ['home', 'products', 'producers', 'whereToBuy'];
        const urls = sections.map(s => entry({ vi: pathFor('vi', s), en: pathFor('en', s) }));
        for (const p of await allProducts()) {
            const en = p.translations.find(t => t.languageCode === 'en')?.slug ?? p.slug;
            urls.push(
                entry(
                    { vi: pathFor('vi', 'products', p.slug), en: pathFor('en', 'products', en) },
                    p.updatedAt,
                ),
            );
        }
        for (const producer of (await listProducers({ lang: 'vi' }).catch(() => undefined)) ?? []) {
            if (producer.productCount > 0) {
                urls.push(
                    entry({
                        vi: pathFor('vi', 'producers', producer.code),
                        en: pathFor('en', 'producers', producer.code),
                    }),
                );
            }
        }
        return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
    });
}

import gql from 'graphql-tag';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * The demo catalogue as the storefront browses it: every listed product sits under
 * exactly one stars, group, area and producer value, the collective brands of D8
 * carry their products, and some products show their quality documents.
 */
describe('catalogue facets on the demo data', () => {
    let server: TestServer;

    beforeAll(async () => {
        server = await startTestServer('catalogue_demo', { demoData: true });
    }, 300_000);
    afterAll(() => server?.close());

    it('files every listed product under one value of each record-derived facet', async () => {
        const { search } = await server.shopClient.query(gql`
            query {
                search(input: { groupByProduct: true, take: 200 }) {
                    totalItems
                    facetValues {
                        count
                        facetValue {
                            code
                            facet {
                                code
                            }
                        }
                    }
                }
            }
        `);
        expect(search.totalItems).toBeGreaterThan(30);
        const total = (facet: string) =>
            search.facetValues
                .filter((f: any) => f.facetValue.facet.code === facet)
                .reduce((sum: number, f: any) => sum + f.count, 0);
        for (const facet of ['ocop-stars', 'ocop-group', 'ocop-area', 'ocop-producer'])
            expect(total(facet)).toBe(search.totalItems);
        const brandCounts = Object.fromEntries(
            search.facetValues
                .filter((f: any) => f.facetValue.facet.code === 'ocop-brand')
                .map((f: any) => [f.facetValue.code, f.count]),
        );
        expect(Object.keys(brandCounts).sort()).toEqual([
            'cam-khe-may',
            'cam-vu-quang',
            'mat-ong-vu-quang',
            'nhung-huou-huong-son',
            'nuoc-mam-ky-ninh',
        ]);
    });

    it('lists the five collective brands with the products on sale, and shows them on those products', async () => {
        const { collectiveBrands } = await server.shopClient.query(gql`
            query {
                collectiveBrands {
                    code
                    name
                    kind
                    productCount
                }
            }
        `);
        expect(collectiveBrands.map((b: any) => b.name)).toEqual([
            'Cam Khe Mây',
            'Cam Vũ Quang',
            'Mật ong Vũ Quang',
            'Nhung hươu Hương Sơn',
            'Nước mắm Kỳ Ninh',
        ]);
        expect(collectiveBrands.find((b: any) => b.code === 'nhung-huou-huong-son')).toMatchObject({
            kind: 'GEOGRAPHICAL_INDICATION',
            productCount: 6,
        });
        const { product } = await server.shopClient.query(gql`
            query {
                product(slug: "mat-ong-hoa-rung-vu-quang") {
                    ocop {
                        producerCode
                        brands {
                            code
                        }
                    }
                    qualityDocuments {
                        kind
                        number
                    }
                }
            }
        `);
        expect(product.ocop).toEqual({
            producerCode: 'vq-ong-mat-huong-dien',
            brands: [{ code: 'mat-ong-vu-quang' }],
        });
        expect(product.qualityDocuments.map((d: any) => d.kind)).toEqual([
            'QUALITY_DECLARATION',
            'FOOD_SAFETY_CERTIFICATE',
        ]);
    });

    it('shows public pages of the producers with products on sale, not of the suspended one', async () => {
        const { producers } = await server.shopClient.query(gql`
            query {
                producers {
                    code
                    productCount
                }
            }
        `);
        expect(producers.length).toBeGreaterThan(15);
        expect(producers.every((p: any) => p.productCount > 0)).toBe(true);
        expect(producers.map((p: any) => p.code)).not.toContain('cx-hai-san-cam-linh');
        const { producer } = await server.shopClient.query(gql`
            query {
                producer(code: "cx-hai-san-cam-linh") {
                    code
                }
            }
        `);
        expect(producer).toBeNull();
    });
});

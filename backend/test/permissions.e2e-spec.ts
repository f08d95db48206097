import gql from 'graphql-tag';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { DocumentNode } from 'graphql';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * The permission matrix of every OCOP operation: for each role, exactly what it
 * may do. A producer never reads or changes another producer's data; only the
 * office certifies, issues stamps and manages producers.
 */
type Role = 'office' | 'producerA' | 'producerB' | 'department' | 'showroom' | 'anonymous';
type Outcome = 'ok' | 'forbidden' | 'hidden';
const ROLES: Role[] = ['office', 'producerA', 'producerB', 'department', 'showroom', 'anonymous'];

interface Fixtures {
    productA: string;
    productB: string;
    variantA: string;
    certificateA: string;
    batchA: string;
    criteria: { code: string; scores: Array<{ criterionCode: string; points: number }> };
}

interface Operation {
    name: string;
    doc: DocumentNode;
    /** Fresh variables per call (prepared as superadmin, so mutations never collide). */
    vars: (
        f: Fixtures,
        su: SimpleGraphQLClient,
    ) => Promise<Record<string, unknown>> | Record<string, unknown>;
    expect: Record<Role, Outcome>;
    /** For reads that succeed but must not reveal another producer's data. */
    visible?: (data: any, f: Fixtures) => boolean;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

const producerInput = (code: string) => ({
    code,
    legalName: `HTX Thử nghiệm ${code}`,
    type: 'COOPERATIVE',
    taxCode: '3001234567',
    commune: 'Sơn Tiến',
    area: 'Hương Sơn',
    address: 'Thôn 1, xã Sơn Tiến, tỉnh Hà Tĩnh',
    phone: '0912345678',
});

const salesPointInput = (code: string) => ({
    code,
    name: `Showroom ${code}`,
    kind: 'SHOWROOM',
    streetLine: '9 Quốc lộ 1',
    commune: 'Xã Thạch Hà',
    province: 'Hà Tĩnh',
    area: 'Thạch Hà',
    openingHours: [{ days: 'MON-SAT', opens: '07:30', closes: '17:00' }],
    phone: '0986441902',
});

/** A fresh fair, or a fresh showroom or booth, made by the superadmin; returns its id. */
async function newFair(su: SimpleGraphQLClient): Promise<string> {
    const { createTradeFair } = await su.query(
        gql`
            mutation ($input: CreateTradeFairInput!) {
                createTradeFair(input: $input) {
                    id
                }
            }
        `,
        {
            input: {
                code: `HC-${unique()}`,
                name: 'Hội chợ thử',
                venue: 'Quảng trường Thành Sen',
                province: 'Hà Tĩnh',
                startsOn: '2026-12-01',
                endsOn: '2026-12-05',
            },
        },
    );
    return createTradeFair.id;
}

async function newSalesPoint(su: SimpleGraphQLClient, kind: 'SHOWROOM' | 'FAIR_BOOTH'): Promise<string> {
    const fairId = kind === 'FAIR_BOOTH' ? await newFair(su) : undefined;
    const { createSalesPoint } = await su.query(
        gql`
            mutation ($input: CreateSalesPointInput!) {
                createSalesPoint(input: $input) {
                    id
                }
            }
        `,
        { input: { ...salesPointInput(`SP-${unique()}`), kind, fairId } },
    );
    return createSalesPoint.id;
}

const O: Outcome = 'ok';
const F: Outcome = 'forbidden';
const H: Outcome = 'hidden';
const only = (allowed: Partial<Record<Role, Outcome>>): Record<Role, Outcome> =>
    Object.fromEntries(ROLES.map(r => [r, allowed[r] ?? F])) as Record<Role, Outcome>;

const OPERATIONS: Operation[] = [
    // Producers
    {
        name: 'producers',
        doc: gql`
            query {
                producers {
                    totalItems
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'producer',
        doc: gql`
            query ($id: ID!) {
                producer(id: $id) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({
            id: (
                await su.query(gql`
                    query {
                        producers {
                            items {
                                id
                            }
                        }
                    }
                `)
            ).producers.items[0].id,
        }),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'activeProducer',
        doc: gql`
            query {
                activeProducer {
                    code
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: O, department: O, showroom: O }),
    },
    {
        name: 'producerOrderLines',
        doc: gql`
            query {
                producerOrderLines {
                    totalItems
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: O, showroom: O }),
    },
    {
        name: 'producerApplications',
        doc: gql`
            query {
                producerApplications {
                    id
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'createProducer',
        doc: gql`
            mutation ($input: CreateProducerInput!) {
                createProducer(input: $input) {
                    id
                }
            }
        `,
        vars: () => ({ input: producerInput(`p-${unique()}`) }),
        expect: only({ office: O }),
    },
    {
        name: 'updateProducer',
        doc: gql`
            mutation ($input: UpdateProducerInput!) {
                updateProducer(input: $input) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({
            input: {
                id: (
                    await su.query(
                        gql`
                            mutation ($input: CreateProducerInput!) {
                                createProducer(input: $input) {
                                    id
                                }
                            }
                        `,
                        { input: producerInput(`u-${unique()}`) },
                    )
                ).createProducer.id,
                phone: '0987654321',
            },
        }),
        expect: only({ office: O }),
    },
    {
        name: 'setProducerActive',
        doc: gql`
            mutation ($id: ID!) {
                setProducerActive(id: $id, active: false) {
                    active
                }
            }
        `,
        vars: async (f, su) => ({
            id: (
                await su.query(
                    gql`
                        mutation ($input: CreateProducerInput!) {
                            createProducer(input: $input) {
                                id
                            }
                        }
                    `,
                    { input: producerInput(`s-${unique()}`) },
                )
            ).createProducer.id,
        }),
        expect: only({ office: O }),
    },
    {
        name: 'approveProducerApplication',
        doc: gql`
            mutation ($input: ApproveProducerApplicationInput!) {
                approveProducerApplication(input: $input) {
                    status
                }
            }
        `,
        vars: async () => ({ input: { id: await submitApplication(), code: `a-${unique()}` } }),
        expect: only({ office: O }),
    },
    {
        name: 'rejectProducerApplication',
        doc: gql`
            mutation ($id: ID!) {
                rejectProducerApplication(id: $id, note: "Chưa đủ hồ sơ") {
                    status
                }
            }
        `,
        vars: async () => ({ id: await submitApplication() }),
        expect: only({ office: O }),
    },
    // Certification
    {
        name: 'certifyProduct',
        doc: gql`
            mutation ($input: CertifyProductInput!) {
                certifyProduct(input: $input) {
                    id
                }
            }
        `,
        vars: f => ({
            input: {
                productId: f.productB,
                certificateNumber: `CN-${unique()}`,
                stars: 4,
                score: 75,
                issuedAt: '2026-06-01',
                criteriaVersion: '148/2023',
                productGroup: 'FOOD',
                decisionNumber: '123/QĐ-UBND',
            },
        }),
        expect: only({ office: O }),
    },
    {
        name: 'revokeCertificate',
        doc: gql`
            mutation ($id: ID!) {
                revokeCertificate(id: $id, reason: "Kiểm tra") {
                    status
                }
            }
        `,
        vars: async (f, su) => ({
            id: (
                await su.query(
                    gql`
                        mutation ($input: CertifyProductInput!) {
                            certifyProduct(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            productId: f.productB,
                            certificateNumber: `RV-${unique()}`,
                            stars: 3,
                            score: 60,
                            issuedAt: '2026-07-01',
                            criteriaVersion: '148/2023',
                            productGroup: 'FOOD',
                            decisionNumber: '124/QĐ-UBND',
                        },
                    },
                )
            ).certifyProduct.id,
        }),
        expect: only({ office: O }),
    },
    {
        name: 'certificates',
        doc: gql`
            query {
                certificates {
                    items {
                        productId
                    }
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: H, department: O }),
        // A producer sees only certificates of its own products.
        visible: (data, f) =>
            data.certificates.items.some((c: any) => String(c.productId) === String(f.productA)),
    },
    {
        name: 'certificate(A)',
        doc: gql`
            query ($id: ID!) {
                certificate(id: $id) {
                    id
                }
            }
        `,
        vars: f => ({ id: f.certificateA }),
        expect: only({ office: O, producerA: O, producerB: H, department: O }),
        visible: d => d.certificate !== null,
    },
    {
        name: 'criteriaVersions',
        doc: gql`
            query {
                criteriaVersions {
                    code
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: O, department: O, showroom: O }),
    },
    {
        name: 'submitSelfAssessment(A)',
        doc: gql`
            mutation ($input: SubmitSelfAssessmentInput!) {
                submitSelfAssessment(input: $input) {
                    totalScore
                }
            }
        `,
        vars: f => ({
            input: { productId: f.productA, criteriaVersion: f.criteria.code, scores: f.criteria.scores },
        }),
        expect: only({ producerA: O }),
    },
    {
        name: 'selfAssessments(A)',
        doc: gql`
            query ($id: ID!) {
                selfAssessments(productId: $id) {
                    id
                }
            }
        `,
        vars: f => ({ id: f.productA }),
        expect: only({ producerA: O }),
    },
    // Stamps
    {
        name: 'issueStampBatch',
        doc: gql`
            mutation ($input: IssueStampBatchInput!) {
                issueStampBatch(input: $input) {
                    quantity
                }
            }
        `,
        vars: f => ({
            input: {
                productVariantId: f.variantA,
                quantity: 2,
                lotCode: `L-${unique()}`,
                productionDate: '2026-11-01',
                expiryDate: '2027-11-01',
            },
        }),
        expect: only({ office: O }),
    },
    {
        name: 'voidStamps',
        doc: gql`
            mutation ($codes: [String!]!) {
                voidStamps(codes: $codes, reason: "Hỏng") {
                    voided
                }
            }
        `,
        vars: async (f, su) => ({ codes: (await issue(su, f.variantA, 1)).codes }),
        expect: only({ office: O }),
    },
    {
        name: 'voidStampRange',
        doc: gql`
            mutation ($batchId: ID!, $from: String!, $to: String!) {
                voidStampRange(batchId: $batchId, fromSerial: $from, toSerial: $to, reason: "Hỏng") {
                    voided
                }
            }
        `,
        vars: async (f, su) => {
            const batch = await issue(su, f.variantA, 2);
            return { batchId: batch.id, from: batch.serials[0], to: batch.serials[1] };
        },
        expect: only({ office: O }),
    },
    {
        name: 'voidStampBatch',
        doc: gql`
            mutation ($id: ID!) {
                voidStampBatch(batchId: $id, reason: "In lỗi") {
                    voided
                }
            }
        `,
        vars: async (f, su) => ({ id: (await issue(su, f.variantA, 1)).id }),
        expect: only({ office: O }),
    },
    {
        name: 'stampBatches',
        doc: gql`
            query {
                stampBatches {
                    items {
                        id
                    }
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: H, department: O }),
        visible: (data, f) => data.stampBatches.items.some((b: any) => String(b.id) === String(f.batchA)),
    },
    {
        name: 'stampBatch(A)',
        doc: gql`
            query ($id: ID!) {
                stampBatch(id: $id) {
                    id
                }
            }
        `,
        vars: f => ({ id: f.batchA }),
        expect: only({ office: O, producerA: O, producerB: H, department: O }),
        visible: d => d.stampBatch !== null,
    },
    // Counterfeit alerts
    {
        name: 'stampAlerts',
        doc: gql`
            query {
                stampAlerts {
                    totalItems
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O }),
    },
    {
        name: 'stampHistory',
        doc: gql`
            query ($id: ID!) {
                stampHistory(stampId: $id) {
                    status
                }
            }
        `,
        vars: () => ({ id: '1' }),
        expect: only({ office: O }),
    },
    {
        name: 'stampIssueProgress',
        doc: gql`
            query {
                stampIssueProgress(key: "k") {
                    done
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O }),
    },
    // Packing by scanning: the office and producers (own channel; refusals in stamp-fulfilment.e2e-spec)
    {
        name: 'sellerOrdersToFulfil',
        doc: gql`
            query {
                sellerOrdersToFulfil {
                    id
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, producerA: O, producerB: O }),
    },
    {
        name: 'resolveStampAlert',
        doc: gql`
            mutation ($id: ID!) {
                resolveStampAlert(id: $id) {
                    resolved
                }
            }
        `,
        vars: async f => {
            const [stamp] = await sql(`SELECT id FROM stamp WHERE "batchId" = $1 LIMIT 1`, [f.batchA]);
            const [alert] = await sql(
                `INSERT INTO stamp_alert ("stampId", kind, detail) VALUES ($1, 'REUSE_ATTEMPT', 'thử') RETURNING id`,
                [stamp.id],
            );
            return { id: alert.id };
        },
        expect: only({ office: O }),
    },
    // Listing gate
    {
        name: 'productEligibility(A)',
        doc: gql`
            query ($id: ID!) {
                productEligibility(productId: $id) {
                    sellable
                }
            }
        `,
        vars: f => ({ id: f.productA }),
        expect: only({ office: O, producerA: O, department: O, showroom: O }),
    },
    {
        name: 'refreshListing',
        doc: gql`
            mutation {
                refreshListing {
                    added
                    removed
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O }),
    },
    // Sales points and trade fairs (ADR 0013): showrooms are the office's, fairs and booths also Industry and Trade's.
    ...['salesPoints', 'tradeFairs'].map((query): Operation => ({
        name: query,
        doc: gql(`query { ${query} { totalItems } }`),
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    })),
    {
        name: 'areasWithoutShowroom',
        doc: gql`
            query {
                areasWithoutShowroom
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'createSalesPoint(SHOWROOM)',
        doc: gql`
            mutation ($input: CreateSalesPointInput!) {
                createSalesPoint(input: $input) {
                    id
                }
            }
        `,
        vars: () => ({ input: salesPointInput(`SR-${unique()}`) }),
        expect: only({ office: O }),
    },
    {
        name: 'createSalesPoint(FAIR_BOOTH)',
        doc: gql`
            mutation ($input: CreateSalesPointInput!) {
                createSalesPoint(input: $input) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({
            input: { ...salesPointInput(`GH-${unique()}`), kind: 'FAIR_BOOTH', fairId: await newFair(su) },
        }),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'updateSalesPoint(SHOWROOM)',
        doc: gql`
            mutation ($input: UpdateSalesPointInput!) {
                updateSalesPoint(input: $input) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({ input: { id: await newSalesPoint(su, 'SHOWROOM'), name: 'Đổi tên' } }),
        expect: only({ office: O }),
    },
    {
        name: 'setSalesPointActive(SHOWROOM)',
        doc: gql`
            mutation ($id: ID!) {
                setSalesPointActive(id: $id, active: false) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({ id: await newSalesPoint(su, 'SHOWROOM') }),
        expect: only({ office: O }),
    },
    {
        name: 'updateSalesPoint(FAIR_BOOTH)',
        doc: gql`
            mutation ($input: UpdateSalesPointInput!) {
                updateSalesPoint(input: $input) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({ input: { id: await newSalesPoint(su, 'FAIR_BOOTH'), name: 'Đổi tên' } }),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'createTradeFair',
        doc: gql`
            mutation ($input: CreateTradeFairInput!) {
                createTradeFair(input: $input) {
                    id
                }
            }
        `,
        vars: () => ({
            input: {
                code: `HC-${unique()}`,
                name: 'Hội chợ',
                venue: 'Quảng trường Thành Sen',
                province: 'Hà Tĩnh',
                startsOn: '2026-12-01',
                endsOn: '2026-12-03',
            },
        }),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'updateTradeFair',
        doc: gql`
            mutation ($input: UpdateTradeFairInput!) {
                updateTradeFair(input: $input) {
                    id
                }
            }
        `,
        vars: async (f, su) => ({ input: { id: await newFair(su), active: false } }),
        expect: only({ office: O, department: O }),
    },
    // Sales figures (ADR 0019): figures for the office and the department, a producer's own for producers
    ...(['salesReport', 'salesTrend', 'topProducts'] as const).map(query => ({
        name: query,
        doc: {
            salesReport: gql`
                query {
                    salesReport(input: { from: "2026-11-01", to: "2026-11-30" }) {
                        revenue
                    }
                }
            `,
            salesTrend: gql`
                query {
                    salesTrend(input: { from: "2026-01-01", to: "2026-12-31", dimension: CHANNEL }) {
                        month
                    }
                }
            `,
            topProducts: gql`
                query {
                    topProducts(input: { from: "2026-11-01", to: "2026-11-30" }) {
                        key
                    }
                }
            `,
        }[query],
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    })),
    {
        name: 'directiveChecks',
        doc: gql`
            query {
                directiveChecks {
                    openCounterfeitAlerts
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'salesReports',
        doc: gql`
            query {
                salesReports {
                    totalItems
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O, department: O }),
    },
    {
        name: 'generateSalesReport',
        doc: gql`
            mutation {
                generateSalesReport(input: { from: "2026-11-01", to: "2026-11-01" }) {
                    id
                }
            }
        `,
        vars: () => ({}),
        expect: only({ office: O }),
    },
    {
        name: 'refreshSalesLedger',
        doc: gql`
            mutation {
                refreshSalesLedger(input: { from: "2026-11-01", to: "2026-11-01" })
            }
        `,
        vars: () => ({}),
        expect: only({ office: O }),
    },
    {
        name: 'producerSalesReport',
        doc: gql`
            query {
                producerSalesReport(input: { from: "2026-11-01", to: "2026-11-30" }) {
                    revenue
                }
            }
        `,
        vars: () => ({}),
        expect: only({ producerA: O, producerB: O }),
    },
];

let server: TestServer;
let sql: (query: string, params?: unknown[]) => Promise<any[]>;
let submitApplication: () => Promise<string>;
let issue: (
    su: SimpleGraphQLClient,
    variantId: string,
    quantity: number,
) => Promise<{ id: string; codes: string[]; serials: string[] }>;

describe('permission matrix', () => {
    const clients = {} as Record<Role, SimpleGraphQLClient>;
    let su: SimpleGraphQLClient;
    let f: Fixtures;

    beforeAll(async () => {
        server = await startTestServer('permissions');
        const url = `http://127.0.0.1:${server.port}/admin-api`;
        const client = () => new SimpleGraphQLClient(getConfig() as Required<VendureConfig>, url);
        su = client();
        await su.asSuperAdmin();
        sql = (q, p) => server.app.get(TransactionalConnection).rawConnection.query(q, p);
        const [{ token: defaultToken }] = await sql(
            `SELECT token FROM channel WHERE code = '__default_channel__'`,
        );
        su.setChannelToken(defaultToken);

        submitApplication = async () => {
            const { submitProducerApplication } = await server.shopClient.query(
                gql`
                    mutation ($input: ProducerApplicationInput!) {
                        submitProducerApplication(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        ...producerInput('x'),
                        code: undefined,
                        email: `hoso-${unique()}@example.vn`,
                        contactName: 'Nguyễn Văn An',
                    },
                },
            );
            return submitProducerApplication.id;
        };
        issue = async (c, variantId, quantity) => {
            const { issueStampBatch } = await c.query(
                gql`
                    mutation ($input: IssueStampBatchInput!) {
                        issueStampBatch(input: $input) {
                            id
                            stamps {
                                items {
                                    code
                                    serial
                                }
                            }
                        }
                    }
                `,
                {
                    input: {
                        productVariantId: variantId,
                        quantity,
                        lotCode: `L-${unique()}`,
                        productionDate: '2026-11-01',
                        expiryDate: '2027-11-01',
                    },
                },
            );
            return {
                id: issueStampBatch.id,
                codes: issueStampBatch.stamps.items.map((s: any) => s.code),
                serials: issueStampBatch.stamps.items.map((s: any) => s.serial),
            };
        };

        // Two producers, each with an administrator and a product in its own channel.
        const made: Record<'A' | 'B', { product: string; variant: string; token: string }> = {} as any;
        for (const key of ['A', 'B'] as const) {
            const { createProducer } = await su.query(
                gql`
                    mutation ($input: CreateProducerInput!) {
                        createProducer(input: $input) {
                            id
                            channelToken
                        }
                    }
                `,
                {
                    input: {
                        ...producerInput(`producer-${key.toLowerCase()}`),
                        administrator: {
                            emailAddress: `${key.toLowerCase()}@producer.vn`,
                            firstName: key,
                            lastName: 'Producer',
                            password: 'secret-pass',
                        },
                    },
                },
            );
            su.setChannelToken(createProducer.channelToken);
            const { createProduct } = await su.query(
                gql`
                    mutation ($input: CreateProductInput!) {
                        createProduct(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        translations: [
                            {
                                languageCode: 'vi',
                                name: `Mật ong ${key}`,
                                slug: `mat-ong-${key.toLowerCase()}`,
                                description: '',
                            },
                        ],
                    },
                },
            );
            const { createProductVariants } = await su.query(
                gql`
                    mutation ($input: [CreateProductVariantInput!]!) {
                        createProductVariants(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: [
                        {
                            productId: createProduct.id,
                            sku: `MO-${key}`,
                            price: 25_000_000,
                            stockOnHand: 50,
                            translations: [{ languageCode: 'vi', name: `Mật ong ${key} 500 ml` }],
                        },
                    ],
                },
            );
            su.setChannelToken(defaultToken);
            made[key] = {
                product: createProduct.id,
                variant: createProductVariants[0].id,
                token: createProducer.channelToken,
            };
        }
        const { certifyProduct } = await su.query(
            gql`
                mutation ($input: CertifyProductInput!) {
                    certifyProduct(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    productId: made.A.product,
                    certificateNumber: 'CN-A-1',
                    stars: 4,
                    score: 80,
                    issuedAt: '2026-01-10',
                    criteriaVersion: '148/2023',
                    productGroup: 'FOOD',
                    decisionNumber: '12/QĐ-UBND',
                },
            },
        );
        const batchA = await issue(su, made.A.variant, 5);
        const { criteriaVersions } = await su.query(gql`
            query {
                criteriaVersions {
                    code
                    parts {
                        criteria {
                            code
                            maxPoints
                        }
                    }
                }
            }
        `);
        const version = criteriaVersions.find((v: any) => v.code === '148/2023');
        f = {
            productA: made.A.product,
            productB: made.B.product,
            variantA: made.A.variant,
            certificateA: certifyProduct.id,
            batchA: batchA.id,
            criteria: {
                code: version.code,
                scores: version.parts.flatMap((p: any) =>
                    p.criteria.map((c: any) => ({ criterionCode: c.code, points: c.maxPoints })),
                ),
            },
        };

        // The provincial staff and a showroom cashier.
        const [office] = await sql(`SELECT id FROM role WHERE code = 'ocop-office'`);
        const [department] = await sql(`SELECT id FROM role WHERE code = 'industry-trade'`);
        const [marketplace] = await sql(`SELECT id FROM channel WHERE code = 'hatinh'`);
        const { createRole } = await su.query(
            gql`
                mutation ($input: CreateRoleInput!) {
                    createRole(input: $input) {
                        id
                    }
                }
            `,
            {
                input: {
                    code: 'showroom-staff',
                    description: 'Nhân viên điểm bán',
                    permissions: ['ReadCatalog', 'ReadOrder', 'CreateOrder', 'UpdateOrder'],
                    channelIds: [marketplace.id],
                },
            },
        );
        const staff: Array<[Role, string, string]> = [
            ['office', 'office@ocop.vn', office.id],
            ['department', 'sct@ocop.vn', department.id],
            ['showroom', 'showroom@ocop.vn', createRole.id],
        ];
        for (const [, email, roleId] of staff) {
            await su.query(
                gql`
                    mutation ($input: CreateAdministratorInput!) {
                        createAdministrator(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        emailAddress: email,
                        firstName: 'Cán bộ',
                        lastName: 'Thử',
                        password: 'secret-pass',
                        roleIds: [roleId],
                    },
                },
            );
        }
        const logins: Record<Role, [string | null, string]> = {
            office: ['office@ocop.vn', defaultToken],
            department: ['sct@ocop.vn', defaultToken],
            showroom: ['showroom@ocop.vn', 'hatinh'],
            producerA: ['a@producer.vn', made.A.token],
            producerB: ['b@producer.vn', made.B.token],
            anonymous: [null, defaultToken],
        };
        for (const role of ROLES) {
            clients[role] = client();
            const [email, token] = logins[role];
            if (email) await clients[role].asUserWithCredentials(email, 'secret-pass');
            clients[role].setChannelToken(token);
        }
    });
    afterAll(() => server?.close());

    it('gives every role exactly the OCOP operations it should have', async () => {
        const mismatches: string[] = [];
        for (const op of OPERATIONS) {
            for (const role of ROLES) {
                const vars = await op.vars(f, su);
                let outcome: string;
                try {
                    const data = await clients[role].query(op.doc, vars);
                    outcome = op.visible && !op.visible(data, f) ? 'hidden' : 'ok';
                } catch (e: any) {
                    outcome = /FORBIDDEN|not currently authorized|forbidden/i.test(e.message)
                        ? 'forbidden'
                        : `error: ${e.message}`;
                }
                if (outcome !== op.expect[role])
                    mismatches.push(`${op.name} as ${role}: expected ${op.expect[role]}, got ${outcome}`);
            }
        }
        expect(mismatches).toEqual([]);
    });

    it("keeps producer A out of producer B's catalogue, certificates and stamps", async () => {
        const a = clients.producerA;
        const { products } = await a.query(gql`
            query {
                products {
                    items {
                        id
                    }
                }
            }
        `);
        expect(products.items.map((p: any) => p.id)).toEqual([f.productA]);
        await expect(
            a.query(
                gql`
                    query ($id: ID!) {
                        productEligibility(productId: $id) {
                            sellable
                        }
                    }
                `,
                { id: f.productB },
            ),
        ).rejects.toThrow(/FORBIDDEN|authorized/i);
        const errorCodeOf = (promise: Promise<unknown>) =>
            promise.then(
                () => 'no error',
                (e: any) => e.response?.errors?.[0]?.extensions?.code ?? e.message,
            );
        expect(
            await errorCodeOf(
                a.query(
                    gql`
                        mutation ($input: SubmitSelfAssessmentInput!) {
                            submitSelfAssessment(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            productId: f.productB,
                            criteriaVersion: f.criteria.code,
                            scores: f.criteria.scores,
                        },
                    },
                ),
            ),
        ).toBe('FORBIDDEN');
        expect(
            await errorCodeOf(
                a.query(
                    gql`
                        mutation ($input: UpdateProductInput!) {
                            updateProduct(input: $input) {
                                id
                            }
                        }
                    `,
                    { input: { id: f.productB, enabled: false } },
                ),
            ),
        ).toBe('ENTITY_NOT_FOUND');
        const [{ enabled }] = await server.app
            .get(TransactionalConnection)
            .rawConnection.query(`SELECT enabled FROM product WHERE id = $1`, [f.productB]);
        expect(enabled).toBe(true);
        // Sending B's channel token does not help: A has no role there.
        a.setChannelToken(clients.producerB['channelToken']);
        await expect(
            a.query(gql`
                query {
                    products {
                        items {
                            id
                        }
                    }
                }
            `),
        ).rejects.toThrow(/FORBIDDEN|authorized/i);
    });

    it('lets anyone verify a stamp and apply to become a producer, and nothing more', async () => {
        const { verifyStamp } = await server.shopClient.query(gql`
            query {
                verifyStamp(code: "0000000000000000Z") {
                    result
                }
            }
        `);
        expect(verifyStamp.result).toBe('UNKNOWN');
        const db = server.app.get(TransactionalConnection).rawConnection;
        const counts = async () =>
            (
                await db.query(`SELECT (SELECT count(*) FROM producer)::int AS producers, (SELECT count(*) FROM channel)::int AS channels,
                                    (SELECT count(*) FROM seller)::int AS sellers, (SELECT count(*) FROM producer_application)::int AS applications`)
            )[0];
        const before = await counts();
        expect(await submitApplication()).toBeDefined();
        const applications = await su.query(gql`
            query {
                producerApplications(status: PENDING) {
                    id
                }
            }
        `);
        expect(applications.producerApplications.length).toBeGreaterThan(0);
        // An application creates no producer, channel or seller by itself: only the application.
        expect(await counts()).toEqual({ ...before, applications: before.applications + 1 });
    });
});

import fs from 'node:fs';
import path from 'node:path';
import gql from 'graphql-tag';
import { EventBus, getConfig, TransactionalConnection } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { CertificateEvent } from '../src/plugins/certification/events';
import { CertificateService } from '../src/plugins/certification/services/certificate.service';
import { Producer, ProducerType } from '../src/plugins/producers/entities/producer.entity';
import { systemContext } from '../src/system-context';
import { startTestServer, TestServer } from './utils/test-server';

const CERTIFICATE_FIELDS = `
    id productId product { id name } certificateNumber decisionNumber decisionDate criteriaVersion score stars
    productGroup productSet issuingLevel issuedAt validUntil status revokedReason revokedAt scan { id preview }
`;
const CERTIFY = gql`
    mutation ($input: CertifyProductInput!) { certifyProduct(input: $input) { ${CERTIFICATE_FIELDS} } }
`;
const REVOKE = gql`
    mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { ${CERTIFICATE_FIELDS} } }
`;
const CERTIFICATES = gql`
    query ($options: CertificateListOptions) { certificates(options: $options) { totalItems items { ${CERTIFICATE_FIELDS} } } }
`;
const CERTIFICATE = gql`
    query ($id: ID!) {
        certificate(id: $id) {
            id
            certificateNumber
        }
    }
`;
const SUBMIT_ASSESSMENT = gql`
    mutation ($input: SubmitSelfAssessmentInput!) {
        submitSelfAssessment(input: $input) {
            id
            createdAt
            productId
            criteriaVersion
            totalScore
            stars
            failedMandatory
            certifiedStars
            note
            partScores {
                part
                name
                points
                maxPoints
            }
            scores {
                criterionCode
                points
            }
        }
    }
`;
const ASSESSMENTS = gql`
    query ($productId: ID!) {
        selfAssessments(productId: $productId) {
            id
            totalScore
            stars
            certifiedStars
            note
        }
    }
`;

async function errorOf(promise: Promise<unknown>): Promise<{ message: string; code?: string }> {
    try {
        await promise;
    } catch (e: any) {
        const first = e.response?.errors?.[0];
        return { message: first?.message ?? e.message, code: first?.extensions?.code };
    }
    throw new Error('expected the request to fail');
}

describe('certification', () => {
    let server: TestServer;
    let admin: SimpleGraphQLClient;
    const products: Record<string, string> = {};
    let serial = 0;
    let defaultToken: string;

    const certifyInput = (productId: string, overrides: Record<string, unknown> = {}) => ({
        productId,
        certificateNumber: `HT-OCOP-${++serial}`,
        stars: 4,
        score: 75,
        issuedAt: '2025-03-10',
        criteriaVersion: '148/2023',
        productGroup: 'FOOD',
        decisionNumber: '1146/QĐ-UBND',
        ...overrides,
    });

    async function createProduct(key: string, name: string) {
        const { createProduct } = await admin.query(
            gql`
                mutation ($input: CreateProductInput!) {
                    createProduct(input: $input) {
                        id
                    }
                }
            `,
            { input: { translations: [{ languageCode: 'vi', name, slug: key, description: '' }] } },
        );
        products[key] = createProduct.id;
    }

    async function count(productId: string) {
        const { certificates } = await admin.query(CERTIFICATES, { options: { productId } });
        return certificates.totalItems;
    }

    beforeAll(async () => {
        server = await startTestServer('certification', { demoData: false });
        admin = server.adminClient;
        await admin.asSuperAdmin();
        defaultToken = (
            await admin.query(gql`
                query {
                    activeChannel {
                        token
                    }
                }
            `)
        ).activeChannel.token;
        await createProduct('keo-cu-do', 'Kẹo cu đơ Thành Đạt');
        await createProduct('nuoc-mam', 'Nước mắm Kỳ Ninh');
        await createProduct('mat-ong', 'Mật ong Vũ Quang');
        await createProduct('cam-khe-may', 'Cam Khe Mây');
        await createProduct('nhung-huou', 'Nhung hươu Hương Sơn');
    });
    afterAll(() => server?.close());

    it('seeds the 1048/2019 and 148/2023 criteria versions as data', async () => {
        const { criteriaVersions } = await admin.query(gql`
            query {
                criteriaVersions {
                    code
                    effectiveFrom
                    effectiveUntil
                    parts {
                        code
                        name
                        maxPoints
                        criteria {
                            code
                            maxPoints
                            mandatory
                        }
                    }
                    starBands {
                        minScore
                        stars
                    }
                }
            }
        `);
        expect(criteriaVersions.map((v: any) => v.code)).toEqual(['1048/2019', '148/2023']);
        const v148 = criteriaVersions[1];
        expect(v148.effectiveFrom).toBe('2023-02-24');
        expect(v148.parts.map((p: any) => [p.code, p.name, p.maxPoints])).toEqual([
            ['A', 'Sản phẩm và sức mạnh cộng đồng', 40],
            ['B', 'Khả năng tiếp thị', 25],
            ['C', 'Chất lượng sản phẩm', 35],
        ]);
        expect(criteriaVersions[0].parts.map((p: any) => p.maxPoints)).toEqual([35, 25, 40]);
        expect(v148.starBands.map((b: any) => b.minScore)).toEqual([0, 30, 50, 70, 90]);
    });

    describe('certifyProduct', () => {
        it('records an ACTIVE certificate valid 36 months by default, at province level', async () => {
            const { certifyProduct } = await admin.query(CERTIFY, {
                input: certifyInput(products['keo-cu-do'], {
                    certificateNumber: 'HT-2025-001',
                    decisionDate: '2025-03-10',
                }),
            });
            expect(certifyProduct).toMatchObject({
                productId: products['keo-cu-do'],
                product: { id: products['keo-cu-do'], name: 'Kẹo cu đơ Thành Đạt' },
                certificateNumber: 'HT-2025-001',
                stars: 4,
                score: 75,
                issuedAt: '2025-03-10',
                validUntil: '2028-03-10',
                decisionDate: '2025-03-10',
                issuingLevel: 'PROVINCE',
                status: 'ACTIVE',
                revokedReason: null,
                scan: null,
            });
        });

        it('clamps a 29 February issue date to the last day of February', async () => {
            const { certifyProduct } = await admin.query(CERTIFY, {
                input: certifyInput(products['nhung-huou'], {
                    issuedAt: '2024-02-29',
                    stars: 5,
                    score: 92,
                    issuingLevel: 'CENTRAL',
                }),
            });
            expect(certifyProduct.validUntil).toBe('2027-02-28');
            expect(certifyProduct.issuingLevel).toBe('CENTRAL');
        });

        it.each([
            [
                'stars that disagree with the score band',
                { score: 65, stars: 4 },
                /65 điểm .* ứng với 3 sao, không phải 4 sao/,
            ],
            [
                'an unknown criteria version',
                { criteriaVersion: '999/2030' },
                /Bộ tiêu chí "999\/2030" không tồn tại/,
            ],
            ['stars out of range', { stars: 6, score: 95 }, /Số sao phải từ 1 đến 5/],
            ['a score out of range', { score: 101, stars: 5 }, /Điểm phải từ 0 đến 100/],
            ['an impossible date', { issuedAt: '2025-02-30' }, /Ngày cấp .* YYYY-MM-DD/],
            ['validUntil not after issuedAt', { validUntil: '2025-03-10' }, /phải sau ngày cấp/],
            [
                'a duplicate certificate number',
                { certificateNumber: 'HT-2025-001' },
                /HT-2025-001 đã được dùng/,
            ],
            ['an unknown product group', { productGroup: 'CARS' }, /Nhóm sản phẩm "CARS" không hợp lệ/],
            ['an empty decision number', { decisionNumber: '  ' }, /Số quyết định không được để trống/],
        ])('refuses %s with a clear error and writes nothing', async (_label, overrides, message) => {
            const before = await count(products['nuoc-mam']);
            const error = await errorOf(
                admin.query(CERTIFY, { input: certifyInput(products['nuoc-mam'], overrides) }),
            );
            expect(error.message).toMatch(message);
            expect(await count(products['nuoc-mam'])).toBe(before);
        });

        it('refuses an unknown product', async () => {
            const error = await errorOf(admin.query(CERTIFY, { input: certifyInput('99999') }));
            expect(error.message).toMatch(/Không tìm thấy sản phẩm 99999/);
        });

        it('lets a newer certificate supersede the ACTIVE one, which becomes EXPIRED', async () => {
            const first = (
                await admin.query(CERTIFY, {
                    input: certifyInput(products['nuoc-mam'], {
                        stars: 3,
                        score: 60,
                        issuedAt: '2022-05-01',
                        criteriaVersion: '1048/2019',
                    }),
                })
            ).certifyProduct;
            const second = (
                await admin.query(CERTIFY, {
                    input: certifyInput(products['nuoc-mam'], {
                        stars: 4,
                        score: 82,
                        issuedAt: '2025-04-01',
                    }),
                })
            ).certifyProduct;
            const { certificates } = await admin.query(CERTIFICATES, {
                options: { productId: products['nuoc-mam'] },
            });
            expect(certificates.items.map((c: any) => [c.id, c.status])).toEqual([
                [second.id, 'ACTIVE'],
                [first.id, 'EXPIRED'],
            ]);
            const active = await server.app
                .get(CertificateService)
                .activeCertificate(await systemContext(server.app), products['nuoc-mam'], '2025-06-01');
            expect(active?.certificateNumber).toBe(second.certificateNumber);

            const older = await errorOf(
                admin.query(CERTIFY, {
                    input: certifyInput(products['nuoc-mam'], { issuedAt: '2024-01-01' }),
                }),
            );
            expect(older.message).toMatch(/mới hơn/);
        });

        it('filters the list by status', async () => {
            const { certificates } = await admin.query(CERTIFICATES, { options: { status: 'EXPIRED' } });
            expect(certificates.items.every((c: any) => c.status === 'EXPIRED')).toBe(true);
            expect(certificates.totalItems).toBeGreaterThanOrEqual(1);
        });
    });

    describe('revokeCertificate', () => {
        let id: string;
        beforeAll(async () => {
            id = (
                await admin.query(CERTIFY, {
                    input: certifyInput(products['mat-ong'], { stars: 3, score: 55 }),
                })
            ).certifyProduct.id;
        });

        it('requires a reason', async () => {
            const error = await errorOf(admin.query(REVOKE, { id, reason: '   ' }));
            expect(error.message).toMatch(/Phải ghi lý do thu hồi/);
            const { certificate } = await admin.query(
                gql`
                    query ($id: ID!) {
                        certificate(id: $id) {
                            status
                        }
                    }
                `,
                { id },
            );
            expect(certificate.status).toBe('ACTIVE');
        });

        it('revokes an ACTIVE certificate with its reason, once', async () => {
            const { revokeCertificate } = await admin.query(REVOKE, {
                id,
                reason: 'Không tham gia đánh giá lại',
            });
            expect(revokeCertificate).toMatchObject({
                status: 'REVOKED',
                revokedReason: 'Không tham gia đánh giá lại',
            });
            expect(revokeCertificate.revokedAt).toBeTruthy();
            const again = await errorOf(admin.query(REVOKE, { id, reason: 'Lần nữa' }));
            expect(again.message).toMatch(/Chỉ thu hồi được chứng nhận đang hiệu lực/);
        });
    });

    describe('self-assessment', () => {
        const full148 = async () => {
            const { criteriaVersions } = await admin.query(gql`
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
            return criteriaVersions
                .find((v: any) => v.code === '148/2023')
                .parts.flatMap((p: any) =>
                    p.criteria.map((c: any) => ({ criterionCode: c.code, points: c.maxPoints })),
                );
        };

        it('scores part by part, fails a 0-point mandatory criterion, and shows the certified stars beside it', async () => {
            const scores = (await full148()).map((s: any) =>
                s.criterionCode === 'C5' ? { ...s, points: 0 } : s,
            );
            const { submitSelfAssessment } = await admin.query(SUBMIT_ASSESSMENT, {
                input: {
                    productId: products['keo-cu-do'],
                    criteriaVersion: '148/2023',
                    scores,
                    note: 'Chưa có giấy chứng nhận ATTP',
                },
            });
            expect(submitSelfAssessment).toMatchObject({
                criteriaVersion: '148/2023',
                totalScore: 95,
                stars: 0,
                failedMandatory: ['C5'],
                certifiedStars: 4,
                note: 'Chưa có giấy chứng nhận ATTP',
            });
            expect(submitSelfAssessment.partScores).toEqual([
                { part: 'A', name: 'Sản phẩm và sức mạnh cộng đồng', points: 40, maxPoints: 40 },
                { part: 'B', name: 'Khả năng tiếp thị', points: 25, maxPoints: 25 },
                { part: 'C', name: 'Chất lượng sản phẩm', points: 30, maxPoints: 35 },
            ]);
        });

        it('keeps a dated history, newest first', async () => {
            const { submitSelfAssessment } = await admin.query(SUBMIT_ASSESSMENT, {
                input: {
                    productId: products['keo-cu-do'],
                    criteriaVersion: '148/2023',
                    scores: await full148(),
                },
            });
            expect(submitSelfAssessment).toMatchObject({ totalScore: 100, stars: 5, failedMandatory: [] });
            const { selfAssessments } = await admin.query(ASSESSMENTS, { productId: products['keo-cu-do'] });
            expect(selfAssessments.map((a: any) => a.totalScore)).toEqual([100, 95]);
            expect(selfAssessments[0].id).toBe(submitSelfAssessment.id);
        });

        it('rejects unknown criteria and points above the maximum, and saves nothing', async () => {
            const unknown = await errorOf(
                admin.query(SUBMIT_ASSESSMENT, {
                    input: {
                        productId: products['keo-cu-do'],
                        criteriaVersion: '148/2023',
                        scores: [{ criterionCode: 'Z1', points: 1 }],
                    },
                }),
            );
            expect(unknown.message).toMatch(/Tiêu chí "Z1" không có trong bộ tiêu chí/);
            const tooMany = await errorOf(
                admin.query(SUBMIT_ASSESSMENT, {
                    input: {
                        productId: products['keo-cu-do'],
                        criteriaVersion: '148/2023',
                        scores: [{ criterionCode: 'A1', points: 9 }],
                    },
                }),
            );
            expect(tooMany.message).toMatch(/phải từ 0 đến 5/);
            const { selfAssessments } = await admin.query(ASSESSMENTS, { productId: products['keo-cu-do'] });
            expect(selfAssessments).toHaveLength(2);
        });
    });

    describe('import of historical records', () => {
        it('keeps EXPIRED and REVOKED records as they are', async () => {
            const ctx = await systemContext(server.app);
            const service = server.app.get(CertificateService);
            const base = certifyInput(products['nhung-huou'], {
                criteriaVersion: '1048/2019',
                issuedAt: '2020-01-10',
                stars: 3,
                score: 60,
            });
            const expired = await service.import(ctx, {
                ...base,
                certificateNumber: 'OLD-1',
                status: 'EXPIRED' as any,
            });
            const revoked = await service.import(ctx, {
                ...base,
                certificateNumber: 'OLD-2',
                status: 'REVOKED' as any,
                revokedReason: 'Bỏ đánh giá lại',
            });
            expect([expired.status, expired.validUntil]).toEqual(['EXPIRED', '2023-01-10']);
            expect([revoked.status, revoked.revokedReason]).toEqual(['REVOKED', 'Bỏ đánh giá lại']);
            const active = await service.activeCertificate(ctx, products['nhung-huou'], '2025-01-01');
            expect(active?.stars).toBe(5);
        });
    });

    describe('permissions', () => {
        const channels: Record<'A' | 'B', { id: string; token: string; email: string }> = {} as any;
        let certA: string;
        let certB: string;

        beforeAll(async () => {
            await admin.asSuperAdmin();
            const { activeChannel } = await admin.query(gql`
                query {
                    activeChannel {
                        defaultShippingZone {
                            id
                        }
                        defaultTaxZone {
                            id
                        }
                    }
                }
            `);
            for (const [key, productKey] of [
                ['A', 'cam-khe-may'],
                ['B', 'mat-ong'],
            ] as const) {
                const token = `producer-test-${key.toLowerCase()}`;
                const { createChannel } = await admin.query(
                    gql`
                        mutation ($input: CreateChannelInput!) {
                            createChannel(input: $input) {
                                ... on Channel {
                                    id
                                }
                                ... on ErrorResult {
                                    message
                                }
                            }
                        }
                    `,
                    {
                        input: {
                            code: token,
                            token,
                            defaultLanguageCode: 'vi',
                            defaultCurrencyCode: 'VND',
                            pricesIncludeTax: true,
                            defaultShippingZoneId: activeChannel.defaultShippingZone.id,
                            defaultTaxZoneId: activeChannel.defaultTaxZone.id,
                        },
                    },
                );
                const { createRole } = await admin.query(
                    gql`
                        mutation ($input: CreateRoleInput!) {
                            createRole(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            code: `producer-${key}`,
                            description: `Producer ${key}`,
                            permissions: ['ReadCatalog', 'ReadCertificates', 'SelfAssessProducts'],
                            channelIds: [createChannel.id],
                        },
                    },
                );
                const email = `producer-${key.toLowerCase()}@example.vn`;
                await admin.query(
                    gql`
                        mutation ($input: CreateAdministratorInput!) {
                            createAdministrator(input: $input) {
                                id
                            }
                        }
                    `,
                    {
                        input: {
                            firstName: 'Chủ thể',
                            lastName: key,
                            emailAddress: email,
                            password: 'secret-password',
                            roleIds: [createRole.id],
                        },
                    },
                );
                await admin.query(
                    gql`
                        mutation ($input: AssignProductsToChannelInput!) {
                            assignProductsToChannel(input: $input) {
                                id
                            }
                        }
                    `,
                    { input: { productIds: [products[productKey]], channelId: createChannel.id } },
                );
                channels[key] = { id: createChannel.id, token, email };
            }
            certA = (
                await admin.query(CERTIFY, {
                    input: certifyInput(products['cam-khe-may'], { stars: 3, score: 58 }),
                })
            ).certifyProduct.id;
            const { certificates } = await admin.query(CERTIFICATES, {
                options: { productId: products['mat-ong'] },
            });
            certB = certificates.items[0].id;
        });

        afterEach(async () => {
            admin.setChannelToken(defaultToken);
            await admin.asSuperAdmin();
        });

        async function asProducer(key: 'A' | 'B') {
            await admin.asUserWithCredentials(channels[key].email, 'secret-password');
            admin.setChannelToken(channels[key].token);
        }

        it('refuses certify and revoke to anonymous callers', async () => {
            await admin.asAnonymousUser();
            expect(
                (await errorOf(admin.query(CERTIFY, { input: certifyInput(products['cam-khe-may']) }))).code,
            ).toBe('FORBIDDEN');
            expect((await errorOf(admin.query(REVOKE, { id: certA, reason: 'x' }))).code).toBe('FORBIDDEN');
            expect((await errorOf(admin.query(CERTIFICATES, {}))).code).toBe('FORBIDDEN');
        });

        it('refuses certify and revoke to a producer’s administrator, even on its own product', async () => {
            await asProducer('A');
            expect(
                (await errorOf(admin.query(CERTIFY, { input: certifyInput(products['cam-khe-may']) }))).code,
            ).toBe('FORBIDDEN');
            expect((await errorOf(admin.query(REVOKE, { id: certA, reason: 'x' }))).code).toBe('FORBIDDEN');
            await admin.asSuperAdmin();
            admin.setChannelToken(defaultToken);
            const { certificate } = await admin.query(
                gql`
                    query ($id: ID!) {
                        certificate(id: $id) {
                            status
                        }
                    }
                `,
                { id: certA },
            );
            expect(certificate.status).toBe('ACTIVE');
        });

        it('shows a producer only the certificates of its own products', async () => {
            await asProducer('A');
            const { certificates } = await admin.query(CERTIFICATES, {});
            expect(certificates.items.map((c: any) => c.id)).toEqual([certA]);
            expect(certificates.totalItems).toBe(1);
            expect((await admin.query(CERTIFICATE, { id: certB })).certificate).toBeNull();
            expect((await admin.query(CERTIFICATE, { id: certA })).certificate.id).toBe(certA);
            const filtered = await admin.query(CERTIFICATES, { options: { productId: products['mat-ong'] } });
            expect(filtered.certificates.totalItems).toBe(0);
        });

        it('lets the office in the default channel see every certificate', async () => {
            const { certificates } = await admin.query(CERTIFICATES, {});
            expect(certificates.items.map((c: any) => c.id)).toEqual(expect.arrayContaining([certA, certB]));
        });

        it('lets a producer self-assess its own product but not another producer’s', async () => {
            await asProducer('A');
            const scores = [{ criterionCode: 'A1', points: 3 }];
            const { submitSelfAssessment } = await admin.query(SUBMIT_ASSESSMENT, {
                input: { productId: products['cam-khe-may'], criteriaVersion: '148/2023', scores },
            });
            expect(submitSelfAssessment).toMatchObject({ totalScore: 3, certifiedStars: 3 });
            expect(
                (await admin.query(ASSESSMENTS, { productId: products['cam-khe-may'] })).selfAssessments,
            ).toHaveLength(1);

            await asProducer('B');
            expect(
                (await errorOf(admin.query(ASSESSMENTS, { productId: products['cam-khe-may'] }))).code,
            ).toBe('FORBIDDEN');
            expect(
                (
                    await errorOf(
                        admin.query(SUBMIT_ASSESSMENT, {
                            input: {
                                productId: products['cam-khe-may'],
                                criteriaVersion: '148/2023',
                                scores,
                            },
                        }),
                    )
                ).code,
            ).toBe('FORBIDDEN');
            expect(
                (await admin.query(ASSESSMENTS, { productId: products['mat-ong'] })).selfAssessments,
            ).toEqual([]);
        });

        it('refuses a producer’s token in the default channel, where it has no role', async () => {
            await admin.asUserWithCredentials(channels.A.email, 'secret-password');
            // the test client picks a single-channel user's channel by itself
            admin.setChannelToken(defaultToken);
            expect((await errorOf(admin.query(CERTIFICATES, {}))).code).toBe('FORBIDDEN');
        });

        describe('expiry and notices', () => {
            const mailDir = () => path.join(server.env.DATA_DIR, 'mail');
            const expiringMails = () =>
                (fs.existsSync(mailDir()) ? fs.readdirSync(mailDir()) : [])
                    .flatMap(f => {
                        try {
                            return [JSON.parse(fs.readFileSync(path.join(mailDir(), f), 'utf-8'))];
                        } catch {
                            return []; // still being written
                        }
                    })
                    .filter(m => m.subject.startsWith('Chứng nhận OCOP'));
            async function waitForMails(n: number) {
                for (let i = 0; i < 100 && expiringMails().length < n; i++)
                    await new Promise(r => setTimeout(r, 100));
                return expiringMails();
            }

            let certificateId: string;
            const events: CertificateEvent[] = [];

            beforeAll(async () => {
                server.app
                    .get(EventBus)
                    .ofType(CertificateEvent)
                    .subscribe(e => events.push(e));
                const { createSeller } = await admin.query(gql`
                    mutation {
                        createSeller(input: { name: "HTX Cam Khe Mây" }) {
                            id
                        }
                    }
                `);
                await server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(Producer)
                    .save(
                        new Producer({
                            code: 'test-a',
                            sellerId: Number(createSeller.id),
                            channelId: Number(channels.A.id),
                            legalName: 'HTX Cam Khe Mây',
                            type: ProducerType.COOPERATIVE,
                            taxCode: '3001234567',
                            commune: 'Hương Trạch',
                            area: 'Hương Khê',
                            address: 'Thôn 1, xã Hương Trạch, Hà Tĩnh',
                            phone: '0912345678',
                            email: 'htx.camkhemay@example.vn',
                        }),
                    );
                certificateId = (
                    await admin.query(CERTIFY, {
                        input: certifyInput(products['cam-khe-may'], {
                            stars: 4,
                            score: 80,
                            issuedAt: '2027-07-01',
                            validUntil: '2030-06-30',
                        }),
                    })
                ).certifyProduct.id;
            });

            it('runs daily at 00:10 as the expire-certificates task', () => {
                const task = getConfig().schedulerOptions.tasks.find(t => t.id === 'expire-certificates');
                const schedule = task!.options.schedule as (cron: any) => string;
                expect(schedule({ everyDayAt: (h: number, m: number) => `${m} ${h} * * *` })).toBe(
                    '10 0 * * *',
                );
            });

            it('notifies the producer and the office once, 30 days before the end', async () => {
                const ctx = await systemContext(server.app);
                const service = server.app.get(CertificateService);
                expect((await service.runDailyExpiry(ctx, '2030-05-30')).noticed).toEqual([]);
                const first = await service.runDailyExpiry(ctx, '2030-05-31');
                expect(first.noticed.map(c => String(c.id))).toEqual([certificateId]);
                const mails = await waitForMails(2);
                expect(mails.map(m => m.recipient).sort()).toEqual([
                    'htx.camkhemay@example.vn',
                    'vpdp.nongthonmoi@hatinh.gov.vn',
                ]);
                for (const mail of mails) {
                    expect(mail.subject).toBe(
                        'Chứng nhận OCOP của sản phẩm Cam Khe Mây sẽ hết hạn vào 30/06/2030',
                    );
                    expect(mail.body).toContain('30/06/2030');
                    expect(mail.body).toContain('còn 30 ngày');
                }

                expect((await service.runDailyExpiry(ctx, '2030-06-01')).noticed).toEqual([]);
                await new Promise(r => setTimeout(r, 1500));
                expect(expiringMails()).toHaveLength(2);
            });

            it('expires the certificate the day after its last valid day and announces it', async () => {
                const ctx = await systemContext(server.app);
                const service = server.app.get(CertificateService);
                expect((await service.expireDue(ctx, '2030-06-30')).map(c => String(c.id))).not.toContain(
                    certificateId,
                );
                events.length = 0;
                const expired = await service.expireDue(ctx, '2030-07-01');
                expect(expired.map(c => String(c.id))).toContain(certificateId);
                expect(events.find(e => String(e.certificate.id) === certificateId)?.type).toBe('expired');
                const { certificate } = await admin.query(
                    gql`
                        query ($id: ID!) {
                            certificate(id: $id) {
                                status
                            }
                        }
                    `,
                    { id: certificateId },
                );
                expect(certificate.status).toBe('EXPIRED');
                expect(
                    await service.activeCertificate(ctx, products['cam-khe-may'], '2030-07-01'),
                ).toBeUndefined();
            });
        });
    });
});

import gql from 'graphql-tag';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { startTestServer, TestServer } from './utils/test-server';

const CREATE = gql`
    mutation ($input: CreateProducerInput!) {
        createProducer(input: $input) {
            id
            code
            legalName
            area
            active
            channelToken
        }
    }
`;

const profile = {
    legalName: 'HTX Mật ong Sơn Kim',
    type: 'COOPERATIVE',
    taxCode: '3001122334',
    commune: 'Sơn Kim 1',
    area: 'Hương Sơn',
    address: 'Thôn Khe Nhà, xã Sơn Kim 1, tỉnh Hà Tĩnh',
    phone: '0912 345 678',
    email: 'htx.sonkim@example.vn',
    storyVi: 'Nuôi ong dưới tán rừng',
};

/** How the office brings a producer in, and what that producer can then do. */
describe('producers', () => {
    let server: TestServer;
    let sql: (q: string, p?: unknown[]) => Promise<any[]>;
    const count = async (table: string) => (await sql(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;

    beforeAll(async () => {
        server = await startTestServer('producers');
        await server.adminClient.asSuperAdmin();
        sql = (q, p) => server.app.get(TransactionalConnection).rawConnection.query(q, p);
    });
    afterAll(() => server?.close());

    it('creates the seller, its channel, a warehouse the marketplace sees, a scoped role and a login', async () => {
        const { createProducer } = await server.adminClient.query(CREATE, {
            input: {
                ...profile,
                code: 'hs-mat-ong-son-kim',
                administrator: {
                    emailAddress: 'ong@sonkim.vn',
                    firstName: 'Hùng',
                    lastName: 'Nguyễn',
                    password: 'mat-khau-1',
                },
            },
        });
        expect(createProducer).toMatchObject({
            code: 'hs-mat-ong-son-kim',
            legalName: 'HTX Mật ong Sơn Kim',
            area: 'Hương Sơn',
            active: true,
            channelToken: 'producer-hs-mat-ong-son-kim',
        });

        const [location] = await sql(
            `SELECT array_agg(c.code ORDER BY c.code) AS channels FROM stock_location l
               JOIN stock_location_channels_channel lc ON lc."stockLocationId" = l.id JOIN channel c ON c.id = lc."channelId"
              WHERE l.name = 'Kho HTX Mật ong Sơn Kim' GROUP BY l.id`,
        );
        expect(location.channels).toEqual(['__default_channel__', 'hatinh', 'producer-hs-mat-ong-son-kim']);
        const [role] = await sql(
            `SELECT r.permissions, array_agg(c.code) AS channels FROM role r JOIN role_channels_channel rc ON rc."roleId" = r.id JOIN channel c ON c.id = rc."channelId" WHERE r.code = 'producer-hs-mat-ong-son-kim' GROUP BY r.id`,
        );
        expect(role.channels).toEqual(['producer-hs-mat-ong-son-kim']);
        expect(role.permissions).not.toContain('ManageCertificates');
        expect(role.permissions).not.toContain('ManageStamps');

        // The producer's administrator logs in and sees its own profile.
        const producerClient = new SimpleGraphQLClient(
            getConfig() as Required<VendureConfig>,
            `http://127.0.0.1:${server.port}/admin-api`,
        );
        await producerClient.asUserWithCredentials('ong@sonkim.vn', 'mat-khau-1');
        producerClient.setChannelToken('producer-hs-mat-ong-son-kim');
        const { activeProducer } = await producerClient.query(gql`
            query {
                activeProducer {
                    code
                    phone
                    storyVi
                }
            }
        `);
        expect(activeProducer).toEqual({
            code: 'hs-mat-ong-son-kim',
            phone: '0912345678',
            storyVi: 'Nuôi ong dưới tán rừng',
        });
    });

    it('refuses bad input with a clear message and writes nothing', async () => {
        const before = await Promise.all(
            ['producer', 'seller', 'channel', 'role', 'stock_location'].map(count),
        );
        const cases: Array<[Record<string, unknown>, RegExp]> = [
            [{ code: 'hs-mat-ong-son-kim' }, /đã tồn tại/],
            [{ code: 'Bad Code!' }, /Mã chủ thể .* không hợp lệ/],
            [{ code: 'ok-code', taxCode: '12345' }, /Mã số thuế không hợp lệ/],
            [{ code: 'ok-code', phone: 'abc' }, /Số điện thoại không hợp lệ/],
            [{ code: 'ok-code', legalName: '   ' }, /Thiếu thông tin: legalName/],
        ];
        for (const [override, message] of cases) {
            await expect(
                server.adminClient.query(CREATE, { input: { ...profile, ...override } }),
            ).rejects.toThrow(message);
        }
        expect(
            await Promise.all(['producer', 'seller', 'channel', 'role', 'stock_location'].map(count)),
        ).toEqual(before);
    });

    it('turns an application into a producer only when the office approves it, once', async () => {
        const { submitProducerApplication } = await server.shopClient.query(
            gql`
                mutation ($input: ProducerApplicationInput!) {
                    submitProducerApplication(input: $input) {
                        id
                        status
                    }
                }
            `,
            {
                input: {
                    legalName: 'Hộ kinh doanh Kẹo lạc Thu',
                    type: 'HOUSEHOLD',
                    taxCode: '3009988776',
                    commune: 'Thạch Trung',
                    area: 'Thành phố Hà Tĩnh',
                    address: 'Phường Thạch Trung, tỉnh Hà Tĩnh',
                    phone: '0987111222',
                    email: 'keolac.thu@example.vn',
                    contactName: 'Trần Thị Thu',
                },
            },
        );
        expect(submitProducerApplication.status).toBe('PENDING');
        expect(await sql(`SELECT 1 FROM producer WHERE "legalName" = 'Hộ kinh doanh Kẹo lạc Thu'`)).toEqual(
            [],
        );

        const approve = gql`
            mutation ($input: ApproveProducerApplicationInput!) {
                approveProducerApplication(input: $input) {
                    status
                    producerId
                }
            }
        `;
        const { approveProducerApplication } = await server.adminClient.query(approve, {
            input: {
                id: submitProducerApplication.id,
                code: 'tp-keo-lac-thu',
                administratorPassword: 'mat-khau-2',
            },
        });
        expect(approveProducerApplication.status).toBe('APPROVED');
        const [producer] = await sql(`SELECT code, email FROM producer WHERE id = $1`, [
            approveProducerApplication.producerId,
        ]);
        expect(producer).toEqual({ code: 'tp-keo-lac-thu', email: 'keolac.thu@example.vn' });
        await expect(
            server.adminClient.query(approve, {
                input: { id: submitProducerApplication.id, code: 'tp-keo-lac-thu-2' },
            }),
        ).rejects.toThrow(/đã được xử lý/);
        await expect(
            server.adminClient.query(
                gql`
                    mutation ($id: ID!) {
                        rejectProducerApplication(id: $id, note: "Trùng") {
                            status
                        }
                    }
                `,
                { id: submitProducerApplication.id },
            ),
        ).rejects.toThrow(/đã được xử lý/);
    });

    it('rejects an application with a reason and creates nothing', async () => {
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
                    legalName: 'Cơ sở Nước mắm Thử',
                    type: 'HOUSEHOLD',
                    taxCode: '3001231231',
                    commune: 'Kỳ Ninh',
                    area: 'Thị xã Kỳ Anh',
                    address: 'Kỳ Ninh, tỉnh Hà Tĩnh',
                    phone: '0911000111',
                    email: 'thu@example.vn',
                    contactName: 'Lê Văn Thử',
                },
            },
        );
        const reject = gql`
            mutation ($id: ID!, $note: String!) {
                rejectProducerApplication(id: $id, note: $note) {
                    status
                    decisionNote
                }
            }
        `;
        await expect(
            server.adminClient.query(reject, { id: submitProducerApplication.id, note: ' ' }),
        ).rejects.toThrow(/lý do/);
        const { rejectProducerApplication } = await server.adminClient.query(reject, {
            id: submitProducerApplication.id,
            note: 'Chưa có giấy ATTP',
        });
        expect(rejectProducerApplication).toEqual({ status: 'REJECTED', decisionNote: 'Chưa có giấy ATTP' });
        expect(await sql(`SELECT 1 FROM producer WHERE "legalName" = 'Cơ sở Nước mắm Thử'`)).toEqual([]);
    });

    it('refuses a malformed application at the door', async () => {
        await expect(
            server.shopClient.query(
                gql`
                    mutation ($input: ProducerApplicationInput!) {
                        submitProducerApplication(input: $input) {
                            id
                        }
                    }
                `,
                {
                    input: {
                        legalName: 'X',
                        type: 'HOUSEHOLD',
                        taxCode: '3001231231',
                        commune: 'A',
                        area: 'B',
                        address: 'C',
                        phone: '0911000111',
                        email: 'not-an-email',
                        contactName: 'Y',
                    },
                },
            ),
        ).rejects.toThrow(/Email không hợp lệ/);
    });
});

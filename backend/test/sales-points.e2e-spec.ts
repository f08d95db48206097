import gql from 'graphql-tag';
import { HA_TINH_AREAS } from '@ocop/shared';
import { getConfig, TransactionalConnection, VendureConfig } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { addDays } from '../src/plugins/certification/calendar-dates';
import { DEMO_FAIR_CODE, ensureDemoSalesPoints } from '../src/demo/sales-points';
import { systemContext } from '../src/system-context';
import { vietnamDate } from '../src/vietnam-time';
import { startTestServer, TestServer } from './utils/test-server';

const POINT_FIELDS = `
    id
    code
    name
    kind
    fairId
    fair { code name }
    stockLocation { id name description }
    streetLine
    commune
    province
    area
    openingHours { days opens closes }
    openingNote
    phone
    latitude
    longitude
    active
    directionsUrl
`;

const CREATE_POINT = gql`
    mutation ($input: CreateSalesPointInput!) {
        createSalesPoint(input: $input) { ${POINT_FIELDS} }
    }
`;
const UPDATE_POINT = gql`
    mutation ($input: UpdateSalesPointInput!) {
        updateSalesPoint(input: $input) { ${POINT_FIELDS} }
    }
`;
const SET_ACTIVE = gql`
    mutation ($id: ID!, $active: Boolean!) {
        setSalesPointActive(id: $id, active: $active) {
            id
            active
        }
    }
`;
const CREATE_FAIR = gql`
    mutation ($input: CreateTradeFairInput!) {
        createTradeFair(input: $input) {
            id
            code
            name
            province
            startsOn
            endsOn
            organiser
            active
        }
    }
`;
const UPDATE_FAIR = gql`
    mutation ($input: UpdateTradeFairInput!) {
        updateTradeFair(input: $input) {
            id
            name
            startsOn
            endsOn
            active
        }
    }
`;
const SALES_POINTS = gql`
    query ($options: SalesPointListOptions) {
        salesPoints(options: $options) {
            totalItems
            items {
                code
                kind
                active
            }
        }
    }
`;
const TRADE_FAIRS = gql`
    query ($options: TradeFairListOptions) {
        tradeFairs(options: $options) {
            totalItems
            items {
                code
            }
        }
    }
`;
const AREAS_WITHOUT_SHOWROOM = gql`
    query {
        areasWithoutShowroom
    }
`;
const PUBLIC_SALES_POINTS = gql`
    query {
        salesPoints {
            code
            name
            kind
            fair {
                code
                name
                venue
                province
                startsOn
                endsOn
            }
            streetLine
            commune
            province
            area
            openingHours {
                days
                opens
                closes
            }
            openingNote
            phone
            latitude
            longitude
            directionsUrl
        }
    }
`;

const today = vietnamDate();

const showroom = (code: string, overrides: Record<string, unknown> = {}) => ({
    code,
    name: `Showroom ${code}`,
    kind: 'SHOWROOM',
    streetLine: '215 Quốc lộ 8A, khối 5',
    commune: 'Xã Hương Sơn',
    province: 'Hà Tĩnh',
    area: 'Hương Sơn',
    openingHours: [{ days: 'MON-SAT', opens: '07:30', closes: '17:00' }],
    phone: '0912 556 208',
    ...overrides,
});

const booth = (code: string, fairId: string, overrides: Record<string, unknown> = {}) => ({
    ...showroom(code, overrides),
    name: `Gian hàng ${code}`,
    kind: 'FAIR_BOOTH',
    fairId,
    ...overrides,
});

const fair = (code: string, startsOn: string, endsOn: string, overrides: Record<string, unknown> = {}) => ({
    code,
    name: `Hội chợ ${code}`,
    venue: 'Quảng trường Thành Sen, phường Thành Sen',
    province: 'Hà Tĩnh',
    startsOn,
    endsOn,
    ...overrides,
});

/**
 * Showrooms and fair booths: the office and Industry and Trade record them, each
 * gets its own stock location in the marketplace, and the storefront's "where to
 * buy" page reads the public side of those open now or soon.
 */
describe('sales points', () => {
    let server: TestServer;
    let sql: (q: string, p?: unknown[]) => Promise<any[]>;
    const clients: Record<'office' | 'department' | 'producer' | 'anonymous', SimpleGraphQLClient> =
        {} as any;
    const count = async (table: string) => (await sql(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
    const counts = () => Promise.all(['sales_point', 'trade_fair', 'stock_location'].map(count));
    let currentFairId: string;

    beforeAll(async () => {
        server = await startTestServer('sales_points');
        sql = (q, p) => server.app.get(TransactionalConnection).rawConnection.query(q, p);
        const su = server.adminClient;
        await su.asSuperAdmin();
        const client = () =>
            new SimpleGraphQLClient(
                getConfig() as Required<VendureConfig>,
                `http://127.0.0.1:${server.port}/admin-api`,
            );
        const { createProducer } = await su.query(
            gql`
                mutation ($input: CreateProducerInput!) {
                    createProducer(input: $input) {
                        channelToken
                    }
                }
            `,
            {
                input: {
                    code: 'hs-mat-ong',
                    legalName: 'HTX Mật ong Sơn Kim',
                    type: 'COOPERATIVE',
                    taxCode: '3001122334',
                    commune: 'Sơn Kim 1',
                    area: 'Hương Sơn',
                    address: 'Thôn Khe Nhà, xã Sơn Kim 1, tỉnh Hà Tĩnh',
                    phone: '0912345678',
                    administrator: {
                        emailAddress: 'producer@ocop.vn',
                        firstName: 'Hùng',
                        lastName: 'Nguyễn',
                        password: 'secret-pass',
                    },
                },
            },
        );
        for (const [email, roleCode] of [
            ['office@ocop.vn', 'ocop-office'],
            ['sct@ocop.vn', 'industry-trade'],
        ]) {
            const [role] = await sql(`SELECT id FROM role WHERE code = $1`, [roleCode]);
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
                        roleIds: [String(role.id)],
                    },
                },
            );
        }
        clients.office = client();
        await clients.office.asUserWithCredentials('office@ocop.vn', 'secret-pass');
        clients.department = client();
        await clients.department.asUserWithCredentials('sct@ocop.vn', 'secret-pass');
        clients.producer = client();
        await clients.producer.asUserWithCredentials('producer@ocop.vn', 'secret-pass');
        clients.producer.setChannelToken(createProducer.channelToken);
        clients.anonymous = client();
    });
    afterAll(() => server?.close());

    it('starts with every former district of Hà Tĩnh lacking a showroom', async () => {
        const { areasWithoutShowroom } = await clients.office.query(AREAS_WITHOUT_SHOWROOM);
        expect(areasWithoutShowroom).toEqual(HA_TINH_AREAS.map(a => a.name));
        expect(areasWithoutShowroom).toHaveLength(13);
    });

    it('creates a showroom with its own stock location in the marketplace, fields normalised', async () => {
        const { createSalesPoint } = await clients.office.query(CREATE_POINT, {
            input: showroom('sr-hương-sơn', {
                name: '  Showroom OCOP  Hương Sơn ',
                province: 'tinh ha tinh',
                area: 'huyện Hương Sơn',
                phone: '0912.556.208',
                openingHours: [
                    { days: 'sun', opens: '8:00', closes: '11:30' },
                    { days: 'T2-T7', opens: '13:30', closes: '17:30' },
                    { days: 'MON-SAT', opens: '7:30', closes: '11:30' },
                ],
                openingNote: 'Nên gọi trước',
                latitude: 18.5217,
                longitude: 105.4268,
            }),
        });
        expect(createSalesPoint).toMatchObject({
            code: 'SR-HUONG-SON',
            name: 'Showroom OCOP Hương Sơn',
            kind: 'SHOWROOM',
            fairId: null,
            fair: null,
            province: 'Hà Tĩnh',
            area: 'Hương Sơn',
            phone: '0912556208',
            openingHours: [
                { days: 'MON-SAT', opens: '07:30', closes: '11:30' },
                { days: 'MON-SAT', opens: '13:30', closes: '17:30' },
                { days: 'SUN', opens: '08:00', closes: '11:30' },
            ],
            openingNote: 'Nên gọi trước',
            active: true,
            directionsUrl: 'https://www.google.com/maps/dir/?api=1&destination=18.5217,105.4268',
        });
        expect(createSalesPoint.stockLocation.name).toBe('Điểm bán SR-HUONG-SON – Showroom OCOP Hương Sơn');
        expect(createSalesPoint.stockLocation.description).toBe(
            '215 Quốc lộ 8A, khối 5, Xã Hương Sơn, Hà Tĩnh',
        );
        const [location] = await sql(
            `SELECT array_agg(c.code ORDER BY c.code) AS channels FROM stock_location_channels_channel lc
               JOIN channel c ON c.id = lc."channelId" WHERE lc."stockLocationId" = $1`,
            [createSalesPoint.stockLocation.id],
        );
        expect(location.channels).toEqual(['__default_channel__', 'hatinh']);

        const { areasWithoutShowroom } = await clients.office.query(AREAS_WITHOUT_SHOWROOM);
        expect(areasWithoutShowroom).not.toContain('Hương Sơn');
        expect(areasWithoutShowroom).toHaveLength(12);
    });

    it('records trade fairs in Vietnam calendar days', async () => {
        const { createTradeFair } = await clients.office.query(CREATE_FAIR, {
            input: fair('hc-ocop-2026', addDays(today, -1), addDays(today, 2), {
                province: 'ha tinh',
                organiser: 'Sở Công Thương',
            }),
        });
        expect(createTradeFair).toMatchObject({
            code: 'HC-OCOP-2026',
            province: 'Hà Tĩnh',
            startsOn: addDays(today, -1),
            endsOn: addDays(today, 2),
            organiser: 'Sở Công Thương',
            active: true,
        });
        currentFairId = createTradeFair.id;
        const { createSalesPoint } = await clients.office.query(CREATE_POINT, {
            input: booth('GH-CAN-LOC', currentFairId, { area: 'Can Lộc', name: 'Gian hàng Can Lộc' }),
        });
        expect(createSalesPoint).toMatchObject({
            kind: 'FAIR_BOOTH',
            fairId: currentFairId,
            fair: { code: 'HC-OCOP-2026' },
        });
        // A booth is not a showroom: Can Lộc still lacks one.
        const { areasWithoutShowroom } = await clients.office.query(AREAS_WITHOUT_SHOWROOM);
        expect(areasWithoutShowroom).toContain('Can Lộc');
    });

    it('refuses bad input with a stable code and writes nothing', async () => {
        const before = await counts();
        const pointCases: Array<[Record<string, unknown>, string]> = [
            [booth('GH-NO-FAIR', null as any), 'OCOP_BOOTH_NEEDS_FAIR'],
            [showroom('SR-WITH-FAIR', { fairId: currentFairId }), 'OCOP_SHOWROOM_WITHOUT_FAIR'],
            [booth('GH-GHOST', '99999'), 'OCOP_FAIR_NOT_FOUND'],
            [showroom('SR-QB', { province: 'Quảng Bình' }), 'OCOP_PROVINCE_UNKNOWN'],
            [showroom('SR-PHONE', { phone: '12345' }), 'OCOP_PHONE_INVALID'],
            [
                showroom('SR-HOURS', { openingHours: [{ days: 'MON', opens: '17:00', closes: '08:00' }] }),
                'OCOP_OPENING_HOURS_INVALID',
            ],
            [showroom('SR-HOURS-2', { openingHours: [] }), 'OCOP_OPENING_HOURS_INVALID'],
            [
                showroom('SR-HOURS-3', {
                    openingHours: [{ days: 'MONDAY', opens: '08:00', closes: '17:00' }],
                }),
                'OCOP_OPENING_HOURS_INVALID',
            ],
            [showroom('SR-LAT', { latitude: 18.5 }), 'OCOP_COORDINATES_INVALID'],
            [showroom('SR-LAT-2', { latitude: 118.5, longitude: 105 }), 'OCOP_COORDINATES_INVALID'],
            [showroom('x'), 'OCOP_SALES_POINT_CODE_INVALID'],
            [showroom('SR HUONG SON'), 'OCOP_SALES_POINT_CODE_INVALID'],
            [showroom('SR-AREA', { area: '   ' }), 'OCOP_FIELD_REQUIRED'],
            [showroom('SR-NAME', { name: 'x'.repeat(201) }), 'OCOP_FIELD_TOO_LONG'],
            [showroom('sr-huong-son'), 'OCOP_SALES_POINT_CODE_TAKEN'],
        ];
        for (const [input, code] of pointCases) {
            await expect(clients.office.query(CREATE_POINT, { input })).rejects.toThrow(
                new RegExp(`^${code}: .+ \\(.+\\)$`),
            );
        }
        const fairCases: Array<[Record<string, unknown>, string]> = [
            [fair('HC-REVERSED', addDays(today, 3), addDays(today, 1)), 'OCOP_FAIR_DATES_INVALID'],
            [fair('HC-NO-DATE', '2026-02-30', '2026-03-02'), 'OCOP_FAIR_DATES_INVALID'],
            [fair('HC-SLASH', '01/12/2026', '05/12/2026'), 'OCOP_FAIR_DATES_INVALID'],
            [fair('HC-LONG', today, addDays(today, 31)), 'OCOP_FAIR_DATES_INVALID'],
            [fair('HC-QB', today, today, { province: 'Quảng Bình' }), 'OCOP_PROVINCE_UNKNOWN'],
            [fair('HC-VENUE', today, today, { venue: '' }), 'OCOP_FIELD_REQUIRED'],
            [fair('hc-ocop-2026', today, today), 'OCOP_FAIR_CODE_TAKEN'],
            [fair('H', today, today), 'OCOP_FAIR_CODE_INVALID'],
        ];
        for (const [input, code] of fairCases) {
            await expect(clients.office.query(CREATE_FAIR, { input })).rejects.toThrow(
                new RegExp(`^${code}: `),
            );
        }
        expect(await counts()).toEqual(before);
        // A 31-day fair is still a fair.
        await clients.office.query(CREATE_FAIR, { input: fair('HC-MONTH', today, addDays(today, 30)) });
    });

    it('updates the details, and the stock location follows; code and kind stay', async () => {
        const { salesPoints } = await clients.office.query(SALES_POINTS, { options: { kind: 'SHOWROOM' } });
        const { salesPoint } = await clients.office.query(
            gql`
                query ($id: ID!) {
                    salesPoint(id: $id) {
                        id
                    }
                }
            `,
            { id: (await sql(`SELECT id FROM sales_point WHERE code = 'SR-HUONG-SON'`))[0].id },
        );
        expect(salesPoints.items.map((p: any) => p.code)).toEqual(['SR-HUONG-SON']);
        const { updateSalesPoint } = await clients.office.query(UPDATE_POINT, {
            input: {
                id: salesPoint.id,
                name: 'Showroom OCOP Phố Châu',
                openingHours: [{ days: 'MON-SUN', opens: '07:00', closes: '19:00' }],
                openingNote: null,
                latitude: null,
                longitude: null,
            },
        });
        expect(updateSalesPoint).toMatchObject({
            code: 'SR-HUONG-SON',
            kind: 'SHOWROOM',
            name: 'Showroom OCOP Phố Châu',
            openingHours: [{ days: 'MON-SUN', opens: '07:00', closes: '19:00' }],
            openingNote: null,
            latitude: null,
            phone: '0912556208',
            area: 'Hương Sơn',
        });
        expect(updateSalesPoint.stockLocation.name).toBe('Điểm bán SR-HUONG-SON – Showroom OCOP Phố Châu');
        expect(decodeURIComponent(updateSalesPoint.directionsUrl)).toBe(
            'https://www.google.com/maps/dir/?api=1&destination=215 Quốc lộ 8A, khối 5, Xã Hương Sơn, Hà Tĩnh, Việt Nam',
        );
        await expect(
            clients.office.query(UPDATE_POINT, { input: { id: salesPoint.id, phone: 'abc' } }),
        ).rejects.toThrow(/^OCOP_PHONE_INVALID/);
        await expect(
            clients.office.query(UPDATE_POINT, { input: { id: salesPoint.id, latitude: 18.5 } }),
        ).rejects.toThrow(/^OCOP_COORDINATES_INVALID/);
        const [booth] = await sql(`SELECT id FROM sales_point WHERE code = 'GH-CAN-LOC'`);
        await expect(
            clients.office.query(UPDATE_POINT, { input: { id: String(booth.id), fairId: null } }),
        ).rejects.toThrow(/^OCOP_BOOTH_NEEDS_FAIR/);
        const [row] = await sql(`SELECT name, phone, "fairId" FROM sales_point WHERE code = 'SR-HUONG-SON'`);
        expect(row).toEqual({ name: 'Showroom OCOP Phố Châu', phone: '0912556208', fairId: null });
    });

    it('lets Industry and Trade run fairs and booths but never showrooms', async () => {
        const sct = clients.department;
        const { createTradeFair } = await sct.query(CREATE_FAIR, {
            input: fair('HC-SCT', addDays(today, 5), addDays(today, 8)),
        });
        const { createSalesPoint } = await sct.query(CREATE_POINT, {
            input: booth('GH-SCT', createTradeFair.id),
        });
        expect(createSalesPoint.kind).toBe('FAIR_BOOTH');
        await sct.query(UPDATE_POINT, {
            input: { id: createSalesPoint.id, name: 'Gian hàng Sở Công Thương' },
        });
        await sct.query(SET_ACTIVE, { id: createSalesPoint.id, active: false });
        await sct.query(UPDATE_FAIR, { input: { id: createTradeFair.id, name: 'Tuần hàng OCOP' } });
        expect((await sct.query(SALES_POINTS)).salesPoints.totalItems).toBeGreaterThan(0);
        expect((await sct.query(AREAS_WITHOUT_SHOWROOM)).areasWithoutShowroom).toHaveLength(12);

        const before = await counts();
        const [sr] = await sql(`SELECT id FROM sales_point WHERE code = 'SR-HUONG-SON'`);
        const forbidden = /^OCOP_SHOWROOM_OFFICE_ONLY: .+ \(.+\)$/;
        await expect(sct.query(CREATE_POINT, { input: showroom('SR-SCT') })).rejects.toThrow(forbidden);
        await expect(
            sct.query(UPDATE_POINT, { input: { id: String(sr.id), name: 'Đổi tên' } }),
        ).rejects.toThrow(forbidden);
        await expect(sct.query(SET_ACTIVE, { id: String(sr.id), active: false })).rejects.toThrow(forbidden);
        expect(await counts()).toEqual(before);
        const [unchanged] = await sql(`SELECT name, active FROM sales_point WHERE id = $1`, [sr.id]);
        expect(unchanged).toEqual({ name: 'Showroom OCOP Phố Châu', active: true });
    });

    it('gives producers and anonymous callers nothing of the admin side', async () => {
        const before = await counts();
        const [sr] = await sql(`SELECT id FROM sales_point WHERE code = 'SR-HUONG-SON'`);
        const attempts: Array<[any, Record<string, unknown>]> = [
            [SALES_POINTS, {}],
            [TRADE_FAIRS, {}],
            [AREAS_WITHOUT_SHOWROOM, {}],
            [CREATE_POINT, { input: showroom('SR-INTRUDER') }],
            [CREATE_POINT, { input: booth('GH-INTRUDER', currentFairId) }],
            [UPDATE_POINT, { input: { id: String(sr.id), name: 'Bị đổi' } }],
            [SET_ACTIVE, { id: String(sr.id), active: false }],
            [CREATE_FAIR, { input: fair('HC-INTRUDER', today, today) }],
            [UPDATE_FAIR, { input: { id: currentFairId, active: false } }],
        ];
        for (const who of [clients.producer, clients.anonymous]) {
            for (const [doc, vars] of attempts) {
                await expect(who.query(doc, vars)).rejects.toThrow(/not currently authorized/);
            }
        }
        expect(await counts()).toEqual(before);
        const [unchanged] = await sql(`SELECT name, active FROM sales_point WHERE id = $1`, [sr.id]);
        expect(unchanged).toEqual({ name: 'Showroom OCOP Phố Châu', active: true });
    });

    it('shows the public only open showrooms, then booths of fairs not yet over, by fair start', async () => {
        const office = clients.office;
        const createFair = async (code: string, from: number, to: number) =>
            (await office.query(CREATE_FAIR, { input: fair(code, addDays(today, from), addDays(today, to)) }))
                .createTradeFair.id as string;
        const past = await createFair('HC-PAST', -5, -1);
        const endsToday = await createFair('HC-ENDS-TODAY', -3, 0);
        const upcoming = await createFair('HC-UPCOMING', 10, 12);
        const cancelled = await createFair('HC-CANCELLED', 1, 3);
        await office.query(UPDATE_FAIR, { input: { id: cancelled, active: false } });
        const create = (input: Record<string, unknown>) => office.query(CREATE_POINT, { input });
        await create(booth('GH-PAST', past));
        await create(booth('GH-ENDS-TODAY', endsToday, { name: 'Gian hàng cuối' }));
        await create(booth('GH-UPCOMING', upcoming, { name: 'Gian hàng sắp mở' }));
        await create(booth('GH-CANCELLED', cancelled));
        const { createSalesPoint: closedBooth } = await create(booth('GH-CLOSED', currentFairId));
        await office.query(SET_ACTIVE, { id: closedBooth.id, active: false });
        // Vietnamese order: Đ sorts before H (code points put it after Z).
        await create(
            showroom('SR-DUC-THO', {
                name: 'Showroom OCOP Đức Thọ',
                area: 'Đức Thọ',
                commune: 'Xã Đức Thọ',
                latitude: 18.529,
                longitude: 105.583,
            }),
        );
        const { createSalesPoint: closed } = await create(
            showroom('SR-VU-QUANG', { name: 'Showroom OCOP Vũ Quang', area: 'Vũ Quang' }),
        );
        await office.query(SET_ACTIVE, { id: closed.id, active: false });

        const { salesPoints } = await server.shopClient.query(PUBLIC_SALES_POINTS);
        expect(salesPoints.map((p: any) => p.code)).toEqual([
            'SR-DUC-THO',
            'SR-HUONG-SON',
            'GH-ENDS-TODAY',
            'GH-CAN-LOC',
            'GH-UPCOMING',
        ]);
        expect(salesPoints[0]).toEqual({
            code: 'SR-DUC-THO',
            name: 'Showroom OCOP Đức Thọ',
            kind: 'SHOWROOM',
            fair: null,
            streetLine: '215 Quốc lộ 8A, khối 5',
            commune: 'Xã Đức Thọ',
            province: 'Hà Tĩnh',
            area: 'Đức Thọ',
            openingHours: [{ days: 'MON-SAT', opens: '07:30', closes: '17:00' }],
            openingNote: null,
            phone: '0912556208',
            latitude: 18.529,
            longitude: 105.583,
            directionsUrl: 'https://www.google.com/maps/dir/?api=1&destination=18.529,105.583',
        });
        expect(salesPoints[3].fair).toEqual({
            code: 'HC-OCOP-2026',
            name: 'Hội chợ hc-ocop-2026',
            venue: 'Quảng trường Thành Sen, phường Thành Sen',
            province: 'Hà Tĩnh',
            startsOn: addDays(today, -1),
            endsOn: addDays(today, 2),
        });

        // Only public fields exist: no ids, stock locations, flags or organiser.
        const { __type } = await server.shopClient.query(gql`
            query {
                __type(name: "PublicSalesPoint") {
                    fields {
                        name
                    }
                }
            }
        `);
        expect(__type.fields.map((f: any) => f.name).sort()).toEqual(
            [
                'code',
                'name',
                'kind',
                'fair',
                'streetLine',
                'commune',
                'province',
                'area',
                'openingHours',
                'openingNote',
                'phone',
                'latitude',
                'longitude',
                'directionsUrl',
            ].sort(),
        );
        await expect(
            server.shopClient.query(gql`
                query {
                    salesPoints {
                        stockLocationId
                    }
                }
            `),
        ).rejects.toThrow(/Cannot query field "stockLocationId"/);

        // The admin list keeps everything, closed points included, showrooms first.
        const { salesPoints: all } = await office.query(SALES_POINTS, { options: { take: 100 } });
        expect(all.items.slice(0, 3).map((p: any) => p.code)).toEqual([
            'SR-DUC-THO',
            'SR-HUONG-SON',
            'SR-VU-QUANG',
        ]);
        const { tradeFairs } = await office.query(TRADE_FAIRS, { options: { current: true, take: 100 } });
        expect(tradeFairs.items.map((f: any) => f.code)).not.toContain('HC-PAST');
        expect(tradeFairs.items.map((f: any) => f.code)).toContain('HC-ENDS-TODAY');

        const { areasWithoutShowroom } = await office.query(AREAS_WITHOUT_SHOWROOM);
        expect(areasWithoutShowroom).toEqual(
            HA_TINH_AREAS.map(a => a.name).filter(n => n !== 'Hương Sơn' && n !== 'Đức Thọ'),
        );
    });

    it('turns simultaneous creates with one code into one sales point and clean refusals', async () => {
        const before = await counts();
        const results = await Promise.allSettled(
            Array.from({ length: 6 }, (_, i) =>
                clients.office.query(CREATE_POINT, {
                    input: showroom('SR-CAM-XUYEN', { name: `Showroom Cẩm Xuyên ${i}`, area: 'Cẩm Xuyên' }),
                }),
            ),
        );
        const fulfilled = results.filter(r => r.status === 'fulfilled');
        const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(fulfilled).toHaveLength(1);
        expect(refused.map(r => String(r.reason.message).split(':')[0])).toEqual(
            Array(5).fill('OCOP_SALES_POINT_CODE_TAKEN'),
        );
        const [before0, before1, before2] = before;
        expect(await counts()).toEqual([before0 + 1, before1, before2 + 1]);
        expect(
            await sql(`SELECT 1 FROM stock_location WHERE name LIKE 'Điểm bán SR-CAM-XUYEN%'`),
        ).toHaveLength(1);

        const fairs = await Promise.allSettled(
            Array.from({ length: 4 }, () =>
                clients.department.query(CREATE_FAIR, { input: fair('HC-TWICE', today, today) }),
            ),
        );
        expect(fairs.filter(r => r.status === 'fulfilled')).toHaveLength(1);
        expect(
            fairs
                .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
                .map(r => String(r.reason.message).split(':')[0]),
        ).toEqual(Array(3).fill('OCOP_FAIR_CODE_TAKEN'));
    });

    it('loads demo showrooms and a current fair with two booths, once', async () => {
        const injector = server.app;
        const ctx = await systemContext(injector);
        const connection = server.app.get(TransactionalConnection);
        const seed = (day = today) =>
            connection.withTransaction(ctx, tx => ensureDemoSalesPoints(tx, injector, day));
        // SR-HUONG-SON exists already (made above) and is left as it is.
        expect(await seed()).toBe(6);
        expect(await seed()).toBe(0);

        const { salesPoints } = await server.shopClient.query(PUBLIC_SALES_POINTS);
        const booths = salesPoints.filter((p: any) => p.fair?.code === DEMO_FAIR_CODE);
        expect(booths.map((p: any) => p.code).sort()).toEqual(['GH-HC-CAN-LOC', 'GH-HC-HUONG-SON']);
        expect(booths[0].fair.startsOn <= today && today <= booths[0].fair.endsOn).toBe(true);
        expect(booths[0].fair.name).toMatch(/^Hội chợ OCOP Hà Tĩnh \d{4}$/);
        const showrooms = salesPoints.filter((p: any) => p.kind === 'SHOWROOM').map((p: any) => p.code);
        for (const code of ['SR-TP-HA-TINH', 'SR-HUONG-KHE', 'SR-THACH-HA', 'SR-NGHI-XUAN']) {
            expect(showrooms).toContain(code);
        }
        const { areasWithoutShowroom } = await clients.office.query(AREAS_WITHOUT_SHOWROOM);
        for (const area of ['Thành phố Hà Tĩnh', 'Hương Khê', 'Thạch Hà', 'Nghi Xuân', 'Cẩm Xuyên']) {
            expect(areasWithoutShowroom).not.toContain(area);
        }

        // A start a month later finds the fair over and moves it to span that day.
        const later = addDays(today, 30);
        expect(await seed(later)).toBe(0);
        const [moved] = await sql(`SELECT "startsOn"::text, "endsOn"::text FROM trade_fair WHERE code = $1`, [
            DEMO_FAIR_CODE,
        ]);
        expect(moved.startsOn <= later && later <= moved.endsOn).toBe(true);
    });
});

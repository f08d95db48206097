import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
    buildClientSchema,
    DocumentNode,
    getIntrospectionQuery,
    getNamedType,
    GraphQLInputType,
    GraphQLSchema,
    isEnumType,
    isInputObjectType,
    isListType,
    isNonNullType,
    isObjectType,
    isInterfaceType,
    isUnionType,
    Kind,
} from 'graphql';
import { Client } from 'pg';
import { DEMO_PASSWORD, DEMO_PRODUCERS, OFFICE_EMAIL } from './utils/marketplace';
import { startTestServer, TestServer } from './utils/test-server';

/**
 * Bad input, property-based (ADR 0023): every query and mutation our plugins add to the
 * Shop and Admin APIs, called by every role with generated arguments — plausible, empty,
 * huge, invisible, control characters, extreme numbers, unknown ids. Whatever comes back
 * is a clean GraphQL answer: never HTTP 500, never a raw database or JavaScript error,
 * and a refused mutation writes nothing. The seed is fixed (FUZZ_SEED to change it) and
 * printed with a failure, so a failure replays.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

type Api = 'shop-api' | 'admin-api';
type Role = 'superadmin' | 'office' | 'department' | 'producer' | 'tablet' | 'anonymous';
interface Operation {
    api: Api;
    kind: 'query' | 'mutation';
    name: string;
}

/** Our operations, read from every plugin's schema extensions. */
function ourOperations(): Operation[] {
    const dir = path.join(__dirname, '../src/plugins');
    const operations: Operation[] = [];
    for (const plugin of fs.readdirSync(dir)) {
        const file = path.join(dir, plugin, 'api/api-extensions.ts');
        if (!fs.existsSync(file)) continue;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const exported = require(file) as Record<string, DocumentNode>;
        for (const [exportName, api] of [
            ['shopApiExtensions', 'shop-api'],
            ['adminApiExtensions', 'admin-api'],
        ] as const) {
            const doc = exported[exportName];
            if (!doc || typeof doc !== 'object') continue;
            for (const def of doc.definitions) {
                if (def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
                const kind =
                    def.name.value === 'Query'
                        ? 'query'
                        : def.name.value === 'Mutation'
                          ? 'mutation'
                          : undefined;
                if (!kind) continue;
                for (const field of def.fields ?? []) operations.push({ api, kind, name: field.name.value });
            }
        }
    }
    return operations;
}

const NASTY_TEXT = [
    '',
    ' ',
    'HT-2026-0000001',
    '2026-12-01',
    '1',
    'Hà Tĩnh',
    "' OR 1=1 --",
    '\u0000',
    'a\u200bb',
    '\u202eevil',
    '😀'.repeat(50),
    'x'.repeat(600),
    'y'.repeat(6000),
    'null',
    '-1',
    '1e309',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\ud800',
];

function scalarArbitrary(name: string): fc.Arbitrary<unknown> {
    switch (name) {
        case 'String':
            return fc.oneof(
                fc.constantFrom(...NASTY_TEXT),
                fc.string({ maxLength: 40 }),
                fc.string({ unit: 'binary', maxLength: 20 }),
            );
        case 'ID':
            return fc.constantFrom(
                '1',
                '2',
                '3',
                '0',
                '-1',
                '999999999',
                '9'.repeat(30),
                'abc',
                'T_1',
                '1.5',
                '',
            );
        case 'Int':
        case 'Money':
            return fc.oneof(
                fc.constantFrom(0, 1, -1, 2, 100, 100_000, 2_147_483_647, -2_147_483_648),
                fc.integer(),
            );
        case 'Float':
            return fc.oneof(
                fc.constantFrom(0, -1, 1.5, 1e308, -1e308),
                fc.double({ noNaN: true, noDefaultInfinity: true }),
            );
        case 'Boolean':
            return fc.boolean();
        case 'DateTime':
            return fc.constantFrom(
                '2026-12-01T00:00:00.000Z',
                '1970-01-01T00:00:00Z',
                '9999-12-31T23:59:59Z',
                '2026-02-30T00:00:00Z',
            );
        case 'JSON':
            return fc.constantFrom({}, { a: 1 }, [], 'x');
        default:
            return fc.constant(null);
    }
}

function inputArbitrary(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return inputArbitrary(type.ofType as GraphQLInputType, depth);
    const inner = innerArbitrary(type, depth);
    return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: inner });
}

function innerArbitrary(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    const nullable = isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
    if (isListType(nullable)) {
        return fc.array(requiredArbitrary(nullable.ofType as GraphQLInputType, depth + 1), {
            maxLength: depth > 2 ? 1 : 3,
        });
    }
    if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map(v => v.name));
    if (isInputObjectType(nullable)) {
        const fields = Object.values(nullable.getFields());
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const f of fields) {
            if (depth > 3 && !isNonNullType(f.type)) continue;
            shape[f.name] = isNonNullType(f.type)
                ? requiredArbitrary(f.type, depth + 1)
                : inputArbitrary(f.type, depth + 1);
            if (isNonNullType(f.type)) required.push(f.name);
        }
        return fc.record(shape, { requiredKeys: required });
    }
    return scalarArbitrary(getNamedType(nullable).name);
}

function requiredArbitrary(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    return isNonNullType(type)
        ? innerArbitrary(type.ofType as GraphQLInputType, depth)
        : inputArbitrary(type, depth);
}

/** Messages that mean the input reached something that did not expect it. */
const RAW_ERROR =
    /duplicate key|violates|syntax error|invalid input syntax|QueryFailedError|relation "|column "|out of range for type|value too long|null value in column|invalid byte sequence|Cannot read propert|is not a function|is not iterable|undefined|NaN|Maximum call stack|ECONN|TypeORM|EntityNotFound|Invalid time value|Unexpected token/;

/** Tables written on purpose by a refused call (a log of checks, a PIN lockout, sessions). */
const WRITES_ALLOWED_WHEN_REFUSED = new Set([
    'session',
    'stamp_check',
    'stamp_alert',
    'job_record',
    'job_record_buffer',
    'scheduled_task_record',
    'search_index_item',
    'pos_staff',
    'pos_tablet',
]);

describe('bad input (property-based)', () => {
    let server: TestServer;
    let schemas: Record<Api, GraphQLSchema>;
    let tokens: Record<Role, string | undefined>;
    let db: Client;
    const operations = ourOperations();

    beforeAll(async () => {
        server = await startTestServer('bad_input', {
            demoData: true,
            env: { SIGN_IN_MAX_FAILURES: '0', CHECKOUT_RATE_LIMIT: '0', STAMP_CHECK_RATE_LIMIT: '0' },
        });
        const base = `http://127.0.0.1:${server.port}`;
        schemas = {} as Record<Api, GraphQLSchema>;
        for (const api of ['shop-api', 'admin-api'] as const) {
            const res = await fetch(`${base}/${api}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: getIntrospectionQuery() }),
            });
            schemas[api] = buildClientSchema(((await res.json()) as any).data);
        }
        const login = async (username: string, password: string, channel?: string) => {
            const res = await fetch(`${base}/admin-api`, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    ...(channel ? { 'vendure-token': channel } : {}),
                },
                body: JSON.stringify({
                    query: 'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ __typename } }',
                    variables: { u: username, p: password },
                }),
            });
            return res.headers.get('vendure-auth-token') ?? undefined;
        };
        const enrol = await fetch(`${base}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                query: 'mutation{ enrolPosTablet(input:{username:"quanly.tpht@ocop.hatinh.vn", password:"ocop-demo", name:"Quầy thử"}){ token } }',
            }),
        });
        tokens = {
            superadmin: await login('superadmin', 'superadmin'),
            office: await login(OFFICE_EMAIL, DEMO_PASSWORD),
            department: await login('socongthuong@ocop.hatinh.vn', DEMO_PASSWORD),
            producer: await login(DEMO_PRODUCERS.huou.email, DEMO_PASSWORD, DEMO_PRODUCERS.huou.token),
            tablet: ((await enrol.json()) as any).data.enrolPosTablet.token,
            anonymous: undefined,
        };
        for (const role of Object.keys(tokens) as Role[]) {
            if (role !== 'anonymous') expect(tokens[role]).toBeTruthy();
        }
        db = new Client({ connectionString: server.databaseUrl });
        await db.connect();
        // Every write of a table lands in fuzz_write, in the writer's transaction: a rolled-back
        // call leaves no row there, a partial write does.
        await db.query(`
            CREATE TABLE fuzz_write (tbl text NOT NULL);
            CREATE FUNCTION fuzz_note() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO fuzz_write VALUES (TG_TABLE_NAME || ' by ' || pg_backend_pid()); RETURN NULL; END $$;
        `);
        const { rows } = await db.query(
            `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'fuzz_write'`,
        );
        for (const { tablename } of rows) {
            if (WRITES_ALLOWED_WHEN_REFUSED.has(tablename)) continue;
            // The check log's counter (stamp."checkCount") is written in the background after
            // every stamp check, whoever made it: not a write of the call under test.
            const { rows: columns } = await db.query(
                `SELECT column_name FROM information_schema.columns
                  WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'checkCount'`,
                [tablename],
            );
            const updateOf = columns.map(c => `"${c.column_name}"`).join(', ');
            await db.query(
                `CREATE TRIGGER fuzz_note AFTER INSERT OR DELETE OR UPDATE OF ${updateOf} ON "${tablename}" FOR EACH STATEMENT EXECUTE FUNCTION fuzz_note()`,
            );
        }
    }, 600_000);

    afterAll(async () => {
        await db?.end();
        await server?.close();
    });

    it('our operations exist in the schemas', () => {
        expect(operations.length).toBeGreaterThan(60);
        for (const op of operations) {
            const root =
                op.kind === 'query' ? schemas[op.api].getQueryType() : schemas[op.api].getMutationType();
            expect(root?.getFields()[op.name]).toBeDefined();
        }
    });

    it('answers every generated call cleanly, as every role', async () => {
        const base = `http://127.0.0.1:${server.port}`;
        const callArbitrary = fc
            .record({
                op: fc.constantFrom(...operations),
                role: fc.constantFrom<Role>(
                    'superadmin',
                    'office',
                    'department',
                    'producer',
                    'tablet',
                    'anonymous',
                ),
            })
            .chain(({ op, role }) => {
                const root =
                    op.kind === 'query'
                        ? schemas[op.api].getQueryType()!
                        : schemas[op.api].getMutationType()!;
                const field = root.getFields()[op.name];
                const args: Record<string, fc.Arbitrary<unknown>> = {};
                for (const a of field.args)
                    args[a.name] = isNonNullType(a.type)
                        ? requiredArbitrary(a.type, 0)
                        : inputArbitrary(a.type, 0);
                return fc.record({
                    op: fc.constant(op),
                    role: fc.constant(role),
                    variables: fc.record(args),
                });
            });

        await fc.assert(
            fc.asyncProperty(callArbitrary, async ({ op, role, variables }) => {
                const root =
                    op.kind === 'query'
                        ? schemas[op.api].getQueryType()!
                        : schemas[op.api].getMutationType()!;
                const field = root.getFields()[op.name];
                const declared = field.args.map(a => `$${a.name}: ${a.type.toString()}`).join(', ');
                const passed = field.args.map(a => `${a.name}: $${a.name}`).join(', ');
                const named = getNamedType(field.type);
                const selection =
                    isObjectType(named) || isInterfaceType(named) || isUnionType(named)
                        ? '{ __typename }'
                        : '';
                const query = `${op.kind}${declared ? `(${declared})` : ''} { ${op.name}${passed ? `(${passed})` : ''} ${selection} }`;
                const headers: Record<string, string> = { 'content-type': 'application/json' };
                const token = op.api === 'admin-api' ? tokens[role] : undefined;
                if (token) headers.authorization = `Bearer ${token}`;
                if (role === 'producer' && op.api === 'admin-api')
                    headers['vendure-token'] = DEMO_PRODUCERS.huou.token;
                const before = op.kind === 'mutation' ? await writes() : [];
                const res = await fetch(`${base}/${op.api}`, {
                    method: 'POST',
                    headers,
                    body: JSON.stringify({ query, variables }),
                });
                const text = await res.text();
                const context = `${role} ${op.api} ${op.name} ${JSON.stringify(variables).slice(0, 300)} → ${res.status} ${text.slice(0, 400)}`;
                if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${context}`);
                const body = JSON.parse(text);
                for (const error of body.errors ?? []) {
                    const message = String(error.message ?? '');
                    if (!message.trim()) throw new Error(`empty error message: ${context}`);
                    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR' || RAW_ERROR.test(message)) {
                        throw new Error(`raw error: ${context}`);
                    }
                }
                if (op.kind === 'mutation' && body.errors?.length && body.data?.[op.name] == null) {
                    const after = await writes();
                    if (after.length !== before.length) {
                        const tables = after.slice(before.length).join(', ');
                        throw new Error(`refused mutation wrote (${tables}): ${context}`);
                    }
                }
            }),
            { seed: SEED, numRuns: RUNS, endOnFailure: true, verbose: 1 },
        );
    });

    async function writes(): Promise<string[]> {
        const { rows } = await db.query(`SELECT tbl FROM fuzz_write ORDER BY ctid`);
        return rows.map(r => r.tbl as string);
    }
});

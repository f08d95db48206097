import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT_VARIABLES, loadEnvironment } from '../src/config/environment';

const repo = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

/** What an operator fills in docker/.env for the required variables. */
const OPERATOR_SECRETS: Record<string, string> = {
    POSTGRES_PASSWORD: 'pg-secret',
    COOKIE_SECRET: 'c'.repeat(40),
    SUPERADMIN_PASSWORD: 'a-long-admin-password',
};

/** Compose's interpolation: `${X:?msg}` needs X, `${X:-d}` falls back to d, `${X}` is X or empty. */
function interpolate(value: unknown, vars: Record<string, string>): string {
    return String(value).replace(
        /\$\{(\w+)(?:(:\?|:-)([^}]*))?\}/g,
        (_, name: string, op?: string, arg?: string) => {
            const set = vars[name] !== undefined && vars[name] !== '';
            if (op === ':?' && !set) throw new Error(`compose refuses to start: ${arg}`);
            if (op === ':-' && !set) return arg ?? '';
            return vars[name] ?? '';
        },
    );
}

const compose = parse(read('docker/compose.yml'), { merge: true }) as {
    services: Record<string, any>;
};
const services = compose.services;
const envOf = (service: string, vars: Record<string, string> = OPERATOR_SECRETS) =>
    Object.fromEntries(
        Object.entries((services[service].environment ?? {}) as Record<string, unknown>).map(([k, v]) => [
            k,
            interpolate(v, vars),
        ]),
    );
const healthUrl = (service: string) => {
    const test: string[] = services[service].healthcheck?.test ?? [];
    return new URL(/http:\/\/[^'" ]+/.exec(test.join(' '))![0]);
};
const containerPorts = (service: string) =>
    ((services[service].ports ?? []) as string[]).map(p => Number(String(p).split(':').pop()));
const BACKEND = ['server-1', 'server-2', 'worker'];

describe('docker/compose.yml against the configuration module', () => {
    it('runs two servers, a worker, a proxy, storefront, POS, PostgreSQL and Redis, each with a health check', () => {
        expect(Object.keys(services).sort()).toEqual(
            ['pos', 'postgres', 'proxy', 'redis', 'server-1', 'server-2', 'storefront', 'worker'].sort(),
        );
        for (const [name, service] of Object.entries(services)) {
            expect([name, service.healthcheck?.test?.length > 0]).toEqual([name, true]);
            // A service waited on as healthy must have a health check.
            for (const [dependency, condition] of Object.entries(service.depends_on ?? {}))
                if ((condition as any)?.condition === 'service_healthy')
                    expect(services[dependency].healthcheck).toBeDefined();
        }
    });

    it.each(BACKEND)('gives %s a production environment the configuration module accepts', service => {
        const env = envOf(service);
        for (const name of Object.keys(env)) expect(ENVIRONMENT_VARIABLES).toContain(name);
        const loaded = loadEnvironment(env);
        expect(loaded.NODE_ENV).toBe('production');
        expect(loaded.DATABASE_URL).toMatch(/^postgres:\/\/ocop:pg-secret@postgres:5432\/ocop$/);
        expect(loaded.REDIS_URL).toBe('redis://redis:6379');
        expect(loaded.DEMO_DATA).toBe(false);
        // What production requires is really there: without it, the module refuses.
        for (const required of ['COOKIE_SECRET', 'SUPERADMIN_PASSWORD']) {
            const without = { ...env };
            delete without[required];
            expect(() => loadEnvironment(without)).toThrow(required);
        }
    });

    it('refuses to start without the secrets, and every process gets the same cookie secret', () => {
        for (const secret of Object.keys(OPERATOR_SECRETS)) {
            const missing = { ...OPERATOR_SECRETS };
            delete missing[secret];
            expect(() => BACKEND.forEach(s => envOf(s, missing))).toThrow(/compose refuses to start/);
        }
        const secrets = BACKEND.map(s => envOf(s).COOKIE_SECRET);
        expect(new Set(secrets)).toEqual(new Set([OPERATOR_SECRETS.COOKIE_SECRET]));
        expect(envOf('server-1')).toEqual(envOf('server-2'));
    });

    it('trusts exactly the one proxy in front of the servers, and the proxy balances over both', () => {
        const conf = read('docker/proxy.nginx.conf');
        const upstreams = [...conf.matchAll(/^\s*server ([\w-]+):(\d+)/gm)].map(m => [m[1], Number(m[2])]);
        expect(upstreams.map(u => u[0])).toEqual(['server-1', 'server-2']);
        for (const [host, port] of upstreams) {
            const env = loadEnvironment(envOf(String(host)));
            expect(env.TRUST_PROXY).toBe(1);
            expect(env.PORT).toBe(port);
            expect(Number(healthUrl(String(host)).port)).toBe(env.PORT);
        }
        expect(conf).toMatch(/X-Forwarded-For \$proxy_add_x_forwarded_for/);
        const listen = Number(/listen (\d+);/.exec(conf)![1]);
        expect(containerPorts('proxy')).toEqual([listen]);
        expect(Number(healthUrl('proxy').port)).toBe(listen);
        expect(healthUrl('proxy').pathname).toBe('/health');
        expect(loadEnvironment(envOf('worker')).TRUST_PROXY).toBe(0);
    });

    it('checks each service on the port it listens on', () => {
        expect(healthUrl('server-1').pathname).toBe('/health');
        const worker = loadEnvironment(envOf('worker'));
        expect(Number(healthUrl('worker').port)).toBe(worker.WORKER_HEALTH_PORT);
        const storefront = envOf('storefront');
        expect(containerPorts('storefront')).toEqual([Number(storefront.PORT)]);
        expect(Number(healthUrl('storefront').port)).toBe(Number(storefront.PORT));
        const shopApi = new URL(storefront.SHOP_API_URL);
        expect(services[shopApi.hostname]).toBeDefined();
        expect(Number(shopApi.port)).toBe(Number(/listen (\d+);/.exec(read('docker/proxy.nginx.conf'))![1]));
        const pos = Number(/listen (\d+);/.exec(read('docker/pos.nginx.conf'))![1]);
        expect(containerPorts('pos')).toEqual([pos]);
        expect(Number(healthUrl('pos').port)).toBe(pos);
    });

    it('documents every variable an operator sets, and names only variables that exist', () => {
        const example = read('docker/.env.example');
        const readme = read('docker/README.md');
        const used = new Set([...read('docker/compose.yml').matchAll(/\$\{(\w+)/g)].map(m => m[1]));
        for (const name of used) {
            expect([name, new RegExp(`^${name}=`, 'm').test(example)]).toEqual([name, true]);
            expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
        }
        for (const name of example.match(/^\w+(?==)/gm) ?? []) expect(used).toContain(name);
        for (const service of BACKEND)
            for (const name of Object.keys(services[service].environment))
                expect([name, readme.includes(`\`${name}\``) || readme.includes(`${name}=`)]).toEqual([
                    name,
                    true,
                ]);
    });
});

/** docker/Dockerfile, read stage by stage (a stage inherits its parent stage's ENV, WORKDIR and USER). */
function dockerStages() {
    const lines = read('docker/Dockerfile')
        .replace(/\\\n/g, ' ')
        .split('\n')
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#'));
    type Stage = {
        from: string;
        env: Record<string, string>;
        workdir: string;
        user?: string;
        commands: Array<{ workdir: string; kind: string; line: string }>;
    };
    const stages = new Map<string, Stage>();
    let current: Stage | undefined;
    for (const line of lines) {
        const [instruction, ...rest] = line.split(/\s+/);
        const args = rest.join(' ');
        if (instruction === 'FROM') {
            const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args)!;
            const parent = stages.get(image);
            current = {
                from: image,
                env: { ...parent?.env },
                workdir: parent?.workdir ?? '/',
                user: parent?.user,
                commands: [],
            };
            stages.set(name ?? image, current);
        } else if (instruction === 'ENV') {
            for (const [, k, v] of args.matchAll(/(\w+)=(\S+)/g)) current!.env[k] = v;
        } else if (instruction === 'WORKDIR') current!.workdir = args;
        else if (instruction === 'USER') current!.user = args;
        else if (instruction === 'RUN' || instruction === 'CMD') {
            const line = args.startsWith('[') ? (JSON.parse(args) as string[]).join(' ') : args;
            current!.commands.push({ workdir: current!.workdir, kind: instruction, line });
        }
    }
    return stages;
}

describe('docker/Dockerfile', () => {
    const stages = dockerStages();

    it('builds every image compose asks for', () => {
        for (const service of Object.values(services))
            if (service.build) expect([...stages.keys()]).toContain(service.build.target);
    });

    it('runs only npm commands that exist in the package.json of the directory they run in', () => {
        const rootPackage = JSON.parse(read('package.json'));
        let checked = 0;
        for (const [name, stage] of stages) {
            for (const { workdir, line } of stage.commands) {
                for (const command of line.split('&&').map(c => c.trim())) {
                    if (!command.startsWith('npm ')) continue;
                    expect(workdir.startsWith('/app')).toBe(true);
                    const dir = path.join(repo, path.relative('/app', workdir));
                    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
                    const [, verb, script] = /^npm (run|start|ci)\b\s*(\S*)/.exec(command) ?? [];
                    expect([name, command, verb]).toEqual([name, command, expect.any(String)]);
                    if (verb === 'run')
                        expect([name, script, pkg.scripts?.[script]]).toEqual([
                            name,
                            script,
                            expect.any(String),
                        ]);
                    if (verb === 'start')
                        expect([name, pkg.scripts?.start]).toEqual([name, expect.any(String)]);
                    if (verb === 'ci') {
                        expect(fs.existsSync(path.join(dir, 'package-lock.json'))).toBe(true);
                        for (const [, workspace] of command.matchAll(/--workspace[= ](\S+)/g))
                            expect(rootPackage.workspaces).toContain(workspace);
                    }
                    checked++;
                }
            }
        }
        expect(checked).toBeGreaterThanOrEqual(6);
    });

    it.each(['server', 'worker', 'storefront'])(
        'runs %s as a non-root user in production mode, dev dependencies left out',
        name => {
            const stage = stages.get(name)!;
            expect(stage.env.NODE_ENV).toBe('production');
            expect(stage.user).toBeDefined();
            expect(stage.user).not.toMatch(/^(root|0)$/);
            expect(stage.env.DEMO_DATA ?? 'false').toBe('false');
            const text = read('docker/Dockerfile');
            expect(text).toMatch(/npm ci --omit=dev .*--workspace backend/);
            expect(text).toMatch(/npm ci --omit=dev .*--workspace storefront/);
        },
    );

    it('serves the POS from an nginx image that runs unprivileged', () => {
        expect(stages.get('pos')!.from).toMatch(/^nginxinc\/nginx-unprivileged:/);
    });
});

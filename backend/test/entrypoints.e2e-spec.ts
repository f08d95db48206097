import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** What an operator sees when the environment is wrong: one line naming the variable, exit code 1. */
describe('entry points', () => {
    const run = (entry: string, env: Record<string, string>) =>
        spawnSync(process.execPath, [path.join(__dirname, '../dist', entry)], {
            env: { PATH: process.env.PATH ?? '', ...env },
            encoding: 'utf8',
            timeout: 30_000,
        });

    it.each([
        ['index.js', { PORT: 'abc' }, 'Configuration error: PORT must be a port number (got "abc")'],
        [
            'index-worker.js',
            { DATABASE_URL: 'mysql://u@h/db' },
            'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql://',
        ],
        [
            'launch.js',
            { NODE_ENV: 'production' },
            'Configuration error: COOKIE_SECRET must be set to a random value of at least 32 characters in production',
        ],
        [
            'index.js',
            { NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(40) },
            'Configuration error: SUPERADMIN_PASSWORD must be set to a non-default value of at least 12 characters in production',
        ],
    ])('%s with %j stops with one clear line', (entry, env, message) => {
        const result = run(entry, env);
        expect(result.status).toBe(1);
        expect(result.stderr.trim()).toBe(message);
    });
});

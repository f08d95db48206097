import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printApiSchemas } from '../src/api-schema';

const repo = path.resolve(__dirname, '../..');
const STALE = 'out of date: run `npm run codegen` and commit the result';

/**
 * The typed documents the apps compile against come from checked-in schemas. When a
 * plugin renames a field, this fails first, and after `npm run codegen` the apps' type
 * checks fail wherever they still use the old name: the build breaks, not a page.
 */
describe('typed API contract', () => {
    it('shared/schema holds the Shop and Admin API schemas the code builds', async () => {
        const schemas = await printApiSchemas();
        const stale = (['shop', 'admin'] as const)
            .filter(
                api =>
                    fs.readFileSync(path.join(repo, 'shared/schema', `${api}.graphql`), 'utf8') !==
                    schemas[api],
            )
            .map(api => `shared/schema/${api}.graphql is ${STALE}`);
        expect(stale).toEqual([]);
        expect(schemas.shop).toContain('ocop: OcopInfo');
        expect(schemas.admin).toContain('productEligibility');
    });

    it('shared/src/generated holds what the generator makes of the schemas and documents', () => {
        const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-codegen-'));
        try {
            execFileSync(path.join(repo, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts'], {
                cwd: repo,
                env: { ...process.env, CODEGEN_OUT: scratch },
                stdio: 'pipe',
                timeout: 120_000,
            });
            const generated = path.join('shared', 'src', 'generated');
            const files = (root: string) =>
                (fs.readdirSync(path.join(root, generated), { recursive: true }) as string[])
                    .filter(f => f.endsWith('.ts'))
                    .sort();
            const expected = files(scratch);
            expect(expected.length).toBeGreaterThanOrEqual(6);
            expect(files(repo)).toEqual(expected);
            const differing = expected
                .filter(
                    f =>
                        fs.readFileSync(path.join(scratch, generated, f), 'utf8') !==
                        fs.readFileSync(path.join(repo, generated, f), 'utf8'),
                )
                .map(f => `${path.join(generated, f)} is ${STALE}`);
            expect(differing).toEqual([]);
        } finally {
            fs.rmSync(scratch, { recursive: true, force: true });
        }
    });
});

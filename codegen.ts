import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const at = (p: string) => path.join(__dirname, p);
// The contract test writes to a scratch folder and compares it with the checked-in files.
const out = (p: string) => path.join(process.env.CODEGEN_OUT ?? __dirname, p);

/**
 * Typed documents for the Shop and Admin APIs (`npm run codegen`). The schemas are the
 * checked-in SDL in `shared/schema/`, printed from the backend configuration; a test in
 * the backend fails when they fall behind the code, and the apps' type checks fail when
 * a document no longer fits the schema.
 */
const scalars = {
    ID: { input: 'string | number', output: 'string' },
    DateTime: { input: 'string | Date', output: 'string' },
    Money: { input: 'number', output: 'number' },
    JSON: { input: 'any', output: 'any' },
    Upload: { input: 'unknown', output: 'unknown' },
};

const clientPreset = {
    preset: 'client' as const,
    presetConfig: { fragmentMasking: false },
    config: { scalars, enumsAsTypes: true, useTypeImports: true, avoidOptionals: false },
};

const config: CodegenConfig = {
    overwrite: true,
    ignoreNoDocuments: true,
    generates: {
        [out('shared/src/generated/shop/')]: {
            schema: at('shared/schema/shop.graphql'),
            documents: [at('storefront/app/**/*.{ts,tsx}'), at('backend/test/graphql/shop.ts')],
            ...clientPreset,
        },
        [out('shared/src/generated/admin/')]: {
            schema: at('shared/schema/admin.graphql'),
            documents: [at('pos/src/**/*.{ts,tsx}'), at('backend/test/graphql/admin.ts')],
            ...clientPreset,
        },
    },
};

export default config;

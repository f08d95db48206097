// ESLint for the whole workspace: `npx eslint .` (part of `npm run lint`).
// Formatting is Prettier's job (.prettierrc); eslint-config-prettier, last, turns off the rules it would fight.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
    globalIgnores([
        '**/node_modules/',
        '**/dist/',
        'storefront/build/',
        '**/.react-router/',
        '**/coverage/',
        '**/.data/',
        '.nx/',
        'test/artifacts/',
        'shared/src/generated/',
    ]),
    { linterOptions: { reportUnusedDisableDirectives: 'error' } },

    // TypeScript everywhere (backend, shared, storefront, pos). No globals needed: the compiler checks names.
    {
        files: ['**/*.{ts,tsx,mts,cts}'],
        extends: [js.configs.recommended, tseslint.configs.recommended],
        rules: {
            // `cond ? a++ : b++;` and `x && f();` are fine; other no-op expressions are still errors.
            '@typescript-eslint/no-unused-expressions': [
                'error',
                { allowShortCircuit: true, allowTernary: true, allowTaggedTemplates: true },
            ],
        },
    },

    // Upgrade safety: only Vendure's public exports, so that a Vendure upgrade that moves an
    // internal file fails the build here instead of at run time in production. (Typing custom
    // fields still augments `@vendure/core/dist/entity/custom-entity-fields`, the module Vendure
    // documents for it: an augmentation imports nothing and fails the type check if it moves.)
    {
        files: ['**/*.{ts,tsx,js,mjs,cjs}'],
        rules: {
            'no-restricted-imports': [
                'error',
                { patterns: [{ regex: '^@vendure/[^/]+/dist/', message: 'Import from the package root.' }] },
            ],
        },
    },

    // Backend: type-aware promise rules (an un-awaited promise in a NestJS/Vendure service is a real bug).
    // Only these three rules, only here: they add ~10 s, the full type-checked preset would add minutes.
    {
        files: ['backend/**/*.ts'],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
            '@typescript-eslint/await-thenable': 'error',
            // Vendure's own types (custom fields, dbConnectionOptions, GraphQL results in tests) need `any`.
            '@typescript-eslint/no-explicit-any': 'off',
        },
    },
    // Server code logs through Vendure's Logger; tests print nothing. Entry points and CLIs (index, launch, cli/, preview) may use console.
    {
        files: ['backend/src/plugins/**/*.ts', 'backend/test/**/*.ts'],
        ignores: ['backend/src/demo/catalog/preview.ts'],
        rules: { 'no-console': 'error' },
    },

    // Dashboard extensions (ADR 0018): Admin API results are untyped (no codegen for the
    // dashboard's documents), so `any` is allowed there as in the backend.
    {
        files: ['backend/src/**/*.tsx'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },

    // React apps: rules of hooks.
    {
        files: ['storefront/**/*.{ts,tsx}', 'pos/**/*.{ts,tsx}', 'backend/src/**/*.tsx'],
        extends: [reactHooks.configs.flat.recommended],
    },

    // Plain JavaScript: test/bench scripts and jest configs are CommonJS run by Node.
    {
        files: ['**/*.{js,cjs}'],
        extends: [js.configs.recommended],
        languageOptions: { sourceType: 'commonjs', globals: globals.node },
    },
    {
        // The storefront package is "type": "module": its plain .js files are ES modules.
        files: ['**/*.mjs', 'storefront/*.js'],
        extends: [js.configs.recommended],
        languageOptions: { sourceType: 'module', globals: globals.node },
    },

    prettier,
);

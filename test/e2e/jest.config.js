/**
 * Browser tests: the backend (with demo data, on its own database of the test PostgreSQL,
 * chosen like the backend's own tests) and the built storefront server, driven by Chromium.
 */
module.exports = {
    testEnvironment: 'node',
    rootDir: __dirname,
    testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    },
    moduleNameMapper: { '^@ocop/shared$': '<rootDir>/../../shared/src/index.ts' },
    setupFiles: ['<rootDir>/../../backend/test/setup-env.ts'],
    globalSetup: '<rootDir>/../../backend/test/global-setup.ts',
    globalTeardown: '<rootDir>/../../backend/test/global-teardown.ts',
    testTimeout: 120_000,
    forceExit: true,
};

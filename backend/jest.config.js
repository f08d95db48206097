/** Every test talks to a real PostgreSQL: 127.0.0.1:5432 when it answers, else an embedded one (test/global-setup.ts). */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/src', '<rootDir>/test'],
    testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    },
    moduleNameMapper: {
        '^@ocop/shared$': '<rootDir>/../shared/src/index.ts',
        '^@ocop/shared/generated/(shop|admin)$': '<rootDir>/../shared/src/generated/$1/index.ts',
    },
    setupFiles: ['<rootDir>/test/setup-env.ts'],
    globalSetup: '<rootDir>/test/global-setup.ts',
    globalTeardown: '<rootDir>/test/global-teardown.ts',
    testTimeout: 180_000,
    forceExit: true,
};

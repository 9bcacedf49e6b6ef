/** Jest: TypeScript tests under test/. Type errors are caught by `npm run typecheck`, so ts-jest only transpiles. */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test', '<rootDir>/src'],
    testMatch: ['**/*.test.ts'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    },
    testTimeout: 60000,
    maxWorkers: 2,
    globalSetup: '<rootDir>/test/global-setup.js',
    reporters: ['default', '<rootDir>/test/summary-reporter.js'],
}
